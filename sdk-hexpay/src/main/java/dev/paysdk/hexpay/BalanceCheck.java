package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import java.util.Objects;

/**
 * One currency of an upload's balance check ({@code checkBalanceList}). The gateway lists only the
 * currencies whose balance does not cover the batch, so a batch can be funded before it runs.
 *
 * @param currency {@code paymentCurrency}: the currency of this check (never null; every amount is in it)
 * @param paymentAmount {@code paymentAmount} in {@code paymentCurrency}: the batch's payouts, or null
 * @param fee {@code freeAmount}: the fees, or null
 * @param total {@code totalAmount}: payouts plus fees, or null
 * @param available {@code availableAmount}: the balance available now, or null
 * @param rawSatisfied {@code isSatisfy} as sent (0 insufficient, 1 sufficient), or null
 * @param validCount {@code validCount}: valid records, or null
 * @param errorCount {@code errorCount}: invalid records, or null
 */
public record BalanceCheck(
    String currency, Money paymentAmount, Money fee, Money total, Money available, Integer rawSatisfied,
    Integer validCount, Integer errorCount) {

  /**
   * A balance check as the gateway reported it.
   *
   * @throws NullPointerException when {@code currency} is null
   */
  public BalanceCheck {
    Objects.requireNonNull(currency, "currency == null");
  }

  /** True only when the gateway said the balance is sufficient ({@code isSatisfy} 1). */
  public boolean satisfied() {
    return rawSatisfied != null && rawSatisfied == 1;
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
