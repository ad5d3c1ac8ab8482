package dev.paysdk.core.webhook;

import dev.paysdk.core.error.SignatureVerificationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A webhook exactly as it arrived: method, headers (case-insensitive names), query parameters, raw
 * body bytes and content type. Build it from a servlet request with {@link ServletWebhooks}, or by
 * hand from any framework.
 *
 * <pre>{@code
 * WebhookRequest raw = WebhookRequest.builder()
 *     .method("POST")
 *     .header("Content-Type", "application/json")
 *     .header("Sign", signHeader)
 *     .body(bodyBytes)
 *     .build();
 * }</pre>
 */
public final class WebhookRequest {
  private final String method;
  private final Map<String, List<String>> headers;
  /** The query's parameters as they came: name, value, name, value... */
  private final String[] query;
  /** {@link #query} grouped by name, made on first use (a benign race: every thread makes the same). */
  private volatile Map<String, List<String>> queryParameters;
  private final byte[] body;
  private final String contentType;

  private WebhookRequest(Builder b) {
    this.method = b.method;
    // The builder's lists are immutable and replaced, never changed, when a value is added: the maps
    // are copied (the builder may go on), the lists are shared.
    this.headers = b.headers == null ? Collections.emptyMap()
        : Collections.unmodifiableMap(new TreeMap<>(b.headers));
    this.query = b.query.isEmpty() ? NO_PAIRS : b.query.toArray(NO_PAIRS);
    this.body = b.body; // the builder's own copy, which it never changes: a second copy would add nothing
    this.contentType = b.contentType != null ? b.contentType : header("Content-Type").orElse(null);
  }

  private static final String[] NO_PAIRS = new String[0];

  static {
    dev.paysdk.core.internal.WebhookBodies.install(r -> r.body, r -> r.query);
  }

  /** {@return a builder: method {@code POST}, no header, no query, empty body} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the HTTP method, upper case} */
  public String method() {
    return method;
  }

  /** {@return every header with its values in arrival order; names compare case-insensitively; unmodifiable} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, compared case-insensitively
   * @return its first value, when present
   */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** {@return the query parameters, URL-decoded, in arrival order, each with its values; unmodifiable} */
  public Map<String, List<String>> queryParameters() {
    Map<String, List<String>> q = queryParameters;
    if (q == null) {
      q = group(query);
      queryParameters = q;
    }
    return q;
  }

