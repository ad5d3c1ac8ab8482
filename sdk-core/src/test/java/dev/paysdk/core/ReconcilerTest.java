package dev.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.testsupport.FakeClock;
import dev.paysdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
  private static final String ORDER = "PO-1";
  private final FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  /** Answers retrieve() from a script; the last step repeats. Records when it was asked. */
  private final class ScriptedPayouts implements Payouts {
    final Deque<Supplier<Payout>> script = new ArrayDeque<>();
    final List<Instant> askedAt = new ArrayList<>();
    final List<PayoutLookup> lookups = new ArrayList<>();

    ScriptedPayouts then(Supplier<Payout> step) {
      script.add(step);
      return this;
    }

    @Override
    public Payout create(PayoutRequest request) {
      throw new AssertionError("reconciliation must never create");
    }

    @Override
    public Payout retrieve(PayoutLookup lookup) {
      askedAt.add(clock.instant());
      lookups.add(lookup);
      Supplier<Payout> step = script.size() > 1 ? script.poll() : script.peek();
      return step.get();
    }
  }

  private static Payout payout(PayoutStatus status) {
    return Payout.builder().providerId("fake").merchantOrderNo(ORDER).status(status).rawStatus("2").build();
  }

  private static Supplier<Payout> notFound() {
    return () -> {
      throw new OrderNotFoundException(ErrorContext.of("fake", "payout.retrieve", ORDER), "404", "no such order", 200);
    };
  }

  private static Supplier<Payout> transportFailure() {
    return () -> {
      throw new TransportException(ErrorContext.of("fake", "payout.retrieve", ORDER), "connection reset", null);
    };
  }

  private Reconciler reconciler() {
    return Reconciler.builder().maxWait(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
        .notFoundGrace(Duration.ofSeconds(10)).clock(clock).sleeper(sleeper).build();
  }

  @Test
  void reconcile_whenTheGatewayHasTheOrder_returnsItAtOnce() {
    ScriptedPayouts payouts = new ScriptedPayouts().then(() -> payout(PayoutStatus.SUCCEEDED));

    Reconciliation r = reconciler().reconcile(payouts, ORDER);

    assertThat(r.found()).isTrue();
    assertThat(r.notFound()).isFalse();
    assertThat(r.merchantOrderNo()).isEqualTo(ORDER);
    assertThat(r.payoutIfFound()).get().extracting(Payout::status).isEqualTo(PayoutStatus.SUCCEEDED);
    assertThat(payouts.lookups).containsExactly(PayoutLookup.byMerchantOrderNo(ORDER));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void reconcile_whenTheOrderAppearsAfterBeingNotFound_returnsIt() {
    ScriptedPayouts payouts = new ScriptedPayouts().then(notFound()).then(notFound())
        .then(() -> payout(PayoutStatus.PROCESSING));

    Reconciliation r = reconciler().reconcile(payouts, ORDER);

    assertThat(r.payoutIfFound()).get().extracting(Payout::status).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(payouts.askedAt).hasSize(3);
  }

  @Test
  void reconcile_believesNotFoundOnlyAfterTheGracePeriod() {
    ScriptedPayouts payouts = new ScriptedPayouts().then(notFound());

    Reconciliation r = reconciler().reconcile(payouts, ORDER);

    assertThat(r.notFound()).isTrue();
    assertThat(r.payoutIfFound()).isEmpty();
    Instant start = payouts.askedAt.get(0);
    assertThat(Duration.between(start, payouts.askedAt.get(payouts.askedAt.size() - 1)))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(10));
    // asked at 0, 2, 4, 6, 8 and 10 seconds
    assertThat(payouts.askedAt).hasSize(6);
    assertThat(sleeper.sleeps()).hasSize(5).allMatch(d -> d.equals(Duration.ofSeconds(2)));
  }

  @Test
  void reconcile_withZeroGrace_believesTheFirstNotFound() {
    ScriptedPayouts payouts = new ScriptedPayouts().then(notFound());
    Reconciler r = Reconciler.builder().notFoundGrace(Duration.ZERO).clock(clock).sleeper(sleeper).build();

    assertThat(r.reconcile(payouts, ORDER).notFound()).isTrue();
    assertThat(payouts.askedAt).hasSize(1);
  }

  @Test
  void reconcile_retriesTransportFailures_untilItGetsAnAnswer() {
    ScriptedPayouts payouts = new ScriptedPayouts().then(transportFailure()).then(transportFailure())
        .then(() -> payout(PayoutStatus.FAILED));

    Reconciliation r = reconciler().reconcile(payouts, ORDER);

    assertThat(r.found()).isTrue();
    assertThat(payouts.askedAt).hasSize(3);
  }

  @Test
  void reconcile_whenQueriesKeepFailing_givesUpAtMaxWait_withTheOutcomeStillUnknown() {
    ScriptedPayouts payouts = new ScriptedPayouts().then(transportFailure());

    assertThatThrownBy(() -> reconciler().reconcile(payouts, ORDER))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("fake").hasMessageContaining("payout.reconcile").hasMessageContaining(ORDER)
        .hasMessageContaining("still unknown")
        .hasCauseInstanceOf(TransportException.class);
    Duration spent = Duration.between(payouts.askedAt.get(0), clock.instant());
    assertThat(spent).isLessThanOrEqualTo(Duration.ofSeconds(60));
    assertThat(payouts.askedAt.size()).isBetween(29, 31);
  }

  @Test
  void reconcile_atTheDeadline_doesNotBelieveAShorterRunOfNotFoundThanTheGrace() {
    // queries fail until t=56 s; the order is "not found" at t=58 s, 2 s before the 60 s deadline
    ScriptedPayouts payouts = new ScriptedPayouts();
    for (int i = 0; i < 29; i++) {
      payouts.then(transportFailure());
    }
    payouts.then(notFound());

    assertThatThrownBy(() -> reconciler().reconcile(payouts, ORDER))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("still unknown").hasMessageContaining("less than the 10s grace period")
        .hasCauseInstanceOf(OrderNotFoundException.class);
    assertThat(payouts.askedAt).hasSize(30);
  }

  @Test
  void builder_rejectsAMaxWaitShorterThanTheGrace() {
    assertThatThrownBy(() -> Reconciler.builder().maxWait(Duration.ofSeconds(3)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("notFoundGrace");
    assertThat(Reconciler.builder().maxWait(Duration.ofSeconds(10)).build()).isNotNull();
  }

  @Test
  void reconcile_passesOtherProviderRefusalsThrough() {
    ScriptedPayouts payouts = new ScriptedPayouts().then(() -> {
      throw new ProviderException(ErrorContext.of("fake", "payout.retrieve", ORDER), "AUTH", "bad key", 401);
    });

    assertThatThrownBy(() -> reconciler().reconcile(payouts, ORDER)).isExactlyInstanceOf(ProviderException.class);
    assertThat(payouts.askedAt).hasSize(1);
  }

  @Test
  void builder_rejectsNonPositiveDurations() {
    assertThatThrownBy(() -> Reconciler.builder().maxWait(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reconciler.builder().pollInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reconciler.builder().notFoundGrace(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
