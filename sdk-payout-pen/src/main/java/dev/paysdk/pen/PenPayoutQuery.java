package dev.paysdk.pen;

/**
 * Which payout order to query. The gateway recommends its own order number; at least one of the
 * two is required (checked before sending). When both are set, both are sent.
 *
 * @param orderNo the gateway's order number, or null
 * @param merchantOrderNo the merchant's order number (wire {@code mchOrderNo}), or null
 */
public record PenPayoutQuery(String orderNo, String merchantOrderNo) {

  /** A query by the gateway's order number (the gateway's recommendation). */
  public static PenPayoutQuery byOrderNo(String orderNo) {
    return new PenPayoutQuery(orderNo, null);
  }

  /** A query by the merchant's order number (what reconciliation uses). */
  public static PenPayoutQuery byMerchantOrderNo(String merchantOrderNo) {
    return new PenPayoutQuery(null, merchantOrderNo);
  }
}
