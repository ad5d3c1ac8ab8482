package dev.paysdk.vexora;

import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;

/**
 * Verifies Vexora disbursement callbacks: a JSON POST of {@code platFormTradeNo}, {@code tradeNo},
 * {@code amount}, {@code status} and {@code sign}. The signature follows rule C over every top-level
 * body field except {@code sign}, each value exactly as written. The gateway expects plain text
 * {@code OK} ({@link WebhookEvent#ack()}); it retries after 2 s, 5 s, 10 s, 30 s, 1 h and 3 x 3 h.
 *
 * <p>The de-duplication key is {@code vexora:<platFormTradeNo, else tradeNo>:<status>}. Thread-safe.
 */
public interface VexoraWebhooks extends Webhooks {

  /**
   * Verifies a callback and returns the neutral event; its provider event is the
   * {@link DisbursementNotification}.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException as {@link #verifyNotification}
   */
  @Override
  WebhookEvent verify(WebhookRequest request);

  /**
   * Verifies a callback. A callback with {@code sign} must match rule C. One without {@code sign} is
   * rejected, unless the client confirms unsigned callbacks by query
   * ({@link UnsignedWebhookPolicy#CONFIRM_BY_QUERY}): then the order is queried and the query's
   * status is reported.
   *
   * @throws dev.paysdk.core.error.SignatureVerificationException when the signature is wrong, the
   *     callback is unsigned and not confirmed, the confirming query fails or disagrees, or the
   *     callback is not a JSON object with {@code tradeNo} and {@code status}; answer it with an
   *     error status and do not act on it. Raised before the callback is verified, its message and
   *     {@code merchantOrderNo()} name none of the callback's values (an unverified {@code tradeNo}
   *     is the sender's claim, not an order of yours).
   */
  DisbursementNotification verifyNotification(WebhookRequest request);
}
