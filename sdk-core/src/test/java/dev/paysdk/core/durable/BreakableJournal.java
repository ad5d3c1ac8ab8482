package dev.paysdk.core.durable;

import dev.paysdk.core.error.ErrorContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An in-memory journal whose "database" a test can take down, per operation. */
final class BreakableJournal implements PayoutJournal {
  final InMemoryPayoutJournal inner = new InMemoryPayoutJournal();
  volatile boolean beginFails;
  volatile boolean recordFails;
  volatile boolean everythingFails;

  private void check(boolean fails, String op) {
    if (fails || everythingFails) {
      throw new StoreUnavailableException(ErrorContext.of("store", op), "database down", null);
    }
  }

  @Override
  public Begin begin(PayoutIntent intent, JournalLease lease) {
    check(beginFails, "begin");
    return inner.begin(intent, lease);
  }

  @Override
  public Optional<JournalEntry> acquire(JournalKey key, Set<JournalState> states, JournalLease lease, Instant now) {
    check(false, "acquire");
    return inner.acquire(key, states, lease, now);
  }

  @Override
  public List<JournalEntry> acquireDue(Set<String> providerIds, JournalLease lease, Instant now, int limit) {
    check(false, "acquireDue");
    return inner.acquireDue(providerIds, lease, now, limit);
  }

  @Override
  public Optional<JournalEntry> record(JournalKey key, String owner, JournalUpdate update) {
    check(recordFails, "record");
    return inner.record(key, owner, update);
  }

  @Override
  public boolean remove(JournalKey key, String owner) {
    check(false, "remove");
    return inner.remove(key, owner);
  }

  @Override
  public Optional<JournalEntry> find(JournalKey key) {
    return inner.find(key);
  }

  @Override
  public List<JournalEntry> findByState(JournalState state, int limit) {
    return inner.findByState(state, limit);
  }
}
