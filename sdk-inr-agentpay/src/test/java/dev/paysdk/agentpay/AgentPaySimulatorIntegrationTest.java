package dev.paysdk.agentpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.SimulatorExtension;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookDelivery;
import dev.paysdk.testkit.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client against the test kit's AgentPay simulator: every request really goes over loopback HTTP to a
 * gateway that checks signatures and fields, keeps a ledger and posts signed callbacks to a local endpoint.
 */
class AgentPaySimulatorIntegrationTest {
  private static final Duration WAIT = Duration.ofSeconds(3);
  /** Short state changes; a documented minute of callback retries becomes 1 ms. */
  private static final SimulatorOptions FAST = SimulatorOptions.builder()
      .processingDelay(Duration.ofMillis(10))
      .completionDelay(Duration.ofMillis(30))
      .webhookTimeCompression(60_000)
      .webhookTimeout(Duration.ofSeconds(2))
      .build();
  private static final long FEE_PAISE = AgentPaySimulator.DEFAULT_FEE_PAISE;

  /** Shared by the tests that need no ledger of their own. */
  @RegisterExtension
  static final SimulatorExtension<AgentPaySimulator> SHARED = SimulatorExtension.of(() -> AgentPaySimulator.start(FAST));

  private static final AtomicLong ORDER_SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

  // ---- 1. the main flow ---------------------------------------------------------------------------------------------

