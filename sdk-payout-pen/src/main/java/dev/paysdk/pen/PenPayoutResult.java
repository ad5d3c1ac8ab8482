package dev.paysdk.pen;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;

/**
 * The gateway's answer to a created payout.
 *
 * @param merchantId the merchant id the gateway echoed, or null
 * @param merchantOrderNo the merchant's order number (wire {@code mchOrderNo}), or null when not echoed
 * @param orderNo the gateway's order number
 * @param amount the amount the gateway recorded, or null when not sent
 * @param fee the fee, or null when not sent
 * @param orderStatus the gateway's status value exactly as sent
 * @param status the neutral status ({@link PenStatuses}, under the client's status setting)
 */
public record PenPayoutResult(String merchantId, String merchantOrderNo, String orderNo, Money amount, Money fee,
    String orderStatus, PayoutStatus status) {

  /** The gateway's status value exactly as sent: the same as {@link #orderStatus()}. */
  public String rawStatus() {
    return orderStatus;
  }
}
