package dev.paysdk.core.webhook;

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
  private final Map<String, List<String>> queryParameters;
  private final byte[] body;
  private final String contentType;

  private WebhookRequest(Builder b) {
    this.method = b.method;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    b.headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    Map<String, List<String>> q = new LinkedHashMap<>();
    b.query.forEach((k, v) -> q.put(k, List.copyOf(v)));
    this.queryParameters = Collections.unmodifiableMap(q);
    this.body = b.body.clone();
    this.contentType = b.contentType != null ? b.contentType : header("Content-Type").orElse(null);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** Every header; names compare case-insensitively. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** Query parameters, URL-decoded, in arrival order. */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /** A copy of the raw body. */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Content type, or null. */
  public String contentType() {
    return contentType;
  }

  /** True when the content type is {@code application/x-www-form-urlencoded}. */
  public boolean isForm() {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /**
   * The body parsed as {@code application/x-www-form-urlencoded} (whatever the content type says),
   * URL-decoded with {@code +} as a space, in arrival order. The first value of a repeated name wins.
   */
  public Map<String, String> formParameters() {
    return parseForm(bodyAsString());
  }

  /** Parses {@code a=1&b=x+y} into an ordered map; the first value of a repeated name wins. */
  public static Map<String, String> parseForm(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(k, v);
    }
    return out;
  }

  @Override
  public String toString() {
    return "WebhookRequest[" + method + ", contentType=" + contentType + ", " + body.length + " body bytes, headers="
        + headers.keySet() + ", query=" + queryParameters.keySet() + "]";
  }

  /** Builder. */
  public static final class Builder {
    private String method = "POST";
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private String contentType;

    private Builder() {}

    /** Default {@code POST}. */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method == null").toUpperCase(Locale.ROOT);
      return this;
    }

    /** Adds a header value. */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /** Adds a (decoded) query parameter value. */
    public Builder queryParameter(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /** Parses a raw query string ({@code a=1&b=2}, URL-encoded) into query parameters. */
    public Builder rawQuery(String rawQuery) {
      if (rawQuery != null && !rawQuery.isEmpty()) {
        for (String pair : rawQuery.split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int eq = pair.indexOf('=');
          String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          queryParameter(k, v);
        }
      }
      return this;
    }

    /** The raw body bytes (copied). */
    public Builder body(byte[] body) {
      this.body = Objects.requireNonNull(body, "body == null").clone();
      return this;
    }

    /** The body as UTF-8 text. */
    public Builder body(String body) {
      return body(Objects.requireNonNull(body, "body == null").getBytes(StandardCharsets.UTF_8));
    }

    /** Content type; defaults to the {@code Content-Type} header. */
    public Builder contentType(String contentType) {
      this.contentType = contentType;
      return this;
    }

    public WebhookRequest build() {
      return new WebhookRequest(this);
    }
  }
}
