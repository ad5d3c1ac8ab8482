package dev.paysdk.pen;

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
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.PenPayoutSimulator.SignatureScheme;
import dev.paysdk.testkit.ReceivedRequest;
import dev.paysdk.testkit.SimulatorExtension;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookDelivery;
import dev.paysdk.testkit.WebhookReceiver;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client against the test kit's PEN payout simulator: every request really goes over loopback HTTP to a
 * gateway that checks the {@code Sign} header, the nonce and the fields, keeps a ledger and posts signed webhooks
 * to a local endpoint.
 */
class PenSimulatorIntegrationTest {
  private static final Duration WAIT = Duration.ofSeconds(3);
  private static final String SECRET = "it-secret-7f3a";
  /** Short state changes; a documented minute of webhook retries becomes 1 ms (all ten retries in about 1 s). */
  private static final SimulatorOptions FAST = SimulatorOptions.builder()
      .processingDelay(Duration.ofMillis(10))
      .completionDelay(Duration.ofMillis(30))
      .webhookTimeCompression(60_000)
      .webhookTimeout(Duration.ofSeconds(2))
      .build();
  private static final Money FEE = Money.of("1.00", "PEN");

  /** Shared by the tests that need no ledger of their own. */
  @RegisterExtension
  static final SimulatorExtension<PenPayoutSimulator> SHARED =
      SimulatorExtension.of(() -> PenPayoutSimulator.start(FAST));

  private static final AtomicLong ORDER_SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

  // ---- 1. the main flow ---------------------------------------------------------------------------------------------

  @Test
  void bankPayoutWithIdentityDocument_isCreated_calledBackSigned_succeeds_andDebitsAmountPlusFee() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        BigDecimal availableBefore = sim.balance().available();
        String no = newOrderNo();

        Payout created = client.payouts().create(payout(no, "150.00", endpoint.url()));

        assertThat(created.status()).isEqualTo(PayoutStatus.ACCEPTED);
        assertThat(created.rawStatus()).isEqualTo("PROCESSING");
        assertThat(created.amount()).contains(Money.of("150.00", "PEN"));
        assertThat(created.fee()).contains(FEE);
        String orderNo = created.providerOrderNo().orElseThrow();
        // What the gateway received, field by field as written.
        assertThat(sim.order(no).orElseThrow().fields())
            .containsEntry("amount", "150.00")
            .containsEntry("currency", "PEN")
            .containsEntry("accountNo", "1914567890123")
            .containsEntry("cciAccountNo", "00219400254640654321")
            .containsEntry("accountType", "1")
            .containsEntry("bankId", "2")
            .containsEntry("accountName", "Rosa Quispe")
            .containsEntry("idType", "DNI")
            .containsEntry("idCard", "45678912")
            .containsEntry("remark", "invoice 42");

