package dev.paysdk.core.durable;

import java.util.Objects;

/**
 * The key of a payout journal entry: the provider and the merchant order number (the payout's
 * idempotency key at that provider).
 *
 * @param providerId provider id, such as {@code inr-agentpay}
 * @param merchantOrderNo the merchant's order number
 */
public record JournalKey(String providerId, String merchantOrderNo) {

  /**
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an argument is blank
   */
  public JournalKey {
    Objects.requireNonNull(providerId, "providerId == null");
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo == null");
    if (providerId.isBlank() || merchantOrderNo.isBlank()) {
      throw new IllegalArgumentException("providerId and merchantOrderNo must not be blank");
    }
  }

  @Override
  public String toString() {
    return providerId + ":" + merchantOrderNo;
  }
}
