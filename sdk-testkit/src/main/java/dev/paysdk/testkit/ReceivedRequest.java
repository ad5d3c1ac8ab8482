package dev.paysdk.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A request a simulator or a {@link WebhookReceiver} received, as it arrived.
 *
 * @param operation the simulator's operation name ({@link Faults#WEBHOOK} for a {@link WebhookReceiver}), or
 *     null for an unknown path
 * @param method HTTP method
 * @param path request path (without query)
 * @param query raw query string, or null
 * @param headers headers (names as sent)
 * @param body raw body
 */
public record ReceivedRequest(String operation, String method, String path, String query,
    Map<String, List<String>> headers, byte[] body) {

  /** The body as UTF-8 text. */
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
}
