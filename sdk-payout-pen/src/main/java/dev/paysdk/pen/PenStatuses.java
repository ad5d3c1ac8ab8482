package dev.paysdk.pen;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.gateway.StatusTable;
import java.util.Locale;

/**
 * The table from the gateway's {@code orderStatus} to the neutral {@link PayoutStatus}. Values are
 * matched after trimming, without regard to letter case; the raw value is always kept beside the
 * neutral status.
 *
 * <p>The gateway's document names three values only, and only they are mapped by default:
 *
 * <table>
 *   <caption>Documented orderStatus values</caption>
 *   <tr><th>orderStatus</th><th>PayoutStatus</th><th>why</th></tr>
 *   <tr><td>PROCESSING</td><td>ACCEPTED</td><td>the create answer's status; a later query of the
 *       same order shows PAYING, so PROCESSING comes before paying</td></tr>
 *   <tr><td>PAYING</td><td>PROCESSING</td><td>the gateway is paying</td></tr>
 *   <tr><td>SUCCESS</td><td>SUCCEEDED</td><td>paid (the webhook sample)</td></tr>
 *   <tr><td>anything else</td><td>UNKNOWN</td><td>never a guess: a status the document does not name
 *       may be a passing state, and a wrong final status could make a merchant pay twice</td></tr>
 * </table>
 *
 * <p>The document names no failure value. The guessed names below are read only when the client is
 * built with {@link PenPayoutClient.Builder#guessedFinalStatusesEnabled(boolean)
 * guessedFinalStatusesEnabled(true)} (off by default), after the gateway confirmed that it uses them:
 *
 * <table>
 *   <caption>Guessed orderStatus values (off by default)</caption>
 *   <tr><th>orderStatus</th><th>PayoutStatus</th></tr>
 *   <tr><td>FAIL, FAILED, FAILURE, REJECT, REJECTED</td><td>FAILED</td></tr>
 *   <tr><td>CLOSED (the gateway offers no cancel call: a closed order was ended without paying)</td>
 *       <td>FAILED</td></tr>
 *   <tr><td>CANCEL, CANCELLED, CANCELED</td><td>CANCELLED</td></tr>
 * </table>
 *
 * <p>ERROR and every other value stay UNKNOWN in both modes.
 */
public final class PenStatuses {
  private static final StatusTable<PayoutStatus> DOCUMENTED = documented().build();

  private static final StatusTable<PayoutStatus> GUESSED = documented()
      .map("FAIL", PayoutStatus.FAILED)
      .map("FAILED", PayoutStatus.FAILED)
      .map("FAILURE", PayoutStatus.FAILED)
      .map("REJECT", PayoutStatus.FAILED)
      .map("REJECTED", PayoutStatus.FAILED)
      .map("CLOSED", PayoutStatus.FAILED)
      .map("CANCEL", PayoutStatus.CANCELLED)
      .map("CANCELLED", PayoutStatus.CANCELLED)
      .map("CANCELED", PayoutStatus.CANCELLED)
      .build();

  private PenStatuses() {}

  /**
   * The neutral status of a gateway {@code orderStatus}, by the documented values alone.
   *
   * @param orderStatus the gateway's value, or null
   * @return the mapped status; {@link PayoutStatus#UNKNOWN} for null or any value the document does
   *     not name
   */
  public static PayoutStatus toPayoutStatus(String orderStatus) {
    return toPayoutStatus(orderStatus, false);
  }

  /**
   * The neutral status of a gateway {@code orderStatus}.
   *
   * @param orderStatus the gateway's value, or null
   * @param guessedFinalStatuses whether the guessed failure and cancellation names are read too
   * @return the mapped status; {@link PayoutStatus#UNKNOWN} for null or any value not in the table
   */
  public static PayoutStatus toPayoutStatus(String orderStatus, boolean guessedFinalStatuses) {
    if (orderStatus == null) {
      return PayoutStatus.UNKNOWN;
    }
    return (guessedFinalStatuses ? GUESSED : DOCUMENTED).of(orderStatus.strip().toUpperCase(Locale.ROOT));
  }

  private static StatusTable.Builder<PayoutStatus> documented() {
    return StatusTable.builder(PayoutStatus.UNKNOWN)
        .map("PROCESSING", PayoutStatus.ACCEPTED)
        .map("PAYING", PayoutStatus.PROCESSING)
        .map("SUCCESS", PayoutStatus.SUCCEEDED);
  }
}
