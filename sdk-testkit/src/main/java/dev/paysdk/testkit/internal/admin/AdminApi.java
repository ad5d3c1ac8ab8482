package dev.paysdk.testkit.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.log.Masking;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.GatewaySimulator;
import dev.paysdk.testkit.WebhookDelivery;
import dev.paysdk.testkit.internal.Endpoint;
import dev.paysdk.testkit.internal.SimRequest;
import dev.paysdk.testkit.internal.SimResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The admin HTTP API of a simulator, served under {@value #PREFIX} on the simulator's own server by
 * {@link GatewaySimulator#enableAdminApi()}, so a tool outside the JVM can drive it. Parameters come
 * as a JSON object body or as URL query parameters (both may be mixed); every answer is JSON, 200 on
 * success, 400 with {@code {"error":"..."}} on a bad request, 404 for an unknown route.
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><th>route</th><th>parameters</th><th>does</th></tr>
 *   <tr><td>{@code GET /_admin}</td><td></td><td>gateway id, base URL, fault operation names, fault kinds</td></tr>
 *   <tr><td>{@code POST /_admin/faults}</td><td>{@code operation}, {@code kind} (a {@link Fault.Kind}, any case,
 *       {@code -} for {@code _}), {@code count} (default 1), {@code delayMillis} (DELAY), {@code status}
 *       (HTTP_STATUS)</td><td>the next {@code count} calls of the operation get the fault</td></tr>
 *   <tr><td>{@code DELETE /_admin/faults}</td><td></td><td>drops every queued fault</td></tr>
 *   <tr><td>{@code GET /_admin/orders}</td><td></td><td>every order: {@code merchantOrderNo},
 *       {@code gatewayOrderNo}, {@code kind}, {@code amount}, {@code currency}, {@code status}, {@code final}</td></tr>
 *   <tr><td>{@code POST /_admin/orders/complete}</td><td>{@code order} (either number), {@code outcome}
 *       ({@code SUCCEEDED}, {@code FAILED}; for Hexpay pay-ins also {@code CANCELLED}, {@code CLOSED}),
 *       {@code reason}</td><td>moves the order to that final state; its webhook goes to its notify URL</td></tr>
 *   <tr><td>{@code POST /_admin/webhooks/trigger}</td><td>{@code order}, {@code url}, {@code wrongSignature}
 *       ({@code true}/{@code false})</td><td>sends the webhook of the order's current state to {@code url}
 *       once, now; answers the delivery</td></tr>
 *   <tr><td>{@code POST /_admin/webhooks/replay}</td><td>{@code order}, {@code url}</td><td>sends the last
 *       webhook the simulator delivered for the order again, byte for byte, to {@code url}</td></tr>
 *   <tr><td>{@code GET /_admin/webhooks}</td><td></td><td>every delivery attempt (URL query masked, no body)</td></tr>
 * </table>
 *
 * Not a public contract: the routes are documented where the {@code paysdk} command line describes them.
 */
public final class AdminApi implements Endpoint {
  /** The path prefix of every admin route. */
  public static final String PREFIX = "/_admin";

  private final GatewaySimulator simulator;
  private final SimulatorControl control;

  /** The admin API of {@code simulator}. */
  public AdminApi(GatewaySimulator simulator) {
    this.simulator = simulator;
    this.control = SimulatorControl.of(simulator);
  }

  @Override
  public SimResponse handle(SimRequest req) {
    String route = req.method() + " " + stripSlash(req.path());
    try {
      Map<String, String> p = params(req);
      return switch (route) {
        case "GET /_admin" -> ok(describe());
        case "POST /_admin/faults" -> ok(queueFault(p));
        case "DELETE /_admin/faults" -> {
          simulator.faults().clear();
          yield ok(Json.MAPPER.createObjectNode().put("cleared", true));
        }
        case "GET /_admin/orders" -> ok(orders());
        case "POST /_admin/orders/complete" -> ok(complete(p));
        case "POST /_admin/webhooks/trigger" -> ok(delivery(simulator.sendWebhook(
            control.find(require(p, "order")).webhookKey(), require(p, "url"),
            bool(p.getOrDefault("wrongSignature", "false"))), false));
        case "POST /_admin/webhooks/replay" -> ok(delivery(replay(require(p, "order"), require(p, "url")), false));
        case "GET /_admin/webhooks" -> ok(deliveries());
        default -> SimResponse.json(404, error("no admin route " + route + "; see GET " + PREFIX));
      };
    } catch (IllegalArgumentException | IllegalStateException e) {
      return SimResponse.json(400, error(e.getMessage()));
    } catch (IOException e) {
      return SimResponse.json(400, error("the body is not a JSON object: " + e.getMessage()));
    }
  }

  private ObjectNode describe() {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("gateway", control.id());
    n.put("baseUrl", simulator.baseUrl());
    ArrayNode ops = n.putArray("operations");
    control.operations().forEach(ops::add);
    ArrayNode kinds = n.putArray("faultKinds");
    for (Fault.Kind k : Fault.Kind.values()) {
      kinds.add(k.name());
    }
    return n;
  }

  private ObjectNode queueFault(Map<String, String> p) {
    String operation = require(p, "operation");
    if (!control.operations().contains(operation)) {
      throw new IllegalArgumentException("unknown operation '" + operation + "'; known: "
          + String.join(", ", control.operations()));
    }
    Fault fault = fault(require(p, "kind"), p);
    int count = integer(p.getOrDefault("count", "1"), "count");
    if (count < 1 || count > 1000) {
      throw new IllegalArgumentException("count must be 1 to 1000: " + count);
    }
    simulator.faults().times(operation, fault, count);
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("operation", operation).put("kind", fault.kind().name()).put("count", count);
    return n;
  }

  private static Fault fault(String kindText, Map<String, String> p) {
    Fault.Kind kind;
    try {
      kind = Fault.Kind.valueOf(kindText.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown fault kind '" + kindText + "'; known: "
          + java.util.Arrays.toString(Fault.Kind.values()), e);
    }
    return switch (kind) {
      case DELAY -> Fault.delay(Duration.ofMillis(integer(require(p, "delayMillis"), "delayMillis")));
      case RESET_BEFORE_STORE -> Fault.resetBeforeStore();
      case RESET_AFTER_STORE -> Fault.resetAfterStore();
      case HTTP_STATUS -> Fault.httpStatus(integer(p.getOrDefault("status", "503"), "status"));
      case MALFORMED_BODY -> Fault.malformedBody();
      case WRONG_SIGNATURE -> Fault.wrongSignature();
      case DUPLICATE_WEBHOOK -> Fault.duplicateWebhook();
      case RAW_ANSWER_BEFORE_STORE -> Fault.rawAnswerBeforeStore(integer(p.getOrDefault("status", "404"), "status"),
          p.getOrDefault("contentType", "text/html"), p.getOrDefault("body", "<html><body>Not Found</body></html>"));
      case RAW_ANSWER_AFTER_STORE -> Fault.rawAnswerAfterStore(integer(p.getOrDefault("status", "408"), "status"),
          p.getOrDefault("contentType", "text/html"), p.getOrDefault("body", "<html><body>408 Request Time-out</body></html>"));
    };
  }

  private ObjectNode orders() {
    ObjectNode n = Json.MAPPER.createObjectNode();
    ArrayNode list = n.putArray("orders");
    for (SimulatorControl.AdminOrder o : control.orders()) {
      ObjectNode e = list.addObject();
      e.put("kind", o.kind()).put("merchantOrderNo", o.merchantOrderNo()).put("gatewayOrderNo", o.gatewayOrderNo())
          .put("amount", o.amount()).put("currency", o.currency()).put("status", o.status()).put("final", o.isFinal());
    }
    return n;
  }

  private ObjectNode complete(Map<String, String> p) {
    SimulatorControl.AdminOrder o = control.find(require(p, "order"));
    String outcome = require(p, "outcome").trim().toUpperCase(Locale.ROOT);
    control.complete(o, outcome, p.get("reason"));
    SimulatorControl.AdminOrder now = control.find(o.gatewayOrderNo());
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("merchantOrderNo", now.merchantOrderNo()).put("gatewayOrderNo", now.gatewayOrderNo())
        .put("status", now.status()).put("final", now.isFinal());
    return n;
  }

  private WebhookDelivery replay(String order, String url) {
    SimulatorControl.AdminOrder o = control.find(order);
    try {
      return simulator.replayWebhook(o.webhookKey(), url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no webhook was delivered for order " + order + " yet", e);
    }
  }

  private ObjectNode deliveries() {
    ObjectNode n = Json.MAPPER.createObjectNode();
    ArrayNode list = n.putArray("deliveries");
    for (WebhookDelivery d : simulator.webhookDeliveries()) {
      list.add(delivery(d, true));
    }
    return n;
  }

  private static ObjectNode delivery(WebhookDelivery d, boolean brief) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("orderNo", d.orderNo()).put("url", Masking.maskUrl(d.url())).put("attempt", d.attempt())
        .put("responseStatus", d.responseStatus()).put("acknowledged", d.acknowledged()).put("at", d.at().toString());
    if (!brief) {
      String answer = d.responseBody() == null ? "" : d.responseBody();
      n.put("responseBody", answer.length() > 200 ? answer.substring(0, 200) + "..." : answer);
    }
    return n;
  }

  private static Map<String, String> params(SimRequest req) throws IOException {
    Map<String, String> p = new LinkedHashMap<>(req.queryParams());
    String body = req.bodyAsString().trim();
    if (body.startsWith("{")) {
      JsonNode tree = Json.tree(req.body());
      tree.properties().forEach(e -> p.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText()
          : e.getValue().toString()));
    } else if (!body.isEmpty()) {
      p.putAll(WebhookRequest.parseForm(body));
    }
    return p;
  }

  private static String require(Map<String, String> p, String name) {
    String v = p.get(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("parameter '" + name + "' is required");
    }
    return v;
  }

  private static int integer(String v, String name) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number: " + v, e);
    }
  }

  private static boolean bool(String v) {
    String s = v.trim().toLowerCase(Locale.ROOT);
    if (!s.equals("true") && !s.equals("false")) {
      throw new IllegalArgumentException("wrongSignature must be true or false: " + v);
    }
    return s.equals("true");
  }

  private static String stripSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static SimResponse ok(ObjectNode n) {
    return SimResponse.json(200, Json.write(n));
  }

  private static String error(String message) {
    return Json.write(Json.MAPPER.createObjectNode().put("error", message));
  }
}
