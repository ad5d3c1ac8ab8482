package dev.paysdk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.durable.JournalEntry;
import dev.paysdk.core.durable.JournalKey;
import dev.paysdk.core.durable.JournalLease;
import dev.paysdk.core.durable.JournalState;
import dev.paysdk.core.durable.JournalUpdate;
import dev.paysdk.core.durable.PayoutIntent;
import dev.paysdk.core.durable.PayoutJournal;
import dev.paysdk.core.durable.RecordedRefusal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PayoutJournal} must do, run against each implementation: in-memory, H2 and
 * PostgreSQL. Subclasses give a fresh, empty journal (and a second handle on the same store, as
 * another instance would have).
 */
abstract class PayoutJournalContract {
  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z").truncatedTo(ChronoUnit.MILLIS);
  static final Duration LEASE = Duration.ofMinutes(5);

  PayoutJournal journal;

  /** A fresh, empty journal. */
  abstract PayoutJournal newJournal();

  /** Another handle on the same store (another instance); the same object for an in-memory journal. */
  abstract PayoutJournal sameStoreElsewhere();

  abstract void closeStore();

  @BeforeEach
  void open() {
    journal = newJournal();
  }

  @AfterEach
  void close() {
    closeStore();
  }

  static JournalKey key(String orderNo) {
    return new JournalKey("inr-agentpay", orderNo);
  }

  static PayoutIntent intent(String orderNo, Instant at) {
    return new PayoutIntent(key(orderNo), Money.of("100.50", "INR"), at);
  }

  static JournalLease lease(String owner, Instant now) {
    return new JournalLease(owner, now.plus(LEASE));
  }

  @Test
  void begin_whenNew_recordsAnInFlightEntryHeldByTheLease() {
    PayoutJournal.Begin b = journal.begin(intent("PO-1", T0), lease("a", T0));
    assertThat(b.created()).isTrue();
    JournalEntry e = journal.find(key("PO-1")).orElseThrow();
    assertThat(e.state()).isEqualTo(JournalState.IN_FLIGHT);
    assertThat(e.amount()).isEqualTo(Money.of("100.50", "INR"));
    assertThat(e.amount().amount().toPlainString()).isEqualTo("100.50");
    assertThat(e.leaseOwner()).isEqualTo("a");
    assertThat(e.leaseUntil()).isEqualTo(T0.plus(LEASE));
    assertThat(e.createdAt()).isEqualTo(T0);
    assertThat(e.nextAttemptAt()).isEqualTo(T0);
    assertThat(e.attempts()).isZero();
  }

  @Test
  void begin_whenTheOrderIsAlreadyJournaled_returnsTheExistingEntryUnchanged() {
    journal.begin(intent("PO-1", T0), lease("a", T0));
    PayoutJournal.Begin again = sameStoreElsewhere().begin(intent("PO-1", T0.plusSeconds(1)), lease("b", T0));
    assertThat(again.created()).isFalse();
    assertThat(again.entry().leaseOwner()).isEqualTo("a");
    assertThat(journal.find(key("PO-1")).orElseThrow().createdAt()).isEqualTo(T0);
  }

