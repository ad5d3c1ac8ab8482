package dev.paysdk.pen;

import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;

/**
 * Verification of the gateway's payout webhooks: a JSON POST with {@code MerchantId} and
 * {@code Sign} headers. The signature is checked over the raw body with the client's
 * {@link PenSigner} before any value is used. The event's acknowledgement is HTTP 200 with plain
 * text {@code SUCCESS}; the gateway retries anything else after 1, 2, 4 ... 512 minutes.
 *
 * <pre>{@code
 * WebhookEvent event = pen.webhooks().verify(ServletWebhooks.fromServlet(req));
 * if (handled.add(event.deduplicationKey())) {
 *   orders.apply(event.providerEvent(PenPayoutNotification.class).payout());
 * }
 * ServletWebhooks.writeAck(event.ack(), resp);
 * }</pre>
 *
 * <p>Rejected with {@link dev.paysdk.core.error.SignatureVerificationException} (answer the gateway
 * with an error status; it delivers again), with a message that names fields, never their values:
 *
 * <ul>
 *   <li>a method other than POST; a body that is not one JSON object;
 *   <li>a field set whose rule A form is ambiguous, whatever the signature says: a field name holding
 *       {@code =} or {@code &}; {@code mchOrderNo}, {@code orderNo}, {@code channelOrderNo} or
 *       {@code merchantId} not of the shape of an identifier (letters, digits, {@code _ - .});
 *       {@code orderStatus} not a status code; {@code amount} or {@code fee} not a plain decimal; any
 *       other documented field holding {@code &name=} of a documented field. Such a set may be a
 *       genuine webhook's fields re-split (an {@code mchOrderNo} of {@code A1&merchantId=100001}) so
 *       that the same signature covers other values;
 *   <li>a missing or empty {@code Sign} header; a signature that does not match;
 *   <li>a {@code MerchantId} header or body {@code merchantId} other than the client's merchant id (a
 *       missing one is accepted: the signature already proves the origin);
 *   <li>a body without {@code orderNo} or {@code orderStatus}, or with a field that cannot be read.
 * </ul>
 *
 * The status is read as the client's queries read it ({@link PenStatuses}): a status the document
 * does not name is {@code UNKNOWN} unless the client reads the guessed names. The event's
 * {@code providerEvent} is a {@link PenPayoutNotification}; its de-duplication key is
 * {@code payout-pen:<orderNo>:<orderStatus>}, built from shape-checked fields only. Rejections are
 * logged at WARN and reported to the client's observer. Thread-safe.
 */
public interface PenWebhooks extends Webhooks {

  /**
   * Verifies a webhook like {@link #verify} and returns the typed notification.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException as {@link #verify}
   */
  PenPayoutNotification verifyNotification(WebhookRequest request);
}
