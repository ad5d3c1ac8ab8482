package dev.paysdk.core.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.testsupport.FakeClock;
import dev.paysdk.core.testsupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayoutRecoveryWorkerTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final FakeGateway gateway = new FakeGateway();
  private final InMemoryPayoutJournal journal = new InMemoryPayoutJournal();
  private final Reconciler reconciler = Reconciler.builder().maxWait(Duration.ofSeconds(4))
      .pollInterval(Duration.ofSeconds(1)).notFoundGrace(Duration.ofSeconds(2)).clock(clock)
      .sleeper(new RecordingSleeper(clock)).build();

  private PayoutRecoveryWorker.Builder worker() {
    return PayoutRecoveryWorker.builder().journal(journal).payouts(FakeGateway.PROVIDER, gateway)
        .reconciler(reconciler).clock(clock).lease(Duration.ofMinutes(5))
        .retryBackoff(Duration.ofSeconds(10), Duration.ofSeconds(80));
  }

  private void leftInFlight(String orderNo, String provider) {
    journal.begin(new PayoutIntent(new JournalKey(provider, orderNo), Money.of("10.00", "PEN"), clock.instant()),
        new JournalLease("dead", clock.instant().plus(Duration.ofMinutes(5))));
  }

  private JournalEntry entry(String orderNo) {
    return journal.find(new JournalKey(FakeGateway.PROVIDER, orderNo)).orElseThrow();
  }

  @Test
  void runOnce_leavesAnEntryAloneWhileItsSendersLeaseRuns_thenReconcilesAndRecordsTheGatewaysState() {
    leftInFlight("PO-1", FakeGateway.PROVIDER);
    gateway.settle("PO-1", PayoutStatus.SUCCEEDED);
    PayoutRecoveryWorker w = worker().build();
    assertThat(w.runOnce().handled()).isZero();
    clock.advance(Duration.ofMinutes(6));
    PayoutRecoveryWorker.Pass pass = w.runOnce();
    assertThat(pass.handled()).isEqualTo(1);
    assertThat(pass.settled()).isEqualTo(1);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.SUCCEEDED);
    assertThat(entry("PO-1").leaseOwner()).isNull();
    assertThat(gateway.creates).isEmpty();
  }

  @Test
  void runOnce_whenTheGatewayDoesNotHaveTheOrder_recordsNotCreated_andNeverSends() {
    leftInFlight("PO-1", FakeGateway.PROVIDER);
    clock.advance(Duration.ofMinutes(6));
    assertThat(worker().build().runOnce().notCreated()).isEqualTo(1);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.NOT_CREATED);
    assertThat(gateway.creates).isEmpty();
  }

  @Test
  void runOnce_followsAnOpenPayoutUntilItIsFinal() {
    leftInFlight("PO-1", FakeGateway.PROVIDER);
    gateway.settle("PO-1", PayoutStatus.PROCESSING);
    clock.advance(Duration.ofMinutes(6));
    PayoutRecoveryWorker w = worker().build();
    assertThat(w.runOnce().open()).isEqualTo(1);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.OPEN);
    assertThat(w.runOnce().handled()).isZero(); // not due before its backoff
    gateway.settle("PO-1", PayoutStatus.FAILED);
    clock.advance(Duration.ofSeconds(11));
    assertThat(w.runOnce().settled()).isEqualTo(1);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.FAILED);
  }

  @Test
  void runOnce_whileTheGatewayCannotBeAsked_retriesWithADoublingDelay_thenNeedsAPersonAfterMaxAttempts() {
    leftInFlight("PO-1", FakeGateway.PROVIDER);
    gateway.failRetrieves(new TransportException(ErrorContext.of(FakeGateway.PROVIDER, "payout.query"), "down", null));
    clock.advance(Duration.ofMinutes(6));
    PayoutRecoveryWorker w = worker().maxAttempts(4).build();
    Instant last = clock.instant();
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(w.runOnce().retryLater()).isEqualTo(1);
      JournalEntry e = entry("PO-1");
      assertThat(e.state()).isEqualTo(JournalState.UNKNOWN);
      assertThat(e.attempts()).isEqualTo(attempt);
      assertThat(Duration.between(clock.instant(), e.nextAttemptAt()))
          .isEqualTo(Duration.ofSeconds(10L << (attempt - 1)));
      clock.advance(Duration.between(clock.instant(), e.nextAttemptAt()));
      last = clock.instant();
    }
    assertThat(w.runOnce().needsAttention()).isEqualTo(1);
    JournalEntry e = entry("PO-1");
    assertThat(e.state()).isEqualTo(JournalState.NEEDS_ATTENTION);
    assertThat(e.detail()).contains("needs a person").contains("outcome unknown").contains("4 attempts");
    assertThat(journal.findByState(JournalState.NEEDS_ATTENTION, 10)).hasSize(1);
    clock.advance(Duration.ofHours(1));
    assertThat(w.runOnce().handled()).isZero();
    assertThat(last).isBefore(clock.instant());
  }

  @Test
  void runOnce_givesUpOnAnEntryOlderThanGiveUpAfter_evenBeforeMaxAttempts() {
    leftInFlight("PO-1", FakeGateway.PROVIDER);
    gateway.settle("PO-1", PayoutStatus.PROCESSING);
    clock.advance(Duration.ofHours(7));
    PayoutRecoveryWorker w = worker().giveUpAfter(Duration.ofHours(6)).build();
    assertThat(w.runOnce().needsAttention()).isEqualTo(1);
    JournalEntry e = entry("PO-1");
    assertThat(e.state()).isEqualTo(JournalState.NEEDS_ATTENTION);
    assertThat(e.payoutStatus()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(e.detail()).contains("still PROCESSING");
  }

  @Test
  void runOnce_leavesEntriesOfProvidersItWasNotGiven() {
    leftInFlight("PO-1", "another-gateway");
    clock.advance(Duration.ofMinutes(6));
    assertThat(worker().build().runOnce().handled()).isZero();
    assertThat(gateway.retrieves).isEmpty();
  }

  @Test
  void runOnce_whenTheJournalIsDown_throwsStoreUnavailable() {
    BreakableJournal down = new BreakableJournal();
    down.everythingFails = true;
    PayoutRecoveryWorker w = PayoutRecoveryWorker.builder().journal(down).payouts(FakeGateway.PROVIDER, gateway).build();
    assertThatThrownBy(w::runOnce).isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void start_runsPassesInTheBackground_untilClosed() throws Exception {
    leftInFlight("PO-1", FakeGateway.PROVIDER);
    gateway.settle("PO-1", PayoutStatus.SUCCEEDED);
    clock.advance(Duration.ofMinutes(6));
    try (PayoutRecoveryWorker w = worker().interval(Duration.ofMillis(20)).build().start()) {
      long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (entry("PO-1").state() != JournalState.SUCCEEDED && System.nanoTime() < end) {
        Thread.sleep(10);
      }
      assertThatThrownBy(w::start).isInstanceOf(IllegalStateException.class);
    }
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.SUCCEEDED);
  }

  @Test
  void builder_withoutAProvider_saysHowToFixIt() {
    assertThatThrownBy(() -> PayoutRecoveryWorker.builder().journal(journal).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("client(");
  }
}
