package dev.paysdk.core.durable;

import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;
import java.time.Duration;
import java.util.Objects;

/**
 * Runs verified webhooks through a {@link WebhookInbox} so that each event is handled once across
 * deliveries, instances and restarts, and tells what to answer the gateway. Storage-neutral and
 * framework-neutral: it takes a {@link WebhookRequest} or a verified {@link WebhookEvent} and returns
 * the {@link WebhookAck} to write, so a servlet, a Spring controller or anything else can use it.
 * Thread-safe.
 *
 * <pre>{@code
 * InboxWebhookProcessor processor = InboxWebhookProcessor.of(inbox);
 * // in a servlet:
 * InboxWebhookProcessor.Result r = processor.verifyAndProcess(ServletWebhooks.fromServlet(req),
 *     agentPay.webhooks(), event -> orders.apply(event));
 * ServletWebhooks.writeAck(r.response(), resp);
 * }</pre>
 *
 * <p>What the gateway is answered:
 * <ul>
 *   <li>{@link Disposition#HANDLED}: first delivery, handler succeeded, event completed: the gateway's ack;</li>
 *   <li>{@link Disposition#DUPLICATE}: handled before: the gateway's ack, the handler is not called;</li>
 *   <li>{@link Disposition#IN_PROGRESS}: another holder is handling it now: HTTP 503, delivered again later;</li>
 *   <li>{@link Disposition#HANDLER_FAILED}: the handler threw; the claim is released: HTTP 500, delivered again;</li>
 *   <li>{@link Disposition#STORE_UNAVAILABLE}: the inbox could not record the claim; the handler is not
 *       called: HTTP 503, delivered again;</li>
 *   <li>{@link Disposition#REJECTED}: verification failed: HTTP 400, not acted on.</li>
 * </ul>
 *
 * <p>Guarantee: the handler runs at most once per event while the store works and handlers finish
 * within the lease. Not guaranteed: when a handler outlives its lease, or its holder dies after the
 * handler's effects but before {@link WebhookInbox#complete}, the event is handled again once the
 * lease runs out; make handlers idempotent where that matters, or keep their effects in the same
 * database transaction as your own data.
 */
public final class InboxWebhookProcessor {
  /** Default lease of a claim: how long a holder may take before the event is given to the next delivery. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

  private static final WebhookAck REJECTED = new WebhookAck(400, "text/plain; charset=UTF-8", "rejected");
  private static final WebhookAck HANDLER_FAILED = new WebhookAck(500, "text/plain; charset=UTF-8", "handler failed");
  private static final WebhookAck BUSY =
      new WebhookAck(503, "text/plain; charset=UTF-8", "being handled elsewhere, deliver again");
  private static final WebhookAck STORE_DOWN =
      new WebhookAck(503, "text/plain; charset=UTF-8", "inbox unavailable, deliver again");

  private final WebhookInbox inbox;
  private final Duration lease;

  private InboxWebhookProcessor(WebhookInbox inbox, Duration lease) {
    this.inbox = inbox;
    this.lease = lease;
  }

  /** A processor over {@code inbox} with the {@link #DEFAULT_LEASE}. */
  public static InboxWebhookProcessor of(WebhookInbox inbox) {
    return of(inbox, DEFAULT_LEASE);
  }

