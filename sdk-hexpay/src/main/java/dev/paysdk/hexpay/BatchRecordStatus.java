package dev.paysdk.hexpay;

/**
 * Status of one record of a batch payout ({@code status}: 0 pending, 1 processing, 2 paid out,
 * 3 failed, 4 cancelled).
 */
public enum BatchRecordStatus {
  /** 0: waiting. */
  PENDING(false),
  /** 1: being paid out. */
  PROCESSING(false),
  /** 2: paid out; the transaction hash is set. */
  SUCCEEDED(true),
  /** 3: failed; see the failure reason. */
  FAILED(true),
  /** 4: cancelled. */
  CANCELLED(true),
  /** A value this SDK does not know; the raw value is kept beside it. Not final. */
  UNKNOWN(false);

  private final boolean fin;

  BatchRecordStatus(boolean fin) {
    this.fin = fin;
  }

  /** True when the record will not change any more. */
  public boolean isFinal() {
    return fin;
  }
}
