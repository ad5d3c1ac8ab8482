package dev.paysdk.core.durable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link PayoutJournal} in this process's memory: for tests and for a single process that
 * accepts forgetting its journal on restart. Thread-safe (every method holds one lock). Use the
 * JDBC journal of {@code sdk-store-jdbc} to survive restarts and to share it between instances.
 */
public final class InMemoryPayoutJournal implements PayoutJournal {
  private final Map<JournalKey, JournalEntry> entries = new LinkedHashMap<>();

  @Override
  public synchronized Begin begin(PayoutIntent intent, JournalLease lease) {
    Objects.requireNonNull(intent, "intent == null");
    Objects.requireNonNull(lease, "lease == null");
    JournalEntry existing = entries.get(intent.key());
    if (existing != null) {
      return new Begin(false, existing);
    }
    JournalEntry created = JournalEntry.inFlight(intent, lease);
    entries.put(intent.key(), created);
    return new Begin(true, created);
  }

  @Override
  public synchronized Optional<JournalEntry> acquire(JournalKey key, Set<JournalState> states, JournalLease lease,
      Instant now) {
    Objects.requireNonNull(lease, "lease == null");
    JournalEntry e = entries.get(Objects.requireNonNull(key, "key == null"));
    if (e == null || !states.contains(e.state()) || e.leasedByAnotherAt(lease.owner(), now)) {
      return Optional.empty();
    }
    JournalEntry held = e.withLease(lease);
    entries.put(key, held);
    return Optional.of(held);
  }

  @Override
  public synchronized List<JournalEntry> acquireDue(Set<String> providerIds, JournalLease lease, Instant now,
      int limit) {
    List<JournalEntry> due = entries.values().stream()
        .filter(e -> e.state().isRecoverable() && providerIds.contains(e.key().providerId()))
        .filter(e -> e.nextAttemptAt() != null && !e.nextAttemptAt().isAfter(now))
        .filter(e -> e.leaseOwner() == null || e.leaseUntil() == null || !e.leaseUntil().isAfter(now))
        .sorted(Comparator.comparing(JournalEntry::nextAttemptAt))
        .limit(limit)
        .toList();
    List<JournalEntry> taken = new ArrayList<>(due.size());
    for (JournalEntry e : due) {
      JournalEntry held = e.withLease(lease);
      entries.put(e.key(), held);
      taken.add(held);
    }
    return taken;
  }

  @Override
  public synchronized Optional<JournalEntry> record(JournalKey key, String owner, JournalUpdate update) {
    Objects.requireNonNull(update, "update == null");
    JournalEntry e = entries.get(Objects.requireNonNull(key, "key == null"));
    if (e == null || e.state().isFinal() || (owner != null && !owner.equals(e.leaseOwner()))) {
      return Optional.empty();
    }
    boolean release = update.state().isFinal() || (owner != null && update.releaseLease());
    JournalEntry changed = e.apply(update, release ? null : e.leaseOwner(), release ? null : e.leaseUntil());
    entries.put(key, changed);
    return Optional.of(changed);
  }

  @Override
  public synchronized boolean remove(JournalKey key, String owner) {
    JournalEntry e = entries.get(Objects.requireNonNull(key, "key == null"));
    if (e == null || e.state() != JournalState.IN_FLIGHT || owner == null || !owner.equals(e.leaseOwner())) {
      return false;
    }
    entries.remove(key);
    return true;
  }

  @Override
  public synchronized Optional<JournalEntry> find(JournalKey key) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key == null")));
  }

  @Override
  public synchronized List<JournalEntry> findByState(JournalState state, int limit) {
    return entries.values().stream().filter(e -> e.state() == state)
        .sorted(Comparator.comparing(JournalEntry::createdAt)).limit(limit).toList();
  }
}
