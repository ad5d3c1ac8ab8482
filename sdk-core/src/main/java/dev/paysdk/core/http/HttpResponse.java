package dev.paysdk.core.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A neutral HTTP response: status, headers (case-insensitive names) and the whole body. Immutable.
 */
public final class HttpResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  public HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.body = body == null ? new byte[0] : body;
  }

  public int status() {
    return status;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  /** First value of a header, or null. */
  public String header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The body bytes. Not copied: do not modify. */
  public byte[] body() {
    return body;
  }

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** True for 2xx. */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return "HttpResponse[" + status + ", " + body.length + " bytes]";
  }
}
