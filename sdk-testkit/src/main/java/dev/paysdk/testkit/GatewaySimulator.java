package dev.paysdk.testkit;

import dev.paysdk.testkit.internal.SimServer;
import dev.paysdk.testkit.internal.WebhookDispatcher;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What every gateway simulator shares: an embedded HTTP server on 127.0.0.1 and an ephemeral port,
 * the fault queue, the received-request log, webhook delivery with the gateway's retry schedule,
 * and a scheduler that moves orders through their states. Subclasses implement one gateway each.
 * Thread-safe.
 */
public abstract class GatewaySimulator implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final SimulatorOptions options;
  private final Faults faults = new Faults();
  private final ScheduledExecutorService scheduler;
  private final WebhookDispatcher dispatcher;
  private final SimServer server;

  /**
   * @param name short name for threads, such as {@code agentpay-sim}
   * @param options timing
   * @param errorBody body the gateway answers with an injected HTTP error status
   */
  protected GatewaySimulator(String name, SimulatorOptions options, String errorBody) {
    this.options = options;
    ThreadFactory tf = r -> {
      Thread t = new Thread(r, name + "-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.scheduler = Executors.newScheduledThreadPool(2, tf);
    this.dispatcher = new WebhookDispatcher(scheduler, options);
    this.server = new SimServer(name, faults, errorBody, options.port());
  }

  /** Registers the routes and starts the server; subclasses call it at the end of their constructor. */
  protected final void startServer() {
    server.start();
  }

  /** The server, to register routes. */
  protected final SimServer server() {
    return server;
  }

  /** The base URL a client is configured with, such as {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return server.baseUrl();
  }

  public int port() {
    return server.port();
  }

  public SimulatorOptions options() {
    return options;
  }

  /** Faults to inject into following calls. */
  public Faults faults() {
    return faults;
  }

  /** Every request received so far. */
  public List<ReceivedRequest> receivedRequests() {
    return server.received();
  }

  /** Requests received for one operation. */
  public List<ReceivedRequest> receivedRequests(String operation) {
    return server.received().stream().filter(r -> operation.equals(r.operation())).toList();
  }

  /** Every webhook delivery attempt so far. */
  public List<WebhookDelivery> webhookDeliveries() {
    return dispatcher.deliveries();
  }

  /**
   * Waits until a delivery matching {@code condition} was made.
   *
   * @throws AssertionError when none came within {@code timeout}
   */
  public WebhookDelivery awaitWebhook(Predicate<WebhookDelivery> condition, Duration timeout) {
    return await(() -> dispatcher.deliveries().stream().filter(condition).findFirst(), d -> true, timeout,
        "a matching webhook delivery (deliveries so far: " + dispatcher.deliveries() + ")");
  }

  /**
   * Polls {@code read} until it holds a value that {@code condition} accepts: the waiting every
   * simulator's {@code await...} methods share.
   *
   * @param what names the awaited thing in the failure message
   * @throws AssertionError naming the last value seen when that does not happen within {@code timeout}
   */
  protected static <T> T await(Supplier<Optional<T>> read, Predicate<T> condition, Duration timeout, String what) {
    long end = System.nanoTime() + timeout.toNanos();
    Optional<T> last = read.get();
    while (true) {
      if (last.isPresent() && condition.test(last.get())) {
        return last.get();
      }
      if (System.nanoTime() > end) {
        throw new AssertionError(what + " did not reach the expected state within " + timeout + "; last seen: "
            + last.map(String::valueOf).orElse("none"));
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
      last = read.get();
    }
  }

  /**
   * Sends the webhook of an order's current state to {@code url} once, now, without retries, and
   * returns the attempt (also listed in {@link #webhookDeliveries()}). Unlike the deliveries the
   * simulator makes on its own, it takes no fault from {@link #faults()}.
   *
   * @param orderNo the merchant's or the gateway's number of the order
   * @param url where to send it
   * @param wrongSignature true to sign it with a wrong key, as {@link Fault#wrongSignature()} does
   * @throws IllegalArgumentException when the simulator has no such order, or sends no webhook for it
   */
  public WebhookDelivery sendWebhook(String orderNo, String url, boolean wrongSignature) {
    java.util.Objects.requireNonNull(orderNo, "orderNo == null");
    java.util.Objects.requireNonNull(url, "url == null");
    WebhookDispatcher.Webhook w = webhookOf(orderNo, url, wrongSignature).orElseThrow(
        () -> new IllegalArgumentException("no order " + orderNo + " with a webhook in this simulator"));
    return sendNow(w);
  }

  /**
   * Sends the last webhook the simulator delivered on its own for an order again, byte for byte (same
   * body, headers and query string), to {@code url}, once, now; returns the attempt.
   *
   * @param orderNo the number the simulator files the webhook under ({@link WebhookDelivery#orderNo()})
   * @throws IllegalArgumentException when no webhook was delivered for it yet
   */
  public WebhookDelivery replayWebhook(String orderNo, String url) {
    java.util.Objects.requireNonNull(orderNo, "orderNo == null");
    java.util.Objects.requireNonNull(url, "url == null");
    WebhookDispatcher.Webhook w = dispatcher.last(orderNo).orElseThrow(
        () -> new IllegalArgumentException("no webhook was delivered for " + orderNo + " yet"));
    return sendNow(w.redirectedTo(url));
  }

  private WebhookDelivery sendNow(WebhookDispatcher.Webhook w) {
    try {
      return dispatcher.sendOnce(w);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending a webhook", e);
    }
  }

  /**
   * The webhook of an order's current state, addressed to {@code url}, for {@link #sendWebhook}; empty
   * when there is no such order. Each simulator that sends webhooks overrides it; the default has none.
   *
   * @param orderNo the merchant's or the gateway's number of the order
   */
  protected Optional<WebhookDispatcher.Webhook> webhookOf(String orderNo, String url, boolean wrongSignature) {
    return Optional.empty();
  }

  /**
   * Serves the admin HTTP API under {@code /_admin/} on this simulator's own server, for tools that
   * drive a simulator from outside the JVM (the {@code paysdk simulate} command): inject faults, list
   * orders, finish an order, send or replay its webhook. Its requests are not recorded and take no
   * fault. Parameters are a JSON object body or query parameters; answers are JSON (400 with
   * {@code {"error":...}} for a bad request):
   * <ul>
   *   <li>{@code GET /_admin}: gateway id, base URL, fault operation names and fault kinds;</li>
   *   <li>{@code POST /_admin/faults} ({@code operation}, {@code kind}, {@code count}, {@code delayMillis},
   *       {@code status}) and {@code DELETE /_admin/faults}: {@link #faults()};</li>
   *   <li>{@code GET /_admin/orders}: every order, with the merchant's and the gateway's number;</li>
   *   <li>{@code POST /_admin/orders/complete} ({@code order}, {@code outcome} {@code SUCCEEDED} or
   *       {@code FAILED}, Hexpay pay-ins also {@code CANCELLED} or {@code CLOSED}, {@code reason});</li>
   *   <li>{@code POST /_admin/webhooks/trigger} ({@code order}, {@code url}, {@code wrongSignature}):
   *       {@link #sendWebhook}; {@code POST /_admin/webhooks/replay} ({@code order}, {@code url}):
   *       {@link #replayWebhook}; {@code GET /_admin/webhooks}: {@link #webhookDeliveries()}.</li>
   * </ul>
   * Idempotent.
   */
  public final void enableAdminApi() {
    server.admin(dev.paysdk.testkit.internal.admin.AdminApi.PREFIX,
        new dev.paysdk.testkit.internal.admin.AdminApi(this));
  }

  /** Delivers a webhook in the background, with retries. */
  protected final void deliver(WebhookDispatcher.Webhook webhook) {
    dispatcher.deliver(webhook);
  }

  /** Runs {@code task} after {@code delay} on the simulator's scheduler. */
  protected final void later(Duration delay, Runnable task) {
    scheduler.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
  }

  /** Stops the server and every pending delivery. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    server.close();
  }
}
