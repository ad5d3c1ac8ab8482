package dev.paysdk.agentpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.log.Masking;

/**
 * The gateway's answer to a payout apply that it handled ({@code retCode} {@code SUCCESS} or
 * {@code 0}), signed and verified unless the client was built with
 * {@link AgentPayClient.Builder#requireSignedAnswers(boolean) requireSignedAnswers(false)}. Refusals
 * are thrown as {@link dev.paysdk.core.error.ProviderException} instead.
 *
 * @param merchantOrderNo the merchant order number that was applied
 * @param agentpayOrderId the gateway's payout order id, or null when the answer carries none
 * @param fee the gateway's fee in INR (sent in paise), or null when not reported
 * @param rawStatus the gateway's status value as sent ({@code 0}, {@code 1}...), or null
 * @param retCode the gateway's return code as sent ({@code SUCCESS} or {@code 0})
 * @param message the gateway's message ({@code retMsg}), or null; control characters removed and the
 *     request's account number, name, phone, email and VPA masked
 * @param extra the answer's {@code extra} field as sent (JSON text for an object), or null
 * @param rawResponse the answer's body; may hold personal data, mask it before logging
 */
public record ApplyResult(String merchantOrderNo, String agentpayOrderId, Money fee, String rawStatus,
    String retCode, String message, String extra, String rawResponse) {

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
    return "ApplyResult[merchantOrderNo=" + merchantOrderNo + ", agentpayOrderId=" + agentpayOrderId + ", fee=" + fee
        + ", rawStatus=" + rawStatus + ", retCode=" + retCode + ", message=" + message + ", extra="
        + Masking.hide(extra) + ", rawResponse=" + Masking.maskBody("application/json", rawResponse) + "]";
  }
}
