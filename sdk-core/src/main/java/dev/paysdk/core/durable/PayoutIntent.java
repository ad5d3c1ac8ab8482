package dev.paysdk.core.durable;

import dev.paysdk.core.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * What the journal records before a payout is sent.
 *
 * @param key provider and merchant order number
 * @param amount the amount requested, or null when the request has none (the client's validation
 *     will reject it)
 * @param createdAt when the intent was recorded
 */
public record PayoutIntent(JournalKey key, Money amount, Instant createdAt) {
  public PayoutIntent {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
  }
}
