package dev.paysdk.hexpay;

/**
 * Status of a batch payout ({@code auditStatus} / {@code status}: 0 pending review, 1 executing,
 * 2 rejected, 3 completed, 4 failed, 5 cancelled).
 */
public enum BatchAuditStatus {
  /** 0: waiting for review; the only status in which a batch can be cancelled. */
  PENDING_REVIEW(false),
  /** 1: approved and being paid out. */
  EXECUTING(false),
  /** 2: rejected by the reviewer; see the reject reason. */
  REJECTED(true),
  /** 3: every record processed. */
  COMPLETED(true),
  /** 4: failed. */
  FAILED(true),
  /** 5: cancelled by the merchant. */
  CANCELLED(true),
  /** A value this SDK does not know; the raw value is kept beside it. Not final. */
  UNKNOWN(false);

  private final boolean fin;

  BatchAuditStatus(boolean fin) {
    this.fin = fin;
  }

  /** True when the batch will not change any more. */
  public boolean isFinal() {
    return fin;
  }
}
