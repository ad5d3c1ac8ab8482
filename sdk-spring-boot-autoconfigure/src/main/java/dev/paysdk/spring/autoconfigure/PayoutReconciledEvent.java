package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.Payout;
import java.util.Objects;
import java.util.Optional;

/**
 * Published by {@link PaySdkReconciler} when it learns what became of a payout whose outcome was
 * unknown, or gives it up.
 *
 * @param providerId the gateway
 * @param merchantOrderNo the payout's merchant order number
 * @param result what was learnt
 * @param payout the payout as the gateway reports it when {@link Result#FOUND}, else null
 */
public record PayoutReconciledEvent(String providerId, String merchantOrderNo, Result result, Payout payout) {
  public PayoutReconciledEvent {
    Objects.requireNonNull(providerId, "providerId == null");
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo == null");
    Objects.requireNonNull(result, "result == null");
  }

  /** What the reconciler learnt. */
  public enum Result {
    /** The gateway has the order: it was executed (see the payout's status); never send it again. */
    FOUND,
    /**
     * The gateway kept saying the order does not exist for the whole grace period: the create never
     * took effect, and the payout may be sent again with the same merchant order number.
     */
    NOT_FOUND,
    /** No answer settled it before {@code paysdk.reconciler.give-up-after}: a person must look. */
    GAVE_UP
  }

  /** The payout, when found. */
  public Optional<Payout> payoutIfFound() {
    return Optional.ofNullable(payout);
  }
}