  /**
   * A processor over {@code inbox}; {@code lease} is how long a handler may run before its event is
   * given to another delivery (keep it well above your handlers' longest run).
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code lease} is not positive
   */
  public static InboxWebhookProcessor of(WebhookInbox inbox, Duration lease) {
    Objects.requireNonNull(inbox, "inbox == null");
    Objects.requireNonNull(lease, "lease == null");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive: " + lease);
    }
    return new InboxWebhookProcessor(inbox, lease);
  }

  /** What the handler does with a verified event. Throwing makes the gateway deliver it again. */
  @FunctionalInterface
  public interface Handler {
    void handle(WebhookEvent event) throws Exception;
  }

  /** What became of one delivery. */
  public enum Disposition {
    /** First delivery: the handler ran and succeeded; the event is recorded as handled. */
    HANDLED(true),
    /** Handled before: acknowledged without calling the handler. */
    DUPLICATE(true),
    /** Another holder is handling it now: not handled here; the gateway is asked to deliver again. */
    IN_PROGRESS(false),
    /** The handler threw: the claim was released and the gateway is asked to deliver again. */
    HANDLER_FAILED(false),
    /** The inbox could not answer: not handled; the gateway is asked to deliver again. */
    STORE_UNAVAILABLE(false),
    /** The webhook failed verification: not acted on. */
    REJECTED(false);

    private final boolean acknowledged;

    Disposition(boolean acknowledged) {
      this.acknowledged = acknowledged;
    }

    /** True when the gateway is given its acknowledgement (it stops delivering this event). */
    public boolean acknowledged() {
      return acknowledged;
    }
  }

  /**
   * What to answer and why.
   *
   * @param disposition what happened
   * @param response what to answer the gateway (write it with {@code ServletWebhooks.writeAck} or your framework)
   * @param event the verified event, or null when verification failed
   * @param failure the handler's or the store's failure, or the verification failure, or null
   */
  public record Result(Disposition disposition, WebhookAck response, WebhookEvent event, Exception failure) {
    public Result {
      Objects.requireNonNull(disposition, "disposition == null");
      Objects.requireNonNull(response, "response == null");
    }
  }

  /**
   * Verifies {@code request} with {@code webhooks}, then {@link #process processes} the event.
   * Nothing of an unverified request is acted on or stored.
   *
   * @throws NullPointerException when an argument is null
   */
  public Result verifyAndProcess(WebhookRequest request, Webhooks webhooks, Handler handler) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(webhooks, "webhooks == null");
    Objects.requireNonNull(handler, "handler == null");
    WebhookEvent event;
    try {
      event = webhooks.verify(request);
    } catch (PaymentException | IllegalArgumentException e) {
      return new Result(Disposition.REJECTED, REJECTED, null, e);
    }
    return process(event, handler);
  }

  /**
   * Claims the verified {@code event}, runs {@code handler} when this is its first delivery, records
   * the outcome, and returns what to answer the gateway. Never throws for a failure of the handler
   * or of the store: those are answered with an error status so the gateway delivers again.
   *
   * @throws NullPointerException when an argument is null
   */
  public Result process(WebhookEvent event, Handler handler) {
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(handler, "handler == null");
    WebhookInbox.FencedClaim held;
    try {
      held = inbox.claimFenced(event, lease);
    } catch (RuntimeException e) {
      return new Result(Disposition.STORE_UNAVAILABLE, STORE_DOWN, event, e);
    }
    WebhookInbox.Claim claim = held.claim();
    switch (claim) {
      case DUPLICATE:
        return new Result(Disposition.DUPLICATE, event.ack(), event, null);
      case IN_PROGRESS:
        return new Result(Disposition.IN_PROGRESS, BUSY, event, null);
      case FIRST:
        break;
      default:
        throw new IllegalStateException("unknown claim " + claim);
    }
    try {
      handler.handle(event);
    } catch (Exception e) {
      try {
        inbox.release(event, held.token()); // only this delivery's claim, not one that took over
      } catch (RuntimeException releaseFailure) {
        e.addSuppressed(releaseFailure); // the lease frees the claim by itself
      }
      return new Result(Disposition.HANDLER_FAILED, HANDLER_FAILED, event, e);
    }
    try {
      inbox.complete(event, held.token());
    } catch (RuntimeException e) {
      // Handled, but not recorded: acknowledging is still right (delivering again could only
      // handle it twice); the claim keeps other deliveries out until its lease runs out.
      return new Result(Disposition.HANDLED, event.ack(), event, e);
    }
    return new Result(Disposition.HANDLED, event.ack(), event, null);
  }
}
