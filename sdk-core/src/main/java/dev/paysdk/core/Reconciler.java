package dev.paysdk.core;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.Sleeper;
import dev.paysdk.core.internal.CallBudget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Finds out what became of a payout whose create ended in
 * {@link dev.paysdk.core.error.OutcomeUnknownException}. Queries the gateway by merchant order
 * number until it reports the order, or keeps saying it does not exist for
 * {@link Builder#notFoundGrace(Duration)} (a gateway may need a moment before a new order is
 * visible to queries). Transport failures of the queries, and answers whose signature does not
 * verify, are retried until {@link Builder#maxWait}. It returns or throws within {@code maxWait}
 * (plus scheduling noise): each query is given the time that is left, never its client's whole
 * deadline.
 *
 * <pre>{@code
 * try {
 *   payouts.create(request);
 * } catch (OutcomeUnknownException e) {
 *   Reconciliation r = Reconciler.defaults().reconcile(payouts, request.merchantOrderNo());
 *   if (r.notFound()) { payouts.create(request); } // same merchant order number
 * }
 * }</pre>
 */
public final class Reconciler {
  private static final Reconciler DEFAULTS = builder().build();

  private final Duration maxWait;
  private final Duration pollInterval;
  private final Duration notFoundGrace;
  private final Clock clock;
  private final Sleeper sleeper;

  private Reconciler(Builder b) {
    this.maxWait = b.maxWait;
    this.pollInterval = b.pollInterval;
    this.notFoundGrace = b.notFoundGrace;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /** {@return the default reconciler: max wait 2 minutes, a query every 2 seconds, 10 seconds of "not found" before believing it} */
  public static Reconciler defaults() {
    return DEFAULTS;
  }

  /** {@return a builder with the default timing} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Queries {@code payouts} until the order's fate is known.
   *
   * @param payouts the payouts API to query
   * @param merchantOrderNo the merchant order number of the payout
   * @return the payout as found, or a "not found" answer
   * @throws OutcomeUnknownException (operation {@code payout.reconcile}) when the gateway could not
   *     be asked within {@code maxWait}, or said "not found" for less than {@code notFoundGrace} by
   *     then: the outcome is still unknown, so the payout must still not be sent again
   * @throws dev.paysdk.core.error.ProviderException when the gateway refuses the query itself
   *     (wrong credentials, for example): asking again would not help
   */
  public Reconciliation reconcile(Payouts payouts, String merchantOrderNo) {
    Objects.requireNonNull(payouts, "payouts == null");
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo == null");
    Instant start = clock.instant();
    Instant deadline = start.plus(maxWait);
    Instant firstNotFound = null;
    RuntimeException last = null;
    long startNanos = System.nanoTime();
    while (true) {
      Duration left = maxWait.minusNanos(System.nanoTime() - startNanos);
      try {
        if (left.isNegative() || left.isZero()) {
          throw new TransportException(ErrorContext.of(lastProvider(last), "payout.reconcile", merchantOrderNo),
              "no time left for another query", last);
        }
        Payout payout = CallBudget.within(left,
            () -> payouts.retrieve(PayoutLookup.byMerchantOrderNo(merchantOrderNo)));
        return new Reconciliation(merchantOrderNo, payout);
      } catch (OrderNotFoundException e) {
        Instant now = clock.instant();
        if (firstNotFound == null) {
          firstNotFound = now;
        }
        if (!now.isBefore(firstNotFound.plus(notFoundGrace))) {
          return new Reconciliation(merchantOrderNo, null);
        }
        last = e;
      } catch (TransportException | SignatureVerificationException e) {
        last = e;
      }
      Instant now = clock.instant();
      Duration realLeft = maxWait.minusNanos(System.nanoTime() - startNanos);
      if (!now.plus(pollInterval).isBefore(deadline) || realLeft.compareTo(pollInterval) <= 0) {
        // "not found" is believed only after the whole grace period, even at the deadline: a
        // shorter run of "not found" may be an order the gateway has not made visible yet
        String detail = last instanceof OrderNotFoundException
            ? "outcome still unknown after " + maxWait.toSeconds() + "s of queries: the gateway said \"not found\" for only "
                + Duration.between(firstNotFound, now).toSeconds() + "s, less than the " + notFoundGrace.toSeconds()
                + "s grace period"
            : "outcome still unknown after " + maxWait.toSeconds() + "s of queries";
        throw new OutcomeUnknownException(
            new ErrorContext(lastProvider(last), "payout.reconcile", merchantOrderNo), detail, last);
      }
      try {
        sleeper.sleep(pollInterval);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new OutcomeUnknownException(new ErrorContext(lastProvider(last), "payout.reconcile", merchantOrderNo),
            "interrupted while reconciling", ie);
      }
    }
  }

  private static String lastProvider(RuntimeException last) {
    if (last instanceof dev.paysdk.core.error.PaymentException pe && pe.providerId() != null) {
      return pe.providerId();
    }
    return "unknown";
  }

  /** Builder; every option has a default. */
  public static final class Builder {
    private Duration maxWait = Duration.ofMinutes(2);
    private Duration pollInterval = Duration.ofSeconds(2);
    private Duration notFoundGrace = Duration.ofSeconds(10);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * The longest the reconciliation takes: it returns or throws within this time (each query gets
     * the time that is left). Default 2 minutes.
     *
     * @param maxWait a positive duration, at least {@code notFoundGrace}
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxWait(Duration maxWait) {
      this.maxWait = positive(maxWait, "maxWait");
      return this;
    }

    /**
     * Pause between queries. Default 2 seconds.
     *
     * @param pollInterval a positive duration
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = positive(pollInterval, "pollInterval");
      return this;
    }

    /**
     * How long the gateway must keep saying "not found" before it is believed. Default 10 seconds;
     * {@link Duration#ZERO} believes the first answer.
     *
     * @param notFoundGrace a duration, zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder notFoundGrace(Duration notFoundGrace) {
      Objects.requireNonNull(notFoundGrace, "notFoundGrace == null");
      if (notFoundGrace.isNegative()) {
        throw new IllegalArgumentException("notFoundGrace < 0");
      }
      this.notFoundGrace = notFoundGrace;
      return this;
    }

    /**
     * Clock, for tests. Default UTC system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sleeper, for tests. Default {@link Thread#sleep}.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * The reconciler.
     *
     * @return a new reconciler
     * @throws IllegalStateException when {@code maxWait} is shorter than {@code notFoundGrace}: such
     *     a reconciler could never believe a "not found"
     */
    public Reconciler build() {
      if (maxWait.compareTo(notFoundGrace) < 0) {
        throw new IllegalStateException("maxWait (" + maxWait + ") is shorter than notFoundGrace (" + notFoundGrace
            + "): \"not found\" could never be believed; raise maxWait or lower notFoundGrace");
      }
      return new Reconciler(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
