package dev.paysdk.core;

/**
 * Neutral status of a payout. Each provider maps its own codes with a table in its module; a code
 * the table does not know becomes {@link #UNKNOWN}, and the raw value is kept on the {@link Payout}.
 */
public enum PayoutStatus {
  /** The gateway took the order; it has not started paying yet. */
  ACCEPTED(false),
  /** The gateway is paying. */
  PROCESSING(false),
  /** The money reached the payee's account. Final. */
  SUCCEEDED(true),
  /** The payout failed; see the failure reason. Final. */
  FAILED(true),
  /** The payout was cancelled before it was paid. Final. */
  CANCELLED(true),
  /** The gateway reported a value PaySDK does not know; look at the raw status. Not final. */
  UNKNOWN(false);

  private final boolean fin;

  PayoutStatus(boolean fin) {
    this.fin = fin;
  }

  /** {@return true when the status will not change any more: {@code SUCCEEDED}, {@code FAILED}, {@code CANCELLED}} */
  public boolean isFinal() {
    return fin;
  }
}
