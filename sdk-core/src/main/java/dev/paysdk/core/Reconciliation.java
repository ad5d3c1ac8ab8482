package dev.paysdk.core;

import java.util.Optional;

/**
 * What reconciliation found out about a payout whose outcome was unknown.
 *
 * @param merchantOrderNo the order asked about
 * @param payout the payout as the gateway reports it, or null when the gateway says it does not exist
 */
public record Reconciliation(String merchantOrderNo, Payout payout) {

  /** {@return true when the gateway has the order: it must not be sent again} */
  public boolean found() {
    return payout != null;
  }

  /**
   * {@return true when the gateway says the order does not exist: the create never took effect, and
   * it may be sent again with the same merchant order number}
   */
  public boolean notFound() {
    return payout == null;
  }

  /** {@return the payout, when found} */
  public Optional<Payout> payoutIfFound() {
    return Optional.ofNullable(payout);
  }
}
