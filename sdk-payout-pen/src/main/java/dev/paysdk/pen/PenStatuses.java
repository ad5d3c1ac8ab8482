package dev.paysdk.pen;

import dev.paysdk.core.PayoutStatus;
import java.util.Locale;
import java.util.Map;

/**
 * The table from the gateway's {@code orderStatus} to the neutral {@link PayoutStatus}. Values are
 * matched after trimming, without regard to letter case; the raw value is always kept beside the
 * neutral status.
 *
 * <table>
 *   <caption>orderStatus to PayoutStatus</caption>
 *   <tr><th>orderStatus</th><th>PayoutStatus</th><th>why</th></tr>
 *   <tr><td>PROCESSING</td><td>ACCEPTED</td><td>the create answer's status; a later query of the
 *       same order shows PAYING, so PROCESSING comes before paying</td></tr>
 *   <tr><td>PAYING</td><td>PROCESSING</td><td>the gateway is paying</td></tr>
 *   <tr><td>SUCCESS</td><td>SUCCEEDED</td><td>paid (the webhook sample)</td></tr>
 *   <tr><td>FAIL, FAILED, FAILURE, REJECT, REJECTED</td><td>FAILED</td><td>the usual words of a
 *       refused or failed payout</td></tr>
 *   <tr><td>CLOSED</td><td>FAILED</td><td>the gateway offers no cancel call: a closed order was
 *       ended by the gateway without paying</td></tr>
 *   <tr><td>CANCEL, CANCELLED, CANCELED</td><td>CANCELLED</td><td>the gateway's own word</td></tr>
 *   <tr><td>anything else, ERROR included</td><td>UNKNOWN</td><td>never a guess: ERROR may be a
 *       passing state, and a wrong final status could make a merchant pay twice</td></tr>
 * </table>
 */
public final class PenStatuses {
  private static final Map<String, PayoutStatus> TABLE = Map.ofEntries(
      Map.entry("PROCESSING", PayoutStatus.ACCEPTED),
      Map.entry("PAYING", PayoutStatus.PROCESSING),
      Map.entry("SUCCESS", PayoutStatus.SUCCEEDED),
      Map.entry("FAIL", PayoutStatus.FAILED),
      Map.entry("FAILED", PayoutStatus.FAILED),
      Map.entry("FAILURE", PayoutStatus.FAILED),
      Map.entry("REJECT", PayoutStatus.FAILED),
      Map.entry("REJECTED", PayoutStatus.FAILED),
      Map.entry("CLOSED", PayoutStatus.FAILED),
      Map.entry("CANCEL", PayoutStatus.CANCELLED),
      Map.entry("CANCELLED", PayoutStatus.CANCELLED),
      Map.entry("CANCELED", PayoutStatus.CANCELLED));

  private PenStatuses() {}

  /**
   * The neutral status of a gateway {@code orderStatus}.
   *
   * @param orderStatus the gateway's value, or null
   * @return the mapped status, {@link PayoutStatus#UNKNOWN} for null or any value not in the table
   */
  public static PayoutStatus toPayoutStatus(String orderStatus) {
    if (orderStatus == null) {
      return PayoutStatus.UNKNOWN;
    }
    return TABLE.getOrDefault(orderStatus.strip().toUpperCase(Locale.ROOT), PayoutStatus.UNKNOWN);
  }
}
