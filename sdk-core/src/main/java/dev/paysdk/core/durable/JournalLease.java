package dev.paysdk.core.durable;

import java.time.Instant;
import java.util.Objects;

/**
 * A time-limited hold on a journal entry: while it runs, nobody else sends or reconciles the
 * payout. A holder that dies is taken to be gone once {@code until} has passed.
 *
 * @param owner an id unique to the holding operation (for example instance id + counter)
 * @param until when the hold ends unless renewed
 */
public record JournalLease(String owner, Instant until) {
  public JournalLease {
    Objects.requireNonNull(owner, "owner == null");
    Objects.requireNonNull(until, "until == null");
  }
}
