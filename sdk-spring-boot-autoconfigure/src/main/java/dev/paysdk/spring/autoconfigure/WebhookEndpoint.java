package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.durable.WebhookInbox;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.observe.Observers;
import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.core.observe.WebhookObservation;
import dev.paysdk.core.observe.WebhookObservation.WebhookOutcome;
import dev.paysdk.core.webhook.ServletWebhooks;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One gateway's webhook endpoint: verifies, claims the event in the inbox, publishes a
 * {@link PaySdkWebhookEvent} the first time, and answers.
 *
 * <ul>
 *   <li>verified and handled, or a repeat of a handled event: the gateway's acknowledgement
 *       ({@link WebhookEvent#ack()}), byte for byte;
 *   <li>not verified (wrong or missing signature, malformed): 400, so a genuine one is delivered again;
 *   <li>a listener threw: 500, the claim released, so it is delivered again;
 *   <li>the inbox could not answer, or another delivery of the same event is being handled: 503.
 * </ul>
 *
 * Reports each webhook to the observers ({@code handled}, {@code duplicate}, {@code rejected},
 * {@code handler_failed}, {@code store_unavailable}); a rejected webhook and an inbox failure are
 * logged at WARN, without any value from the request.
 */
final class WebhookEndpoint {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);

  private final PaymentClient client;
  private final WebhookInbox inbox;
  private final ApplicationEventPublisher events;
  private final PaySdkObserver observer;
  private final Duration lease;

  WebhookEndpoint(PaymentClient client, WebhookInbox inbox, ApplicationEventPublisher events,
      PaySdkObserver observer, Duration lease) {
    this.client = client;
    this.inbox = inbox;
    this.events = events;
    this.observer = observer;
    this.lease = lease;
  }

  ServerResponse handle(ServerRequest request) {
    long start = System.nanoTime();
    String provider = client.providerId();
    WebhookEvent event;
    try {
      event = client.webhooks().verify(ServletWebhooks.fromServlet(request.servletRequest()));
    } catch (PaymentException | UncheckedIOException | IllegalArgumentException e) {
      // IllegalArgumentException: a malformed percent escape, which no genuine webhook carries. A
      // PaymentException comes from the client's verifier, which logs and reports its own rejections
      // (to the same observer): reporting it here too would count every rejection twice.
      if (!(e instanceof PaymentException)) {
        LOG.warn("{} webhook rejected: {}", provider, e.getClass().getSimpleName());
        observe("webhook", WebhookOutcome.REJECTED, start, e.getClass().getSimpleName());
      }
      return plain(400, "rejected");
    }
    String operation = event.type() == WebhookEvent.Type.PAYIN_STATUS ? "webhook.payin" : "webhook.payout";
    WebhookInbox.FencedClaim held;
    try {
      held = inbox.claimFenced(event, lease);
    } catch (RuntimeException e) { // StoreUnavailableException, or a broken store {
      LOG.warn("{} webhook {} not handled: the webhook inbox could not answer ({}); the gateway will deliver it again",
          provider, event.deduplicationKey(), e.toString());
      observe(operation, WebhookOutcome.STORE_UNAVAILABLE, start, null);
      return plain(503, "inbox unavailable");
    }
    switch (held.claim()) {
      case DUPLICATE -> {
        observe(operation, WebhookOutcome.DUPLICATE, start, null);
        return ack(event.ack());
      }
      case IN_PROGRESS -> {
        return plain(503, "in progress");
      }
      default -> { }
    }
    try {
      events.publishEvent(new PaySdkWebhookEvent(event));
    } catch (RuntimeException e) {
      release(event, held.token());
      observe(operation, WebhookOutcome.HANDLER_FAILED, start, e.getClass().getSimpleName());
      LOG.debug("{} webhook {}: a listener failed; answered 500 so that the gateway delivers it again", provider,
          event.deduplicationKey(), e);
      return plain(500, "handler failed");
    }
    try {
      inbox.complete(event, held.token());
    } catch (RuntimeException e) {
      // Handled already: acknowledging is what keeps it from being handled twice (its claim's lease
      // runs out with no further delivery); asking for a redelivery would handle it again.
      LOG.warn("{} webhook {} was handled but the inbox could not record it ({})", provider,
          event.deduplicationKey(), e.toString());
    }
    observe(operation, WebhookOutcome.HANDLED, start, null);
    return ack(event.ack());
  }

  private void release(WebhookEvent event, String token) {
    try {
      inbox.release(event, token); // this delivery's claim only
    } catch (RuntimeException e) {
      LOG.warn("{} webhook {}: the inbox could not release its claim ({}); it is freed when its lease runs out",
          event.providerId(), event.deduplicationKey(), e.toString());
    }
  }

  private void observe(String operation, WebhookOutcome outcome, long start, String reason) {
    Observers.webhook(observer, new WebhookObservation(client.providerId(), operation, outcome,
        Duration.ofNanos(System.nanoTime() - start), reason));
  }

  private static ServerResponse ack(WebhookAck ack) {
    return ServerResponse.status(ack.status()).contentType(MediaType.parseMediaType(ack.contentType())).body(ack.body());
  }

  private static ServerResponse plain(int status, String body) {
    return ack(new WebhookAck(status, "text/plain; charset=UTF-8", body));
  }
}
