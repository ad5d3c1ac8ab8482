package dev.paysdk.agentpay;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.gateway.StatusTable;

/**
 * The gateway's payout status codes and their neutral meaning: the one place where they are mapped.
 * A code not listed here is {@link PayoutStatus#UNKNOWN}, and callers keep the raw value.
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
final class AgentPayStatuses {
  static final StatusTable<PayoutStatus> PAYOUT = StatusTable.builder(PayoutStatus.UNKNOWN)
      .map("0", PayoutStatus.ACCEPTED)
      .map("1", PayoutStatus.PROCESSING)
      .map("2", PayoutStatus.SUCCEEDED)
      .map("3", PayoutStatus.FAILED)
      .build();

  private AgentPayStatuses() {}

  /** The neutral status of a raw status value (surrounding blanks ignored); null reads as unknown. */
  static PayoutStatus payoutStatus(String raw) {
    return PAYOUT.of(raw);
  }
}
