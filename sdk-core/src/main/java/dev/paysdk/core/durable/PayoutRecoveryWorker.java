package dev.paysdk.core.durable;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.Reconciliation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes what {@link DurablePayouts} left open: entries in flight whose sender died
 * ({@link JournalState#IN_FLIGHT} with a lease that ran out) or whose outcome is unknown are
 * reconciled, and payouts the gateway accepted but has not finished ({@link JournalState#OPEN}) are
 * queried until they are final. Several instances can run it on one journal: each entry is leased to
 * one worker at a time, and entries held by another are skipped, not waited for.
 *
 * <pre>{@code
 * PayoutRecoveryWorker worker = PayoutRecoveryWorker.builder()
 *     .journal(journal).client(agentPay).client(pen)
 *     .build();
 * worker.start();            // a pass every 30 s on a daemon thread; or call runOnce() from your scheduler
 * ...
 * worker.close();
 * }</pre>
 *
 * <p>Bounded: each entry is retried with a doubling delay ({@link Builder#retryBackoff}); after
 * {@link Builder#maxAttempts} attempts, or once it is older than {@link Builder#giveUpAfter}, an entry
 * still unknown (or still not final) becomes {@link JournalState#NEEDS_ATTENTION}: the SDK stops
 * deciding, and a person must look ({@link PayoutJournal#findByState}). Reconciliation that finds
 * the gateway does not have the order records {@link JournalState#NOT_CREATED}: nothing was paid,
 * and the worker never sends it (creating it again through {@link DurablePayouts} does).
 *
 * <p>Keep {@link Builder#lease} above the reconciler's {@code maxWait} plus one call: an entry is
 * held for one reconciliation at a time. Thread-safe.
 */
public final class PayoutRecoveryWorker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PayoutRecoveryWorker.class);

  private final PayoutJournal journal;
  private final Map<String, Payouts> providers;
  private final Reconciler reconciler;
  private final Duration lease;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final int maxAttempts;
  private final Duration giveUpAfter;
  private final Duration interval;
  private final int maxEntriesPerPass;
  private final Clock clock;
  private final String instanceId;
  private final AtomicLong passes = new AtomicLong();
  private ScheduledExecutorService scheduler;

  /**
   * What one pass did.
   *
   * @param handled entries taken and looked at
   * @param settled entries that reached a final state
   * @param open entries the gateway has, not final yet
   * @param notCreated entries the gateway does not have (nothing paid)
   * @param retryLater entries still unknown, to be tried again
   * @param needsAttention entries given up on: a person must look
   */
  public record Pass(int handled, int settled, int open, int notCreated, int retryLater, int needsAttention) {}

  private PayoutRecoveryWorker(Builder b) {
    this.journal = b.journal;
    this.providers = Map.copyOf(b.providers);
    this.reconciler = b.reconciler;
    this.lease = b.lease;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxAttempts = b.maxAttempts;
    this.giveUpAfter = b.giveUpAfter;
    this.interval = b.interval;
    this.maxEntriesPerPass = b.maxEntriesPerPass;
    this.clock = b.clock;
    this.instanceId = b.instanceId != null ? b.instanceId : UUID.randomUUID().toString();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * One pass: takes due entries one at a time (up to {@link Builder#maxEntriesPerPass}) and handles
   * each. Failures of the gateway count as attempts; a failure of the store ends the pass.
   *
   * @throws StoreUnavailableException when the journal cannot answer (leases taken run out by themselves)
   */
  public Pass runOnce() {
    String owner = instanceId + "/recovery/" + passes.incrementAndGet();
    int[] counts = new int[6];
    for (int i = 0; i < maxEntriesPerPass; i++) {
      Instant now = clock.instant();
      List<JournalEntry> taken = journal.acquireDue(providers.keySet(), new JournalLease(owner, now.plus(lease)), now, 1);
      if (taken.isEmpty()) {
        break;
      }
      counts[0]++;
      JournalState after = handle(taken.get(0), owner);
      switch (after) {
        case SUCCEEDED, FAILED, CANCELLED, REFUSED -> counts[1]++;
        case OPEN -> counts[2]++;
        case NOT_CREATED -> counts[3]++;
        case NEEDS_ATTENTION -> counts[5]++;
        default -> counts[4]++;
      }
    }
    return new Pass(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
  }

  private JournalState handle(JournalEntry entry, String owner) {
    Payouts payouts = providers.get(entry.key().providerId());
    String orderNo = entry.key().merchantOrderNo();
    JournalUpdate update;
    try {
      if (entry.state() == JournalState.OPEN) {
        Payout p = payouts.retrieve(PayoutLookup.byMerchantOrderNo(orderNo));
        update = p.status().isFinal() ? JournalUpdate.answered(p, clock.instant()).releaseLease().build()
            : stillOpen(entry, p);
      } else {
        Reconciliation r = reconciler.reconcile(payouts, orderNo);
        Instant at = clock.instant();
        update = r.found()
            ? (r.payout().status().isFinal() ? JournalUpdate.answered(r.payout(), at).releaseLease().build()
                : stillOpen(entry, r.payout()))
            : JournalUpdate.to(JournalState.NOT_CREATED, at).attempts(entry.attempts() + 1)
                .detail("reconciled by the recovery worker: the gateway does not have it, nothing was paid")
                .releaseLease().build();
      }
    } catch (RuntimeException e) {
      update = failed(entry, e);
    }
    return journal.record(entry.key(), owner, update).map(JournalEntry::state).orElse(entry.state());
  }

  private JournalUpdate stillOpen(JournalEntry entry, Payout p) {
    Instant at = clock.instant();
    int attempts = entry.attempts() + 1;
    if (givesUp(entry, attempts, at)) {
      return attention(entry, attempts, "still " + p.status() + " at the gateway").payout(p).build();
    }
    return JournalUpdate.answered(p, at).attempts(attempts).nextAttemptAt(at.plus(backoff(attempts))).releaseLease()
        .build();
  }

  private JournalUpdate failed(JournalEntry entry, RuntimeException e) {
    Instant at = clock.instant();
    int attempts = entry.attempts() + 1;
    JournalState keep = entry.state() == JournalState.OPEN ? JournalState.OPEN : JournalState.UNKNOWN;
    String note = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (note.length() > 900) {
      note = note.substring(0, 900) + "...";
    }
    if (givesUp(entry, attempts, at)) {
      return attention(entry, attempts,
          (keep == JournalState.OPEN ? "status not final" : "outcome unknown") + "; last failure " + note).build();
    }
    return JournalUpdate.to(keep, at).attempts(attempts).detail(note).nextAttemptAt(at.plus(backoff(attempts)))
        .releaseLease().build();
  }

  private JournalUpdate.Builder attention(JournalEntry entry, int attempts, String why) {
    Instant at = clock.instant();
    LOG.warn("[{}] payout {} needs a person: {} after {} attempts over {}", entry.key().providerId(),
        entry.key().merchantOrderNo(), why, attempts, entry.age(at));
    return JournalUpdate.to(JournalState.NEEDS_ATTENTION, at).attempts(attempts)
        .detail("needs a person: " + why + " (" + attempts + " attempts over " + entry.age(at).toMinutes() + " min)")
        .releaseLease();
  }

  private boolean givesUp(JournalEntry entry, int attempts, Instant now) {
    return attempts >= maxAttempts || entry.age(now).compareTo(giveUpAfter) >= 0;
  }

  private Duration backoff(int attempts) {
    Duration d = initialBackoff;
    for (int i = 1; i < attempts && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  /**
   * Runs {@link #runOnce()} every {@link Builder#interval} on one daemon thread until {@link #close()}.
   * A failing pass is logged at WARN and the next one runs on time.
   *
   * @throws IllegalStateException when already started
   */
  public synchronized PayoutRecoveryWorker start() {
    if (scheduler != null) {
      throw new IllegalStateException("already started");
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "paysdk-payout-recovery");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(this::passQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  private void passQuietly() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      LOG.warn("payout recovery pass failed; the next one runs in {}: {}", interval, e.toString());
    }
  }

  /** Stops the background passes (a pass under way finishes its current entry). Idempotent. */
  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdown();
      try {
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      scheduler = null;
    }
  }

  /** Builder; {@code journal} and at least one client are required. */
  public static final class Builder {
    private PayoutJournal journal;
    private final Map<String, Payouts> providers = new LinkedHashMap<>();
    private Reconciler reconciler = Reconciler.defaults();
    private Duration lease = Duration.ofMinutes(5);
    private Duration initialBackoff = Duration.ofSeconds(10);
    private Duration maxBackoff = Duration.ofMinutes(10);
    private int maxAttempts = 50;
    private Duration giveUpAfter = Duration.ofHours(24);
    private Duration interval = Duration.ofSeconds(30);
    private int maxEntriesPerPass = 100;
    private Clock clock = Clock.systemUTC();
    private String instanceId;

    private Builder() {}

    /** The journal to recover. Required. */
    public Builder journal(PayoutJournal journal) {
      this.journal = Objects.requireNonNull(journal, "journal == null");
      return this;
    }

    /** Recovers the entries of {@code client.providerId()} through {@code client.payouts()}. */
    public Builder client(PaymentClient client) {
      Objects.requireNonNull(client, "client == null");
      return payouts(client.providerId(), client.payouts());
    }

    /** Recovers the entries of {@code providerId} through {@code payouts}. Entries of providers not given are left alone. */
    public Builder payouts(String providerId, Payouts payouts) {
      providers.put(Objects.requireNonNull(providerId, "providerId == null"),
          Objects.requireNonNull(payouts, "payouts == null"));
      return this;
    }

    /** How entries in flight or unknown are reconciled. Default {@link Reconciler#defaults()} (up to 2 minutes each). */
    public Builder reconciler(Reconciler reconciler) {
      this.reconciler = Objects.requireNonNull(reconciler, "reconciler == null");
      return this;
    }

    /** How long the worker holds an entry it works on. Default 5 minutes; keep it above the reconciler's maxWait. */
    public Builder lease(Duration lease) {
      this.lease = DurablePayouts.Builder.positive(lease, "lease");
      return this;
    }

    /** Delay before the next attempt, doubling from {@code initial} up to {@code max}. Default 10 s to 10 min. */
    public Builder retryBackoff(Duration initial, Duration max) {
      this.initialBackoff = DurablePayouts.Builder.positive(initial, "initial");
      this.maxBackoff = DurablePayouts.Builder.positive(max, "max");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("max backoff " + max + " is below the initial " + initial);
      }
      return this;
    }

    /** Attempts after which an entry still unknown or not final needs a person. Default 50. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Age after which an entry still unknown or not final needs a person. Default 24 hours. */
    public Builder giveUpAfter(Duration giveUpAfter) {
      this.giveUpAfter = DurablePayouts.Builder.positive(giveUpAfter, "giveUpAfter");
      return this;
    }

    /** Pause between background passes ({@link #start()}). Default 30 seconds. */
    public Builder interval(Duration interval) {
      this.interval = DurablePayouts.Builder.positive(interval, "interval");
      return this;
    }

    /** Most entries one pass handles. Default 100. */
    public Builder maxEntriesPerPass(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxEntriesPerPass must be >= 1: " + max);
      }
      this.maxEntriesPerPass = max;
      return this;
    }

    /** Clock of journal times and leases. Default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Names this instance in lease owners. Default a random UUID. */
    public Builder instanceId(String instanceId) {
      this.instanceId = Objects.requireNonNull(instanceId, "instanceId == null");
      return this;
    }

    /**
     * The worker (not started).
     *
     * @throws IllegalStateException when the journal or every client is missing
     */
    public PayoutRecoveryWorker build() {
      if (journal == null) {
        throw new IllegalStateException("no journal: call journal(...) with the journal DurablePayouts writes");
      }
      if (providers.isEmpty()) {
        throw new IllegalStateException("no provider: call client(paymentClient) for each provider whose payouts "
            + "the journal holds");
      }
      return new PayoutRecoveryWorker(this);
    }
  }
}
