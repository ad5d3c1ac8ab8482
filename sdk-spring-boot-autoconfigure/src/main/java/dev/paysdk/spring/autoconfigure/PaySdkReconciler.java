package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.PaymentException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Reconciles, in the background, payouts whose create ended in an unknown outcome, instead of
 * blocking a request: {@link #track} one, and a {@link PayoutReconciledEvent} is published when
 * its fate is known. On with {@code paysdk.reconciler.enabled=true}.
 *
 * <pre>{@code
 * try {
 *   router.payouts().create(request);
 * } catch (OutcomeUnknownException e) {
 *   reconciler.track(e);                    // answer "pending" now; the event comes later
 * }
 *
 * @EventListener
 * void on(PayoutReconciledEvent e) { ... }  // FOUND: executed; NOT_FOUND: may be sent again
 * }</pre>
 *
 * <p>Bounded: every {@code interval}, at most {@code max-per-run} queries (one per tracked payout,
 * oldest first); at most {@code max-tracked} payouts at once. "Not found" is believed only once
 * {@code not-found-grace} has passed since the payout was tracked (a gateway may need a moment
 * before a new order is visible); a failing query is retried on the next run; a payout unsettled
 * after {@code give-up-after} is given up ({@link PayoutReconciledEvent.Result#GAVE_UP}, logged at
 * WARN). The queue is in memory: a restart forgets it. Thread-safe.
 */
public class PaySdkReconciler implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(PaySdkReconciler.class);

  private final Function<String, PaymentClient> clients;
  private final ApplicationEventPublisher events;
  private final PaySdkProperties.Reconciler settings;
  private final Clock clock;
  private final Map<String, Tracked> tracked = new LinkedHashMap<>();
  private ScheduledExecutorService scheduler;

  /**
   * @param clients the client of a provider id, or null when there is none
   * @param events where the events are published
   * @param settings {@code paysdk.reconciler.*}
   * @param clock for the grace and give-up periods
   */
  public PaySdkReconciler(Function<String, PaymentClient> clients, ApplicationEventPublisher events,
      PaySdkProperties.Reconciler settings, Clock clock) {
    this.clients = Objects.requireNonNull(clients, "clients == null");
    this.events = Objects.requireNonNull(events, "events == null");
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Tracks the payout an exception is about (its provider id and merchant order number).
   *
   * @throws IllegalArgumentException when the exception names no provider or merchant order number
   * @throws IllegalStateException when {@code max-tracked} payouts are tracked already
   */
  public void track(PaymentException unknownOutcome) {
    Objects.requireNonNull(unknownOutcome, "unknownOutcome == null");
    if (unknownOutcome.providerId() == null || unknownOutcome.merchantOrderNo() == null) {
      throw new IllegalArgumentException("the exception names no provider and merchant order number: "
          + unknownOutcome.getClass().getSimpleName());
    }
    track(unknownOutcome.providerId(), unknownOutcome.merchantOrderNo());
  }

  /**
   * Tracks a payout until its fate is known. Tracking one already tracked changes nothing.
   *
   * @throws IllegalArgumentException when there is no client for {@code providerId}
   * @throws IllegalStateException when {@code max-tracked} payouts are tracked already
   */
  public void track(String providerId, String merchantOrderNo) {
    Objects.requireNonNull(providerId, "providerId == null");
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo == null");
    if (clients.apply(providerId) == null) {
      throw new IllegalArgumentException("no PaySDK client for provider '" + providerId + "'");
    }
    synchronized (tracked) {
      String key = providerId + '\n' + merchantOrderNo;
      if (tracked.containsKey(key)) {
        return;
      }
      if (tracked.size() >= settings.getMaxTracked()) {
        throw new IllegalStateException(settings.getMaxTracked() + " payouts are tracked already "
            + "(paysdk.reconciler.max-tracked): reconcile " + merchantOrderNo + " another way");
      }
      tracked.put(key, new Tracked(providerId, merchantOrderNo, clock.instant()));
    }
  }

  /** How many payouts are tracked now. */
  public int trackedCount() {
    synchronized (tracked) {
      return tracked.size();
    }
  }

  /**
   * One run: queries up to {@code max-per-run} tracked payouts, oldest first, and publishes what
   * it learns. Called by the schedule; callable directly (in tests, or from the merchant's own
   * scheduler when the schedule is not started).
   */
  public void runOnce() {
    List<Tracked> batch = new ArrayList<>();
    synchronized (tracked) {
      Iterator<Tracked> it = tracked.values().iterator();
      while (it.hasNext() && batch.size() < settings.getMaxPerRun()) {
        batch.add(it.next());
      }
    }
    for (Tracked t : batch) {
      PayoutReconciledEvent event = reconcile(t);
      if (event == null) {
        continue;
      }
      if (event.result() == PayoutReconciledEvent.Result.GAVE_UP) {
        LOG.warn("{} payout {}: outcome still unknown after {}; given up, check it with the gateway",
            t.providerId, t.merchantOrderNo, settings.getGiveUpAfter());
      }
      try {
        events.publishEvent(event);
      } catch (RuntimeException e) {
        // Still tracked: published again on the next run.
        LOG.warn("{} payout {}: a listener of its reconciliation failed; published again on the next run",
            t.providerId, t.merchantOrderNo, e);
        continue;
      }
      synchronized (tracked) {
        tracked.remove(t.providerId + '\n' + t.merchantOrderNo);
      }
    }
  }

  private PayoutReconciledEvent reconcile(Tracked t) {
    Instant now = clock.instant();
    Duration age = Duration.between(t.since, now);
    PaymentClient client = clients.apply(t.providerId);
    try {
      return new PayoutReconciledEvent(t.providerId, t.merchantOrderNo, PayoutReconciledEvent.Result.FOUND,
          client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(t.merchantOrderNo)));
    } catch (OrderNotFoundException e) {
      if (age.compareTo(settings.getNotFoundGrace()) >= 0) {
        return new PayoutReconciledEvent(t.providerId, t.merchantOrderNo, PayoutReconciledEvent.Result.NOT_FOUND, null);
      }
    } catch (RuntimeException e) {
      LOG.debug("{} payout {}: reconciliation query failed, retried on the next run", t.providerId,
          t.merchantOrderNo, e);
    }
    if (age.compareTo(settings.getGiveUpAfter()) >= 0) {
      return new PayoutReconciledEvent(t.providerId, t.merchantOrderNo, PayoutReconciledEvent.Result.GAVE_UP, null);
    }
    return null;
  }

  @Override
  public synchronized void start() {
    if (scheduler == null) {
      scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "paysdk-reconciler");
        t.setDaemon(true);
        return t;
      });
      long period = settings.getInterval().toMillis();
      scheduler.scheduleWithFixedDelay(this::runSafely, period, period, TimeUnit.MILLISECONDS);
    }
  }

  private void runSafely() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      LOG.warn("PaySDK reconciler run failed; next run in {}", settings.getInterval(), e);
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }

  private record Tracked(String providerId, String merchantOrderNo, Instant since) {}
}
