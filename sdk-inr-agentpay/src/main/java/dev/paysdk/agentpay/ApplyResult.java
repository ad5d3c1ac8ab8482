package dev.paysdk.agentpay;

import dev.paysdk.agentpay.internal.AgentPayStatuses;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.log.Masking;

/**
 * The gateway's answer to a payout apply that it handled ({@code retCode} {@code SUCCESS} or
 * {@code 0}). Refusals are thrown as {@link dev.paysdk.core.error.ProviderException} instead.
 *
 * @param merchantOrderNo the merchant order number that was applied
 * @param agentpayOrderId the gateway's payout order id, or null when the answer carries none
 * @param fee the gateway's fee in INR (sent in paise), or null when not reported
 * @param status the gateway's status value as sent ({@code 0}, {@code 1}...), or null
 * @param retCode the gateway's return code as sent ({@code SUCCESS} or {@code 0})
 * @param message the gateway's message ({@code retMsg}), or null
 * @param extra the answer's {@code extra} field as sent (JSON text for an object), or null
 * @param rawResponse the answer's body; may hold personal data, mask it before logging
 */
public record ApplyResult(String merchantOrderNo, String agentpayOrderId, Money fee, String status,
    String retCode, String message, String extra, String rawResponse) {

  /** The neutral status of {@link #status()}: 0 accepted, 1 processing, 2 succeeded, 3 failed, else unknown. */
  public PayoutStatus payoutStatus() {
    return AgentPayStatuses.payoutStatus(status);
  }

  /** Every field; the raw response is masked. */
  @Override
  public String toString() {
    return "ApplyResult[merchantOrderNo=" + merchantOrderNo + ", agentpayOrderId=" + agentpayOrderId + ", fee=" + fee
        + ", status=" + status + ", retCode=" + retCode + ", message=" + message + ", extra=" + Masking.hide(extra)
        + ", rawResponse=" + Masking.maskBody("application/json", rawResponse) + "]";
  }
}