  @Test
  void bankAndUpiPayouts_areApplied_calledBackSigned_succeed_andDebitAmountPlusFee() {
    try (AgentPaySimulator sim = AgentPaySimulator.start(FAST)) {
      AgentPayClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        AgentPayBalance before = client.balances().query();
        assertThat(before.available()).isEqualTo(Money.ofMinor(AgentPaySimulator.DEFAULT_AVAILABLE_PAISE, "INR"));
        assertThat(before.busNo()).isEqualTo(sim.busNo());

        String bankNo = newOrderNo();
        Payout bank = client.payouts().create(bankPayout(bankNo, "1000", endpoint.url()));
        String upiNo = newOrderNo();
        Payout upi = client.payouts().create(PayoutRequest.builder()
            .merchantOrderNo(upiNo)
            .amount(Money.of("250", "INR"))
            .payee(Payee.builder().name("Priya Sharma").build())
            .destination(Destination.upi("priya.sharma@okaxis"))
            .notifyUrl(endpoint.url())
            .build());

        assertThat(bank.status().isFinal()).isFalse();
        assertThat(bank.fee()).contains(Money.ofMinor(FEE_PAISE, "INR"));
        assertThat(upi.status().isFinal()).isFalse();
        // What the gateway received: IFSC or VPA in the document's "extra" JSON, bank code BANK.
        assertThat(sim.order(bankNo).orElseThrow().parameters())
            .containsEntry("amount", "100000")
            .containsEntry("accountNo", "001234567890")
            .containsEntry("accountBankCode", "BANK")
            .containsEntry("extra", "{\"value\":\"HDFC0001234\"}")
            .containsEntry("accountName", "Rahul Verma")
            .containsEntry("phoneNumber", "9876543210");
        assertThat(sim.order(upiNo).orElseThrow().parameters())
            .containsEntry("amount", "25000")
            .containsEntry("accountNo", "priya.sharma@okaxis")
            .containsEntry("extra", "{\"value\":\"priya.sharma@okaxis\"}");

        WebhookEvent bankEvent = endpoint.awaitEvent(e -> e.merchantOrderNo().equals(bankNo), WAIT);
        WebhookEvent upiEvent = endpoint.awaitEvent(e -> e.merchantOrderNo().equals(upiNo), WAIT);
        String bankId = bank.providerOrderNo().orElseThrow();
        assertThat(bankEvent.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
        assertThat(bankEvent.providerOrderNo()).contains(bankId);
        assertThat(bankEvent.amount()).contains(Money.of("1000", "INR"));
        assertThat(bankEvent.deduplicationKey()).isEqualTo("inr-agentpay:" + bankId + ":2");
        assertThat(bankEvent.providerEvent(AgentPayCallback.class).channelPayNo()).matches("[0-9]{12}");
        assertThat(upiEvent.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
        WebhookDelivery delivered = sim.awaitWebhook(d -> d.orderNo().equals(bankId) && d.acknowledged(), WAIT);
        assertThat(delivered.attempt()).isEqualTo(1);
        assertThat(delivered.responseBody()).isEqualTo(AgentPaySimulator.CALLBACK_ACK);
        sim.awaitWebhook(d -> d.orderNo().equals(upi.providerOrderNo().orElseThrow()) && d.acknowledged(), WAIT);

        Payout bankNow = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(bankNo));
        assertThat(bankNow.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(bankNow.fee()).contains(Money.ofMinor(FEE_PAISE, "INR"));
        assertThat(bankNow.amount()).contains(Money.of("1000", "INR"));
        assertThat(bankNow.providerOrderNo()).contains(bankId);
        Payout upiNow = client.payouts().retrieve(PayoutLookup.byProviderOrderNo(upi.providerOrderNo().orElseThrow()));
        assertThat(upiNow.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(upiNow.merchantOrderNo()).isEqualTo(upiNo);
        assertThat(upiNow.fee()).contains(Money.ofMinor(FEE_PAISE, "INR"));

        AgentPayBalance after = client.balances().query();
        long debit = (100_000 + FEE_PAISE) + (25_000 + FEE_PAISE);
        assertThat(after.available()).isEqualTo(minus(before.available(), debit));
        assertThat(after.total()).isEqualTo(minus(before.total(), debit));
        assertThat(after.frozen()).isEqualTo(before.frozen());
        assertThat(after.available()).isEqualTo(Money.reportedMinor(sim.balance().availableAmount(), "INR"));
        assertThat(endpoint.rejections()).isEmpty();
      }
    }
  }

  @Test
  void gatewayRefusals_areTyped_reusedOrderNumberAsDuplicate_shortBalanceAsInsufficient() {
    try (AgentPaySimulator sim = AgentPaySimulator.builder().options(FAST).availableBalance(150_000).start()) {
      AgentPayClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();
        client.payouts().create(bankPayout(no, "1000", endpoint.url()));

        assertThatThrownBy(() -> client.payouts().create(bankPayout(no, "1000", endpoint.url())))
            .isInstanceOfSatisfying(DuplicateOrderException.class,
                e -> assertThat(e.providerMessage()).isEqualTo("mchOrderNo duplicate"));
        assertThatThrownBy(() -> client.payouts().create(bankPayout(newOrderNo(), "1000", endpoint.url())))
            .isInstanceOfSatisfying(InsufficientBalanceException.class,
                e -> assertThat(e.providerMessage()).isEqualTo("insufficient balance"));
        assertThat(sim.payoutCount()).isEqualTo(1);
      }
    }
  }

  // ---- 2. a failed payout -------------------------------------------------------------------------------------------

  @Test
  void failedPayout_isReportedFailedWithItsReason_byCallbackAndRetrieve_andTheMoneyComesBack() {
    try (AgentPaySimulator sim = AgentPaySimulator.start(FAST)) {
      AgentPayClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String reason = "Beneficiary account closed & rejected";
        sim.nextPayoutOutcome(AgentPaySimulator.Outcome.FAILED, reason);
        String no = newOrderNo();

        client.payouts().create(bankPayout(no, "500", endpoint.url()));

        WebhookEvent event = endpoint.awaitEvent(e -> e.merchantOrderNo().equals(no), WAIT);
        assertThat(event.payoutStatus()).contains(PayoutStatus.FAILED);
        assertThat(event.rawStatus()).isEqualTo("3");
        assertThat(event.providerEvent(AgentPayCallback.class).errorMessage()).isEqualTo(reason);
        assertThat(event.providerEvent(AgentPayCallback.class).channelPayNo()).isNull();
        sim.awaitWebhook(d -> d.acknowledged(), WAIT);

        Payout now = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(no));
        assertThat(now.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(now.failureReason()).contains(reason);
        assertThat(client.balances().query().available())
            .isEqualTo(Money.ofMinor(AgentPaySimulator.DEFAULT_AVAILABLE_PAISE, "INR"));
      }
    }
  }