  @Test
  void begin_concurrentlyFromManyThreads_createsTheEntryExactlyOnce() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        PayoutJournal j = i % 2 == 0 ? journal : sameStoreElsewhere();
        String owner = "t" + i;
        results.add(pool.submit(() -> {
          start.await();
          return j.begin(intent("PO-RACE", T0), lease(owner, T0)).created();
        }));
      }
      start.countDown();
      int created = 0;
      for (Future<Boolean> f : results) {
        created += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(created).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void acquire_whileAnotherHoldsALiveLease_isRefused_andAfterItRunsOut_isGranted() {
    journal.begin(intent("PO-1", T0), lease("a", T0));
    Set<JournalState> states = EnumSet.of(JournalState.IN_FLIGHT);
    assertThat(sameStoreElsewhere().acquire(key("PO-1"), states, lease("b", T0), T0.plusSeconds(10))).isEmpty();
    Instant later = T0.plus(LEASE).plusSeconds(1);
    JournalEntry held = sameStoreElsewhere().acquire(key("PO-1"), states, lease("b", later), later).orElseThrow();
    assertThat(held.leaseOwner()).isEqualTo("b");
    assertThat(journal.find(key("PO-1")).orElseThrow().leaseUntil()).isEqualTo(later.plus(LEASE));
  }

  @Test
  void acquire_byTheHolder_renewsItsLease_andInAnotherState_isRefused() {
    journal.begin(intent("PO-1", T0), lease("a", T0));
    Instant t = T0.plusSeconds(60);
    assertThat(journal.acquire(key("PO-1"), EnumSet.of(JournalState.IN_FLIGHT), lease("a", t), t).orElseThrow()
        .leaseUntil()).isEqualTo(t.plus(LEASE));
    assertThat(journal.acquire(key("PO-1"), EnumSet.of(JournalState.UNKNOWN), lease("a", t), t)).isEmpty();
    assertThat(journal.acquire(key("nope"), EnumSet.allOf(JournalState.class), lease("a", t), t)).isEmpty();
  }

  @Test
  void acquireDue_takesOnlyRecoverableDueUnheldEntriesOfTheGivenProviders_oldestDueFirst() {
    Instant now = T0.plus(LEASE).plusSeconds(60);
    journal.begin(intent("IN-FLIGHT-EXPIRED", T0.plusSeconds(2)), lease("dead", T0)); // lease ran out
    journal.begin(intent("IN-FLIGHT-HELD", T0), new JournalLease("alive", now.plusSeconds(60)));
    journal.begin(intent("UNKNOWN-DUE", T0), lease("x", T0));
    journal.record(key("UNKNOWN-DUE"), "x", JournalUpdate.to(JournalState.UNKNOWN, T0).nextAttemptAt(T0.plusSeconds(1))
        .releaseLease().build());
    journal.begin(intent("UNKNOWN-LATER", T0), lease("x", T0));
    journal.record(key("UNKNOWN-LATER"), "x", JournalUpdate.to(JournalState.UNKNOWN, T0)
        .nextAttemptAt(now.plusSeconds(1)).releaseLease().build());
    journal.begin(intent("DONE", T0), lease("x", T0));
    journal.record(key("DONE"), "x", JournalUpdate.answered(payout("DONE", PayoutStatus.SUCCEEDED), T0).build());
    journal.begin(new PayoutIntent(new JournalKey("payout-pen", "OTHER-PROVIDER"), null, T0), lease("dead", T0));

    List<JournalEntry> taken = sameStoreElsewhere().acquireDue(Set.of("inr-agentpay"), lease("worker", now), now, 10);
    assertThat(taken).extracting(e -> e.key().merchantOrderNo()).containsExactly("UNKNOWN-DUE", "IN-FLIGHT-EXPIRED");
    assertThat(taken).allSatisfy(e -> assertThat(e.leaseOwner()).isEqualTo("worker"));
    assertThat(journal.acquireDue(Set.of("inr-agentpay"), lease("worker2", now), now, 10)).isEmpty();
  }

  @Test
  void acquireDue_fromConcurrentWorkers_neverGivesOneEntryToTwoWorkers() throws Exception {
    int entries = 40;
    for (int i = 0; i < entries; i++) {
      journal.begin(intent("PO-" + i, T0), new JournalLease("dead", T0));
    }
    Instant now = T0.plusSeconds(1);
    ConcurrentHashMap<String, String> takenBy = new ConcurrentHashMap<>();
    AtomicInteger doubles = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        PayoutJournal j = w % 2 == 0 ? journal : sameStoreElsewhere();
        String owner = "worker-" + w;
        workers.add(pool.submit(() -> {
          while (true) {
            List<JournalEntry> got = j.acquireDue(Set.of("inr-agentpay"), lease(owner, now), now, 3);
            if (got.isEmpty()) {
              return null;
            }
            for (JournalEntry e : got) {
              if (takenBy.putIfAbsent(e.key().merchantOrderNo(), owner) != null) {
                doubles.incrementAndGet();
              }
            }
          }
        }));
      }
      for (Future<?> f : workers) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(doubles).hasValue(0);
    assertThat(takenBy).hasSize(entries);
  }

  @Test
  void record_withAnOwner_appliesOnlyWhileThatOwnerHoldsTheEntry() {
    journal.begin(intent("PO-1", T0), lease("a", T0));
    JournalUpdate unknown = JournalUpdate.to(JournalState.UNKNOWN, T0).detail("timeout").releaseLease().build();
    assertThat(journal.record(key("PO-1"), "b", unknown)).isEmpty();
    JournalEntry after = journal.record(key("PO-1"), "a", unknown).orElseThrow();
    assertThat(after.state()).isEqualTo(JournalState.UNKNOWN);
    assertThat(after.detail()).isEqualTo("timeout");
    assertThat(after.leaseOwner()).isNull();
    assertThat(after.leaseUntil()).isNull();
  }

  @Test
  void record_withoutAnOwner_appliesWhoeverHoldsIt_andKeepsTheirLeaseUnlessFinal() {
    journal.begin(intent("PO-1", T0), lease("a", T0));
    JournalEntry open = journal.record(key("PO-1"), null,
        JournalUpdate.answered(payout("PO-1", PayoutStatus.PROCESSING), T0.plusSeconds(1)).releaseLease().build())
        .orElseThrow();
    assertThat(open.state()).isEqualTo(JournalState.OPEN);
    assertThat(open.leaseOwner()).isEqualTo("a");
    JournalEntry done = journal.record(key("PO-1"), null,
        JournalUpdate.answered(payout("PO-1", PayoutStatus.SUCCEEDED), T0.plusSeconds(2)).build()).orElseThrow();
    assertThat(done.state()).isEqualTo(JournalState.SUCCEEDED);
    assertThat(done.leaseOwner()).isNull();
  }

  @Test
  void record_onAFinalEntry_changesNothing() {
    journal.begin(intent("PO-1", T0), lease("a", T0));
    journal.record(key("PO-1"), "a", JournalUpdate.answered(payout("PO-1", PayoutStatus.FAILED), T0).build());
    assertThat(journal.record(key("PO-1"), null,
        JournalUpdate.answered(payout("PO-1", PayoutStatus.PROCESSING), T0.plusSeconds(1)).build())).isEmpty();
    assertThat(journal.record(key("nope"), null, JournalUpdate.to(JournalState.UNKNOWN, T0).build())).isEmpty();
    assertThat(journal.find(key("PO-1")).orElseThrow().state()).isEqualTo(JournalState.FAILED);
  }

  @Test
  void record_keepsEveryValueAnUpdateLeavesOut_andRoundTripsEveryValueExactly() {
    journal.begin(intent("PO-1", T0), lease("a", T0));
    Payout p = Payout.builder().providerId("inr-agentpay").merchantOrderNo("PO-1").providerOrderNo("Le123")
        .status(PayoutStatus.PROCESSING).rawStatus("1").fee(Money.reported(new java.math.BigDecimal("12.00"), "INR"))
        .build();
    journal.record(key("PO-1"), "a", JournalUpdate.answered(p, T0.plusSeconds(1)).attempts(2)
        .nextAttemptAt(T0.plusSeconds(61)).build());
    JournalEntry e = journal.record(key("PO-1"), "a", JournalUpdate.to(JournalState.NEEDS_ATTENTION, T0.plusSeconds(2))
        .detail("needs a person").build()).orElseThrow();
    assertThat(e.providerOrderNo()).isEqualTo("Le123");
    assertThat(e.payoutStatus()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(e.rawStatus()).isEqualTo("1");
    assertThat(e.fee().amount().toPlainString()).isEqualTo("12.00");
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.nextAttemptAt()).isEqualTo(T0.plusSeconds(61));
    assertThat(e.updatedAt()).isEqualTo(T0.plusSeconds(2));
    assertThat(sameStoreElsewhere().find(key("PO-1")).orElseThrow()).isEqualTo(e);
  }

  @Test
  void record_aRefusal_keepsItsKindCodeMessageAndStatus() {
    journal.begin(intent("PO-1", T0), lease("a", T0));
    RecordedRefusal r = new RecordedRefusal(RecordedRefusal.INSUFFICIENT_BALANCE, "FAIL", "insufficient balance", 200);
    JournalEntry e = journal.record(key("PO-1"), "a", JournalUpdate.to(JournalState.REFUSED, T0).refusal(r).build())
        .orElseThrow();
    assertThat(e.refusal()).isEqualTo(r);
    assertThat(e.leaseOwner()).isNull();
  }

  @Test
  void remove_deletesOnlyAnInFlightEntryHeldByTheCaller() {
    journal.begin(intent("PO-1", T0), lease("a", T0));
    assertThat(journal.remove(key("PO-1"), "b")).isFalse();
    assertThat(journal.remove(key("PO-1"), null)).isFalse();
    assertThat(journal.remove(key("PO-1"), "a")).isTrue();
    assertThat(journal.find(key("PO-1"))).isEmpty();
    journal.begin(intent("PO-2", T0), lease("a", T0));
    journal.record(key("PO-2"), "a", JournalUpdate.to(JournalState.UNKNOWN, T0).build());
    assertThat(journal.remove(key("PO-2"), "a")).isFalse();
  }

  @Test
  void findByState_listsOnlyThatState_oldestFirst_uptoTheLimit() {
    for (int i = 0; i < 3; i++) {
      Instant at = T0.plusSeconds(10 - i);
      journal.begin(intent("PO-" + i, at), lease("a", at));
      journal.record(key("PO-" + i), "a", JournalUpdate.to(JournalState.NEEDS_ATTENTION, at).build());
    }
    journal.begin(intent("PO-X", T0), lease("a", T0));
    assertThat(journal.findByState(JournalState.NEEDS_ATTENTION, 2)).extracting(e -> e.key().merchantOrderNo())
        .containsExactly("PO-2", "PO-1");
  }

  static Payout payout(String orderNo, PayoutStatus status) {
    return Payout.builder().providerId("inr-agentpay").merchantOrderNo(orderNo).providerOrderNo("Le-" + orderNo)
        .status(status).rawStatus(String.valueOf(status.ordinal())).build();
  }
}
