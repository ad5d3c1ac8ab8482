package dev.paysdk.agentpay;

/**
 * Which payout to query: by merchant order number, by the gateway's payout order id, or both
 * (the gateway then looks the order up by both). At least one is given.
 *
 * @param merchantOrderNo the merchant order number (wire {@code mchOrderNo}), or null
 * @param agentpayOrderId the gateway's payout order id, or null
 */
public record PayoutQuery(String merchantOrderNo, String agentpayOrderId) {

  /** @throws IllegalArgumentException when neither id is given */
  public PayoutQuery {
    merchantOrderNo = blankToNull(merchantOrderNo);
    agentpayOrderId = blankToNull(agentpayOrderId);
    if (merchantOrderNo == null && agentpayOrderId == null) {
      throw new IllegalArgumentException("a payout query needs a merchant order number or an agentpay order id");
    }
  }

  /**
   * By merchant order number.
   *
   * @throws IllegalArgumentException when {@code merchantOrderNo} is null or blank
   */
  public static PayoutQuery byMerchantOrderNo(String merchantOrderNo) {
    return new PayoutQuery(merchantOrderNo, null);
  }

  /**
   * By the gateway's payout order id.
   *
   * @throws IllegalArgumentException when {@code agentpayOrderId} is null or blank
   */
  public static PayoutQuery byAgentpayOrderId(String agentpayOrderId) {
    return new PayoutQuery(null, agentpayOrderId);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
