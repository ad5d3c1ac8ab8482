package dev.paysdk.pen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.paysdk.pen.PenTestSupport.QUERY_ANSWER;
import static dev.paysdk.pen.PenTestSupport.client;
import static dev.paysdk.pen.PenTestSupport.md5Upper;
import static dev.paysdk.pen.PenTestSupport.nonceOf;
import static dev.paysdk.pen.PenTestSupport.onlyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PenQueryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final PenPayouts payouts = client(wm).build().payouts();

  private static final String PAID = QUERY_ANSWER.replace("\"PAYING\"", "\"SUCCESS\"")
      .replace("\"completionTime\": null", "\"completionTime\": \"2022-08-08 08:08:08\"")
      .replace("\"fee\": null", "\"fee\": 1.5");

  @Test
  void query_byOrderNo_sendsHeadersExactBodyAndRuleASignature() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    payouts.query(PenPayoutQuery.byOrderNo("PAYOUT8231515112790892544"));

    LoggedRequest sent = onlyRequest(wm);
    String nonce = nonceOf(sent.getBodyAsString());
    assertThat(sent.getUrl()).isEqualTo("/api/payOutQuery");
    assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    assertThat(sent.getHeader("MerchantId")).isEqualTo("100001");
    assertThat(sent.getBodyAsString())
        .isEqualTo("{\"orderNo\":\"PAYOUT8231515112790892544\",\"nonceStr\":\"" + nonce + "\"}");
    assertThat(sent.getHeader("Sign"))
        .isEqualTo(md5Upper("nonceStr=" + nonce + "&orderNo=PAYOUT8231515112790892544&key=test-secret"));
  }

  @Test
  void query_sendsTheDocumentsQueryExample_andDistrustsItsSampleAnswerAboutAnotherOrder() {
    // The document's query example (mchOrderNo P123456, orderNo PAYIN12345) and its sample answer name different orders.
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    assertThatThrownBy(() -> payouts.query(new PenPayoutQuery("PAYIN12345", "P123456")))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("the answer is about merchant order M1656756338536, not P123456");

    LoggedRequest sent = onlyRequest(wm);
    String nonce = nonceOf(sent.getBodyAsString());
    assertThat(sent.getHeader("MerchantId")).isEqualTo("100001");
    assertThat(sent.getBodyAsString())
        .isEqualTo("{\"mchOrderNo\":\"P123456\",\"orderNo\":\"PAYIN12345\",\"nonceStr\":\"" + nonce + "\"}");
    assertThat(sent.getHeader("Sign"))
        .isEqualTo(md5Upper("mchOrderNo=P123456&nonceStr=" + nonce + "&orderNo=PAYIN12345&key=test-secret"));
  }

  @Test
  void query_byBothNumbers_sendsBothInTheDocumentsOrder() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    payouts.query(new PenPayoutQuery("PAYOUT8231515112790892544", "M1656756338536"));

    String body = onlyRequest(wm).getBodyAsString();
    String nonce = nonceOf(body);
    assertThat(body).isEqualTo("{\"mchOrderNo\":\"M1656756338536\",\"orderNo\":\"PAYOUT8231515112790892544\","
        + "\"nonceStr\":\"" + nonce + "\"}");
    assertThat(onlyRequest(wm).getHeader("Sign")).isEqualTo(md5Upper("mchOrderNo=M1656756338536&nonceStr=" + nonce
        + "&orderNo=PAYOUT8231515112790892544&key=test-secret"));
  }

  @Test
  void query_readsTheDocumentsAnswer() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    PenPayoutDetails d = payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536"));

    assertThat(d).isEqualTo(new PenPayoutDetails("100001", "M1656756338536", "PAYOUT8231515112790892544", null,
        Money.reported(new java.math.BigDecimal("100.0"), "PEN"), null, "PAYING", PayoutStatus.PROCESSING, null, null,
        "SUCCESS"));
  }

  @Test
  void query_readsCompletionTimeInLimaTimeByDefault() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(PAID.replace("\"resultDesc\"",
        "\"channelOrderNo\": \"CH0001\", \"resultDesc\""))));

    PenPayoutDetails d = payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536"));

    assertThat(d.status()).isEqualTo(PayoutStatus.SUCCEEDED);
    assertThat(d.completionTime()).isEqualTo(LocalDateTime.of(2022, 8, 8, 8, 8, 8));
    assertThat(d.completedAt()).isEqualTo(Instant.parse("2022-08-08T13:08:08Z"));
    assertThat(d.fee()).isEqualTo(Money.reported(new java.math.BigDecimal("1.5"), "PEN"));
    assertThat(d.channelOrderNo()).isEqualTo("CH0001");
  }

  @Test
  void query_readsCompletionTimeInTheConfiguredZone() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(PAID)));
    PenPayouts utc = client(wm).gatewayZone(ZoneId.of("UTC")).build().payouts();

    assertThat(utc.query(PenPayoutQuery.byOrderNo("PAYOUT8231515112790892544")).completedAt())
        .isEqualTo(Instant.parse("2022-08-08T08:08:08Z"));
  }

  @Test
  void query_whenNeitherNumberIsGiven_rejectsBeforeSending() {
    // as every gateway's query object: a query naming no order cannot be made
    assertThatThrownBy(() -> payouts.query(new PenPayoutQuery(null, " ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merchant order number");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void query_whenANumberIsLongerThan32_rejectsBeforeSending() {
    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M".repeat(33))))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.hasErrorFor("merchantOrderNo")).isTrue());
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void query_whenTheGatewayAnswers503ThenTheAnswer_retriesTheRead() {
    wm.stubFor(post("/api/payOutQuery").inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(post("/api/payOutQuery").inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson(QUERY_ANSWER)));

    assertThat(payouts.query(PenPayoutQuery.byOrderNo("PAYOUT8231515112790892544")).orderStatus()).isEqualTo("PAYING");
    wm.verify(2, postRequestedFor(urlEqualTo("/api/payOutQuery")));
  }

  @Test
  void query_whenCodeIsNot200_throwsProviderException() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"sign error\",\"code\":4001}")));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isExactlyInstanceOf(dev.paysdk.core.error.AuthenticationException.class)
        .hasMessageContaining("[payout-pen] payout.query (merchant order M1656756338536)")
        .hasMessageContaining("code 4001");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"msg\":\"SUCCESS\",\"code\":200,\"data\":null}",
      "{\"msg\":\"SUCCESS\",\"code\":200}",
      "{\"msg\":\"SUCCESS\",\"code\":200,\"data\":{}}",
      "{\"msg\":\"Order does not exist\",\"code\":400}",
      "{\"msg\":\"order not exist\",\"code\":\"9999\"}",
      "{\"msg\":\"La orden no existe\",\"code\":404}",
      "{\"msg\":\"订单不存在\",\"code\":1}",
      "{\"msg\":\"Order does not exist\",\"code\":\"ORDER_ERR\"}"})
  void query_whenTheAnswerSaysThereIsNoSuchOrder_throwsOrderNotFound(String answer) {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(answer)));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"msg\":\"system busy\",\"code\":200,\"data\":null}",
      "{\"msg\":\"FAIL\",\"code\":200}",
      "{\"msg\":\"processing, try later\",\"code\":200,\"data\":{}}"})
  void query_whenCode200WithAnotherMessageCarriesNoData_isNotTakenForNoSuchOrder(String answer) {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(answer)));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isInstanceOf(TransportException.class)
        .isNotInstanceOf(OrderNotFoundException.class)
        .hasMessageContaining("the answer could not be read");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"msg\":\"Order does not exist\",\"code\":500}",
      "{\"msg\":\"order not found\",\"code\":\"503\"}",
      "{\"msg\":\"Order query failed: channel not found\",\"code\":400}",
      "{\"msg\":\"order number not found in whitelist\",\"code\":403}",
      "{\"msg\":\"The order is not found yet, please retry later\",\"code\":404}",
      "{\"msg\":\"Order query failed: channel not found\",\"code\":200,\"data\":null}",
      "{\"msg\":\"The order is not found yet, please retry later\",\"code\":200}"})
  void query_whenTheMessageIsNotWhollyNoSuchOrderOrTheCodeIsAServerError_isNeverOrderNotFound(String answer) {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(answer)));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isInstanceOf(PaymentException.class)
        .isNotInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void query_whenAServerErrorCodeIsConfiguredAsNotFound_throwsOrderNotFound() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"Order does not exist\",\"code\":500}")));
    PenPayouts configured = client(wm).orderNotFoundCodes(Set.of("500")).build().payouts();

    assertThatThrownBy(() -> configured.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void query_whenCode200SaysTheOrderDoesNotExist_throwsOrderNotFound() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"order not exist\",\"code\":200,\"data\":null}")));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void query_whenACodeIsConfiguredAsNotFound_throwsOrderNotFound() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"FAIL\",\"code\":40004}")));
    PenPayouts configured = client(wm).orderNotFoundCodes(Set.of("40004")).build().payouts();

    assertThatThrownBy(() -> configured.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isInstanceOf(OrderNotFoundException.class);
    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isExactlyInstanceOf(ProviderException.class);
  }

  @Test
  void query_whenTheAnswerIsAboutAnotherOrder_throwsTransportException() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M0000000000001")))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("the answer is about merchant order M1656756338536, not M0000000000001");
  }

  @Test
  void query_whenTheAnswerIsAboutAnotherGatewayOrder_throwsTransportException() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byOrderNo("PAYOUT0000000000000000001")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("the answer is about gateway order PAYOUT8231515112790892544");
  }

  @Test
  void query_whenTheAnswerNamesAnotherMerchant_isNotUsed() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER.replace("\"100001\"", "\"100002\""))));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("'merchantId' names another merchant");
  }

  @Test
  void query_whenRetried_buildsEachAttemptAnewWithAFreshNonceAndSignature() {
    wm.stubFor(post("/api/payOutQuery").inScenario("retried").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
    wm.stubFor(post("/api/payOutQuery").inScenario("retried").whenScenarioStateIs("up")
        .willReturn(okJson(QUERY_ANSWER)));

    payouts.query(PenPayoutQuery.byOrderNo("PAYOUT8231515112790892544"));

    List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlEqualTo("/api/payOutQuery")));
    assertThat(sent).hasSize(2);
    String first = nonceOf(sent.get(0).getBodyAsString());
    String second = nonceOf(sent.get(1).getBodyAsString());
    assertThat(second).isNotEqualTo(first);
    assertThat(sent.get(1).getBodyAsString()).isNotEqualTo(sent.get(0).getBodyAsString());
    assertThat(sent.get(1).getHeader("Sign")).isNotEqualTo(sent.get(0).getHeader("Sign"))
        .isEqualTo(md5Upper("nonceStr=" + second + "&orderNo=PAYOUT8231515112790892544&key=test-secret"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e2147483647", "1e600000", "123456789012345678901234567890123456789012"})
  void query_whenAnAmountIsAnAbsurdNumber_failsCleanlyAsAnUnreadableAnswer(String amount) {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER.replace("100.0", amount))));

    long start = System.nanoTime();
    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("'amount'")
        .hasMessageNotContaining(amount);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void query_whenTheAnswerCarriesAWrongSign_throwsSignatureVerification() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER).withHeader("Sign", md5Upper("forged"))));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("Sign header does not match");
  }

  @Test
  void query_whenSignedAnswersAreRequired_refusesAnUnsignedAnswer_andAcceptsASignedOne() {
    PenPayouts strict = client(wm).signedAnswersRequired(true).build().payouts();
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));

    assertThatThrownBy(() -> strict.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("carries no signature");

    String data = QUERY_ANSWER.substring(QUERY_ANSWER.indexOf('{', QUERY_ANSWER.indexOf("\"data\"")),
        QUERY_ANSWER.indexOf('}') + 1);
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)
        .withHeader("Sign", md5Upper("code=200&data=" + data + "&msg=SUCCESS&key=test-secret"))));

    assertThat(strict.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")).rawStatus()).isEqualTo("PAYING");
  }

  @Test
  void query_whenTheGatewayAnswersAServerErrorCode_isATransportFailureNotARefusal() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"system error\",\"code\":500}")));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("code 500");
  }

  @Test
  void query_whenCompletionTimeHasAnotherFormat_throwsTransportException() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(PAID.replace("2022-08-08 08:08:08", "08/08/2022"))));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656756338536")))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("completionTime");
  }
}
