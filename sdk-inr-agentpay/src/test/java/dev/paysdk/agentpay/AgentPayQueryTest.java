package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.paysdk.agentpay.Fixtures.md5Upper;
import static dev.paysdk.agentpay.Fixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentPayQueryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  static final String PATH = "/api/pay/orderquery";

  /** The document's answer, every field but sign. */
  static final String ANSWER_CANONICAL = "agentpayOrderId=Le20250311182001&amount=8000&channelPayNo=testutr13"
      + "&errorMessage=error message&fee=3&mchOrderNo=AP1538919309174&retCode=SUCCESS&status=2&key=test-secret";

  static String signedAnswer() {
    return Fixtures.withSign(Fixtures.wireJson("query-response.jsx"), md5Upper(ANSWER_CANONICAL));
  }

  private static AgentPayPayouts payouts() {
    return Fixtures.client(wm).build().payouts();
  }

  @Test
  void query_sendsTheDocumentExampleAsASignedForm_withReqTimeInIndianTime() {
    Map<String, String> ex = Fixtures.requestExample("query-request.txt");
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"20160427210604000490\","
        + "\"agentpayOrderId\":\"Le20250311182001\",\"status\":1}"))));

    payouts().query(new PayoutQuery(ex.get("mchOrderNo"), ex.get("agentpayOrderId")));

    String canonical = "agentpayOrderId=Le20250311182001&mchId=LEtest067&mchOrderNo=20160427210604000490"
        + "&reqTime=20250311182001&key=test-secret";
    LoggedRequest r = received(wm, PATH).get(0);
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.getBodyAsString()).isEqualTo("mchId=LEtest067&agentpayOrderId=Le20250311182001"
        + "&mchOrderNo=20160427210604000490&reqTime=" + ex.get("reqTime") + "&sign=" + md5Upper(canonical));
  }

  @Test
  void query_byMerchantOrderNoOnly_sendsNoAgentpayOrderId() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\",\"status\":0}"))));

    payouts().query(PayoutQuery.byMerchantOrderNo("PO-1"));

    String canonical = "mchId=LEtest067&mchOrderNo=PO-1&reqTime=20250311182001&key=test-secret";
    assertThat(received(wm, PATH).get(0).getBodyAsString())
        .isEqualTo("mchId=LEtest067&mchOrderNo=PO-1&reqTime=20250311182001&sign=" + md5Upper(canonical));
  }

  @Test
  void query_writesReqTimeInTheConfiguredZone() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\",\"status\":0}"))));

    Fixtures.client(wm).zone(ZoneOffset.UTC).build().payouts().query(PayoutQuery.byMerchantOrderNo("PO-1"));

    assertThat(received(wm, PATH).get(0).getBodyAsString()).contains("&reqTime=20250311125001&");
  }

  @Test
  void query_readsTheDocumentsAnswer() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer())));

    PayoutQueryResult r = payouts().query(new PayoutQuery("AP1538919309174", "Le20250311182001"));

    assertThat(r.merchantOrderNo()).isEqualTo("AP1538919309174");
    assertThat(r.agentpayOrderId()).isEqualTo("Le20250311182001");
    assertThat(r.channelPayNo()).isEqualTo("testutr13");
    assertThat(r.amount()).isEqualTo(Money.of("80", "INR"));
    assertThat(r.fee()).isEqualTo(Money.reportedMinor(3, "INR"));
    assertThat(r.rawStatus()).isEqualTo("2");
    assertThat(r.status()).isEqualTo(PayoutStatus.SUCCEEDED);
    assertThat(r.errorMessage()).isEqualTo("error message");
    assertThat(r.retCode()).isEqualTo("SUCCESS");
  }

  @Test
  void query_whenTheAnswerIsAboutAnotherOrder_throwsTransportException() {
    // The document's request and answer examples name different merchant orders.
    Map<String, String> ex = Fixtures.requestExample("query-request.txt");
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer())));

    assertThatThrownBy(() -> payouts().query(new PayoutQuery(ex.get("mchOrderNo"), ex.get("agentpayOrderId"))))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("AP1538919309174");
  }

  @Test
  void query_whenTheAnswerCarriesTheDocumentsOriginalSign_throwsSignatureVerification() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.wireJson("query-response.jsx"))));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byAgentpayOrderId("Le20250311182001")))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void query_whenTheAnswersStatusWasTamperedWith_throwsSignatureVerification() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer().replace("\"status\": 2", "\"status\": 3"))));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byAgentpayOrderId("Le20250311182001")))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void query_whenTheGatewayAnswers503Once_retriesWithAFreshReqTimeAndSignature_andReadsTheSecondAnswer() {
    List<Duration> sleeps = new ArrayList<>();
    Fixtures.SteppingClock clock = new Fixtures.SteppingClock(Fixtures.NOW);
    wm.stubFor(post(PATH).inScenario("503").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(post(PATH).inScenario("503").whenScenarioStateIs("up").willReturn(okJson(signedAnswer())));

    PayoutQueryResult r = Fixtures.client(wm).clock(clock).sleeper(d -> {
      sleeps.add(d);
      clock.advance(Duration.ofSeconds(2));
    }).build().payouts().query(PayoutQuery.byAgentpayOrderId("Le20250311182001"));

    assertThat(r.status()).isEqualTo(PayoutStatus.SUCCEEDED);
    List<LoggedRequest> requests = received(wm, PATH);
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).getBodyAsString()).isEqualTo("mchId=LEtest067&agentpayOrderId=Le20250311182001"
        + "&reqTime=20250311182001&sign=" + md5Upper("agentpayOrderId=Le20250311182001&mchId=LEtest067"
        + "&reqTime=20250311182001&key=test-secret"));
    assertThat(requests.get(1).getBodyAsString()).isEqualTo("mchId=LEtest067&agentpayOrderId=Le20250311182001"
        + "&reqTime=20250311182003&sign=" + md5Upper("agentpayOrderId=Le20250311182001&mchId=LEtest067"
        + "&reqTime=20250311182003&key=test-secret"));
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void query_whenAnUnsignedAnswerSaysThePayoutFailed_neverReportsItFailed() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\",\"status\":3,"
        + "\"errorMessage\":\"rejected\"}")));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isExactlyInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("carries no signature");
    assertThatThrownBy(() -> Fixtures.client(wm).requireSignedAnswers(false).build().payouts()
        .retrieve(PayoutLookup.byMerchantOrderNo("PO-1")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("does not believe");
  }

  @Test
  void query_whenSignedAnswersAreNotRequired_readsAnUnsignedProcessingAnswer() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\",\"status\":1}")));

    assertThat(Fixtures.client(wm).requireSignedAnswers(false).build().payouts()
        .query(PayoutQuery.byMerchantOrderNo("PO-1")).status()).isEqualTo(PayoutStatus.PROCESSING);
  }

  @Test
  void query_whenTheAnswerNamesAnotherAgentpayOrder_throwsTransportException() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer())));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byAgentpayOrderId("Le999")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("gateway order Le20250311182001, not Le999");
  }

  @Test
  void query_whenTheAnswersAmountIsAHugeExponent_throwsTransportException() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\","
        + "\"amount\":1e2147483647,\"status\":2}"))));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void query_whenTheGatewaySaysItFailed_isATransportFailure_notARefusalOrNotFound() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"system error, please query later\"}")));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("system error");
  }

  @Test
  void query_whenTheGatewayKeepsAnswering503_givesUpAfterTheRetryPolicysAttempts() {
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("HTTP 503");
    assertThat(received(wm, PATH)).hasSize(3);
  }

  @Test
  void query_whenTheGatewaySaysTheOrderDoesNotExist_throwsOrderNotFound() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"Order does not exist\"}")));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isInstanceOf(OrderNotFoundException.class)
        .hasMessageContaining("(merchant order PO-1)");
  }

  @Test
  void query_whenARefusalMentionsAnOrderButIsNotAboutAMissingOne_isNotOrderNotFound() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"order query interface not exist\"}")));
    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isExactlyInstanceOf(ProviderException.class);

    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"order query: IP not found in whitelist\"}")));
    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void query_whenTheOrderNotFoundPatternIsConfigured_usesIt() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"E404\",\"retMsg\":\"no record\"}")));
    AgentPayPayouts custom = Fixtures.client(wm).orderNotFoundPattern(Pattern.compile("^E404\\b")).build().payouts();

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isExactlyInstanceOf(ProviderException.class);
    assertThatThrownBy(() -> custom.query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void query_whenRefusedForAnotherReason_throwsProviderExceptionWithCodeAndMessage() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"reqTime expired\"}")));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isExactlyInstanceOf(ProviderException.class)
        .hasMessageContaining("code FAIL")
        .hasMessageContaining("reqTime expired");
  }

  @Test
  void query_whenAHandledAnswerHasNoStatus_throwsTransportException() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\"}"))));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("no order status");
  }

  @Test
  void query_whenA2xxAnswerIsNotJson_throwsTransportException() {
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withBody("oops")));

    assertThatThrownBy(() -> payouts().query(PayoutQuery.byMerchantOrderNo("PO-1")))
        .isInstanceOf(TransportException.class);
  }

  @Test
  void query_whenAnIdIsLongerThan30Characters_rejectsBeforeSending() {
    assertThatThrownBy(() -> payouts().query(PayoutQuery.byAgentpayOrderId("L".repeat(31))))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).hasErrorFor("agentpayOrderId")).isTrue());
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void retrieve_mapsASucceededOrder_withoutAFailureReason() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer())));

    Payout p = payouts().retrieve(PayoutLookup.byProviderOrderNo("Le20250311182001"));

    assertThat(p.providerId()).isEqualTo("inr-agentpay");
    assertThat(p.merchantOrderNo()).isEqualTo("AP1538919309174");
    assertThat(p.providerOrderNo()).contains("Le20250311182001");
    assertThat(p.status()).isEqualTo(PayoutStatus.SUCCEEDED);
    assertThat(p.rawStatus()).isEqualTo("2");
    assertThat(p.amount()).contains(Money.of("80", "INR"));
    assertThat(p.fee()).contains(Money.reportedMinor(3, "INR"));
    assertThat(p.failureReason()).isEmpty();
  }

  @Test
  void retrieve_mapsAFailedOrder_withItsErrorMessageAsFailureReason() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\",\"agentpayOrderId\":\"Le9\","
        + "\"amount\":10000,\"status\":3,\"errorMessage\":\"Rejected after secondary review\"}"))));

    Payout p = payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-1"));

    assertThat(p.status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(p.failureReason()).contains("Rejected after secondary review");
  }

  @Test
  void retrieve_whenTheStatusIsNotDocumented_givesUnknownWithTheRawValue() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"PO-1\",\"status\":7}"))));

    Payout p = payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-1"));

    assertThat(p.status()).isEqualTo(PayoutStatus.UNKNOWN);
    assertThat(p.rawStatus()).isEqualTo("7");
  }
}
