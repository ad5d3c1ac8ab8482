package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import java.time.Instant;
import java.util.List;

/**
 * The gateway's answer to a batch payout upload: the batch it created, and why the batch cannot
 * run yet, if it cannot.
 *
 * @param batchNo {@code batchNo}: the batch number; keep it, it is the only way to query or cancel
 * @param totalCount {@code totalCount}, or null
 * @param totalAmounts {@code totalAmount}: the total per currency
 * @param applyTime {@code applyTime}, or null
 * @param checkErrors {@code checkErrorList}: the records the gateway found invalid
 * @param balanceChecks {@code checkBalanceList}: the currencies whose balance is insufficient
 */
public record BatchUploadResult(
    String batchNo, Integer totalCount, List<Money> totalAmounts, Instant applyTime, List<BatchCheckError> checkErrors,
    List<BalanceCheck> balanceChecks) {
  /** Copies the lists. */
  public BatchUploadResult {
    totalAmounts = List.copyOf(totalAmounts);
    checkErrors = List.copyOf(checkErrors);
    balanceChecks = List.copyOf(balanceChecks);
  }

  /** The balance checks that are not satisfied. */
  public List<BalanceCheck> shortfalls() {
    return balanceChecks.stream().filter(c -> !c.satisfied()).toList();
  }

  /** True when no balance check reports a shortfall. */
  public boolean balanceSufficient() {
    return shortfalls().isEmpty();
  }

  /** True when the gateway found neither invalid records nor a balance shortfall. */
  public boolean runnable() {
    return checkErrors.isEmpty() && balanceSufficient();
  }
}
