package dev.paysdk.agentpay.internal;

import dev.paysdk.core.PayoutStatus;

/**
 * The gateway's payout status codes and their neutral meaning. The one place where they are
 * mapped; a code not listed here is {@link PayoutStatus#UNKNOWN} and callers keep the raw value.
 *
 * <table>
 *   <caption>Payout status</caption>
 *   <tr><th>gateway</th><th>neutral</th></tr>
 *   <tr><td>0</td><td>ACCEPTED</td></tr>
 *   <tr><td>1</td><td>PROCESSING</td></tr>
 *   <tr><td>2</td><td>SUCCEEDED</td></tr>
 *   <tr><td>3</td><td>FAILED (the order's {@code errorMessage} is the reason)</td></tr>
 *   <tr><td>anything else, or none</td><td>UNKNOWN</td></tr>
 * </table>
 */
public final class AgentPayStatuses {
  private AgentPayStatuses() {}

  /** The neutral status of a raw status value (number or text, surrounding blanks ignored). */
  public static PayoutStatus payoutStatus(String raw) {
    if (raw == null) {
      return PayoutStatus.UNKNOWN;
    }
    switch (raw.strip()) {
      case "0":
        return PayoutStatus.ACCEPTED;
      case "1":
        return PayoutStatus.PROCESSING;
      case "2":
        return PayoutStatus.SUCCEEDED;
      case "3":
        return PayoutStatus.FAILED;
      default:
        return PayoutStatus.UNKNOWN;
    }
  }
}
