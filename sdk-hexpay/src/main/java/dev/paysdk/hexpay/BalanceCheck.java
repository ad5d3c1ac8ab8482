package dev.paysdk.hexpay;

import dev.paysdk.core.Money;

/**
 * One currency of an upload's balance check ({@code checkBalanceList}). The gateway lists only the
 * currencies whose balance does not cover the batch, so a batch can be funded before it runs.
 *
 * @param paymentAmount {@code paymentAmount} in {@code paymentCurrency}: the batch's payouts
 * @param fee {@code freeAmount}: the fees
 * @param total {@code totalAmount}: payouts plus fees
 * @param available {@code availableAmount}: the balance available now
 * @param rawSatisfied {@code isSatisfy} as sent (0 insufficient, 1 sufficient), or null
 * @param validCount {@code validCount}: valid records, or null
 * @param errorCount {@code errorCount}: invalid records, or null
 */
public record BalanceCheck(
    Money paymentAmount, Money fee, Money total, Money available, Integer rawSatisfied, Integer validCount,
    Integer errorCount) {

  /** True only when the gateway said the balance is sufficient ({@code isSatisfy} 1). */
  public boolean satisfied() {
    return rawSatisfied != null && rawSatisfied == 1;
  }

  /** The currency of this check. */
  public String currency() {
    return total != null ? total.currency() : paymentAmount.currency();
  }

  /**
   * What is missing: {@code total - available}, or zero when the balance covers the total or either
   * amount was not reported.
   */
  public Money shortfall() {
    if (total == null || available == null || total.compareTo(available) <= 0) {
      return Money.zero(currency());
    }
    return Money.reported(total.amount().subtract(available.amount()), currency());
  }
}