        WebhookEvent event = endpoint.awaitEvent(e -> e.merchantOrderNo().equals(no), WAIT);
        assertThat(event.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
        assertThat(event.providerOrderNo()).contains(orderNo);
        assertThat(event.amount()).contains(Money.of("150.00", "PEN"));
        assertThat(event.deduplicationKey()).isEqualTo("payout-pen:" + orderNo + ":SUCCESS");
        WebhookDelivery delivered = sim.awaitWebhook(d -> d.orderNo().equals(orderNo) && d.acknowledged(), WAIT);
        assertThat(delivered.attempt()).isEqualTo(1);
        assertThat(delivered.responseBody()).isEqualTo(PenPayoutSimulator.WEBHOOK_ACK);

        Payout now = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(no));
        assertThat(now.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(now.fee()).contains(FEE);
        assertThat(now.amount()).contains(Money.of("150.00", "PEN"));
        assertThat(now.providerOrderNo()).contains(orderNo);
        assertThat(now.completedAt()).isPresent();
        PenPayoutDetails native_ = client.payouts().query(PenPayoutQuery.byOrderNo(orderNo));
        assertThat(native_.channelOrderNo()).isNotBlank();

        assertThat(sim.balance().available()).isEqualByComparingTo(availableBefore.subtract(new BigDecimal("151.00")));
        assertThat(sim.balance().frozen()).isEqualByComparingTo("0");
        assertThat(endpoint.rejections()).isEmpty();
      }
    }
  }

  // ---- 2. a failed payout -------------------------------------------------------------------------------------------

  @Test
  void failedPayout_whenTheClientReadsTheGuessedStatusNames_isReportedFailedWithItsReason_byWebhookAndRetrieve() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).guessedFinalStatusesEnabled(true).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String reason = "Cuenta no existe";
        sim.nextPayoutOutcome(PenPayoutSimulator.Outcome.FAILED, reason);
        String no = newOrderNo();

        client.payouts().create(payout(no, "80.00", endpoint.url()));

        WebhookEvent event = endpoint.awaitEvent(e -> e.merchantOrderNo().equals(no), WAIT);
        assertThat(event.payoutStatus()).contains(PayoutStatus.FAILED);
        assertThat(event.rawStatus()).isEqualTo("FAIL");
        assertThat(event.providerEvent(PenPayoutNotification.class).payout().resultDesc()).isEqualTo(reason);
        sim.awaitWebhook(WebhookDelivery::acknowledged, WAIT);

        Payout now = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(no));
        assertThat(now.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(now.failureReason()).contains(reason);
        assertThat(sim.balance().available()).isEqualByComparingTo(PenPayoutSimulator.DEFAULT_AVAILABLE);
      }
    }
  }

  @Test
  void failedPayout_byDefault_isUnknownWithItsRawStatus_sinceTheDocumentNamesNoFailureValue() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        sim.nextPayoutOutcome(PenPayoutSimulator.Outcome.FAILED, "Cuenta no existe");
        String no = newOrderNo();

        client.payouts().create(payout(no, "80.00", endpoint.url()));

        WebhookEvent event = endpoint.awaitEvent(e -> e.merchantOrderNo().equals(no), WAIT);
        assertThat(event.payoutStatus()).contains(PayoutStatus.UNKNOWN);
        assertThat(event.rawStatus()).isEqualTo("FAIL");
        sim.awaitWebhook(WebhookDelivery::acknowledged, WAIT);

        Payout now = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(no));
        assertThat(now.status()).isEqualTo(PayoutStatus.UNKNOWN);
        assertThat(now.rawStatus()).isEqualTo("FAIL");
        assertThat(now.failureReason()).isEmpty();
      }
    }
  }

  @Test
  void wrongSecret_isAnAuthenticationFailure_andNothingIsStored() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).secret("not-the-merchant-secret").build();

      assertThatThrownBy(() -> client.payouts().create(payout(newOrderNo(), "100.00", "http://127.0.0.1:9/unused")))
          .isInstanceOf(AuthenticationException.class)
          .satisfies(e -> assertThat(((PaymentException) e).mayHaveExecuted()).isFalse());
      assertThatThrownBy(() -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(newOrderNo())))
          .isInstanceOf(AuthenticationException.class);
      assertThat(sim.payoutCount()).isZero();
    }
  }

  // ---- 3. money safety: a lost answer -------------------------------------------------------------------------------

  @Test
  void resetAfterStore_isOutcomeUnknown_andReconcileFindsTheOneStoredPayout() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();
        sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.resetAfterStore());

        assertThatThrownBy(() -> client.payouts().create(payout(no, "100.00", endpoint.url())))
            .isInstanceOf(OutcomeUnknownException.class)
            .satisfies(e -> assertThat(((OutcomeUnknownException) e).merchantOrderNo()).isEqualTo(no));
        Reconciliation r = client.payouts().reconcile(no);

        assertThat(r.found()).isTrue();
        assertThat(r.payout().providerOrderNo()).contains(sim.order(no).orElseThrow().orderNo());
        assertThat(sim.payoutCount()).isEqualTo(1);
        assertThat(sim.receivedRequests(PenPayoutSimulator.PAYOUT_CREATE)).hasSize(1);
      }
    }
  }

  @Test
  void resetBeforeStore_isOutcomeUnknown_reconcileSaysNotFound_andOnlyThenTheResendCreatesTheOnePayout() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();
        PayoutRequest request = payout(no, "100.00", endpoint.url());
        sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.resetBeforeStore());

        assertThatThrownBy(() -> client.payouts().create(request)).isInstanceOf(OutcomeUnknownException.class);
        assertThat(sim.receivedRequests(PenPayoutSimulator.PAYOUT_CREATE)).hasSize(1);

        Reconciliation r = SHORT_GRACE.reconcile(client.payouts(), no);
        assertThat(r.notFound()).isTrue();
        assertThat(sim.receivedRequests(PenPayoutSimulator.PAYOUT_QUERY)).hasSizeGreaterThan(1);
        assertThat(sim.payoutCount()).isZero();

        Payout resent = client.payouts().create(request);

        assertThat(resent.providerOrderNo()).isPresent();
        assertThat(sim.payoutCount()).isEqualTo(1);
        assertThat(sim.receivedRequests(PenPayoutSimulator.PAYOUT_CREATE)).hasSize(2);
        assertThat(endpoint.awaitEvent(e -> e.merchantOrderNo().equals(no), WAIT).payoutStatus())
            .contains(PayoutStatus.SUCCEEDED);
      }
    }
  }

  // ---- 4. HTTP 503 ----------------------------------------------------------------------------------------------------

  @Test
  void http503OnTheQuery_isRetried_andTheRetrySucceeds() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      List<Duration> sleeps = new CopyOnWriteArrayList<>();
      PenPayoutClient client = client(sim).sleeper(sleeps::add).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();
        client.payouts().create(payout(no, "100.00", endpoint.url()));
        sim.faults().once(PenPayoutSimulator.PAYOUT_QUERY, Fault.httpStatus(503));

        Payout found = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(no));

        assertThat(found.providerOrderNo()).contains(sim.order(no).orElseThrow().orderNo());
        List<ReceivedRequest> queries = sim.receivedRequests(PenPayoutSimulator.PAYOUT_QUERY);
        assertThat(queries).hasSize(2);
        // a retried read is signed again with a fresh nonce: the gateway accepts each nonce once
        assertThat(nonceOf(queries.get(1))).isNotEqualTo(nonceOf(queries.get(0)));
        assertThat(sleeps).hasSize(1);
      }
    }
  }

  @Test
  void queryAnswerLostAfterTheGatewayHandledIt_isRetriedWithAFreshNonce_andSucceeds() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();
        client.payouts().create(payout(no, "100.00", endpoint.url()));
        // the gateway checks the query and records its nonce, then the connection drops before the answer
        sim.faults().once(PenPayoutSimulator.PAYOUT_QUERY, Fault.resetAfterStore());

        Payout found = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(no));

        assertThat(found.providerOrderNo()).contains(sim.order(no).orElseThrow().orderNo());
        List<ReceivedRequest> queries = sim.receivedRequests(PenPayoutSimulator.PAYOUT_QUERY);
        assertThat(queries).hasSize(2);
        assertThat(nonceOf(queries.get(1))).isNotEqualTo(nonceOf(queries.get(0)));
        assertThat(queries.get(1).header("Sign")).isNotEqualTo(queries.get(0).header("Sign"));
      }
    }
  }

  @Test
  void http503OnEveryQueryAttempt_endsInTransportException_afterTheRetryPolicysAttempts_eachWithItsOwnNonce() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      List<Duration> sleeps = new CopyOnWriteArrayList<>();
      PenPayoutClient client = client(sim).sleeper(sleeps::add).build();
      sim.faults().times(PenPayoutSimulator.PAYOUT_QUERY, Fault.httpStatus(503), 3);

      assertThatThrownBy(() -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(newOrderNo())))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e).isNotInstanceOf(OutcomeUnknownException.class);
            assertThat(e.httpStatus()).hasValue(503);
            assertThat(e).hasMessageContaining("3 attempt(s)");
          });

      List<ReceivedRequest> queries = sim.receivedRequests(PenPayoutSimulator.PAYOUT_QUERY);
      assertThat(queries).hasSize(3);
      assertThat(queries.stream().map(PenSimulatorIntegrationTest::nonceOf).distinct()).hasSize(3);
      assertThat(sleeps).hasSize(2);
    }
  }

  @Test
  void http503OnTheCreate_isOutcomeUnknown_withNothingStoredAndNothingResent() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).build();
      String no = newOrderNo();
      sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.httpStatus(503));

      assertThatThrownBy(() -> client.payouts().create(payout(no, "100.00", "http://127.0.0.1:9/unused")))
          .isInstanceOf(OutcomeUnknownException.class);

      assertThat(sim.receivedRequests(PenPayoutSimulator.PAYOUT_CREATE)).hasSize(1);
      assertThat(sim.payoutCount()).isZero();
      assertThat(SHORT_GRACE.reconcile(client.payouts(), no).notFound()).isTrue();
    }
  }

  // ---- 5. webhooks: forged and repeated -------------------------------------------------------------------------------

  @Test
  void webhookWithAWrongSignature_isRejected_notAcknowledged_andRetriedByTheGateway() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        sim.faults().once(Faults.WEBHOOK, Fault.wrongSignature());
        String orderNo = client.payouts().create(payout(newOrderNo(), "100.00", endpoint.url()))
            .providerOrderNo().orElseThrow();
        int attempts = 1 + PenPayoutSimulator.WEBHOOK_RETRY_SCHEDULE.size();

        sim.awaitWebhook(d -> d.orderNo().equals(orderNo) && d.attempt() == attempts, WAIT);

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
  void duplicateWebhook_isVerifiedTwice_withTheSameDeduplicationKey() {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start(FAST)) {
      PenPayoutClient client = client(sim).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());
        String no = newOrderNo();
        client.payouts().create(payout(no, "100.00", endpoint.url()));

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
    PenPayoutSimulator sim = SHARED.get();
    PenPayoutClient client = client(sim).build();
    PayoutRequest bad = PayoutRequest.builder()
        .merchantOrderNo(newOrderNo())
        .amount(Money.of("5.00", "PEN"))
        .payee(Payee.builder().name("Rosa Quispe").email("not-an-email").build())
        .destination(Destination.bankAccount("1914567890123").bankId("BCP").accountType("1").cci("123").build())
        .notifyUrl("https://merchant.example/hooks/pen")
        .build();
    PayoutRequest notABank = PayoutRequest.builder()
        .merchantOrderNo(newOrderNo())
        .amount(Money.of("100.00", "USD"))
        .payee(Payee.builder().name("Rosa Quispe").identityDocument("DNI", "45678912").build())
        .destination(Destination.upi("rosa@upi"))
        .notifyUrl("https://merchant.example/hooks/pen")
        .build();

    assertThatThrownBy(() -> client.payouts().create(bad))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
            .extracting(f -> f.field())
            .contains("amount", "payee.identityDocument", "destination.bankId", "destination.cci", "payee.email"));
    assertThatThrownBy(() -> client.payouts().create(notABank))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
            .extracting(f -> f.field()).contains("amount.currency", "destination"));
    assertThatThrownBy(() -> client.payouts().retrieve(PayoutLookup.byMerchantOrderNo("X".repeat(33))))
        .isInstanceOf(InvalidRequestException.class);

    assertThat(sim.receivedRequests(PenPayoutSimulator.PAYOUT_CREATE)).isEmpty();
    assertThat(sim.receivedRequests(PenPayoutSimulator.PAYOUT_QUERY)).isEmpty();
  }

  // ---- 7. replaced signers --------------------------------------------------------------------------------------------

  @Test
  void hmacSha256Signer_worksEndToEnd_withTheSimulatorsRawBodyHmacScheme() {
    signerWorksEndToEnd(SignatureScheme.rawBodyHmacSha256(), PenSigner.hmacSha256(SECRET),
        body -> hmacSha256Hex(SECRET, body));
  }

  @Test
  void md5OfBodyPlusSecretSigner_worksEndToEnd_withTheSimulatorsRawBodyMd5Scheme_upperCaseOnBothSides() {
    signerWorksEndToEnd(SignatureScheme.rawBodyMd5(), PenSigner.md5OfBodyPlusSecret(SECRET),
        body -> md5Upper(body + SECRET));
  }

  /**
   * Requests signed by {@code signer} are accepted by a simulator using {@code scheme}, the simulator's webhooks are
   * verified by the same signer, and both directions carry exactly {@code expected(body)}, letter case included (a
   * gateway may compare signatures case-sensitively even though both sides here verify without regard to case).
   */
  private void signerWorksEndToEnd(SignatureScheme scheme, PenSigner signer,
      UnaryOperator<String> expected) {
    try (PenPayoutSimulator sim = PenPayoutSimulator.builder().options(FAST).secretKey(SECRET)
        .signatureScheme(scheme).start()) {
      PenPayoutClient client = client(sim).signer(signer).build();
      try (WebhookReceiver endpoint = WebhookReceiver.start(client.webhooks())) {
        String no = newOrderNo();

        Payout created = client.payouts().create(payout(no, "120.50", endpoint.url()));

        ReceivedRequest sent = sim.receivedRequests(PenPayoutSimulator.PAYOUT_CREATE).get(0);
        assertThat(sent.header("Sign")).isEqualTo(expected.apply(sent.bodyAsString()))
            .isEqualTo(sim.sign(sent.body()));
        WebhookEvent event = endpoint.awaitEvent(e -> e.merchantOrderNo().equals(no), WAIT);
        assertThat(event.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
        ReceivedRequest hook = endpoint.receivedRequests().get(0);
        assertThat(hook.header("Sign")).isEqualTo(expected.apply(hook.bodyAsString())).isEqualTo(signer.sign(
            hook.body()));
        sim.awaitWebhook(d -> d.orderNo().equals(created.providerOrderNo().orElseThrow()) && d.acknowledged(), WAIT);
        assertThat(client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(no)).status())
            .isEqualTo(PayoutStatus.SUCCEEDED);

        // The simulator really checks the scheme: the default rule A signature is refused.
        PenPayoutClient ruleA = client(sim).secretKey(SECRET).build();
        assertThatThrownBy(() -> ruleA.payouts().create(payout(newOrderNo(), "120.50", endpoint.url())))
            .isInstanceOfSatisfying(ProviderException.class, e -> {
              assertThat(e.providerCode()).isEqualTo("403");
              assertThat(e.providerMessage()).isEqualTo("sign error");
            });
        assertThat(sim.payoutCount()).isEqualTo(1);
      }
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------------------------

  /** "Not found" is believed after 100 ms of asking (the default waits 10 s). */
  private static final Reconciler SHORT_GRACE = Reconciler.builder().notFoundGrace(Duration.ofMillis(100))
      .pollInterval(Duration.ofMillis(20)).maxWait(Duration.ofSeconds(2)).build();

  private static PenPayoutClient.Builder client(PenPayoutSimulator sim) {
    return PenPayoutClient.builder()
        .baseUrl(sim.baseUrl())
        .merchantId(sim.merchantId())
        .secretKey(sim.secretKey())
        // the merchant endpoint of these tests is 127.0.0.1
        .literalIpNotifyUrlAllowed(true)
        .readTimeout(Duration.ofSeconds(2))
        .sleeper(d -> { });
  }

  private static PayoutRequest payout(String merchantOrderNo, String soles, String notifyUrl) {
    return PayoutRequest.builder()
        .merchantOrderNo(merchantOrderNo)
        .amount(Money.of(soles, "PEN"))
        .payee(Payee.builder().name("Rosa Quispe").identityDocument("DNI", "45678912").phone("+51987654321")
            .email("rosa@example.pe").build())
        .destination(Destination.bankAccount("1914567890123").bankId("2").accountType("1")
            .cci("00219400254640654321").build())
        .notifyUrl(notifyUrl)
        .remark("invoice 42")
        .build();
  }

  private static String newOrderNo() {
    return "IT" + ORDER_SEQUENCE.incrementAndGet();
  }

  private static String nonceOf(ReceivedRequest request) {
    Matcher m = Pattern.compile("\"nonceStr\":\"([0-9a-f]{32})\"")
        .matcher(request.bodyAsString());
    assertThat(m.find()).as("nonceStr in %s", request.bodyAsString()).isTrue();
    return m.group(1);
  }

  private static String md5Upper(String text) {
    try {
      return HexFormat.of().withUpperCase()
          .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static String hmacSha256Hex(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
