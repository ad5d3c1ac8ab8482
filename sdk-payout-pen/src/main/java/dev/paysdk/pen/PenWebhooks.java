package dev.paysdk.pen;

import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;

/**
 * Verification of the gateway's payout webhooks: a JSON POST with {@code MerchantId} and
 * {@code Sign} headers. The signature is checked over the raw body with the client's
 * {@link PenSigner} before anything else is read. The event's acknowledgement is HTTP 200 with
 * plain text {@code SUCCESS}; the gateway retries anything else after 1, 2, 4 ... 512 minutes.
 *
 * <pre>{@code
 * WebhookEvent event = pen.webhooks().verify(ServletWebhooks.fromServlet(req));
 * if (handled.add(event.deduplicationKey())) {
 *   orders.apply(event.providerEvent(PenPayoutNotification.class).payout());
 * }
 * ServletWebhooks.writeAck(event.ack(), resp);
 * }</pre>
 *
 * <p>Rejected with {@link dev.paysdk.core.error.SignatureVerificationException}: a method other than
 * POST; a missing or empty {@code Sign} header; a signature that does not match; a
 * {@code MerchantId} header or body {@code merchantId} other than the client's merchant id (a
 * missing one is accepted: the signature already proves the origin); a body without
 * {@code orderNo} or {@code orderStatus}, or with a field that cannot be read. The event's
 * {@code providerEvent} is a {@link PenPayoutNotification}. Thread-safe.
 */
public interface PenWebhooks extends Webhooks {

  /**
   * Verifies a webhook like {@link #verify} and returns the typed notification.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException as {@link #verify}
   */
  PenPayoutNotification verifyNotification(WebhookRequest request);
}
