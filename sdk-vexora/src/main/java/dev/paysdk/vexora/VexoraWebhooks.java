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
 * <p>Rule C joins pairs with no separator, so a captured callback could be re-split into other
 * fields with the same canonical string and signature. Before any signature is trusted, a callback
 * is rejected when a JSON key is not a plain identifier (letters, digits, {@code _}) or not one of
 * the fields Vexora sends ({@code platFormTradeNo}, {@code tradeNo}, {@code amount}, {@code status},
 * {@code sign}, and {@code message}, {@code remark}, {@code timestamp}, {@code orderAmount},
 * {@code payAmount}, {@code successTime} of some regions: any other key could be the tail of a
 * re-split name, {@code "...f1arema"} + {@code "rk"} signing as {@code "...f1a"} + {@code "remark"}), when
 * {@code tradeNo} or {@code platFormTradeNo} is not an order number (letters, digits,
 * {@code _ - .}), {@code status} not a status code or {@code amount} not a plain decimal, or when
 * another field's value holds what reads as {@code name=} of a known field.
 *
 * <p>The de-duplication key is {@code vexora:<platFormTradeNo, else tradeNo>:<status>}, made of
 * those checked fields (of the confirming query's values for an unsigned callback). Thread-safe.
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
   *     callback is not a JSON object with {@code tradeNo} and {@code status}, or its fields are
   *     ambiguous (see above, even when the signature matches); answer it with an
   *     error status and do not act on it. Raised before the callback is verified, its message and
   *     {@code merchantOrderNo()} name none of the callback's values (an unverified {@code tradeNo}
   *     is the sender's claim, not an order of yours).
   */
  DisbursementNotification verifyNotification(WebhookRequest request);
}
