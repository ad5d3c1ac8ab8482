package dev.paysdk.vexora;

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
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.ReceivedRequest;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.testkit.VexoraSimulator.BalanceValues;
import dev.paysdk.testkit.VexoraSimulator.Outcome;
import dev.paysdk.testkit.VexoraSimulator.QueryAmountShape;
import dev.paysdk.testkit.WebhookDelivery;
import dev.paysdk.testkit.WebhookReceiver;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client against the embedded Vexora simulator mounted under a region path: disbursements,
 * their webhooks, balance, money safety and validation, over real HTTP on loopback.
 */
class VexoraSimulatorIntegrationTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String REGION = "/indonesia";

  static SimulatorOptions fast() {
    return SimulatorOptions.builder().processingDelay(Duration.ofMillis(20)).completionDelay(Duration.ofMillis(30))
        .build();
  }

  static SimulatorOptions manual() {
    return SimulatorOptions.builder().autoAdvance(false).build();
  }

  static VexoraClient.Builder clientOf(VexoraSimulator sim) {
    return VexoraClient.builder()
        .baseUrl(sim.baseUrl())
        .merchantNo(sim.merchantNo())
        .appSecret(sim.appSecret())
        .readTimeout(Duration.ofSeconds(5))
        .sleeper(d -> { });
  }

  static PayoutRequest payout(String merchantOrderNo, String amount, String notifyUrl) {
    return PayoutRequest.builder()
        .merchantOrderNo(merchantOrderNo)
        .amount(Money.of(amount, "IDR"))
        .payee(Payee.builder().firstName("Rizky").lastName("Pratama").email("rizky.pratama@example.com")
            .phone("081234567890").build())
        .destination(Destination.bankAccount("880123456789012345").build())
        .notifyUrl(notifyUrl)
        .remark("it-" + merchantOrderNo)
        .build();
  }

  @Test
  void disbursement_underTheRegionPrefix_fromBalanceToSignedWebhookToRetrieve() {
    try (VexoraSimulator sim = VexoraSimulator.start(fast(), REGION)) {
      assertThat(sim.baseUrl()).endsWith(REGION);
      VexoraClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        VexoraBalance before = client.balances().query();
        assertThat(before.available()).isEqualTo(Money.of("1000000", "IDR"));
        assertThat(before.frozen()).isEqualTo(Money.zero("IDR"));
        assertThat(before.reply().code()).isEqualTo("0000");

        Payout created = client.payouts().create(payout("VX-IT-E2E-1", "150000", hook.url()));

        assertThat(created.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(created.rawStatus()).isEqualTo("0015");
        assertThat(created.merchantOrderNo()).isEqualTo("VX-IT-E2E-1");
        assertThat(created.providerOrderNo()).get().asString().matches("vx[a-z0-9]{15}");
        ReceivedRequest sent = sim.receivedRequests(VexoraSimulator.DISBURSEMENT).get(0);
        assertThat(sent.path()).isEqualTo(REGION + "/v1/vexora/disbursements");
        assertThat(sent.header("merchantNo")).isEqualTo(sim.merchantNo());
        assertThat(sent.bodyAsString()).contains("\"amount\":\"150000.00\"").contains("\"remark\":\"it-VX-IT-E2E-1\"");
        assertThat(sim.disbursement("VX-IT-E2E-1").orElseThrow().remark()).isEqualTo("it-VX-IT-E2E-1");

        WebhookDelivery d = sim.awaitWebhook(w -> w.orderNo().equals("VX-IT-E2E-1") && w.acknowledged(), WAIT);
        assertThat(d.attempt()).isEqualTo(1);
        assertThat(d.responseBody()).isEqualTo("OK");
        assertThat(d.contentType()).isEqualTo("application/json");
        WebhookEvent event = single(hook);
        assertThat(event.type()).isEqualTo(WebhookEvent.Type.PAYOUT_STATUS);
        assertThat(event.merchantOrderNo()).isEqualTo("VX-IT-E2E-1");
        assertThat(event.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
        assertThat(event.rawStatus()).isEqualTo("0000");
        assertThat(event.amount()).contains(Money.of("150000", "IDR"));
        assertThat(event.deduplicationKey()).isEqualTo("vexora:" + created.providerOrderNo().orElseThrow() + ":0000");
        assertThat(event.providerEvent(DisbursementNotification.class).verification())
            .isEqualTo(DisbursementNotification.Verification.SIGNATURE);

        Payout retrieved = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("VX-IT-E2E-1"));
        assertThat(retrieved.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(retrieved.providerOrderNo()).isEqualTo(created.providerOrderNo());
        assertThat(retrieved.amount()).contains(Money.of("150000", "IDR"));
        // successTime has no zone (the document is silent on its format): kept as text, never guessed
        assertThat(retrieved.completedAt()).isEmpty();
        assertThat(client.payouts().query("VX-IT-E2E-1").successTimeIfSent()).get().asString()
            .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(sim.receivedRequests(VexoraSimulator.QUERY).get(0).path())
            .isEqualTo(REGION + "/v1/vexora/queryPayOutResult");

        // amount + 1 % fee paid out
        VexoraBalance after = client.balances().query();
        assertThat(after.available()).isEqualTo(Money.of("848500", "IDR"));
        assertThat(after.frozen()).isEqualTo(Money.zero("IDR"));
      }
    }
  }

  @Test
  void query_readsBothAmountShapes() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      client.payouts().disburse(DisbursementRequest.builder().merchantOrderNo("VX-IT-SHAPE-1")
          .amount(Money.of("250000", "IDR")).accountNo("880123456789012345").mobile("081234567890")
          .email("rizky.pratama@example.com").firstName("Rizky").lastName("Pratama")
          .notifyUrl("http://127.0.0.1:9/unused").build());

      DisbursementQueryResult single = client.payouts().query("VX-IT-SHAPE-1");
      assertThat(single.amount()).isEqualTo(Money.of("250000", "IDR"));
      assertThat(single.orderAmount()).isNull();
      assertThat(single.payAmount()).isNull();
      assertThat(single.vexoraStatus().kind()).isEqualTo(VexoraStatus.Kind.PROCESSING);

      sim.queryAmountShape(QueryAmountShape.ORDER_AND_PAY_AMOUNT);
      DisbursementQueryResult pending = client.payouts().query("VX-IT-SHAPE-1");
      assertThat(pending.amount()).isNull();
      assertThat(pending.orderAmount()).isEqualTo(Money.of("250000", "IDR"));
      assertThat(pending.payAmount()).isEqualTo(Money.zero("IDR"));
      assertThat(pending.reportedAmount()).contains(Money.of("250000", "IDR"));

      sim.complete("VX-IT-SHAPE-1", Outcome.SUCCESS, null);
      DisbursementQueryResult paid = client.payouts().query("VX-IT-SHAPE-1");
      assertThat(paid.vexoraStatus().payoutStatus()).isEqualTo(PayoutStatus.SUCCEEDED);
      assertThat(paid.payAmount()).isEqualTo(Money.of("250000", "IDR"));
      assertThat(paid.successTimeIfSent()).isPresent();
      Payout retrieved = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("VX-IT-SHAPE-1"));
      assertThat(retrieved.amount()).contains(Money.of("250000", "IDR"));
      assertThat(retrieved.status()).isEqualTo(PayoutStatus.SUCCEEDED);
    }
  }

  @Test
  void balance_answeredAsNumbersOrAsStrings_isReadAndItsSignatureChecked() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      // signed answers required: each balance below proves its data.sign verified
      VexoraClient client = clientOf(sim).requireSignedResponses(true).build();
      sim.setBalance(new BigDecimal("1234.5"), new BigDecimal("10"), new BigDecimal("7.25"));

      VexoraBalance strings = client.balances().query();
      sim.balanceValues(BalanceValues.NUMBERS);
      VexoraBalance numbers = client.balances().query();

      for (VexoraBalance b : List.of(strings, numbers)) {
        assertThat(b.available()).isEqualTo(Money.reported(new BigDecimal("1234.50"), "IDR"));
        assertThat(b.frozen()).isEqualTo(Money.reported(new BigDecimal("10.00"), "IDR"));
        assertThat(b.unsettled()).isEqualTo(Money.reported(new BigDecimal("7.25"), "IDR"));
      }
      List<ReceivedRequest> requests = sim.receivedRequests(VexoraSimulator.BALANCE);
      assertThat(requests).hasSize(2);
      assertThat(client.balances().list()).singleElement()
          .satisfies(b -> assertThat(b.pendingAmount()).contains(Money.reported(new BigDecimal("7.25"), "IDR")));

      sim.faults().once(VexoraSimulator.BALANCE, Fault.wrongSignature());
      assertThatThrownBy(() -> client.balances().query()).isInstanceOf(SignatureVerificationException.class);
    }
  }

  @Test
  void unsignedAnswers_areNotBelievedByDefault_butAreReadWhenSignedAnswersAreNotRequired() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      VexoraClient lenient = clientOf(sim).requireSignedResponses(false).build();
      sim.signAnswers(false);

      assertThatThrownBy(() -> client.payouts().create(payout("VX-IT-UNSIGNED-1", "100", "http://127.0.0.1:9/h")))
          .isInstanceOf(OutcomeUnknownException.class).hasCauseInstanceOf(SignatureVerificationException.class);
      assertThatThrownBy(() -> client.payouts().query("VX-IT-UNSIGNED-1"))
          .isInstanceOf(SignatureVerificationException.class);
      assertThatThrownBy(() -> client.balances().query()).isInstanceOf(SignatureVerificationException.class);

      assertThat(lenient.payouts().query("VX-IT-UNSIGNED-1").rawStatus()).isEqualTo("0015");
      sim.complete("VX-IT-UNSIGNED-1", Outcome.FAILED, "Account closed");
      assertThatThrownBy(() -> lenient.payouts().query("VX-IT-UNSIGNED-1"))
          .isInstanceOf(TransportException.class).hasMessageContaining("carries no signature");
      sim.signAnswers(true);
      assertThat(client.payouts().query("VX-IT-UNSIGNED-1").status()).isEqualTo(PayoutStatus.FAILED);
      assertThat(sim.disbursementCount()).isEqualTo(1);
    }
  }

  @Test
  void disbursementWhoseAnswerIsLost_isOutcomeUnknown_andReconciliationFindsTheOneStored() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.resetAfterStore());

      assertThatThrownBy(() -> client.payouts().create(payout("VX-IT-LOST-1", "120000", "http://127.0.0.1:9/h")))
          .isInstanceOf(OutcomeUnknownException.class)
          .hasMessageContaining("reconcile by merchant order number VX-IT-LOST-1");

      Reconciliation r = client.payouts().reconcile("VX-IT-LOST-1");
      assertThat(r.found()).isTrue();
      assertThat(r.payout().status()).isEqualTo(PayoutStatus.PROCESSING);
      assertThat(r.payout().providerOrderNo())
          .contains(sim.disbursement("VX-IT-LOST-1").orElseThrow().platFormTradeNo());
      assertThat(sim.disbursementCount()).isEqualTo(1);
      assertThat(sim.receivedRequests(VexoraSimulator.DISBURSEMENT)).hasSize(1);
    }
  }

  @Test
  void unreadableAnswer_isOutcomeUnknown_andA503ThatStoredNothing_isReconciledAsNotFound_thenResent() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.malformedBody());
      sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.httpStatus(503));
      Reconciler believeAtOnce = Reconciler.builder().notFoundGrace(Duration.ZERO).build();

      assertThatThrownBy(() -> client.payouts().create(payout("VX-IT-GARBLED-1", "100", "http://127.0.0.1:9/h")))
          .isInstanceOf(OutcomeUnknownException.class);
      assertThat(believeAtOnce.reconcile(client.payouts(), "VX-IT-GARBLED-1").found()).isTrue();

      PayoutRequest request = payout("VX-IT-503-1", "100", "http://127.0.0.1:9/h");
      assertThatThrownBy(() -> client.payouts().create(request))
          .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("HTTP 503");
      assertThat(sim.disbursement("VX-IT-503-1")).isEmpty();
      assertThat(believeAtOnce.reconcile(client.payouts(), "VX-IT-503-1").notFound()).isTrue();
      assertThat(client.payouts().create(request).status()).isEqualTo(PayoutStatus.PROCESSING);

      assertThat(sim.receivedRequests(VexoraSimulator.DISBURSEMENT)).hasSize(3);
      assertThat(sim.disbursementCount()).isEqualTo(2);
    }
  }

  @Test
  void systemErrorOnCreate_isOutcomeUnknown_andReconciliationFindsTheOrder() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      sim.systemErrorOnNextCreate();

      assertThatThrownBy(() -> client.payouts().create(payout("VX-IT-5000-1", "100", "http://127.0.0.1:9/h")))
          .isInstanceOf(OutcomeUnknownException.class)
          .hasMessageContaining("code 5000");

      Reconciliation r = client.payouts().reconcile("VX-IT-5000-1");
      assertThat(r.found()).isTrue();
      assertThat(r.payout().rawStatus()).isEqualTo("0015");
      assertThat(sim.disbursementCount()).isEqualTo(1);
      assertThat(sim.receivedRequests(VexoraSimulator.DISBURSEMENT)).hasSize(1);
    }
  }

  @Test
  void rejectionsOnCreate_areProviderExceptions_andNothingNewIsStored() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      client.payouts().create(payout("VX-IT-DUP-1", "100", "http://127.0.0.1:9/h"));

      assertThatThrownBy(() -> client.payouts().create(payout("VX-IT-DUP-1", "200", "http://127.0.0.1:9/h")))
          .isInstanceOfSatisfying(DuplicateOrderException.class, e -> {
            assertThat(e.providerCode()).isEqualTo(VexoraSimulator.CODE_REJECTED);
            assertThat(e.providerMessage()).isEqualTo(VexoraSimulator.MSG_DUPLICATE);
          });
      sim.setBalance(new BigDecimal("100"));
      assertThatThrownBy(() -> client.payouts().create(payout("VX-IT-POOR-1", "100", "http://127.0.0.1:9/h")))
          .isInstanceOf(InsufficientBalanceException.class);

      assertThat(sim.disbursementCount()).isEqualTo(1);
      assertThat(sim.disbursement("VX-IT-DUP-1").orElseThrow().amount()).isEqualByComparingTo("100");
    }
  }

  @Test
  void rejectedQuery_isNotNotFound_soReconciliationDoesNotConcludeTheOrderIsMissing() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      client.payouts().create(payout("VX-IT-REJ-1", "100", "http://127.0.0.1:9/h"));

      sim.rejectNextQuery();
      assertThatThrownBy(() -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("VX-IT-REJ-1")))
          .isInstanceOf(ProviderException.class).isNotInstanceOf(OrderNotFoundException.class)
          .hasMessageContaining(VexoraSimulator.MSG_QUERY_REJECTED);
      sim.rejectNextQuery();
      assertThatThrownBy(() -> client.payouts().reconcile("VX-IT-REJ-1"))
          .isInstanceOf(ProviderException.class).isNotInstanceOf(OrderNotFoundException.class);

      assertThat(client.payouts().reconcile("VX-IT-REJ-1").found()).isTrue();
      // only "order does not exist" means not found
      assertThatThrownBy(() -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("VX-IT-NONE-1")))
          .isInstanceOf(OrderNotFoundException.class);
      Reconciler believeAtOnce = Reconciler.builder().notFoundGrace(Duration.ZERO).build();
      assertThat(believeAtOnce.reconcile(client.payouts(), "VX-IT-NONE-1").notFound()).isTrue();
    }
  }

  @Test
  void wrongCredentials_areRefused_andNeverReadAsOrderNotFound() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      clientOf(sim).build().payouts().create(payout("VX-IT-CRED-1", "100", "http://127.0.0.1:9/h"));
      VexoraClient otherMerchant = clientOf(sim).merchantNo("99999999").build();
      VexoraClient otherSecret = clientOf(sim).appSecret("not-the-secret").build();

      for (VexoraClient wrong : List.of(otherMerchant, otherSecret)) {
        assertThatThrownBy(() -> wrong.payouts().create(payout("VX-IT-CRED-2", "100", "http://127.0.0.1:9/h")))
            .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> wrong.payouts().retrieve(PayoutLookup.byMerchantOrderNo("VX-IT-CRED-1")))
            .isInstanceOf(AuthenticationException.class).isNotInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> Reconciler.builder().notFoundGrace(Duration.ZERO).build()
            .reconcile(wrong.payouts(), "VX-IT-CRED-2"))
            .isInstanceOf(AuthenticationException.class).isNotInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> wrong.balances().query()).isInstanceOf(AuthenticationException.class);
      }
      assertThatThrownBy(() -> otherSecret.payouts().create(payout("VX-IT-CRED-3", "100", "http://127.0.0.1:9/h")))
          .isInstanceOfSatisfying(AuthenticationException.class,
              e -> assertThat(e.providerMessage()).isEqualTo(VexoraSimulator.MSG_BAD_SIGNATURE));
      assertThat(sim.disbursementCount()).isEqualTo(1);
    }
  }

  @Test
  void failedDisbursement_isReportedFailedWithItsMessage_andTheBalanceIsRefunded() {
    try (VexoraSimulator sim = VexoraSimulator.start(fast(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        sim.nextOutcome(Outcome.FAILED, "Account does not exist");
        String tradeNo = client.payouts().newMerchantOrderNo();

        Payout created = client.payouts().create(payout(tradeNo, "200000", hook.url()));
        assertThat(created.status()).isEqualTo(PayoutStatus.PROCESSING);

        sim.awaitWebhook(w -> w.orderNo().equals(tradeNo) && w.acknowledged(), WAIT);
        WebhookEvent event = single(hook);
        assertThat(event.payoutStatus()).contains(PayoutStatus.FAILED);
        assertThat(event.rawStatus()).isEqualTo("00029");
        Payout retrieved = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(tradeNo));
        assertThat(retrieved.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(retrieved.rawStatus()).isEqualTo("00029");
        assertThat(retrieved.failureReason()).contains("Account does not exist");
        assertThat(retrieved.completedAt()).isEmpty();
        VexoraBalance b = client.balances().query();
        assertThat(b.available()).isEqualTo(Money.of("1000000", "IDR"));
        assertThat(b.frozen()).isEqualTo(Money.zero("IDR"));
      }
    }
  }

  @Test
  void invalidRequests_areRejectedBeforeAnythingReachesTheGateway() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      VexoraClient client = clientOf(sim).build();

      assertThatThrownBy(() -> client.payouts().create(PayoutRequest.builder()
          .merchantOrderNo("VX-IT-BAD-1")
          .amount(Money.of("100.50", "IDR"))
          .payee(Payee.builder().firstName("Rizky").email("not-an-email").phone("+6281234567890").build())
          .destination(Destination.upi("rizky@upi"))
          .notifyUrl("ftp://merchant.example/hook")
          .build()))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
              .extracting(f -> f.field())
              .contains("amount", "payee.phone", "payee.email", "payee.lastName", "destination", "notifyUrl"));
      assertThatThrownBy(() -> client.payouts().create(payout("VX-IT-BAD-2", "99", "https://merchant.example/h")))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.hasErrorFor("amount")).isTrue());
      assertThatThrownBy(() -> client.payouts().create(payout("VX-IT-BAD-3", "100", "https://merchant.example/h")
          .toBuilder().amount(Money.of("100", "USD")).build()))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.hasErrorFor("amount")).isTrue());
      assertThatThrownBy(() -> client.payouts().disburse(DisbursementRequest.builder().merchantOrderNo("VX-IT-BAD-4")
          .amount(Money.of("100", "IDR")).build()))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
              .contains("accountNo", "mobile", "email", "firstName", "lastName", "notifyUrl"));

      assertThat(sim.receivedRequests()).isEmpty();
      assertThat(sim.disbursementCount()).isZero();
    }
  }

  /** The one event {@code hook} verified, with nothing rejected. */
  static WebhookEvent single(WebhookReceiver hook) {
    assertThat(hook.rejections()).isEmpty();
    List<WebhookEvent> events = hook.events();
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
