package dev.paysdk.testkit.internal;

import dev.paysdk.core.internal.Json;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A request as a simulator endpoint sees it, with the fault injected into this call (or null).
 *
 * @param method HTTP method
 * @param path request path
 * @param query raw query string, or null
 * @param headers headers, names compared case-insensitively by {@link #header}
 * @param body raw body
 * @param fault the fault for this call, or null
 */
public record SimRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body,
    Fault fault) {

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** First value of a header (case-insensitive), or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /** Body parsed as a form (URL-decoded), in order. */
  public Map<String, String> form() {
    return WebhookRequest.parseForm(bodyAsString());
  }

  /** Query string parsed (URL-decoded), in order. */
  public Map<String, String> queryParams() {
    return WebhookRequest.parseForm(query);
  }

  /** Top-level JSON fields exactly as written (the signing view). */
  public Map<String, String> jsonFields() throws IOException {
    return Json.rawFields(body);
  }

  /** True when this call carries a fault of {@code kind}. */
  public boolean has(Fault.Kind kind) {
    return fault != null && fault.kind() == kind;
  }
}
