package dev.paysdk.core.durable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where payouts are recorded before they are sent, so that a process that dies at any point never
 * forgets a payout in flight, and no instance sends the same merchant order number twice.
 * {@link DurablePayouts} writes it; {@link PayoutRecoveryWorker} finishes what was left in flight or
 * unknown. Implementations: {@link InMemoryPayoutJournal} (one process) and the JDBC journal of
 * {@code sdk-store-jdbc} (instances sharing a database). Entries are keyed by provider id +
 * merchant order number.
 *
 * <p>Every method is atomic, and implementations must be safe for concurrent use by threads and by
 * processes sharing the store. Leases ({@link JournalLease}) make one holder at a time: an entry
 * whose lease has not run out is never given to another holder. Every method throws
 * {@link StoreUnavailableException} when the store cannot answer; nothing was changed then, or the
 * change is unknown (a lease then runs out by itself).
 *
 * <p>Times are passed in by the caller (its clock), so that instances sharing a store must keep
 * their clocks in step (NTP) to well under the lease durations they use.
 */
public interface PayoutJournal {

  /**
   * The answer of {@link #begin}.
   *
   * @param created true when this call recorded the intent (the caller holds the new entry's lease
   *     and may send); false when the journal already held the order (the entry is returned unchanged)
   * @param entry the new or existing entry
   */
  record Begin(boolean created, JournalEntry entry) {}

  /**
   * Records {@code intent} as a new {@link JournalState#IN_FLIGHT} entry held by {@code lease}, due
   * for recovery at once when the lease runs out, unless the journal already holds that key.
   *
   * @throws StoreUnavailableException when the store cannot answer: the payout must not be sent
   */
  Begin begin(PayoutIntent intent, JournalLease lease);

  /**
   * Takes (or renews) the lease of an entry whose state is one of {@code states} and whose lease is
   * free, ran out before {@code now}, or is already {@code lease.owner()}'s.
   *
   * @return the entry as now held, or empty when it does not exist, is in another state, or is held
   *     by someone else
   */
  Optional<JournalEntry> acquire(JournalKey key, Set<JournalState> states, JournalLease lease, Instant now);

  /**
   * Takes the lease of up to {@code limit} entries that the recovery worker should look at: in a
   * {@link JournalState#isRecoverable() recoverable} state, of one of {@code providerIds}, due
   * ({@code nextAttemptAt <= now}) and not held by anyone (or held by a lease that ran out), oldest
   * due first. Entries held by a concurrent caller are skipped, not waited for.
   */
  List<JournalEntry> acquireDue(Set<String> providerIds, JournalLease lease, Instant now, int limit);

  /**
   * Applies {@code update} to an entry whose state is not {@link JournalState#isFinal() final}: when
   * {@code owner} is not null, only while {@code owner} holds its lease; when null (a webhook, an
   * observed status), whoever holds it. A final state always clears the lease.
   *
   * @return the entry after the change, or empty when it was not applied (no such entry, already
   *     final, or the lease belongs to someone else)
   */
  Optional<JournalEntry> record(JournalKey key, String owner, JournalUpdate update);

  /**
   * Deletes an {@link JournalState#IN_FLIGHT} entry held by {@code owner}: for a request the client
   * rejected before sending, which must leave nothing behind.
   *
   * @return true when it was deleted
   */
  boolean remove(JournalKey key, String owner);

  /** The entry for {@code key}, when there is one. */
  Optional<JournalEntry> find(JournalKey key);

  /** Up to {@code limit} entries in {@code state}, oldest first: for example those that need a person. */
  List<JournalEntry> findByState(JournalState state, int limit);
}
