package dev.paysdk.core;

/**
 * Neutral status of a pay-in. Each provider maps its own codes with a table in its module; a code
 * the table does not know becomes {@link #UNKNOWN}, and the raw value is kept on the {@link PayIn}.
 */
public enum PayInStatus {
  /** Created, waiting for the payer. */
  CREATED(false),
  /** The payer started paying. */
  PAYING(false),
  /** Paid. Final unless refunded later. */
  SUCCEEDED(true),
  /** The payment failed. Final. */
  FAILED(true),
  /** Cancelled. Final. */
  CANCELLED(true),
  /** Refunded after success. Final. */
  REFUNDED(true),
  /** Closed or expired without payment. Final. */
  CLOSED(true),
  /** The gateway reported a value PaySDK does not know; look at the raw status. Not final. */
  UNKNOWN(false);

  private final boolean fin;

  PayInStatus(boolean fin) {
    this.fin = fin;
  }

  /** {@return true when the status will not change any more (a success may still be refunded)} */
  public boolean isFinal() {
    return fin;
  }
}
