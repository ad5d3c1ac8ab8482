package dev.paysdk.vexora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.paysdk.vexora.VexoraDisburseTest.answer;
import static dev.paysdk.vexora.VexoraTestSupport.MERCHANT_NO;
import static dev.paysdk.vexora.VexoraTestSupport.client;
import static dev.paysdk.vexora.VexoraTestSupport.documentExample;
import static dev.paysdk.vexora.VexoraTestSupport.md5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.vexora.VexoraTestSupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VexoraQueryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String PATH = "/indonesia/v1/vexora/queryPayOutResult";
  private static final String ORDER = "VX20260331008901";

  private RecordingSleeper sleeper;
  private VexoraClient vexora;

  @BeforeEach
  void setUp() {
    sleeper = new RecordingSleeper();
    vexora = client(wm.baseUrl() + "/indonesia", sleeper).build();
  }

  private static void stub(String body) {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static Reconciler fastReconciler() {
    return Reconciler.builder().notFoundGrace(Duration.ZERO).pollInterval(Duration.ofMillis(1))
        .maxWait(Duration.ofSeconds(5)).sleeper(d -> { }).build();
  }

  @Test
  void query_sendsMerchantHeaderAndSignedBody_andReadsTheAmountShape() {
    stub(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\","
        + "\"amount\":\"100.00\",\"status\":\"0000\",\"message\":\"Success\",\"successTime\":\"1719876600000\"}"));

    DisbursementQueryResult q = vexora.payouts().query(ORDER);

    String sign = md5("timestamp=1719876543210tradeNo=VX20260331008901test-secret");
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("merchantNo", equalTo(MERCHANT_NO))
        .withRequestBody(equalTo("{\"tradeNo\":\"VX20260331008901\",\"timestamp\":\"1719876543210\",\"sign\":\"" + sign + "\"}")));
    assertThat(q.merchantOrderNo()).isEqualTo(ORDER);
    assertThat(q.providerOrderNo()).isEqualTo("vx4m8k2d9pl0q7f1a");
    assertThat(q.amount()).isEqualTo(Money.of("100", "IDR"));
    assertThat(q.amount().amount().toPlainString()).isEqualTo("100.00");
    assertThat(q.orderAmount()).isNull();
    assertThat(q.payAmount()).isNull();
    assertThat(q.reportedAmount()).contains(Money.of("100", "IDR"));
    assertThat(q.vexoraStatus().kind()).isEqualTo(VexoraStatus.Kind.SUCCESS);
    assertThat(q.message()).isEqualTo("Success");
    assertThat(q.successTimeIfSent()).contains("1719876600000");
    assertThat(q.dataFields()).containsEntry("amount", "100.00");
  }

  @Test
  void query_readsTheOrderAmountAndPayAmountShape_numbersAsWritten() {
    stub(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\","
        + "\"orderAmount\":150000,\"payAmount\":149500.50,\"status\":\"0015\",\"message\":\"Processing\"}"));

    DisbursementQueryResult q = vexora.payouts().query(ORDER);

    assertThat(q.amount()).isNull();
    assertThat(q.orderAmount()).isEqualTo(Money.reported(new java.math.BigDecimal("150000"), "IDR"));
    assertThat(q.payAmount().amount().toPlainString()).isEqualTo("149500.50");
    assertThat(q.reportedAmount()).contains(q.orderAmount());
    assertThat(q.successTime()).isNull();
    assertThat(q.vexoraStatus().payoutStatus()).isEqualTo(PayoutStatus.PROCESSING);
  }

  @Test
  void query_whenCode5000_isTransportExceptionNotARefusal() {
    stub(answer("5000", "System error", "null"));

    Throwable e = catchThrowableOfType(TransportException.class, () -> vexora.payouts().query(ORDER));

    assertThat(e).isNotInstanceOf(OutcomeUnknownException.class).hasMessageContaining("5000");
  }

  @Test
  void query_whenCode8000_saysOnlyThatTheQueryFailed() {
    stub(answer("8000", "Parameter error", "null"));

    ProviderException e = catchThrowableOfType(ProviderException.class, () -> vexora.payouts().query(ORDER));

    assertThat(e).isExactlyInstanceOf(ProviderException.class);
    assertThat(e.providerCode()).isEqualTo("8000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"signature verification failed", "Sign error"})
  void query_whenCode8000SaysTheSignatureIsWrong_isAnAuthenticationFailure(String message) {
    stub(answer("8000", message, "null"));

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> vexora.payouts().query(ORDER));

    assertThat(e.providerCode()).isEqualTo("8000");
    assertThat(e.providerMessage()).isEqualTo(message);
  }

  @Test
  void query_whenCode8000SaysTheGatewayTimedOut_isATransportFailureToAskAgain() {
    stub(answer("8000", "timeout, please query", "null"));

    assertThatThrownBy(() -> vexora.payouts().query(ORDER)).isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("ask again later");
  }

  @Test
  void query_whenCode8000SaysTheOrderDoesNotExist_isOrderNotFound() {
    stub(answer("8000", "Order does not exist", "null"));

    assertThatThrownBy(() -> vexora.payouts().query(ORDER)).isInstanceOf(OrderNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Transaction type does not exist", "orderNo not exists or sign error",
      "Merchant order channel not found", "The order is not found yet, please retry later",
      "Order query failed: channel not found", "order number not found in whitelist"})
  void query_whenCode8000SaysSomethingElseAsWell_isNeverOrderNotFound(String message) {
    stub(answer("8000", message, "null"));

    ProviderException e = catchThrowableOfType(ProviderException.class, () -> vexora.payouts().query(ORDER));

    assertThat(e).isNotInstanceOf(OrderNotFoundException.class);
    assertThat(e.providerMessage()).isEqualTo(message);
  }

  @Test
  void query_whenCode8000DataMessageAloneSaysTheOrderDoesNotExist_isOrderNotFound() {
    stub(answer("8000", "fail", "{\"message\":\"Order not found\"}"));

    assertThatThrownBy(() -> vexora.payouts().query(ORDER)).isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void query_withTheSharedOrderNotFoundPattern_usesIt() {
    VexoraClient custom = client(wm.baseUrl() + "/indonesia", sleeper)
        .orderNotFoundPattern(Pattern.compile("^ORDER_MISSING$")).build();
    stub(answer("8000", "ORDER_MISSING", "null"));

    assertThatThrownBy(() -> custom.payouts().query(ORDER)).isInstanceOf(OrderNotFoundException.class);
    assertThatThrownBy(() -> vexora.payouts().query(ORDER)).isNotInstanceOf(OrderNotFoundException.class);
  }

  @Test
  @SuppressWarnings("deprecation")
  void query_withOwnOrderNotFoundRule_usesIt() {
    VexoraClient custom = client(wm.baseUrl() + "/indonesia", sleeper)
        .orderNotFoundMessage(Pattern.compile("^ORDER_MISSING$")).build();
    stub(answer("8000", "ORDER_MISSING", "null"));

    assertThatThrownBy(() -> custom.payouts().query(ORDER)).isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void query_whenAnswerNamesAnotherOrder_isNotTrusted() {
    stub(answer("0000", "success", "{\"tradeNo\":\"OTHER\",\"status\":\"0000\"}"));

    assertThatThrownBy(() -> vexora.payouts().query(ORDER)).isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("the answer is about merchant order OTHER, not " + ORDER);
  }

  @Test
  void query_whenAnswerSignatureIsWrong_rejectsIt() {
    stub("{\"code\":\"0000\",\"msg\":\"success\",\"data\":{\"tradeNo\":\"VX20260331008901\",\"status\":\"0000\"},"
        + "\"sign\":\"" + md5("code=0000msg=successtest-secret") + "\"}");

    assertThatThrownBy(() -> vexora.payouts().query(ORDER)).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void query_whenTheAnswerIsSignedInsideData_verifiesItAndNeverPrintsTheSignature() {
    String sign = md5("amount=100.00message=SuccessplatFormTradeNo=vx4m8k2d9pl0q7f1astatus=0000"
        + "tradeNo=VX20260331008901test-secret");
    stub(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\","
        + "\"amount\":\"100.00\",\"status\":\"0000\",\"message\":\"Success\",\"sign\":\"" + sign + "\"}"));

    DisbursementQueryResult q = vexora.payouts().query(ORDER);

    assertThat(q.dataFields()).containsEntry("sign", sign);
    assertThat(q.toString()).doesNotContain(sign).contains(ORDER, "vx4m8k2d9pl0q7f1a", "0000");
  }

  @Test
  void query_withoutAMerchantOrderNo_isRejectedBeforeSending() {
    // as every gateway's query: null is a NullPointerException, blank an IllegalArgumentException
    assertThat(catchThrowable(() -> vexora.payouts().query(null))).isInstanceOf(NullPointerException.class)
        .hasMessage("merchantOrderNo == null");
    assertThat(catchThrowable(() -> vexora.payouts().query(" "))).isInstanceOf(IllegalArgumentException.class);
    // the neutral lookup by the gateway's number alone cannot be asked of Vexora
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
        () -> vexora.payouts().retrieve(dev.paysdk.core.PayoutLookup.byProviderOrderNo("vx1")));
    assertThat(e.hasErrorFor("merchantOrderNo")).isTrue();
    assertThat(e.getMessage()).contains("nothing was sent");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void query_isRetriedAfterHttp503() {
    wm.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ready"));
    wm.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("ready")
        .willReturn(aResponse().withBody(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"status\":\"0015\"}"))));

    assertThat(vexora.payouts().query(ORDER).vexoraStatus().raw()).isEqualTo("0015");
    wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.waits).hasSize(1);
  }

  @Test
  void query_retriedAfterHttp503_carriesAFreshTimestampAndItsOwnSignature() throws Exception {
    wm.stubFor(post(urlEqualTo(PATH)).inScenario("busy2").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ready"));
    wm.stubFor(post(urlEqualTo(PATH)).inScenario("busy2").whenScenarioStateIs("ready")
        .willReturn(aResponse().withBody(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"status\":\"0015\"}"))));
    java.util.concurrent.atomic.AtomicLong ticks = new java.util.concurrent.atomic.AtomicLong(VexoraTestSupport.TIMESTAMP);
    java.time.Clock ticking = new java.time.Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override
      public java.time.Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public java.time.Instant instant() {
        return java.time.Instant.ofEpochMilli(ticks.addAndGet(1000));
      }
    };
    VexoraClient client = client(wm.baseUrl() + "/indonesia", sleeper).clock(ticking).build();

    client.payouts().query(ORDER);

    var sent = wm.findAll(postRequestedFor(urlEqualTo(PATH)));
    assertThat(sent).hasSize(2);
    var first = RawJson.object(sent.get(0).getBodyAsString());
    var second = RawJson.object(sent.get(1).getBodyAsString());
    assertThat(second.get("timestamp")).isNotEqualTo(first.get("timestamp"));
    assertThat(second.get("sign")).isNotEqualTo(first.get("sign"));
    for (var body : java.util.List.of(first, second)) {
      assertThat(body.get("sign"))
          .isEqualTo(md5("timestamp=" + body.get("timestamp") + "tradeNo=" + ORDER + "test-secret"));
    }
  }

  @Test
  void retrieve_mapsTheQueryToTheNeutralPayout() {
    stub(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\","
        + "\"amount\":\"100.00\",\"status\":\"0000\",\"message\":\"Success\",\"successTime\":\"1719876600000\"}"));

    Payout p = vexora.payouts().retrieve(PayoutLookup.byMerchantOrderNo(ORDER));

    assertThat(p.providerId()).isEqualTo("vexora");
    assertThat(p.merchantOrderNo()).isEqualTo(ORDER);
    assertThat(p.providerOrderNo()).contains("vx4m8k2d9pl0q7f1a");
    assertThat(p.amount()).contains(Money.of("100", "IDR"));
    assertThat(p.status()).isEqualTo(PayoutStatus.SUCCEEDED);
    assertThat(p.rawStatus()).isEqualTo("0000");
    assertThat(p.completedAt()).contains(Instant.ofEpochMilli(1719876600000L));
    assertThat(p.failureReason()).isEmpty();
    assertThat(p.rawResponse()).hasValueSatisfying(b -> assertThat(b).contains("vx4m8k2d9pl0q7f1a"));
  }

  @Test
  void retrieve_whenFailed_carriesTheGatewaysReason() {
    stub(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"status\":\"00029\",\"message\":\"Account invalid\"}"));

    Payout p = vexora.payouts().retrieve(PayoutLookup.byMerchantOrderNo(ORDER));

    assertThat(p.status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(p.failureReason()).contains("Account invalid");
  }

  @Test
  void retrieve_whenPartialSuccess_keepsTheRawStatus() {
    stub(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"status\":\"0001\"}"));

    Payout p = vexora.payouts().retrieve(PayoutLookup.byMerchantOrderNo(ORDER));

    assertThat(p.status()).isEqualTo(PayoutStatus.UNKNOWN);
    assertThat(p.rawStatus()).isEqualTo("0001");
  }

  @Test
  void retrieve_byProviderOrderNoAlone_isRejectedBeforeSending() {
    assertThatThrownBy(() -> vexora.payouts().retrieve(PayoutLookup.byProviderOrderNo("vx4m8k2d9pl0q7f1a")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("merchantOrderNo");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void reconcile_whenTheGatewaySaysTheOrderDoesNotExist_reportsNotFound() {
    stub(answer("8000", "Order not exist", "null"));

    Reconciliation r = fastReconciler().reconcile(vexora.payouts(), ORDER);

    assertThat(r.notFound()).isTrue();
  }

  @Test
  void reconcile_whenTheQueryIsRejectedForAnotherReason_neverConcludesNotFound() {
    stub(answer("8000", "Merchant does not exist", "null"));

    assertThatThrownBy(() -> fastReconciler().reconcile(vexora.payouts(), ORDER))
        .isExactlyInstanceOf(AuthenticationException.class);
  }

  @Test
  void reconcile_afterCreateCode5000_findsTheOrderAndNeverResendsIt() {
    wm.stubFor(post(urlEqualTo("/indonesia/v1/vexora/disbursements"))
        .willReturn(aResponse().withBody(answer("5000", "System error", "null"))));
    wm.stubFor(post(urlEqualTo(PATH)).inScenario("settling").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withBody(answer("5000", "System error", "null"))).willSetStateTo("known"));
    wm.stubFor(post(urlEqualTo(PATH)).inScenario("settling").whenScenarioStateIs("known")
        .willReturn(aResponse().withBody(answer("0000", "success",
            "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"status\":\"0015\"}"))));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class);
    Reconciliation r = fastReconciler().reconcile(vexora.payouts(), ORDER);

    assertThat(r.found()).isTrue();
    assertThat(r.payout().status()).isEqualTo(PayoutStatus.PROCESSING);
    wm.verify(1, postRequestedFor(urlEqualTo("/indonesia/v1/vexora/disbursements")));
    wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void query_whenSignedAnswersAreNotRequired_stillDoesNotBelieveAnUnsignedFailure() {
    VexoraClient lenient = client(wm.baseUrl() + "/indonesia", sleeper).requireSignedResponses(false).build();
    stub(VexoraDisburseTest.unsignedAnswer("0000", "success",
        "{\"tradeNo\":\"VX20260331008901\",\"status\":\"00029\",\"message\":\"Failed\"}"));

    assertThatThrownBy(() -> lenient.payouts().retrieve(PayoutLookup.byMerchantOrderNo(ORDER)))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("reports a failed payout but carries no signature");
  }

  @Test
  void query_byDefault_doesNotBelieveAnUnsignedAnswer() {
    stub(VexoraDisburseTest.unsignedAnswer("0000", "success",
        "{\"tradeNo\":\"VX20260331008901\",\"status\":\"00029\",\"message\":\"Failed\"}"));

    assertThatThrownBy(() -> vexora.payouts().query(ORDER)).isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("no signature");
  }

  @Test
  void query_whenAnAmountIsAnAbsurdNumber_failsAtOnceAsAnUnreadableAnswer() {
    stub(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"amount\":1e2147483647,\"status\":\"0000\"}"));

    assertThatThrownBy(() -> vexora.payouts().query(ORDER)).isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("'amount'");
  }

  @Test
  void retrieve_whenFailed_keepsTheReasonFreeOfControlCharacters() {
    stub(answer("0000", "success",
        "{\"tradeNo\":\"VX20260331008901\",\"status\":\"00029\",\"message\":\"Account invalid\\r\\nINFO paid\"}"));

    Payout p = vexora.payouts().retrieve(PayoutLookup.byMerchantOrderNo(ORDER));

    assertThat(p.failureReason()).contains("Account invalid  INFO paid");
  }

  @Test
  void reconcile_usesTheReconcilerGivenToTheBuilder() {
    VexoraClient believing = client(wm.baseUrl() + "/indonesia", sleeper).reconciler(fastReconciler()).build();
    stub(answer("8000", "Order not exist", "null"));

    Reconciliation r = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> believing.payouts().reconcile(ORDER));

    assertThat(r.notFound()).isTrue();
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }
}
