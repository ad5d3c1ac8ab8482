package dev.paysdk.vexora;

/**
 * How the disbursement amount is written on the wire. The gateway takes a whole number of currency
 * units as a string; its document says "integer only" but its own example sends {@code "100.00"}.
 * The amount itself is always a whole number (checked before sending); only its text differs.
 */
public enum AmountFormat {
  /** Two decimals, {@code "100.00"}: the form of the document's example. The default. */
  TWO_DECIMALS,
  /** No decimals, {@code "100"}: for a deployment that rejects the decimal form. */
  WHOLE_NUMBER
}