  private static Map<String, List<String>> group(String[] pairs) {
    if (pairs.length == 0) {
      return Collections.emptyMap();
    }
    Map<String, List<String>> q = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      q.merge(pairs[i], List.of(pairs[i + 1]), Builder::plus);
    }
    return Collections.unmodifiableMap(q);
  }

  /** {@return a copy of the raw body bytes; empty when there is no body} */
  public byte[] body() {
    return body.clone();
  }

  /** {@return the body decoded as UTF-8 (malformed bytes become U+FFFD)} */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** {@return the content type: as set on the builder, else the {@code Content-Type} header, else null} */
  public String contentType() {
    return contentType;
  }

  /** {@return true when the content type is {@code application/x-www-form-urlencoded}} */
  public boolean isForm() {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /**
   * The body parsed as {@code application/x-www-form-urlencoded} (whatever the content type says),
   * URL-decoded with {@code +} as a space, in arrival order. The first value of a repeated name wins.
   *
   * @return the fields, in arrival order; empty for an empty body
   * @throws SignatureVerificationException when the body holds a malformed percent escape (such as
   *     {@code %zz} or a lone {@code %}): no genuine gateway sends one, so nothing in the webhook is
   *     trusted, and a webhook endpoint answers it like a failed verification (HTTP 400). The message
   *     names the position of the broken field, never its text.
   */
  public Map<String, String> formParameters() {
    return parseForm(bodyAsString());
  }

  /**
   * Parses {@code a=1&b=x+y} into an ordered map; the first value of a repeated name wins.
   *
   * @param text the form text, or null
   * @return the fields, in arrival order; empty for null or empty text
   * @throws SignatureVerificationException when the text holds a malformed percent escape, as
   *     {@link #formParameters()}
   */
  public static Map<String, String> parseForm(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    forEachPair(text, "form body", out::putIfAbsent);
    return out;
  }

  /** Decodes each {@code name=value} pair of {@code text} in order; empty pairs are skipped. */
  private static void forEachPair(String text, String where, java.util.function.BiConsumer<String, String> sink) {
    if (text == null || text.isEmpty()) {
      return;
    }
    int index = 0;
    int start = 0;
    int end = text.length();
    // the pairs of text.split("&"): trailing empty pairs are dropped, as split drops them
    while (end > 0 && text.charAt(end - 1) == '&') {
      end--;
    }
    while (start < end) {
      int amp = text.indexOf('&', start);
      int stop = amp < 0 || amp > end ? end : amp;
      index++;
      if (stop > start) {
        int eq = text.indexOf('=', start);
        boolean hasEq = eq >= 0 && eq < stop;
        String k = decode(text.substring(start, hasEq ? eq : stop), where, index);
        String v = hasEq ? decode(text.substring(eq + 1, stop), where, index) : "";
        sink.accept(k, v);
      }
      start = stop + 1;
    }
  }

  private static String decode(String encoded, String where, int index) {
    if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
      return encoded; // what URLDecoder returns for it, without its buffer
    }
    try {
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      // The text is unverified: the message says where, never what.
      throw new SignatureVerificationException(null, "the webhook's " + where + " holds a malformed percent escape"
          + " in its field #" + index + "; no genuine gateway sends one, so nothing in this webhook is trusted");
    }
  }

  /** {@return the method, content type, body size and header and query names; no value, no body} */
  @Override
  public String toString() {
    return "WebhookRequest[" + method + ", contentType=" + contentType + ", " + body.length + " body bytes, headers="
        + headers.keySet() + ", query=" + queryParameters().keySet() + "]";
  }

  /** Builder. */
  public static final class Builder {
    private String method = "POST";
    /** Created with the first header; each list is immutable. */
    private TreeMap<String, List<String>> headers;
    /** name, value, name, value... in the order given. */
    private final List<String> query = new ArrayList<>();
    private byte[] body = new byte[0];
    private String contentType;

    private Builder() {}

    /**
     * The HTTP method. Default {@code POST}.
     *
     * @param method the method, in any case
     * @return this builder
     * @throws NullPointerException when null
     */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method == null").toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * Adds a header value (a repeated name keeps every value, in order).
     *
     * @param name the header's name
     * @param value the value
     * @return this builder
     * @throws NullPointerException when either is null
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      if (headers == null) {
        headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      }
      headers.merge(name, List.of(value), Builder::plus);
      return this;
    }

    /**
     * Adds a query parameter value, already URL-decoded.
     *
     * @param name the parameter's name
     * @param value the value
     * @return this builder
     * @throws NullPointerException when either is null
     */
    public Builder queryParameter(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      query.add(name);
      query.add(value);
      return this;
    }

    /** {@code values} and then {@code more}, as a new immutable list. */
    private static List<String> plus(List<String> values, List<String> more) {
      List<String> all = new ArrayList<>(values.size() + more.size());
      all.addAll(values);
      all.addAll(more);
      return List.copyOf(all);
    }

    /**
     * Parses a raw query string ({@code a=1&b=2}, URL-encoded, {@code +} as a space) into query
     * parameters, added after any already set.
     *
     * @param rawQuery the query string without {@code ?}, or null (nothing is added)
     * @return this builder
     * @throws SignatureVerificationException when the query holds a malformed percent escape (such as
     *     {@code sign=%zz}): no genuine gateway sends one, so nothing in the webhook is trusted, and a
     *     webhook endpoint answers it like a failed verification (HTTP 400). The message names the
     *     position of the broken parameter, never its text. Parameters before it may have been added.
     */
    public Builder rawQuery(String rawQuery) {
      forEachPair(rawQuery, "query string", this::queryParameter);
      return this;
    }

    /**
     * The raw body bytes, as they arrived (copied).
     *
     * @param body the bytes
     * @return this builder
     * @throws NullPointerException when null
     */
    public Builder body(byte[] body) {
      this.body = Objects.requireNonNull(body, "body == null").clone();
      return this;
    }

    /**
     * The body as text, encoded as UTF-8.
     *
     * @param body the text
     * @return this builder
     * @throws NullPointerException when null
     */
    public Builder body(String body) {
      return body(Objects.requireNonNull(body, "body == null").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The content type. Default the {@code Content-Type} header.
     *
     * @param contentType the content type, or null for the header's
     * @return this builder
     */
    public Builder contentType(String contentType) {
      this.contentType = contentType;
      return this;
    }

    /** {@return a new, immutable request} */
    public WebhookRequest build() {
      return new WebhookRequest(this);
    }
  }
}