  // ---- 3. money safety: a lost answer -------------------------------------------------------------------------------

  @Test
  void resetAfterStore_isOutcomeUnknown_andReconcileFindsTheOneStoredPayout() {
    try (AgentPaySimulator sim = AgentPaySimulator.start(FAST)) {
      AgentPayClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();
        sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.resetAfterStore());

        assertThatThrownBy(() -> client.payouts().create(bankPayout(no, "100", endpoint.url())))
            .isInstanceOf(OutcomeUnknownException.class)
            .satisfies(e -> assertThat(((OutcomeUnknownException) e).merchantOrderNo()).isEqualTo(no));
        Reconciliation r = client.payouts().reconcile(no);

        assertThat(r.found()).isTrue();
        assertThat(r.payout().providerOrderNo()).contains(sim.order(no).orElseThrow().agentpayOrderId());
        assertThat(sim.payoutCount()).isEqualTo(1);
        assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY)).hasSize(1);
      }
    }
  }

  @Test
  void resetBeforeStore_isOutcomeUnknown_reconcileSaysNotFound_andOnlyThenTheResendCreatesTheOnePayout() {
    try (AgentPaySimulator sim = AgentPaySimulator.start(FAST)) {
      AgentPayClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();
        PayoutRequest request = bankPayout(no, "100", endpoint.url());
        sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.resetBeforeStore());

        assertThatThrownBy(() -> client.payouts().create(request)).isInstanceOf(OutcomeUnknownException.class);
        assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY)).hasSize(1);

        Reconciliation r = client.payouts().reconcile(no);
        assertThat(r.notFound()).isTrue();
        assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_QUERY)).hasSizeGreaterThan(1);
        assertThat(sim.payoutCount()).isZero();

        Payout resent = client.payouts().create(request);

        assertThat(resent.providerOrderNo()).isPresent();
        assertThat(sim.payoutCount()).isEqualTo(1);
        assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY)).hasSize(2);
        assertThat(endpoint.awaitEvent(e -> e.merchantOrderNo().equals(no), WAIT).payoutStatus())
            .contains(PayoutStatus.SUCCEEDED);
      }
    }
  }

  @Test
  void applyAnswerWithAWrongSignature_isOutcomeUnknown_andReconcileFindsTheOneStoredPayout() {
    try (AgentPaySimulator sim = AgentPaySimulator.start(FAST)) {
      AgentPayClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();
        sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.wrongSignature());

        assertThatThrownBy(() -> client.payouts().create(bankPayout(no, "100", endpoint.url())))
            .isInstanceOf(OutcomeUnknownException.class)
            .hasCauseInstanceOf(SignatureVerificationException.class)
            .hasMessageContaining("reconcile by merchant order number " + no);
        Reconciliation r = client.payouts().reconcile(no);

        assertThat(r.found()).isTrue();
        assertThat(r.payout().providerOrderNo()).contains(sim.order(no).orElseThrow().agentpayOrderId());
        assertThat(sim.payoutCount()).isEqualTo(1);
        assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY)).hasSize(1);
      }
    }
  }

  // ---- 4. HTTP 503 ----------------------------------------------------------------------------------------------------

  @Test
  void http503OnTheQuery_isRetried_andTheRetrySucceeds() {
    try (AgentPaySimulator sim = AgentPaySimulator.start(FAST)) {
      List<Duration> sleeps = new CopyOnWriteArrayList<>();
      AgentPayClient client = client(sim).sleeper(sleeps::add).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();
        client.payouts().create(bankPayout(no, "100", endpoint.url()));
        sim.faults().once(AgentPaySimulator.PAYOUT_QUERY, Fault.httpStatus(503));

        Payout found = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(no));

        assertThat(found.merchantOrderNo()).isEqualTo(no);
        assertThat(found.providerOrderNo()).contains(sim.order(no).orElseThrow().agentpayOrderId());
        assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_QUERY)).hasSize(2);
        assertThat(sleeps).hasSize(1);
      }
    }
  }

  @Test
  void http503OnTheApply_isOutcomeUnknown_withNothingStoredAndNothingResent() {
    try (AgentPaySimulator sim = AgentPaySimulator.start(FAST)) {
      AgentPayClient client = client(sim).build();
      String no = newOrderNo();
      sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.httpStatus(503));

      assertThatThrownBy(() -> client.payouts().create(bankPayout(no, "100", "http://127.0.0.1:9/unused")))
          .isInstanceOf(OutcomeUnknownException.class);

      assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY)).hasSize(1);
      assertThat(sim.payoutCount()).isZero();
      assertThat(client.payouts().reconcile(no).notFound()).isTrue();
    }
  }

  // ---- 5. callbacks: forged and repeated ------------------------------------------------------------------------------

  @Test
  void callbackWithAWrongSignature_isRejected_notAcknowledged_andRetriedByTheGateway() {
    try (AgentPaySimulator sim = AgentPaySimulator.start(FAST)) {
      AgentPayClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        sim.faults().once(Faults.WEBHOOK, Fault.wrongSignature());
        Payout p = client.payouts().create(bankPayout(newOrderNo(), "100", endpoint.url()));
        String id = p.providerOrderNo().orElseThrow();
        int attempts = 1 + AgentPaySimulator.CALLBACK_RETRY_SCHEDULE.size();

        sim.awaitWebhook(d -> d.orderNo().equals(id) && d.attempt() == attempts, WAIT);

        List<WebhookDelivery> deliveries = sim.webhookDeliveries();
        assertThat(deliveries).hasSize(attempts).noneMatch(WebhookDelivery::acknowledged);
        assertThat(deliveries).allSatisfy(d -> assertThat(d.responseStatus()).isEqualTo(400));
        assertThat(endpoint.rejections()).hasSize(attempts)
            .allSatisfy(e -> assertThat(e).isInstanceOf(SignatureVerificationException.class));
        assertThat(endpoint.events()).isEmpty();
      }
    }
  }

  @Test
  void duplicateCallback_isVerifiedTwice_withTheSameDeduplicationKey() {
    try (AgentPaySimulator sim = AgentPaySimulator.start(FAST)) {
      AgentPayClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());
        String no = newOrderNo();
        client.payouts().create(bankPayout(no, "100", endpoint.url()));

        sim.awaitWebhook(d -> d.attempt() == 2 && d.acknowledged(), WAIT);

        List<WebhookEvent> events = endpoint.events();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).merchantOrderNo()).isEqualTo(no);
        assertThat(events.get(1).deduplicationKey()).isEqualTo(events.get(0).deduplicationKey());
        assertThat(sim.webhookDeliveries()).hasSize(2).allMatch(WebhookDelivery::acknowledged);
      }
    }
  }

  // ---- 6. validation before sending -----------------------------------------------------------------------------------

  @Test
  void invalidPayouts_areRejectedByTheClient_andNothingReachesTheGateway() {
    AgentPaySimulator sim = SHARED.get();
    AgentPayClient client = client(sim).build();
    PayoutRequest bad = PayoutRequest.builder()
        .merchantOrderNo(newOrderNo())
        .amount(Money.of("100.50", "INR"))
        .payee(Payee.builder().name("R").phone("12345").email("x@y").build())
        .destination(Destination.bankAccount("001234567890").ifsc("HDFC1234").build())
        .notifyUrl("ftp://merchant.example/notify")
        .build();
    PayoutRequest badUpi = PayoutRequest.builder()
        .merchantOrderNo(newOrderNo())
        .amount(Money.of("100", "USD"))
        .destination(Destination.upi("not-a-vpa"))
        .notifyUrl("https://merchant.example/notify")
        .build();

    assertThatThrownBy(() -> client.payouts().create(bad))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
            .extracting(f -> f.field())
            .contains("amount", "payee.name", "payee.phone", "payee.email", "destination.ifsc", "notifyUrl"));
    assertThatThrownBy(() -> client.payouts().create(badUpi))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
            .extracting(f -> f.field()).contains("amount", "destination.vpa"));
    assertThatThrownBy(() -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("X".repeat(31))))
        .isInstanceOf(InvalidRequestException.class);

    assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY)).isEmpty();
    assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_QUERY)).isEmpty();
  }

  @Test
  void notifyUrlWithAQueryString_isRejectedByTheClient_becauseTheGatewaysCallbacksToItCouldNeverVerify() {
    AgentPaySimulator sim = SHARED.get();
    AgentPayClient client = client(sim).build();
    int before = sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY).size();

    assertThatThrownBy(() -> client.payouts().create(bankPayout(newOrderNo(), "100", "https://m.example/hook?tenant=7")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
            .extracting(f -> f.field()).containsExactly("notifyUrl"));

    assertThat(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY)).hasSize(before);
  }

  // ---- 8. the signed balance answer -----------------------------------------------------------------------------------

  @Test
  void balanceAnswer_isSignedByTheGateway_verified_andAWrongSignatureIsRefusedWithoutRetry() {
    AgentPaySimulator sim = SHARED.get();
    AgentPayClient client = client(sim).build();

    AgentPayBalance ok = client.balances().query();
    assertThat(ok.retCode()).isEqualTo("SUCCESS");
    assertThat(ok.busNo()).isEqualTo(sim.busNo());
    assertThat(ok.available()).isEqualTo(Money.reportedMinor(sim.balance().availableAmount(), "INR"));
    assertThat(ok.total()).isEqualTo(Money.reportedMinor(sim.balance().amount(), "INR"));
    assertThat(ok.frozen()).isEqualTo(Money.reportedMinor(sim.balance().frozenAmount(), "INR"));
    assertThat(ok.pending()).isEqualTo(Money.zero("INR"));
    assertThat(ok.unsettled()).isEqualTo(Money.zero("INR"));

    int before = sim.receivedRequests(AgentPaySimulator.BALANCE_QUERY).size();
    sim.faults().once(AgentPaySimulator.BALANCE_QUERY, Fault.wrongSignature());
    assertThatThrownBy(() -> client.balances().list()).isInstanceOf(SignatureVerificationException.class);
    assertThat(sim.receivedRequests(AgentPaySimulator.BALANCE_QUERY)).hasSize(before + 1);

    assertThat(client.balances().list()).singleElement()
        .satisfies(b -> assertThat(b.available()).isEqualTo(ok.available()));
  }

  // ---- helpers ------------------------------------------------------------------------------------------------------

  private static AgentPayClient.Builder client(AgentPaySimulator sim) {
    return AgentPayClient.builder()
        .baseUrl(sim.baseUrl())
        .merchantId(sim.merchantId())
        .secretKey(sim.secretKey())
        .readTimeout(Duration.ofSeconds(2))
        .sleeper(d -> { })
        // "not found" is believed after 100 ms of asking (the default waits 10 s)
        .reconciler(Reconciler.builder().notFoundGrace(Duration.ofMillis(100)).pollInterval(Duration.ofMillis(20))
            .maxWait(Duration.ofSeconds(2)).build());
  }

  private static PayoutRequest bankPayout(String merchantOrderNo, String rupees, String notifyUrl) {
    return PayoutRequest.builder()
        .merchantOrderNo(merchantOrderNo)
        .amount(Money.of(rupees, "INR"))
        .payee(Payee.builder().name("Rahul Verma").phone("9876543210").email("rahul@example.in").build())
        .destination(Destination.bankAccount("001234567890").ifsc("HDFC0001234").build())
        .notifyUrl(notifyUrl)
        .remark("integration")
        .build();
  }

  private static String newOrderNo() {
    return "IT" + ORDER_SEQUENCE.incrementAndGet();
  }

  private static Money minus(Money m, long paise) {
    return Money.reportedMinor(m.toMinorUnits() - paise, "INR");
  }
}
