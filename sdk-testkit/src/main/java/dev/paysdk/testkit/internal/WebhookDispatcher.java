package dev.paysdk.testkit.internal;

import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookDelivery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers a simulator's webhooks the way its gateway does: POST to the notify URL, and again on
 * the gateway's documented retry schedule (compressed by
 * {@link SimulatorOptions#webhookTimeCompression()}) until the merchant answers the expected
 * acknowledgement or the schedule runs out.
 */
public final class WebhookDispatcher {
  private final HttpClient http;
  private final ScheduledExecutorService executor;
  private final SimulatorOptions options;
  private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
  private final Map<String, Webhook> lastByOrder = new ConcurrentHashMap<>();

  public WebhookDispatcher(ScheduledExecutorService executor, SimulatorOptions options) {
    this.executor = executor;
    this.options = options;
    this.http = HttpClient.newBuilder().connectTimeout(options.webhookTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * One webhook to deliver.
   *
   * @param orderNo what it is about (for {@link #deliveries()})
   * @param url the notify URL
   * @param contentType content type of the body
   * @param headers extra headers (for example a signature header)
   * @param body the body; for a gateway that puts parameters in the URL, pass them in {@code url}
   * @param expectedAck the exact body the gateway expects back (trimmed, case-sensitive)
   * @param retrySchedule the documented delays before each retry
   * @param duplicate deliver once more even after an acknowledgement
   */
  public record Webhook(String orderNo, String url, String contentType, Map<String, String> headers, String body,
      String expectedAck, List<Duration> retrySchedule, boolean duplicate) {

    /** The same webhook, sent to {@code target} instead, without a duplicate. */
    public Webhook withUrl(String target) {
      return new Webhook(orderNo, target, contentType, headers, body, expectedAck, retrySchedule, false);
    }

    /**
     * The same request to another URL: same body and headers, and the same query string (where a
     * gateway puts its parameters), appended to {@code target}'s own.
     */
    public Webhook redirectedTo(String target) {
      int q = url.indexOf('?');
      String query = q < 0 ? "" : url.substring(q + 1);
      String to = query.isEmpty() ? target : target + (target.contains("?") ? "&" : "?") + query;
      return new Webhook(orderNo, to, contentType, headers, body, expectedAck, retrySchedule, false);
    }
  }

  /** Starts delivering in the background. */
  public void deliver(Webhook webhook) {
    lastByOrder.put(webhook.orderNo(), webhook);
    executor.execute(() -> attempt(webhook, 1, webhook.duplicate()));
  }

  /** The last webhook handed to {@link #deliver} for {@code orderNo} (its {@link Webhook#orderNo()}). */
  public Optional<Webhook> last(String orderNo) {
    return Optional.ofNullable(lastByOrder.get(orderNo));
  }

  /**
   * Sends {@code webhook} once, now, on the calling thread, without retries; the attempt is recorded
   * in {@link #deliveries()} like any other.
   *
   * @throws InterruptedException when interrupted while waiting for the answer
   */
  public WebhookDelivery sendOnce(Webhook webhook) throws InterruptedException {
    WebhookDelivery d = exchange(webhook, 1);
    deliveries.add(d);
    return d;
  }

  /** Every delivery attempt so far. */
  public List<WebhookDelivery> deliveries() {
    return Collections.unmodifiableList(new ArrayList<>(deliveries));
  }

  private void attempt(Webhook w, int attempt, boolean duplicatePending) {
    WebhookDelivery d;
    try {
      d = exchange(w, attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    boolean acked = d.acknowledged();
    deliveries.add(d);
    if (acked && duplicatePending) {
      executor.schedule(() -> attempt(w, attempt + 1, false), 10, TimeUnit.MILLISECONDS);
      return;
    }
    if (acked || attempt > w.retrySchedule().size()) {
      return;
    }
    Duration wait = options.compress(w.retrySchedule().get(attempt - 1));
    executor.schedule(() -> attempt(w, attempt + 1, duplicatePending), Math.max(1, wait.toMillis()),
        TimeUnit.MILLISECONDS);
  }

  private WebhookDelivery exchange(Webhook w, int attempt) throws InterruptedException {
    int status = -1;
    String answer;
    try {
      HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(w.url())).timeout(options.webhookTimeout())
          .header("Content-Type", w.contentType())
          .POST(HttpRequest.BodyPublishers.ofString(w.body() == null ? "" : w.body(), StandardCharsets.UTF_8));
      w.headers().forEach(rb::header);
      HttpResponse<String> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      status = r.statusCode();
      answer = r.body();
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      answer = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    boolean acked = status == 200 && answer != null && answer.trim().equals(w.expectedAck());
    return new WebhookDelivery(w.orderNo(), w.url(), attempt, w.contentType(), w.body(), status, answer, acked,
        Instant.now());
  }
}
