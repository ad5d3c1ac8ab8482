package dev.paysdk.testkit;

import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;
import dev.paysdk.testkit.internal.SimRequest;
import dev.paysdk.testkit.internal.SimResponse;
import dev.paysdk.testkit.internal.SimServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The merchant's side of a webhook, for tests: an HTTP endpoint on 127.0.0.1 and an ephemeral port that
 * hands each request, exactly as it arrived, to a client's {@link Webhooks#verify}, answers the verified
 * event's {@link WebhookEvent#ack() acknowledgement}, and records what happened.
 *
 * <pre>{@code
 * try (AgentPaySimulator sim = AgentPaySimulator.start()) {
 *   AgentPayClient client = AgentPayClient.builder()
 *       .baseUrl(sim.baseUrl())
 *       .merchantId(sim.merchantId())
 *       .secretKey(sim.secretKey())
 *       .build();
 *   try (WebhookReceiver receiver = WebhookReceiver.start(client.webhooks())) {
 *     client.payouts().create(PayoutRequest.builder()
 *         .merchantOrderNo("202503110001")
 *         // amount, payee, destination...
 *         .notifyUrl(receiver.url())
 *         .build());
 *     WebhookEvent event = receiver.awaitEvent(e -> e.merchantOrderNo().equals("202503110001"),
 *         Duration.ofSeconds(5));
 *     assertThat(event.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
 *     assertThat(receiver.rejections()).isEmpty();
 *   }
 * }
 * }</pre>
 *
 * <p>Every request is taken, whatever its method and path, so a notify URL may carry a path or a query
 * string of its own; the query string reaches {@code verify} as the request's query parameters (some
 * gateways send their callback parameters there). A request whose verification throws a
 * {@link RuntimeException} is answered HTTP 400 {@code text/plain} {@code rejected}, so the gateway (or
 * simulator) sees it refused and retries, and the exception is kept in {@link #rejections()}.
 *
 * <p>Thread-safe: requests may arrive concurrently while a test reads the records.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** The path of {@link #url()}. */
  private static final String PATH = "/webhooks";
  private static final SimResponse REJECTED = SimResponse.text(400, "rejected");

  private final Webhooks webhooks;
  private final SimServer server;
  private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
  private final List<RuntimeException> rejections = new CopyOnWriteArrayList<>();

  private WebhookReceiver(Webhooks webhooks) {
    this.webhooks = webhooks;
    // No faults can be queued here: the receiver plays the merchant, faults belong to the simulators.
    this.server = new SimServer("webhook-receiver", new Faults(), "").fallback(Faults.WEBHOOK, this::handle);
  }

  /**
   * Starts a receiver on 127.0.0.1 and an ephemeral port.
   *
   * @param webhooks verifies each request, typically {@code client.webhooks()}
   * @return the running receiver; close it when done
   * @throws NullPointerException when {@code webhooks} is null
   * @throws IllegalStateException when the server cannot start
   */
  public static WebhookReceiver start(Webhooks webhooks) {
    Objects.requireNonNull(webhooks, "webhooks == null");
    WebhookReceiver receiver = new WebhookReceiver(webhooks);
    receiver.server.start();
    return receiver;
  }

  /** The notify URL to give the gateway: {@code http://127.0.0.1:<port>/webhooks}. */
  public String url() {
    return server.baseUrl() + PATH;
  }

  /**
   * Every request received so far, in arrival order and as it arrived (method, path, raw query, headers,
   * raw body), verified or not. Each has the operation name {@link Faults#WEBHOOK}.
   */
  public List<ReceivedRequest> receivedRequests() {
    return server.received();
  }

  /** Every event verified so far, in the order verification succeeded; an unmodifiable snapshot. */
  public List<WebhookEvent> events() {
    return List.copyOf(events);
  }

  /** What {@code verify} threw for each rejected request so far, in order; an unmodifiable snapshot. */
  public List<RuntimeException> rejections() {
    return List.copyOf(rejections);
  }

  /**
   * Waits until a verified event matching {@code condition} was recorded, polling every few milliseconds.
   *
   * @param condition which event; called on events already recorded too
   * @param timeout how long to wait
   * @return the first recorded event that matches
   * @throws AssertionError when none matched within {@code timeout} (naming the events and rejections
   *     recorded by then), or when the waiting thread is interrupted
   * @throws NullPointerException when an argument is null
   */
  public WebhookEvent awaitEvent(Predicate<WebhookEvent> condition, Duration timeout) {
    Objects.requireNonNull(condition, "condition == null");
    Objects.requireNonNull(timeout, "timeout == null");
    try {
      return GatewaySimulator.await(() -> events.stream().filter(condition).findFirst(), e -> true, timeout,
          "a matching verified webhook event");
    } catch (AssertionError e) {
      // The state at the end of the wait, not at its start, is what explains the failure.
      throw new AssertionError(e.getMessage() + "; requests received: " + server.received().size()
          + ", events: " + events + ", rejections: " + rejections, e);
    }
  }

  /** Stops the server; the records stay readable. */
  @Override
  public void close() {
    server.close();
  }

  private SimResponse handle(SimRequest request) {
    WebhookRequest.Builder raw = WebhookRequest.builder()
        .method(request.method())
        .rawQuery(request.query())
        .body(request.body());
    request.headers().forEach((name, values) -> values.forEach(v -> raw.header(name, v)));
    WebhookEvent event;
    try {
      event = webhooks.verify(raw.build());
    } catch (RuntimeException e) {
      rejections.add(e);
      return REJECTED;
    }
    events.add(event);
    WebhookAck ack = event.ack();
    return new SimResponse(ack.status(), ack.contentType(), ack.body().getBytes(StandardCharsets.UTF_8));
  }
}
