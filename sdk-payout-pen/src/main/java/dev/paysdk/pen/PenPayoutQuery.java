package dev.paysdk.pen;

/**
 * Which payout order to query. The gateway recommends its own order number; at least one of the
 * two is required. When both are set, both are sent. Blank numbers count as not given.
 *
 * @param orderNo the gateway's order number, or null
 * @param merchantOrderNo the merchant's order number (wire {@code mchOrderNo}), or null
 */
public record PenPayoutQuery(String orderNo, String merchantOrderNo) {

  /** @throws IllegalArgumentException when neither number is given (as every gateway's query says) */
  public PenPayoutQuery {
    orderNo = orderNo == null || orderNo.isBlank() ? null : orderNo;
    merchantOrderNo = merchantOrderNo == null || merchantOrderNo.isBlank() ? null : merchantOrderNo;
    if (orderNo == null && merchantOrderNo == null) {
      throw new IllegalArgumentException("a payout query needs the gateway's order number or the merchant order number");
    }
  }

  /** A query by the gateway's order number (the gateway's recommendation). */
  public static PenPayoutQuery byOrderNo(String orderNo) {
    return new PenPayoutQuery(orderNo, null);
  }

  /** A query by the merchant's order number (what reconciliation uses). */
  public static PenPayoutQuery byMerchantOrderNo(String merchantOrderNo) {
    return new PenPayoutQuery(null, merchantOrderNo);
  }
}
