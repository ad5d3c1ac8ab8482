package dev.paysdk.hexpay;

/**
 * Settlement state of a paid pay-in order ({@code settleState}: 0 pending, 1 settling, 2 settled,
 * 3 failed, 4 waiting for manual settlement).
 */
public enum SettleState {
  /** 0: waiting for settlement. */
  PENDING,
  /** 1: being settled. */
  SETTLING,
  /** 2: settled. */
  SETTLED,
  /** 3: settlement failed. */
  FAILED,
  /** 4: waiting for manual settlement. */
  MANUAL,
  /** A value this SDK does not know; the raw value is kept beside it. */
  UNKNOWN
}
