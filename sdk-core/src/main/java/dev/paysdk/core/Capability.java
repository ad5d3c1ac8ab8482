package dev.paysdk.core;

/** What a provider client can do through the neutral API. */
public enum Capability {
  /** {@link PaymentClient#payouts()}. */
  PAYOUTS,
  /** {@link PaymentClient#payIns()}. */
  PAYINS,
  /** {@link PaymentClient#balances()}. */
  BALANCES,
  /** {@link PaymentClient#webhooks()}. */
  WEBHOOKS,
  /** Provider-native batch payouts (not part of the neutral API). */
  BATCH_PAYOUTS;

  UnsupportedOperationException unsupportedBy(String providerId) {
    return new UnsupportedOperationException("provider " + providerId + " does not support " + this);
  }
}
