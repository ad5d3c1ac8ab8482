package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.agentpay.Fixtures.md5Upper;
import static dev.paysdk.agentpay.Fixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentPayApplyTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  static final String PATH = "/api/agentpay/apply";

  /** The document's request example, signed with the test secret. */
  static final String REQUEST_CANONICAL = "accountBankCode=BANK&accountName=12312312&accountNo=12312312&amount=10000"
      + "&currency=INR&extra={\"value\":\"AIRP0000001\"}&mchId=LEtest067&mchOrderNo=202503110001"
      + "&notifyUrl=http://localhost:8081/api/pay/notifyUrl&payerEmail=123@test.com&phoneNumber=6888889999"
      + "&remark=123123&key=test-secret";

  /** The document's answer, every non-null field but sign ({@code extra} is null). */
  static final String ANSWER_CANONICAL = "agentpayOrderId=Le198311136382210&fee=1200&retCode=SUCCESS"
      + "&retMsg=Payout application successful&status=1&key=test-secret";

  static String signedAnswer() {
    return Fixtures.withSign(Fixtures.wireJson("apply-response.jsx"), md5Upper(ANSWER_CANONICAL));
  }

  /** The document's request example as a typed request (the merchant id comes from the client). */
  static PayoutApply documentExample() {
    Map<String, String> ex = Fixtures.requestExample("apply-request.txt");
    String extra = ex.get("extra");
    assertThat(extra).startsWith("{\"value\":\"").endsWith("\"}");
    return PayoutApply.builder()
        .merchantOrderNo(ex.get("mchOrderNo"))
        .amount(Money.ofMinor(Long.parseLong(ex.get("amount")), ex.get("currency")))
        .phoneNumber(ex.get("phoneNumber"))
        .payerEmail(ex.get("payerEmail"))
        .accountName(ex.get("accountName"))
        .accountNo(ex.get("accountNo"))
        .accountBankCode(ex.get("accountBankCode"))
        .remark(ex.get("remark"))
        .notifyUrl(ex.get("notifyUrl"))
        .ifscOrVpa(extra.substring("{\"value\":\"".length(), extra.length() - 2))
        .build();
  }

  private static AgentPayPayouts payouts() {
    return Fixtures.client(wm).build().payouts();
  }

  @Test
  void apply_sendsTheDocumentExampleAsASignedForm_inTheDocumentsOrder() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer())));

    payouts().apply(documentExample());

    List<LoggedRequest> requests = received(wm, PATH);
    assertThat(requests).hasSize(1);
    LoggedRequest r = requests.get(0);
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.getBodyAsString()).isEqualTo("mchId=LEtest067&mchOrderNo=202503110001&amount=10000&currency=INR"
        + "&phoneNumber=6888889999&payerEmail=123%40test.com&accountName=12312312&accountNo=12312312"
        + "&accountBankCode=BANK&remark=123123&notifyUrl=http%3A%2F%2Flocalhost%3A8081%2Fapi%2Fpay%2FnotifyUrl"
        + "&extra=%7B%22value%22%3A%22AIRP0000001%22%7D&sign=" + md5Upper(REQUEST_CANONICAL));
  }

  @Test
  void apply_leavesOutOptionalFieldsThatAreNotGiven_andDoesNotSignThem() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer())));

    payouts().apply(documentExample().toBuilder().phoneNumber(null).payerEmail("").accountName(null).remark(null)
        .build());

    String canonical = "accountBankCode=BANK&accountNo=12312312&amount=10000&currency=INR"
        + "&extra={\"value\":\"AIRP0000001\"}&mchId=LEtest067&mchOrderNo=202503110001"
        + "&notifyUrl=http://localhost:8081/api/pay/notifyUrl&key=test-secret";
    assertThat(received(wm, PATH).get(0).getBodyAsString()).isEqualTo("mchId=LEtest067&mchOrderNo=202503110001"
        + "&amount=10000&currency=INR&accountNo=12312312&accountBankCode=BANK"
        + "&notifyUrl=http%3A%2F%2Flocalhost%3A8081%2Fapi%2Fpay%2FnotifyUrl"
        + "&extra=%7B%22value%22%3A%22AIRP0000001%22%7D&sign=" + md5Upper(canonical));
  }

  @Test
  void apply_readsTheDocumentsAnswer() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer())));

    ApplyResult result = payouts().apply(documentExample());

    assertThat(result.merchantOrderNo()).isEqualTo("202503110001");
    assertThat(result.agentpayOrderId()).isEqualTo("Le198311136382210");
    assertThat(result.fee()).isEqualTo(Money.reportedMinor(1200, "INR"));
    assertThat(result.fee().amount()).isEqualByComparingTo("12.00");
    assertThat(result.rawStatus()).isEqualTo("1");
    assertThat(result.status()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(result.retCode()).isEqualTo("SUCCESS");
    assertThat(result.message()).isEqualTo("Payout application successful");
    assertThat(result.extra()).isNull();
    assertThat(result.rawResponse()).contains("Le198311136382210");
    assertThat(result.toString()).contains("Le198311136382210").doesNotContain(md5Upper(ANSWER_CANONICAL));
  }

  @Test
  void apply_whenTheAnswerCarriesTheDocumentsOriginalSign_throwsOutcomeUnknownCausedBySignatureVerification() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.wireJson("apply-response.jsx"))));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isExactlyInstanceOf(OutcomeUnknownException.class)
        .hasCauseInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("signature")
        .hasMessageContaining("may have been executed")
        .hasMessageContaining("do not resend")
        .hasMessageContaining("reconcile by merchant order number 202503110001")
        .hasMessageNotContaining("106A36489C4B624FD23BF92F4ABF6272")
        .satisfies(e -> assertThat(e.getCause().getMessage()).doesNotContain("106A36489C4B624FD23BF92F4ABF6272"));
    assertThat(received(wm, PATH)).hasSize(1);
  }

  @Test
  void apply_whenTheAnswerWasTamperedWith_throwsOutcomeUnknownCausedBySignatureVerification() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer().replace("\"fee\": 1200", "\"fee\": 12"))));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isExactlyInstanceOf(OutcomeUnknownException.class)
        .hasCauseInstanceOf(SignatureVerificationException.class);
    assertThat(received(wm, PATH)).hasSize(1);
  }

  @Test
  void apply_whenAHandledAnswerCarriesNoSign_isOutcomeUnknown_becauseTheDocumentSignsIt() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"fee\":0,\"status\":0}")));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isExactlyInstanceOf(OutcomeUnknownException.class)
        .hasCauseInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("carries no signature");
    assertThat(received(wm, PATH)).hasSize(1);
  }

  @Test
  void apply_whenSignedAnswersAreNotRequired_acceptsAnUnsignedAcceptance() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"fee\":0,\"status\":0}")));

    ApplyResult result = Fixtures.client(wm).requireSignedAnswers(false).build().payouts().apply(documentExample());

    assertThat(result.agentpayOrderId()).isEqualTo("Le1");
    assertThat(result.fee()).isEqualTo(Money.zero("INR"));
    assertThat(result.status()).isEqualTo(PayoutStatus.ACCEPTED);
  }

  @Test
  void apply_whenSignedAnswersAreNotRequired_stillChecksASignThatIsPresent() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer().replace("\"fee\": 1200", "\"fee\": 12"))));

    assertThatThrownBy(() -> Fixtures.client(wm).requireSignedAnswers(false).build().payouts().apply(documentExample()))
        .isExactlyInstanceOf(OutcomeUnknownException.class)
        .hasCauseInstanceOf(SignatureVerificationException.class);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void apply_whenAnUnsignedAnswerSaysThePayoutFailed_isOutcomeUnknown_neverAFailedPayout(boolean requireSigned) {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"SUCCESS\",\"retMsg\":\"rejected\","
        + "\"agentpayOrderId\":\"Le1\",\"status\":3}")));
    AgentPayClient client = Fixtures.client(wm).requireSignedAnswers(requireSigned).build();

    assertThatThrownBy(() -> client.payouts().apply(documentExample()))
        .isExactlyInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("reconcile by merchant order number 202503110001");
    assertThatThrownBy(() -> client.payouts().create(AgentPayNeutralPayoutsTest.bankRequest()))
        .isExactlyInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void apply_whenASignedAnswerSaysThePayoutFailed_reportsItFailed() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"retMsg\":\"rejected\","
        + "\"agentpayOrderId\":\"Le1\",\"status\":3}"))));

    assertThat(payouts().apply(documentExample()).status()).isEqualTo(PayoutStatus.FAILED);
  }

  @Test
  void apply_whenASignedAnswerNamesAnotherMerchantOrder_isOutcomeUnknown() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"OTHER-7\","
        + "\"agentpayOrderId\":\"Le1\",\"status\":1}"))));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isExactlyInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("merchant order OTHER-7, not 202503110001")
        .hasMessageContaining("reconcile by merchant order number 202503110001");
  }

  @Test
  void apply_whenASignedAnswerNamesThisMerchantOrder_acceptsIt() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"202503110001\","
        + "\"agentpayOrderId\":\"Le1\",\"status\":1}"))));

    assertThat(payouts().apply(documentExample()).agentpayOrderId()).isEqualTo("Le1");
  }

  @Test
  void apply_whenRetCodeIsZero_treatsTheRequestAsHandled() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"0\",\"agentpayOrderId\":\"Le2\",\"status\":1}"))));

    assertThat(payouts().apply(documentExample()).agentpayOrderId()).isEqualTo("Le2");
  }

  @Test
  void apply_whenRefused_throwsProviderExceptionWithCodeAndMessage() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"accountNo is invalid\"}")));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isExactlyInstanceOf(ProviderException.class)
        .hasMessageContaining("[inr-agentpay] payout.create (merchant order 202503110001)")
        .hasMessageContaining("code FAIL")
        .satisfies(e -> {
          ProviderException p = (ProviderException) e;
          assertThat(p.providerCode()).isEqualTo("FAIL");
          assertThat(p.providerMessage()).isEqualTo("accountNo is invalid");
          assertThat(p.httpStatus()).isEqualTo(200);
        });
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"system error", "System busy, please try again later",
      "request timeout, please query", "Internal Server Error", "系统异常", "timeout, please query"})
  void apply_whenTheGatewaySaysItFailed_isOutcomeUnknown_notARefusal_andIsSentOnce(String message) {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"" + message + "\"}")));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("202503110001")
        .hasMessageContaining("a failure on its side rather than an answer");
    assertThat(received(wm, PATH)).hasSize(1);
  }

  @Test
  void apply_whenTheRetCodeSaysSystemError_isOutcomeUnknown() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"SYSTEM_ERROR\",\"retMsg\":\"please wait\"}")));

    assertThatThrownBy(() -> payouts().apply(documentExample())).isExactlyInstanceOf(OutcomeUnknownException.class);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"repeat order", "Repeat order number", "mchOrderNo duplicate",
      "repeated order", "order already exists", "订单号重复"})
  void apply_whenTheGatewaySaysTheOrderNumberRepeats_throwsDuplicateOrder(String message) {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"" + message + "\"}")));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isExactlyInstanceOf(DuplicateOrderException.class)
        .satisfies(e -> assertThat(((ProviderException) e).providerMessage()).isEqualTo(message));
  }

  @Test
  void apply_whenARefusalEchoesTheRequestsPrivateValues_masksThemInTheException() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"account 98765432101234 of"
        + " Asha Verma (9876543210, asha@example.in) rejected\\r\\nFAKE LOG LINE\"}")));
    PayoutApply request = documentExample().toBuilder().accountNo("98765432101234").accountName("Asha Verma")
        .phoneNumber("9876543210").payerEmail("asha@example.in").build();

    assertThatThrownBy(() -> payouts().apply(request))
        .isExactlyInstanceOf(ProviderException.class)
        .hasMessageNotContaining("98765432101234")
        .hasMessageNotContaining("Asha Verma")
        .hasMessageNotContaining("9876543210")
        .hasMessageNotContaining("asha@example.in")
        .hasMessageNotContaining("\n")
        .hasMessageContaining("****1234")
        .satisfies(e -> assertThat(((ProviderException) e).providerMessage()).doesNotContain("98765432101234")
            .doesNotContain("\r"));
  }

  @Test
  void apply_whenTheAnswersFeeIsAHugeExponent_isOutcomeUnknown_withoutSpendingTime() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le4\","
        + "\"fee\":1e999999999,\"status\":1}"))));

    long start = System.nanoTime();
    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isExactlyInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("fee");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void apply_whenAFrontAnswers408WithAnHtmlPage_isOutcomeUnknown() {
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(408).withBody("<html>Request Timeout</html>")));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isExactlyInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("HTTP 408");
    assertThat(received(wm, PATH)).hasSize(1);
  }

  @Test
  void apply_whenTheGatewayAnswers401_throwsAuthentication() {
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> payouts().apply(documentExample())).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void apply_whenTheOrderNumberWasUsedBefore_throwsDuplicateOrder() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"Duplicate merchant order number\"}")));

    assertThatThrownBy(() -> payouts().apply(documentExample())).isInstanceOf(DuplicateOrderException.class);
  }

  @Test
  void apply_whenTheBalanceIsTooLow_throwsInsufficientBalance() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"Insufficient balance\"}")));

    assertThatThrownBy(() -> payouts().apply(documentExample())).isInstanceOf(InsufficientBalanceException.class);
  }

  @Test
  void apply_whenTheGatewayRejectsTheSignature_throwsAuthentication() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"retCode\":\"FAIL\",\"retMsg\":\"sign error\"}")));

    assertThatThrownBy(() -> payouts().apply(documentExample())).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void apply_whenTheReadTimesOut_throwsOutcomeUnknown_andSendsExactlyOnce() {
    wm.stubFor(post(PATH).willReturn(okJson(signedAnswer()).withFixedDelay(1000)));
    AgentPayPayouts payouts = Fixtures.client(wm).readTimeout(Duration.ofMillis(300)).build().payouts();

    assertThatThrownBy(() -> payouts.apply(documentExample()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("reconcile by merchant order number 202503110001");
    assertThat(received(wm, PATH)).hasSize(1);
  }

  @Test
  void apply_whenTheConnectionIsLostAfterSending_throwsOutcomeUnknown_andSendsExactlyOnce() {
    wm.stubFor(post(PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> payouts().apply(documentExample())).isInstanceOf(OutcomeUnknownException.class);
    assertThat(received(wm, PATH)).hasSize(1);
  }

  @Test
  void apply_whenTheGatewayAnswers503_throwsOutcomeUnknown_andDoesNotRetry() {
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> payouts().apply(documentExample())).isInstanceOf(OutcomeUnknownException.class);
    assertThat(received(wm, PATH)).hasSize(1);
  }

  @Test
  void apply_whenA2xxAnswerIsNotJson_throwsOutcomeUnknown() {
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withBody("<html>gateway busy</html>")));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("HTTP 200");
  }

  @Test
  void apply_whenA2xxAnswerIsEmpty_throwsOutcomeUnknown() {
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(200)));

    assertThatThrownBy(() -> payouts().apply(documentExample())).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void apply_whenA2xxAnswerHasNoRetCode_throwsOutcomeUnknown() {
    wm.stubFor(post(PATH).willReturn(okJson("{\"agentpayOrderId\":\"Le3\",\"status\":1}")));

    assertThatThrownBy(() -> payouts().apply(documentExample())).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void apply_whenAnAcceptedAnswersFeeIsNotWholePaise_throwsOutcomeUnknown() {
    wm.stubFor(post(PATH).willReturn(okJson(Fixtures.signed("{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le4\","
        + "\"fee\":12.5,\"status\":1}"))));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("fee");
  }

  @Test
  void apply_whenTheGatewayAnswers404WithoutBody_throwsProviderExceptionWithTheStatus() {
    wm.stubFor(post(PATH).willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> payouts().apply(documentExample()))
        .isExactlyInstanceOf(ProviderException.class)
        .satisfies(e -> assertThat(((ProviderException) e).httpStatus()).isEqualTo(404));
  }

  @Test
  void apply_whenNothingListens_reportsThatTheRequestWasNotSent() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    AgentPayPayouts payouts = Fixtures.client(wm).baseUrl("http://127.0.0.1:" + closedPort).build().payouts();

    assertThatThrownBy(() -> payouts.apply(documentExample()))
        .isInstanceOf(TransportException.class)
        .isNotInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("safe to send again");
  }
}
