package dev.paysdk.core.durable;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Payouts} that never sends a merchant order number twice, across threads, restarts and
 * instances sharing a {@link PayoutJournal}: the intent is recorded before the payout is sent, and
 * an order the journal already holds is never sent again.
 *
 * <pre>{@code
 * Payouts payouts = DurablePayouts.builder().client(agentPay).journal(journal).build();
 * Payout p = payouts.create(request);          // journal first, then the gateway
 * // after a crash, the same call answers the recorded state, or reconciles; never a second payout
 * }</pre>
 *
 * <p>{@link #create} in detail:
 * <ul>
 *   <li>the intent is recorded first; when that fails, {@link StoreUnavailableException} and nothing is sent;</li>
 *   <li>an order already in the journal is not sent: a known gateway state is returned as recorded
 *       ({@link JournalState#OPEN} or final), a recorded refusal is thrown again, and an order in flight
 *       or unknown is reconciled: found, it is recorded and returned; not found (after the reconciler's
 *       grace period), it is sent, once, unless the gateway answered for it before or the entry is
 *       {@link JournalState#NEEDS_ATTENTION} ({@link OutcomeUnknownException}: a person decides); still
 *       inconclusive, {@link OutcomeUnknownException};</li>
 *   <li>an order another holder is working on right now (its lease has not run out) is only read:
 *       found, it is returned; otherwise {@link OutcomeUnknownException};</li>
 *   <li>{@link InvalidRequestException} (rejected before sending) leaves nothing behind;
 *       a {@link ProviderException} refusal is recorded as {@link JournalState#REFUSED};
 *       {@link DuplicateOrderException} (the gateway already has the number) is recorded as unknown,
 *       for the recovery worker to learn the gateway's state; a {@link TransportException} (the request
 *       never left) as {@link JournalState#NOT_CREATED}; any other failure, {@link OutcomeUnknownException}
 *       first, as {@link JournalState#UNKNOWN}; the failure is thrown as it came;</li>
 *   <li>an answer that cannot be recorded (the store failed after sending) is still returned: the
 *       entry stays in flight and {@link PayoutRecoveryWorker} reconciles it.</li>
 * </ul>
 *
 * <p>What it does not do: pick up entries left in flight by a process that died (that is
 * {@link PayoutRecoveryWorker}'s job), or protect against a client whose call may outlive the lease
 * (keep {@link Builder#lease} well above the client's overall deadline plus the reconciler's
 * {@code maxWait}). A request sent again after "not found" relies on the gateway's "not found"
 * being true after the reconciler's grace period, as {@link Reconciler} does. Thread-safe.
 */
public final class DurablePayouts implements Payouts {
  private static final Logger LOG = LoggerFactory.getLogger(DurablePayouts.class);
  private static final Set<JournalState> RECONCILABLE =
      EnumSet.of(JournalState.IN_FLIGHT, JournalState.UNKNOWN, JournalState.NEEDS_ATTENTION);
  /** Never NEEDS_ATTENTION: once the SDK stopped deciding, only a person sends again. */
  private static final Set<JournalState> SENDABLE = EnumSet.of(JournalState.IN_FLIGHT, JournalState.UNKNOWN,
      JournalState.NOT_CREATED);

  private final String providerId;
  private final Payouts delegate;
  private final PayoutJournal journal;
  private final Reconciler reconciler;
  private final Duration lease;
  private final Duration pollOpenAfter;
  private final Clock clock;
  private final String instanceId;
  private final AtomicLong operations = new AtomicLong();

  private DurablePayouts(Builder b) {
    this.providerId = b.providerId;
    this.delegate = b.payouts;
    this.journal = b.journal;
    this.reconciler = b.reconciler;
    this.lease = b.lease;
    this.pollOpenAfter = b.pollOpenAfter;
    this.clock = b.clock;
    this.instanceId = b.instanceId != null ? b.instanceId : UUID.randomUUID().toString();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The provider id the journal entries are keyed by. */
  public String providerId() {
    return providerId;
  }

  /** The journal. */
  public PayoutJournal journal() {
    return journal;
  }

  /**
   * Sends the payout unless the journal already holds its merchant order number; see the class
   * description for every case.
   *
   * @throws StoreUnavailableException when the intent cannot be recorded: nothing was sent
   * @throws InvalidRequestException before sending, including a request without a merchant order
   *     number, or one whose amount differs from the amount journaled for that number
   * @throws ProviderException when the gateway refused it (now, or as recorded earlier)
   * @throws OutcomeUnknownException when it may have been executed and nothing tells yet: do not
   *     resend with a new number; the journal and the recovery worker follow it up
   * @throws TransportException when the request provably never left: it may be created again
   */
  @Override
  public Payout create(PayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    String orderNo = request.merchantOrderNo();
    if (orderNo == null || orderNo.isBlank()) {
      throw new InvalidRequestException(ErrorContext.of(providerId, "payout.create"),
          List.of(new FieldError("merchantOrderNo", "is required: it is the payout's key in the journal")));
    }
    JournalKey key = new JournalKey(providerId, orderNo);
    String owner = newOwner();
    Instant now = clock.instant();
    PayoutJournal.Begin begin = store("journal.begin", orderNo, "the intent could not be recorded, nothing was sent",
        () -> journal.begin(new PayoutIntent(key, request.amount(), now), new JournalLease(owner, now.plus(lease))));
    if (begin.created()) {
      return send(request, key, owner);
    }
    return resume(request, begin.entry(), owner);
  }

  /** Reads the payout from the gateway, as the wrapped {@link Payouts} does. */
  @Override
  public Payout retrieve(PayoutLookup lookup) {
    return delegate.retrieve(lookup);
  }

  /**
   * Reconciles with the configured {@link Reconciler} and, when the journal holds the order and
   * nobody else is working on it, records what was found (found: its state; not found:
   * {@link JournalState#NOT_CREATED}).
   *
   * @throws OutcomeUnknownException when reconciliation could not conclude
   */
  @Override
  public Reconciliation reconcile(String merchantOrderNo) {
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo == null");
    JournalKey key = new JournalKey(providerId, merchantOrderNo);
    String owner = newOwner();
    Optional<JournalEntry> held = journal.acquire(key, SENDABLE, new JournalLease(owner, clock.instant().plus(lease)),
        clock.instant());
    Reconciliation r;
    try {
      r = reconciler.reconcile(delegate, merchantOrderNo);
    } catch (RuntimeException e) {
      held.ifPresent(entry -> quietly(e, () -> journal.record(key, owner,
          JournalUpdate.to(JournalState.UNKNOWN, clock.instant()).detail(note(e)).attempts(entry.attempts() + 1)
              .nextAttemptAt(clock.instant()).releaseLease().build())));
      throw e;
    }
    if (held.isPresent()) {
      Instant at = clock.instant();
      JournalUpdate u = r.found() ? answered(r.payout(), at)
          : JournalUpdate.to(JournalState.NOT_CREATED, at).detail("reconciled: the gateway does not have it")
              .releaseLease().build();
      recordAnswer(key, owner, u);
    }
    return r;
  }

  /**
   * Records a verified webhook's payout status in the journal (whoever holds the entry), so that a
   * final status reaches the journal without waiting for the recovery worker. Call it from your
   * webhook handler. Events of another provider, pay-in events and events about orders the journal
   * does not hold are ignored.
   *
   * @return true when the journal entry changed
   * @throws StoreUnavailableException when the store cannot answer (fail the handler: the gateway delivers again)
   */
  public boolean recordWebhook(WebhookEvent event) {
    Objects.requireNonNull(event, "event == null");
    if (!providerId.equals(event.providerId()) || event.payoutStatus().isEmpty() || event.merchantOrderNo() == null
        || event.merchantOrderNo().isBlank()) {
      return false;
    }
    JournalUpdate.Builder u = JournalUpdate.to(JournalState.of(event.payoutStatus().get()), clock.instant())
        .payoutStatus(event.payoutStatus().get()).rawStatus(event.rawStatus())
        .providerOrderNo(event.providerOrderNo().orElse(null));
    return journal.record(new JournalKey(providerId, event.merchantOrderNo()), null, u.build()).isPresent();
  }

  /** The journal entry of {@code merchantOrderNo} at this provider, when there is one. */
  public Optional<JournalEntry> entry(String merchantOrderNo) {
    return journal.find(new JournalKey(providerId, Objects.requireNonNull(merchantOrderNo, "merchantOrderNo == null")));
  }

  private Payout resume(PayoutRequest request, JournalEntry entry, String owner) {
    requireSamePayout(request, entry);
    switch (entry.state()) {
      case OPEN, SUCCEEDED, FAILED, CANCELLED:
        return entry.payout().orElseThrow(() -> new IllegalStateException("journal entry " + entry.key()
            + " is " + entry.state() + " without a payout status"));
      case REFUSED:
        throw refusal(entry);
      default:
        break;
    }
    Instant now = clock.instant();
    Set<JournalState> states = entry.state() == JournalState.NOT_CREATED ? EnumSet.of(JournalState.NOT_CREATED) : RECONCILABLE;
    Optional<JournalEntry> held = store("journal.acquire", entry.key().merchantOrderNo(),
        "the journal entry could not be locked, nothing was sent",
        () -> journal.acquire(entry.key(), states, new JournalLease(owner, now.plus(lease)), now));
    if (held.isEmpty()) {
      return readOnly(entry.key());
    }
    if (held.get().state() == JournalState.NOT_CREATED) {
      markInFlight(held.get(), owner, "sent again: the gateway does not have it");
      return send(request, entry.key(), owner);
    }
    return reconcileThenSend(request, held.get(), owner);
  }

  /** Someone else is working on the order: look, never send. */
  private Payout readOnly(JournalKey key) {
    Optional<JournalEntry> now = journal.find(key);
    if (now.isPresent() && now.get().state() == JournalState.REFUSED) {
      throw refusal(now.get());
    }
    if (now.isPresent() && now.get().payout().isPresent() && now.get().state() != JournalState.NEEDS_ATTENTION) {
      return now.get().payout().get();
    }
    Reconciliation r;
    try {
      r = reconciler.reconcile(delegate, key.merchantOrderNo());
    } catch (OutcomeUnknownException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new OutcomeUnknownException(ErrorContext.of(providerId, "payout.create", key.merchantOrderNo()),
          "the payout is being sent or reconciled by another holder, and could not be looked up", e);
    }
    if (r.found()) {
      return r.payout();
    }
    throw new OutcomeUnknownException(ErrorContext.of(providerId, "payout.create", key.merchantOrderNo()),
        "the payout is being sent or reconciled by another holder right now", null);
  }

  private Payout reconcileThenSend(PayoutRequest request, JournalEntry entry, String owner) {
    JournalKey key = entry.key();
    Reconciliation r;
    try {
      r = reconciler.reconcile(delegate, key.merchantOrderNo());
    } catch (RuntimeException e) {
      OutcomeUnknownException unknown = e instanceof OutcomeUnknownException o ? o
          : new OutcomeUnknownException(ErrorContext.of(providerId, "payout.reconcile", key.merchantOrderNo()),
              "the journal holds this order in flight and it could not be reconciled", e);
      quietly(unknown, () -> journal.record(key, owner, JournalUpdate.to(JournalState.UNKNOWN, clock.instant())
          .detail(note(e)).attempts(entry.attempts() + 1).nextAttemptAt(clock.instant()).releaseLease().build()));
      throw unknown;
    }
    if (r.found()) {
      recordAnswer(key, owner, answered(r.payout(), clock.instant()));
      return r.payout();
    }
    if (entry.state() == JournalState.NEEDS_ATTENTION || entry.payout().isPresent()) {
      // the gateway once answered for this order, or the SDK gave up on it: "not found" now is no
      // proof that it never executed, and a person decides
      String why = entry.payout().isPresent()
          ? "the journal holds the gateway's answer for this order, yet the gateway no longer finds it"
          : "the journal marks this order as needing attention";
      OutcomeUnknownException stop = new OutcomeUnknownException(
          ErrorContext.of(providerId, "payout.create", key.merchantOrderNo()),
          why + ": it is not sent again; look at it with the gateway", null);
      quietly(stop, () -> journal.record(key, owner, JournalUpdate.to(entry.state(), clock.instant())
          .detail(why).releaseLease().build()));
      throw stop;
    }
    markInFlight(entry, owner, "sent again: reconciliation found that the gateway does not have it");
    return send(request, key, owner);
  }

  private void markInFlight(JournalEntry entry, String owner, String detail) {
    Instant now = clock.instant();
    String orderNo = entry.key().merchantOrderNo();
    store("journal.acquire", orderNo, "the journal entry could not be renewed, nothing was sent",
        () -> journal.acquire(entry.key(), SENDABLE, new JournalLease(owner, now.plus(lease)), now))
        .orElseThrow(() -> lostLease(entry.key()));
    store("journal.record", orderNo, "the journal entry could not be marked in flight, nothing was sent",
        () -> journal.record(entry.key(), owner, JournalUpdate.to(JournalState.IN_FLIGHT, now).detail(detail)
            .nextAttemptAt(now).build()))
        .orElseThrow(() -> lostLease(entry.key()));
  }

  private Payout send(PayoutRequest request, JournalKey key, String owner) {
    Payout payout;
    try {
      payout = delegate.create(request);
    } catch (InvalidRequestException e) {
      quietly(e, () -> journal.remove(key, owner));
      throw e;
    } catch (DuplicateOrderException e) {
      quietly(e, () -> journal.record(key, owner, JournalUpdate.to(JournalState.UNKNOWN, clock.instant())
          .detail("the gateway already holds this merchant order number: reconcile to learn its state")
          .nextAttemptAt(clock.instant()).releaseLease().build()));
      throw e;
    } catch (ProviderException e) {
      quietly(e, () -> journal.record(key, owner, JournalUpdate.to(JournalState.REFUSED, clock.instant())
          .refusal(RecordedRefusal.of(e)).detail(note(e)).releaseLease().build()));
      throw e;
    } catch (TransportException e) {
      quietly(e, () -> journal.record(key, owner, JournalUpdate.to(JournalState.NOT_CREATED, clock.instant())
          .detail(note(e)).releaseLease().build()));
      throw e;
    } catch (RuntimeException e) {
      quietly(e, () -> journal.record(key, owner, JournalUpdate.to(JournalState.UNKNOWN, clock.instant())
          .detail(note(e)).nextAttemptAt(clock.instant()).releaseLease().build()));
      throw e;
    }
    recordAnswer(key, owner, answered(payout, clock.instant()));
    return payout;
  }

  private JournalUpdate answered(Payout payout, Instant at) {
    return JournalUpdate.answered(payout, at).nextAttemptAt(at.plus(pollOpenAfter)).releaseLease().build();
  }

  /** The gateway answered: a failure to record it must not hide the answer from the caller. */
  private void recordAnswer(JournalKey key, String owner, JournalUpdate update) {
    try {
      journal.record(key, owner, update);
    } catch (RuntimeException e) {
      LOG.warn("[{}] payout {}: the gateway's answer ({}) could not be recorded in the journal; the recovery worker "
          + "will reconcile it: {}", providerId, key.merchantOrderNo(), update.state(), e.toString());
    }
  }

  private void requireSamePayout(PayoutRequest request, JournalEntry entry) {
    if (entry.amount() != null && request.amount() != null && !entry.amount().equals(request.amount())) {
      throw new InvalidRequestException(ErrorContext.of(providerId, "payout.create", entry.key().merchantOrderNo()),
          List.of(new FieldError("merchantOrderNo", "already journaled for " + entry.amount() + ", not "
              + request.amount() + ": use a new merchant order number for a new payout")));
    }
  }

  private ProviderException refusal(JournalEntry entry) {
    RecordedRefusal r = entry.refusal() != null ? entry.refusal()
        : new RecordedRefusal(RecordedRefusal.REFUSED, null, "refused earlier", 0);
    return r.toException(ErrorContext.of(providerId, "payout.create", entry.key().merchantOrderNo()));
  }

  private OutcomeUnknownException lostLease(JournalKey key) {
    return new OutcomeUnknownException(ErrorContext.of(providerId, "payout.create", key.merchantOrderNo()),
        "another holder took this journal entry over; nothing was sent from here", null);
  }

  private <T> T store(String operation, String orderNo, String consequence, Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      throw new StoreUnavailableException(ErrorContext.of(providerId, operation, orderNo), consequence, e);
    }
  }

  private static void quietly(RuntimeException primary, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      primary.addSuppressed(e);
    }
  }

  private static String note(Throwable e) {
    String m = e.getClass().getSimpleName() + ": " + e.getMessage();
    return m.length() > 900 ? m.substring(0, 900) + "..." : m;
  }

  private String newOwner() {
    return instanceId + "/" + operations.incrementAndGet();
  }

  /** Builder; {@code client} (or {@code payouts}) and {@code journal} are required. */
  public static final class Builder {
    private String providerId;
    private Payouts payouts;
    private PayoutJournal journal;
    private Reconciler reconciler = Reconciler.defaults();
    private Duration lease = Duration.ofMinutes(5);
    private Duration pollOpenAfter = Duration.ofMinutes(1);
    private Clock clock = Clock.systemUTC();
    private String instanceId;

    private Builder() {}

    /** Wraps {@code client.payouts()}, keyed by {@code client.providerId()}. */
    public Builder client(PaymentClient client) {
      Objects.requireNonNull(client, "client == null");
      return payouts(client.providerId(), client.payouts());
    }

    /** Wraps {@code payouts} of the provider {@code providerId}. */
    public Builder payouts(String providerId, Payouts payouts) {
      this.providerId = Objects.requireNonNull(providerId, "providerId == null");
      this.payouts = Objects.requireNonNull(payouts, "payouts == null");
      return this;
    }

    /** Where intents and outcomes are recorded. Required. */
    public Builder journal(PayoutJournal journal) {
      this.journal = Objects.requireNonNull(journal, "journal == null");
      return this;
    }

    /** How orders in flight or unknown are reconciled. Default {@link Reconciler#defaults()}. */
    public Builder reconciler(Reconciler reconciler) {
      this.reconciler = Objects.requireNonNull(reconciler, "reconciler == null");
      return this;
    }

    /**
     * How long a sender or reconciler holds an entry before others take it for dead. Default 5
     * minutes; keep it above the client's overall deadline plus the reconciler's {@code maxWait}.
     */
    public Builder lease(Duration lease) {
      this.lease = positive(lease, "lease");
      return this;
    }

    /**
     * When the recovery worker first asks about a payout the gateway accepted but has not finished
     * (a webhook may settle it sooner). Default 1 minute.
     */
    public Builder pollOpenAfter(Duration delay) {
      Objects.requireNonNull(delay, "pollOpenAfter == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("pollOpenAfter < 0: " + delay);
      }
      this.pollOpenAfter = delay;
      return this;
    }

    /** The clock of journal times and leases. Default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Names this instance in lease owners, for people reading the journal. Default a random UUID. */
    public Builder instanceId(String instanceId) {
      this.instanceId = Objects.requireNonNull(instanceId, "instanceId == null");
      return this;
    }

    /**
     * The wrapper.
     *
     * @throws IllegalStateException when the payouts or the journal is missing
     */
    public DurablePayouts build() {
      if (payouts == null) {
        throw new IllegalStateException("no payouts to wrap: call client(paymentClient) or payouts(providerId, payouts)");
      }
      if (journal == null) {
        throw new IllegalStateException("no journal: call journal(...) with an InMemoryPayoutJournal or a JDBC journal "
            + "from sdk-store-jdbc");
      }
      return new DurablePayouts(this);
    }

    static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
