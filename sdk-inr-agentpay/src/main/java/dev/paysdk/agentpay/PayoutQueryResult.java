package dev.paysdk.agentpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.log.Masking;

/**
 * A payout order as the gateway's query reports it ({@code POST /api/pay/orderquery}), signed and
 * verified unless the client was built with
 * {@link AgentPayClient.Builder#requireSignedAnswers(boolean) requireSignedAnswers(false)}, and about
 * the order that was asked for.
 *
 * @param merchantOrderNo the merchant order number ({@code mchOrderNo}); the one asked for when the
 *     answer does not name it, or null
 * @param agentpayOrderId the gateway's payout order id; the one asked for when the answer does not name
 *     it, or null
 * @param channelPayNo the bank's reference of the transfer, the UTR, or null before it exists
 * @param amount the order amount in INR (sent in paise), or null when not reported
 * @param fee the gateway's fee in INR (sent in paise), or null when not reported
 * @param rawStatus the gateway's status value as sent ({@code 0}...{@code 3}); never null
 * @param errorMessage why the payout failed (status 3), or null; control characters removed
 * @param retCode the gateway's return code as sent ({@code SUCCESS} or {@code 0})
 * @param message the gateway's message ({@code retMsg}), or null; control characters removed
 * @param rawResponse the answer's body; may hold personal data, mask it before logging
 */
public record PayoutQueryResult(String merchantOrderNo, String agentpayOrderId, String channelPayNo, Money amount,
    Money fee, String rawStatus, String errorMessage, String retCode, String message, String rawResponse) {

  /** The neutral status of {@link #rawStatus()}: 0 accepted, 1 processing, 2 succeeded, 3 failed, else unknown. */
  public PayoutStatus status() {
    return AgentPayStatuses.payoutStatus(rawStatus);
  }

  /**
   * The neutral status.
   *
   * @deprecated use {@link #status()}, the name every PaySDK result uses
   */
  @Deprecated
  public PayoutStatus payoutStatus() {
    return status();
  }

  /** Every field; the raw response is masked. */
  @Override
  public String toString() {
    return "PayoutQueryResult[merchantOrderNo=" + merchantOrderNo + ", agentpayOrderId=" + agentpayOrderId
        + ", channelPayNo=" + channelPayNo + ", amount=" + amount + ", fee=" + fee + ", rawStatus=" + rawStatus
        + ", errorMessage=" + errorMessage + ", retCode=" + retCode + ", message=" + message + ", rawResponse="
        + Masking.maskBody("application/json", rawResponse) + "]";
  }
}
