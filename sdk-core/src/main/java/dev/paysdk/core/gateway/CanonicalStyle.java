package dev.paysdk.core.gateway;

/** How a signing rule joins fields into its canonical string, which decides what is ambiguous. */
public enum CanonicalStyle {
  /** {@code key=value&} fragments (rules A and B): a name with {@code =} or {@code &} is ambiguous. */
  FRAGMENTS,
  /** {@code key=value} pairs with no separator (rule C): any name that is not a plain identifier is ambiguous. */
  PAIRS
}
