package dev.paysdk.core.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A neutral HTTP request, as handed to an {@link HttpTransport}. Immutable.
 */
public final class HttpRequest {
  private final String method;
  private final String url;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;
  private final String contentType;
  private final Duration timeout;
  private final boolean moneyMoving;

  private HttpRequest(Builder b) {
    this.method = b.method;
    this.url = Objects.requireNonNull(b.url, "url == null");
    this.headers = Collections.unmodifiableList(new ArrayList<>(b.headers));
    this.body = b.body;
    this.contentType = b.contentType;
    this.timeout = b.timeout;
    this.moneyMoving = b.moneyMoving;
  }

  /** A copy of {@code r} with another timeout; it shares r's (unmodifiable) header list. */
  private HttpRequest(HttpRequest r, Duration timeout) {
    this.method = r.method;
    this.url = r.url;
    this.headers = r.headers;
    this.body = r.body;
    this.contentType = r.contentType;
    this.timeout = timeout;
    this.moneyMoving = r.moneyMoving;
  }

  public static Builder get(String url) {
    return new Builder("GET", url);
  }

  public static Builder post(String url) {
    return new Builder("POST", url);
  }

  public String method() {
    return method;
  }

  public String url() {
    return url;
  }

  /** Headers in the order they were added (names as given). */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The first value of a header, case-insensitively, or null. */
  public String header(String name) {
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  /** Body bytes, or null for a request without body. Not copied: do not modify. */
  public byte[] body() {
    return body;
  }

  public String bodyAsString() {
    return body == null ? null : new String(body, StandardCharsets.UTF_8);
  }

  /** Content type of the body, or null. */
  public String contentType() {
    return contentType;
  }

  /** Time limit for this one attempt, or null for the transport's default. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * True for requests that move money. A transport must not resend such a request on its own
   * (OkHttp's silent retry on a failed pooled connection, for example).
   */
  public boolean moneyMoving() {
    return moneyMoving;
  }

  /** A copy with another per-attempt timeout. */
  public HttpRequest withTimeout(Duration timeout) {
    return new HttpRequest(this, timeout);
  }

  @Override
  public String toString() {
    return method + " " + dev.paysdk.core.log.Masking.maskUrl(url);
  }

  /** Builder. */
  public static final class Builder {
    private final String method;
    private final String url;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body;
    private String contentType;
    private Duration timeout;
    private boolean moneyMoving;

    private Builder(String method, String url) {
      this.method = method.toUpperCase(Locale.ROOT);
      this.url = url;
    }

    public Builder header(String name, String value) {
      headers.add(Map.entry(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null")));
      return this;
    }

    public Builder body(byte[] body, String contentType) {
      this.body = Objects.requireNonNull(body, "body == null");
      this.contentType = Objects.requireNonNull(contentType, "contentType == null");
      return this;
    }

    public Builder body(String body, String contentType) {
      return body(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder moneyMoving(boolean moneyMoving) {
      this.moneyMoving = moneyMoving;
      return this;
    }

    public HttpRequest build() {
      return new HttpRequest(this);
    }
  }
}
