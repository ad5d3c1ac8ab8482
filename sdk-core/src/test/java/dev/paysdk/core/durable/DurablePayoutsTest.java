package dev.paysdk.core.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.testsupport.FakeClock;
import dev.paysdk.core.testsupport.RecordingSleeper;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurablePayoutsTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final FakeGateway gateway = new FakeGateway();
  private final InMemoryPayoutJournal journal = new InMemoryPayoutJournal();
  private final Reconciler reconciler = Reconciler.builder().maxWait(Duration.ofSeconds(4))
      .pollInterval(Duration.ofSeconds(1)).notFoundGrace(Duration.ofSeconds(2)).clock(clock)
      .sleeper(new RecordingSleeper(clock)).build();
  private final DurablePayouts payouts = DurablePayouts.builder().payouts(FakeGateway.PROVIDER, gateway)
      .journal(journal).reconciler(reconciler).clock(clock).lease(Duration.ofMinutes(5)).build();

  static PayoutRequest request(String orderNo) {
    return PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of("10.00", "PEN")).build();
  }

  private JournalEntry entry(String orderNo) {
    return journal.find(new JournalKey(FakeGateway.PROVIDER, orderNo)).orElseThrow();
  }

  private static OutcomeUnknownException timeout(String orderNo) {
    return new OutcomeUnknownException(ErrorContext.of(FakeGateway.PROVIDER, "payout.create", orderNo),
        "no answer after the request was sent (timeout)", null);
  }

  @Test
  void create_recordsTheIntentBeforeSending_andTheAnswerAfter() {
    gateway.beforeCreate(r -> assertThat(entry(r.merchantOrderNo()).state()).isEqualTo(JournalState.IN_FLIGHT));
    Payout p = payouts.create(request("PO-1"));
    assertThat(p.status()).isEqualTo(PayoutStatus.ACCEPTED);
    JournalEntry e = entry("PO-1");
    assertThat(e.state()).isEqualTo(JournalState.OPEN);
    assertThat(e.providerOrderNo()).isEqualTo("G-PO-1");
    assertThat(e.leaseOwner()).isNull();
    assertThat(e.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
  }

  @Test
  void create_whenTheIntentCannotBeRecorded_throwsStoreUnavailable_andSendsNothing() {
    BreakableJournal down = new BreakableJournal();
    down.beginFails = true;
    DurablePayouts broken = DurablePayouts.builder().payouts(FakeGateway.PROVIDER, gateway).journal(down).build();
    assertThatThrownBy(() -> broken.create(request("PO-1")))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("nothing was sent")
        .hasMessageContaining("PO-1");
    assertThat(gateway.creates).isEmpty();
  }

  @Test
  void create_ofAnOrderTheJournalHoldsOpenOrFinal_answersTheRecordedStateWithoutSending() {
    payouts.create(request("PO-1"));
    gateway.settle("PO-1", PayoutStatus.SUCCEEDED);
    Payout again = payouts.create(request("PO-1"));
    assertThat(again.status()).isEqualTo(PayoutStatus.ACCEPTED); // as recorded, not queried
    assertThat(gateway.createsOf("PO-1")).isEqualTo(1);
    assertThat(gateway.retrieves).isEmpty();
  }

  @Test
  void create_afterAnUnknownOutcome_reconciles_andReturnsWhatTheGatewayHas_neverSendingAgain() {
    gateway.failNextCreate(true, timeout("PO-1"));
    assertThatThrownBy(() -> payouts.create(request("PO-1"))).isInstanceOf(OutcomeUnknownException.class);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.UNKNOWN);
    assertThat(entry("PO-1").detail()).contains("timeout");

    Payout p = payouts.create(request("PO-1"));
    assertThat(p.providerOrderNo()).contains("G-PO-1");
    assertThat(gateway.createsOf("PO-1")).isEqualTo(1);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.OPEN);
  }

  @Test
  void create_afterAnUnknownOutcome_whenTheGatewayDoesNotHaveIt_sendsItOnceMore() {
    gateway.failNextCreate(false, timeout("PO-1"));
    assertThatThrownBy(() -> payouts.create(request("PO-1"))).isInstanceOf(OutcomeUnknownException.class);
    Payout p = payouts.create(request("PO-1"));
    assertThat(p.status()).isEqualTo(PayoutStatus.ACCEPTED);
    assertThat(gateway.createsOf("PO-1")).isEqualTo(2);
    assertThat(gateway.retrieves).hasSizeGreaterThanOrEqualTo(2); // "not found" believed only after the grace period
    assertThat(payouts.create(request("PO-1")).status()).isEqualTo(PayoutStatus.ACCEPTED);
    assertThat(gateway.createsOf("PO-1")).isEqualTo(2);
  }

  @Test
  void create_ofAnOrderLeftInFlightByADeadProcess_onlyReadsWhileItsLeaseRuns_thenReconcilesAndRecords() {
    journal.begin(new PayoutIntent(new JournalKey(FakeGateway.PROVIDER, "PO-1"), Money.of("10.00", "PEN"),
        clock.instant()), new JournalLease("dead", clock.instant().plus(Duration.ofMinutes(5))));
    journal.begin(new PayoutIntent(new JournalKey(FakeGateway.PROVIDER, "PO-2"), Money.of("10.00", "PEN"),
        clock.instant()), new JournalLease("dead", clock.instant().plus(Duration.ofMinutes(5))));
    gateway.settle("PO-1", PayoutStatus.PROCESSING); // the dead process's request reached the gateway
    assertThat(payouts.create(request("PO-1")).status()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.IN_FLIGHT);
    assertThatThrownBy(() -> payouts.create(request("PO-2")))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("another holder");
    assertThat(gateway.creates).isEmpty();

    clock.advance(Duration.ofMinutes(6));
    assertThat(payouts.create(request("PO-1")).status()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.OPEN);
    assertThat(payouts.create(request("PO-2")).status()).isEqualTo(PayoutStatus.ACCEPTED);
    assertThat(gateway.creates).containsExactly("PO-2");
  }

  @Test
  void create_whileAnotherHolderSendsIt_returnsThePayoutOnceTheGatewayHasIt_withoutSending() {
    journal.begin(new PayoutIntent(new JournalKey(FakeGateway.PROVIDER, "PO-1"), null, clock.instant()),
        new JournalLease("alive", clock.instant().plus(Duration.ofMinutes(5))));
    gateway.settle("PO-1", PayoutStatus.ACCEPTED);
    assertThat(payouts.create(request("PO-1")).status()).isEqualTo(PayoutStatus.ACCEPTED);
    assertThat(gateway.creates).isEmpty();
    assertThat(entry("PO-1").leaseOwner()).isEqualTo("alive");
  }

  @Test
  void create_rejectedBeforeSending_leavesNothingInTheJournal() {
    gateway.failNextCreate(false, new InvalidRequestException(ErrorContext.of(FakeGateway.PROVIDER, "payout.create"),
        List.of(new FieldError("amount", "is required"))));
    assertThatThrownBy(() -> payouts.create(request("PO-1"))).isInstanceOf(InvalidRequestException.class);
    assertThat(journal.find(new JournalKey(FakeGateway.PROVIDER, "PO-1"))).isEmpty();
  }

  @Test
  void create_refusedByTheGateway_isRecorded_andTheSameRefusalIsAnsweredAgainWithoutSending() {
    gateway.failNextCreate(false, new InsufficientBalanceException(
        ErrorContext.of(FakeGateway.PROVIDER, "payout.create", "PO-1"), "FAIL", "insufficient balance", 200));
    assertThatThrownBy(() -> payouts.create(request("PO-1"))).isInstanceOf(InsufficientBalanceException.class);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.REFUSED);
    assertThatThrownBy(() -> payouts.create(request("PO-1")))
        .isInstanceOf(InsufficientBalanceException.class)
        .hasMessageContaining("insufficient balance");
    assertThat(gateway.createsOf("PO-1")).isEqualTo(1);
  }

  @Test
  void create_whenTheGatewayAlreadyHasTheNumber_recordsItAsUnknownForReconciliation_andNeverResends() {
    gateway.failNextCreate(true, new DuplicateOrderException(
        ErrorContext.of(FakeGateway.PROVIDER, "payout.create", "PO-1"), "FAIL", "mchOrderNo duplicate", 200));
    assertThatThrownBy(() -> payouts.create(request("PO-1"))).isInstanceOf(DuplicateOrderException.class);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.UNKNOWN);
    assertThat(payouts.create(request("PO-1")).providerOrderNo()).contains("G-PO-1");
    assertThat(gateway.createsOf("PO-1")).isEqualTo(1);
  }

  @Test
  void create_thatProvablyNeverLeft_isRecordedNotCreated_andTheNextCreateSendsIt() {
    gateway.failNextCreate(false, new TransportException(
        ErrorContext.of(FakeGateway.PROVIDER, "payout.create", "PO-1"), "connection refused", null));
    assertThatThrownBy(() -> payouts.create(request("PO-1"))).isInstanceOf(TransportException.class);
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.NOT_CREATED);
    assertThat(payouts.create(request("PO-1")).status()).isEqualTo(PayoutStatus.ACCEPTED);
    assertThat(gateway.createsOf("PO-1")).isEqualTo(2);
    assertThat(gateway.retrieves).isEmpty();
  }

  @Test
  void create_whoseAnswerCannotBeRecorded_stillReturnsThePayout_andLeavesTheEntryInFlight() {
    BreakableJournal flaky = new BreakableJournal();
    flaky.recordFails = true;
    DurablePayouts p = DurablePayouts.builder().payouts(FakeGateway.PROVIDER, gateway).journal(flaky).clock(clock).build();
    assertThat(p.create(request("PO-1")).status()).isEqualTo(PayoutStatus.ACCEPTED);
    assertThat(flaky.find(new JournalKey(FakeGateway.PROVIDER, "PO-1")).orElseThrow().state())
        .isEqualTo(JournalState.IN_FLIGHT);
  }

  @Test
  void create_withAnotherAmountForAJournaledNumber_isRejectedWithoutSending() {
    payouts.create(request("PO-1"));
    PayoutRequest other = PayoutRequest.builder().merchantOrderNo("PO-1").amount(Money.of("99.00", "PEN")).build();
    assertThatThrownBy(() -> payouts.create(other))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("already journaled for 10.00 PEN");
    assertThat(gateway.createsOf("PO-1")).isEqualTo(1);
  }

  @Test
  void create_withoutAMerchantOrderNumber_isRejectedBeforeAnythingIsRecordedOrSent() {
    assertThatThrownBy(() -> payouts.create(PayoutRequest.builder().amount(Money.of("1.00", "PEN")).build()))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).hasErrorFor("merchantOrderNo")).isTrue());
    assertThat(gateway.creates).isEmpty();
    assertThat(journal.findByState(JournalState.IN_FLIGHT, 10)).isEmpty();
  }

  @Test
  void recordWebhook_settlesTheJournalEntry_andIgnoresOtherProvidersAndUnknownOrders() {
    payouts.create(request("PO-1"));
    assertThat(payouts.recordWebhook(event(FakeGateway.PROVIDER, "PO-1", PayoutStatus.SUCCEEDED))).isTrue();
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.SUCCEEDED);
    assertThat(payouts.recordWebhook(event(FakeGateway.PROVIDER, "PO-1", PayoutStatus.FAILED))).isFalse();
    assertThat(payouts.recordWebhook(event("other", "PO-1", PayoutStatus.FAILED))).isFalse();
    assertThat(payouts.recordWebhook(event(FakeGateway.PROVIDER, "PO-404", PayoutStatus.FAILED))).isFalse();
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.SUCCEEDED);
  }

  @Test
  void reconcile_recordsWhatItFinds() {
    gateway.failNextCreate(false, timeout("PO-1"));
    assertThatThrownBy(() -> payouts.create(request("PO-1"))).isInstanceOf(OutcomeUnknownException.class);
    assertThat(payouts.reconcile("PO-1").notFound()).isTrue();
    assertThat(entry("PO-1").state()).isEqualTo(JournalState.NOT_CREATED);
  }

  @Test
  void builder_withoutAJournal_saysHowToFixIt() {
    assertThatThrownBy(() -> DurablePayouts.builder().payouts("p", gateway).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("journal(");
    assertThatThrownBy(() -> DurablePayouts.builder().journal(journal).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("client(");
    assertThatThrownBy(() -> DurablePayouts.builder().journal(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("journal == null");
  }

  static WebhookEvent event(String provider, String orderNo, PayoutStatus status) {
    return WebhookEvent.builder().providerId(provider).type(WebhookEvent.Type.PAYOUT_STATUS).merchantOrderNo(orderNo)
        .payoutStatus(status).rawStatus(status.name()).deduplicationKey(provider + ":" + orderNo + ":" + status)
        .ack(WebhookAck.plainText("success")).build();
  }
}
