package dev.paysdk.hexpay;

import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;

/**
 * Verifies Hexpay's pay-in status callbacks. Thread-safe.
 *
 * <p>The callback is a form post ({@code application/x-www-form-urlencoded}); a JSON body, as in
 * the document's reference body, or parameters in the query string are read too. Its {@code sign}
 * is checked before anything else is read: a 32-character hex signature with the app secret (MD5,
 * sorted {@code key=value&} fragments + {@code key=secret}), any other with the platform public key
 * (SHA256withRSA over the sorted fragments). Every received field except {@code sign} is signed.
 * A callback for another merchant number than the client's is rejected.
 *
 * <p>The event's de-duplication key is {@code hexpay:<payOrderId>:<state>}, and its
 * acknowledgement is HTTP 200 with the plain text {@code SUCCESS}.
 *
 * <p>The gateway calls back on every state change (failed, cancelled, refunded, closed too), and a
 * customer may pay another amount than the order's: credit an order only for a
 * {@link dev.paysdk.core.PayInStatus#SUCCEEDED} callback, after comparing the amount paid with the
 * order's.
 *
 * <pre>{@code
 * ServletWebhooks.handle(request, response, hexpay.webhooks(), event -> {
 *   if (event.payInStatus().orElse(null) != PayInStatus.SUCCEEDED) {
 *     return;                                          // not a payment: record it, credit nothing
 *   }
 *   HexpayPayInNotification n = event.providerEvent(HexpayPayInNotification.class);
 *   Order order = orders.find(n.merchantOrderNo());
 *   if (!order.amount().equals(n.amount())) {          // and check n.realPayAmount() as your policy says
 *     orders.flagForReview(order, n);
 *     return;
 *   }
 *   orders.markPaid(order, n.realPayAmount());
 * });
 * }</pre>
 */
public interface HexpayWebhooks extends Webhooks {

  /**
   * {@inheritDoc}
   *
   * <p>The event's {@code providerEvent(HexpayPayInNotification.class)} is the typed callback.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException when the signature is missing or
   *     wrong, the key it needs is not configured, the callback names another merchant, or a field
   *     cannot be read (do not act on it; answer with an error status so the gateway retries)
   */
  @Override
  WebhookEvent verify(WebhookRequest request);

  /**
   * {@link #verify} returning the typed callback only: the native webhook method.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException as {@link #verify}
   */
  HexpayPayInNotification verifyNotification(WebhookRequest request);

  /**
   * The former name of {@link #verifyNotification}.
   *
   * @deprecated use {@link #verifyNotification}, the native webhook method of every gateway
   */
  @Deprecated
  default HexpayPayInNotification verifyPayIn(WebhookRequest request) {
    return verifyNotification(request);
  }
}
