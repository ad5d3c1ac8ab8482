package dev.paysdk.core.gateway;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.observe.Observers;
import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.core.observe.WebhookObservation;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook verification of one gateway, in the order every gateway follows: read the fields
 * ({@link InboundFields#extract}), reject an ambiguous field set
 * ({@link InboundFields#requireUnambiguous}), verify the signature, read the typed notification,
 * build the neutral event with a de-duplication key made only of shape-checked fields. Every failure
 * is a {@link SignatureVerificationException} whose message names no unverified value; it is
 * logged at WARN and reported to the observer. Immutable and thread-safe.
 *
 * @param <N> the gateway's typed notification
 */
public abstract class GatewayWebhooks<N> implements Webhooks {
  private static final Logger LOG = LoggerFactory.getLogger("dev.paysdk.webhook");

  private final String providerId;
  private final String operation;
  private final WebhookAck ack;
  private final PaySdkObserver observer;
  private final Set<InboundFields.Source> sources;
  private final CanonicalStyle style;
  private final Map<String, Shape> shapes;
  private final Set<String> knownNames;
  /** The context of every failure: the same for every webhook of this gateway. */
  private final ErrorContext context;

  /**
   * @param operation the webhook's operation name ({@link OperationNames#WEBHOOK_PAYOUT}...)
   * @param ack the answer the gateway expects once the webhook is handled
   * @param sources where the gateway sends the fields
   * @param style how its signing rule joins fields
   * @param shapes the identity, status and amount fields and their shapes
   * @param knownNames every field the gateway documents for this webhook; for
   *     {@link CanonicalStyle#PAIRS} the only names accepted, none the tail of another
   */
  protected GatewayWebhooks(String providerId, String operation, WebhookAck ack, PaySdkObserver observer,
      Set<InboundFields.Source> sources, CanonicalStyle style, Map<String, Shape> shapes, Set<String> knownNames) {
    this.providerId = Objects.requireNonNull(providerId, "providerId == null");
    this.operation = Objects.requireNonNull(operation, "operation == null");
    this.ack = Objects.requireNonNull(ack, "ack == null");
    this.observer = Objects.requireNonNull(observer, "observer == null");
    this.sources = Set.copyOf(sources);
    this.style = Objects.requireNonNull(style, "style == null");
    this.shapes = Map.copyOf(shapes);
    this.knownNames = Set.copyOf(knownNames);
    this.context = ErrorContext.of(providerId, operation);
    if (style == CanonicalStyle.PAIRS) {
      for (String a : this.knownNames) {
        for (String b : this.knownNames) {
          if (a.length() > b.length() && a.endsWith(b)) {
            // "x" + b would then be re-splittable into a value ending in "x" and the name b
            throw new IllegalArgumentException("known name " + b + " is the tail of known name " + a);
          }
        }
      }
    }
  }

  /**
   * Verifies the webhook and returns the gateway's typed notification.
   *
   * @throws SignatureVerificationException when anything about it is in doubt: answer the gateway
   *     with an error status (it delivers again) and do not act on it
   */
  public final N verifyNotification(WebhookRequest request) {
    return verified(request, false).notification;
  }

  /**
   * Verifies the webhook and returns the neutral event, with the typed notification as its
   * {@link WebhookEvent#providerEvent(Class) provider event}.
   *
   * @throws SignatureVerificationException when anything about it is in doubt
   */
  @Override
  public final WebhookEvent verify(WebhookRequest request) {
    return verified(request, true).event;
  }

  private record Verified<N>(N notification, WebhookEvent event) {}

  private Verified<N> verified(WebhookRequest request, boolean withEvent) {
    Objects.requireNonNull(request, "request == null");
    long start = System.nanoTime();
    ErrorContext ctx = context;
    try {
      Map<String, String> fields;
      N notification;
      WebhookEvent event = null;
      try {
        fields = InboundFields.extract(request, sources);
        InboundFields.requireUnambiguous(fields, style, shapes, knownNames);
      } catch (MalformedAnswerException e) {
        throw new SignatureVerificationException(ctx, e.getMessage());
      }
      checkSignature(fields, request, ctx);
      try {
        notification = read(fields);
        if (withEvent) {
          event = event(notification, report(notification, fields), fields);
        }
      } catch (MalformedAnswerException e) {
        throw new SignatureVerificationException(ctx, "the webhook cannot be read: " + e.getMessage());
      }
      if (observer != PaySdkObserver.NONE) {
        Observers.webhook(observer, new WebhookObservation(providerId, operation,
            WebhookObservation.WebhookOutcome.VERIFIED, Duration.ofNanos(System.nanoTime() - start), null));
      }
      return new Verified<>(notification, event);
    } catch (SignatureVerificationException e) {
      LOG.warn("[{}] {} rejected: {}", providerId, operation, e.getMessage());
      Observers.webhook(observer, new WebhookObservation(providerId, operation,
          WebhookObservation.WebhookOutcome.REJECTED, Duration.ofNanos(System.nanoTime() - start), e.getMessage()));
      throw e;
    }
  }

  /**
   * Checks the signature over {@code fields} (and, for a gateway that signs the raw body or a
   * header, over {@code request}).
   *
   * @throws SignatureVerificationException with {@code ctx} when it is missing or wrong
   */
  protected abstract void checkSignature(Map<String, String> fields, WebhookRequest request, ErrorContext ctx);

  /**
   * The typed notification of verified fields.
   *
   * @throws MalformedAnswerException naming a field (never its value) when one cannot be read or a
   *     required one is missing
   */
  protected abstract N read(Map<String, String> fields);

  /**
   * What a verified notification reports, in neutral terms.
   *
   * @throws MalformedAnswerException when a required field is missing
   */
  protected abstract Report report(N notification, Map<String, String> fields);

  /**
   * What a verified webhook reports: the order, its status and amount, and the de-duplication key.
   * The kit makes the neutral {@link WebhookEvent} of it with the provider id, the gateway's
   * acknowledgement, the verified fields and the typed notification as the provider event.
   *
   * @param type a payout or a pay-in status change
   * @param merchantOrderNo the merchant's order number
   * @param providerOrderNo the gateway's order number, if the webhook carries one
   * @param payoutStatus the neutral payout status (payout events)
   * @param payInStatus the neutral pay-in status (pay-in events)
   * @param rawStatus the gateway's own status value
   * @param amount the amount the webhook reports, if any
   * @param deduplicationKey from {@link #deduplicationKey}
   */
  protected record Report(WebhookEvent.Type type, String merchantOrderNo, String providerOrderNo,
      PayoutStatus payoutStatus, PayInStatus payInStatus, String rawStatus, Money amount, String deduplicationKey) {

    /** A payout's status change. */
    public static Report payout(String merchantOrderNo, String providerOrderNo, PayoutStatus status,
        String rawStatus, Money amount, String deduplicationKey) {
      return new Report(WebhookEvent.Type.PAYOUT_STATUS, merchantOrderNo, providerOrderNo, status, null, rawStatus,
          amount, deduplicationKey);
    }

    /** A pay-in's status change. */
    public static Report payIn(String merchantOrderNo, String providerOrderNo, PayInStatus status,
        String rawStatus, Money amount, String deduplicationKey) {
      return new Report(WebhookEvent.Type.PAYIN_STATUS, merchantOrderNo, providerOrderNo, null, status, rawStatus,
          amount, deduplicationKey);
    }
  }

  private WebhookEvent event(N notification, Report r, Map<String, String> fields) {
    return WebhookEvent.builder()
        .providerId(providerId)
        .type(r.type())
        .merchantOrderNo(r.merchantOrderNo())
        .providerOrderNo(r.providerOrderNo())
        .payoutStatus(r.payoutStatus())
        .payInStatus(r.payInStatus())
        .rawStatus(r.rawStatus())
        .amount(r.amount())
        .fields(fields)
        .deduplicationKey(r.deduplicationKey())
        .ack(ack)
        .providerEvent(notification)
        .build();
  }

  /** The provider id. */
  protected final String providerId() {
    return providerId;
  }

  /**
   * {@code provider:id:status}, the de-duplication key of an event: the same for every delivery of
   * one status change, different for another status of the same order.
   *
   * @param idField the wire name of a field declared with a {@link Shape} (already checked)
   * @param statusField the wire name of the status field, declared with {@link Shape#STATUS}
   * @throws MalformedAnswerException when either is missing (a required field)
   */
  protected final String deduplicationKey(Map<String, String> fields, String idField, String statusField) {
    if (!shapes.containsKey(idField) || !shapes.containsKey(statusField)) {
      throw new IllegalStateException("de-duplication fields must be declared with a shape");
    }
    String id = fields.get(idField);
    String status = fields.get(statusField);
    if (id == null || id.isEmpty() || status == null || status.isEmpty()) {
      throw new MalformedAnswerException("the webhook lacks '" + idField + "' or '" + statusField + "'");
    }
    return providerId + ":" + id + ":" + status;
  }
}
