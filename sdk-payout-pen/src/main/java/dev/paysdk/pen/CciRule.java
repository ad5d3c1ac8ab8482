package dev.paysdk.pen;

import java.util.Set;

/**
 * For which bank ids a payout needs a CCI. The gateway's rule is "required unless the bank is one
 * of the four big banks", without naming their ids, so the set is the merchant's to configure.
 */
final class CciRule {
  private static final CciRule NONE = new CciRule(Set.of(), false);

  private final Set<Integer> bankIds;
  private final boolean allExcept;

  private CciRule(Set<Integer> bankIds, boolean allExcept) {
    this.bankIds = Set.copyOf(bankIds);
    this.allExcept = allExcept;
  }

  /** CCI never required by the SDK (the gateway still checks). */
  static CciRule none() {
    return NONE;
  }

  /** CCI required for these bank ids only. */
  static CciRule only(Set<Integer> bankIds) {
    return new CciRule(bankIds, false);
  }

  /** CCI required for every bank id except these. */
  static CciRule allExcept(Set<Integer> bankIds) {
    return new CciRule(bankIds, true);
  }

  /** True when a payout to {@code bankId} must carry a CCI. */
  boolean requires(Integer bankId) {
    if (bankId == null) {
      return false;
    }
    return allExcept != bankIds.contains(bankId);
  }

  @Override
  public String toString() {
    return "CciRule[" + (allExcept ? "all bank ids except " : "bank ids ") + bankIds + "]";
  }
}
