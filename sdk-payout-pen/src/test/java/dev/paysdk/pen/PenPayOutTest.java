package dev.paysdk.pen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.pen.PenTestSupport.CREATE_ANSWER;
import static dev.paysdk.pen.PenTestSupport.client;
import static dev.paysdk.pen.PenTestSupport.createAnswerWithAmount;
import static dev.paysdk.pen.PenTestSupport.documentRequest;
import static dev.paysdk.pen.PenTestSupport.md5Upper;
import static dev.paysdk.pen.PenTestSupport.nonceOf;
import static dev.paysdk.pen.PenTestSupport.onlyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PenPayOutTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final PenPayouts payouts = client(wm).build().payouts();

  @Test
  void payOut_sendsDocumentedHeadersExactBodyAndRuleASignature() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));

    payouts.payOut(documentRequest().build());

    LoggedRequest sent = onlyRequest(wm);
    String body = sent.getBodyAsString();
    String nonce = nonceOf(body);
    assertThat(sent.getUrl()).isEqualTo("/api/payOut");
    assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    assertThat(sent.getHeader("MerchantId")).isEqualTo("100001");
    assertThat(body).isEqualTo("{\"accountName\":\"John\",\"accountNo\":\"1914567890123\","
        + "\"cciAccountNo\":\"00219400254640654321\",\"accountType\":1,\"currency\":\"PEN\",\"amount\":100.00,"
        + "\"bankId\":2,\"mchOrderNo\":\"M1656907083234\",\"notifyUrl\":\"http://abc.com/webhooks\","
        + "\"nonceStr\":\"" + nonce + "\",\"idType\":\"DNI\",\"idCard\":\"45678912\",\"phone\":\"+52xxxxxxx\","
        + "\"email\":\"xyz@gamil.com\",\"remark\":\"remark\"}");
    assertThat(sent.getHeader("Sign")).isEqualTo(md5Upper("accountName=John&accountNo=1914567890123&accountType=1"
        + "&amount=100.00&bankId=2&cciAccountNo=00219400254640654321&currency=PEN&email=xyz@gamil.com"
        + "&idCard=45678912&idType=DNI&mchOrderNo=M1656907083234&nonceStr=" + nonce
        + "&notifyUrl=http://abc.com/webhooks&phone=+52xxxxxxx&remark=remark&key=test-secret"));
  }

  @Test
  void payOut_readsTheDocumentsAnswer() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));

    PenPayoutResult result = payouts.payOut(documentRequest().build());

    assertThat(result.merchantId()).isEqualTo("100001");
    assertThat(result.merchantOrderNo()).isEqualTo("M1656907083234");
    assertThat(result.orderNo()).isEqualTo("PAYOUT8232147367892025344");
    assertThat(result.amount()).isEqualTo(Money.of("100", "PEN"));
    assertThat(result.fee()).isEqualTo(Money.zero("PEN"));
    assertThat(result.orderStatus()).isEqualTo("PROCESSING");
    assertThat(result.status()).isEqualTo(PayoutStatus.ACCEPTED);
  }

  @Test
  void payOut_whenAmountHasOneDecimal_sendsAndSignsTwoDecimals() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount("10.50"))));

    payouts.payOut(documentRequest().amount(Money.of("10.5", "PEN")).cciAccountNo(null).phone(null).email(null)
        .build());

    String body = onlyRequest(wm).getBodyAsString();
    String nonce = nonceOf(body);
    assertThat(body).contains(",\"amount\":10.50,").doesNotContain("cciAccountNo").doesNotContain("phone")
        .doesNotContain("email");
    assertThat(onlyRequest(wm).getHeader("Sign")).isEqualTo(md5Upper("accountName=John&accountNo=1914567890123"
        + "&accountType=1&amount=10.50&bankId=2&currency=PEN&idCard=45678912&idType=DNI&mchOrderNo=M1656907083234"
        + "&nonceStr=" + nonce + "&notifyUrl=http://abc.com/webhooks&remark=remark&key=test-secret"));
  }

  @Test
  void payOut_generatesAFreshNonceForEachRequest() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));

    payouts.payOut(documentRequest().build());
    payouts.payOut(documentRequest().build());

    var sent = wm.findAll(postRequestedFor(urlEqualTo("/api/payOut")));
    assertThat(sent).hasSize(2);
    assertThat(nonceOf(sent.get(0).getBodyAsString())).isNotEqualTo(nonceOf(sent.get(1).getBodyAsString()));
  }

  @Test
  void payOut_whenCodeIsNot200_throwsProviderExceptionWithCodeAndMessage() {
    wm.stubFor(post("/api/payOut").willReturn(okJson("{\"msg\":\"insufficient balance\",\"code\":5001}")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isExactlyInstanceOf(dev.paysdk.core.error.InsufficientBalanceException.class)
        .hasMessageContaining("[payout-pen] payout.create (merchant order M1656907083234)")
        .hasMessageContaining("code 5001")
        .hasMessageContaining("insufficient balance")
        .satisfies(e -> {
          ProviderException p = (ProviderException) e;
          assertThat(p.providerCode()).isEqualTo("5001");
          assertThat(p.providerMessage()).isEqualTo("insufficient balance");
          assertThat(p.httpStatus()).isEqualTo(200);
        });
    wm.verify(1, postRequestedFor(urlEqualTo("/api/payOut")));
  }

  @Test
  void payOut_whenHttp401_throwsAuthenticationException() {
    wm.stubFor(post("/api/payOut").willReturn(aResponse().withStatus(401).withBody("unauthorized")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void payOut_whenReadTimesOut_throwsOutcomeUnknownAfterExactlyOneRequest() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER).withFixedDelay(1000)));
    PenPayouts impatient = client(wm).readTimeout(Duration.ofMillis(300)).build().payouts();

    assertThatThrownBy(() -> impatient.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("M1656907083234")
        .hasMessageContaining("do not resend");
    wm.verify(1, postRequestedFor(urlEqualTo("/api/payOut")));
  }

  @Test
  void payOut_whenGatewayAnswers503_throwsOutcomeUnknownWithoutResending() {
    wm.stubFor(post("/api/payOut").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/api/payOut")));
  }

  @Test
  void payOut_whenConnectionIsResetAfterSending_throwsOutcomeUnknown() {
    wm.stubFor(post("/api/payOut").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/api/payOut")));
  }

  @Test
  void payOut_whenSuccessfulAnswerCannotBeRead_throwsOutcomeUnknown() {
    wm.stubFor(post("/api/payOut").willReturn(okJson("<html>gateway</html>")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void payOut_whenCode200CarriesNoStatus_throwsOutcomeUnknown() {
    wm.stubFor(post("/api/payOut").willReturn(okJson("{\"msg\":\"SUCCESS\",\"code\":200,\"data\":{}}")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("'orderStatus' is missing");
  }

  @Test
  void payOut_whenAnswerCarriesAMatchingSign_acceptsIt() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)
        .withHeader("Sign", md5Upper("code=200&data=" + dataText(CREATE_ANSWER) + "&msg=SUCCESS&key=test-secret"))));

    assertThat(payouts.payOut(documentRequest().build()).orderNo()).isEqualTo("PAYOUT8232147367892025344");
  }

  @Test
  void payOut_whenAnswerCarriesAWrongSign_isOutcomeUnknownCausedBySignatureVerification() {
    String forged = md5Upper("forged");
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER).withHeader("Sign", forged)));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("signature did not verify")
        .hasMessageContaining("Sign header does not match its body")
        .hasMessageContaining("do not resend")
        .hasMessageContaining("reconcile by merchant order number M1656907083234")
        .hasMessageNotContaining(forged)
        .hasCauseInstanceOf(SignatureVerificationException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/api/payOut")));
  }

  @Test
  void payOut_whenARefusalCarriesAWrongSign_isStillOutcomeUnknown() {
    wm.stubFor(post("/api/payOut").willReturn(okJson("{\"msg\":\"amount too small\",\"code\":400}")
        .withHeader("Sign", md5Upper("forged"))));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasCauseInstanceOf(SignatureVerificationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"code\":500,\"msg\":\"system error\"}",
      "{\"code\":504,\"msg\":\"request timeout, please query\"}",
      "{\"code\":\"599\",\"msg\":\"busy\"}",
      "{\"code\":\"ERROR\",\"msg\":\"insufficient balance\"}",
      "{\"code\":\"5xx\"}"})
  void payOut_whenCodeIsAServerErrorOrNotANumber_isOutcomeUnknownNotARefusal(String answer) {
    wm.stubFor(post("/api/payOut").willReturn(okJson(answer)));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .isNotInstanceOf(ProviderException.class)
        .hasMessageContaining("the gateway answered code ")
        .hasMessageContaining("reconcile by merchant order number M1656907083234");
    wm.verify(1, postRequestedFor(urlEqualTo("/api/payOut")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"400", "499", "600", "5001", "1", "-1"})
  void payOut_whenNumericCodeIsOutside500To599_isARefusal(String code) {
    wm.stubFor(post("/api/payOut").willReturn(okJson("{\"code\":" + code + ",\"msg\":\"amount too small\"}")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isExactlyInstanceOf(ProviderException.class)
        .satisfies(e -> assertThat(((ProviderException) e).providerCode()).isEqualTo(code));
  }

  @Test
  void payOut_whenHttp401CarriesAServerErrorCode_isStillAnAuthenticationRefusal() {
    wm.stubFor(post("/api/payOut").willReturn(aResponse().withStatus(401)
        .withBody("{\"code\":500,\"msg\":\"unauthorized\"}")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(AuthenticationException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 405, 413, 422})
  void payOut_whenHttp4xxHasNoReadableAnswer_isARefusal(int status) {
    wm.stubFor(post("/api/payOut").willReturn(aResponse().withStatus(status).withBody("<html>refused</html>")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isExactlyInstanceOf(ProviderException.class)
        .satisfies(e -> assertThat(((ProviderException) e).httpStatus()).isEqualTo(status));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 425, 429, 499})
  void payOut_whenHttp4xxThatMayFollowProcessingHasNoReadableAnswer_isOutcomeUnknown(int status) {
    wm.stubFor(post("/api/payOut").willReturn(aResponse().withStatus(status).withBody("<html>gave up</html>")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("HTTP " + status);
    wm.verify(1, postRequestedFor(urlEqualTo("/api/payOut")));
  }

  @Test
  void payOut_whenTheAnswerNamesAnotherAmount_isOutcomeUnknown() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount("1000"))));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("the answer's amount is 1000 PEN, not the 100 PEN asked for")
        .hasMessageContaining("reconcile by merchant order number M1656907083234");
  }

  @Test
  void payOut_whenTheAnswerIsAboutAnotherMerchantOrder_isOutcomeUnknown() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER.replace("M1656907083234", "M0000000000001"))));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("the answer is about merchant order M0000000000001, not M1656907083234");
  }

  @Test
  void payOut_whenTheAnswerNamesAnotherMerchant_isOutcomeUnknown() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER.replace("\"100001\"", "\"100002\""))));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("'merchantId' names another merchant");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e2147483647", "-1e600000"})
  void payOut_whenTheAnswersAmountIsAnAbsurdNumber_isOutcomeUnknownAtOnce(String amount) {
    wm.stubFor(post("/api/payOut").willReturn(okJson(createAnswerWithAmount(amount))));

    long start = System.nanoTime();
    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("'amount'")
        .hasMessageNotContaining(amount);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void payOut_whenSignedAnswersAreRequiredAndTheAnswerIsUnsigned_isOutcomeUnknown() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));
    PenPayouts strict = client(wm).signedAnswersRequired(true).build().payouts();

    assertThatThrownBy(() -> strict.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("carries no signature")
        .hasCauseInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void payOut_whenSignedAnswersAreRequiredAndTheAnswerIsSigned_readsIt() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)
        .withHeader("Sign", md5Upper("code=200&data=" + dataText(CREATE_ANSWER) + "&msg=SUCCESS&key=test-secret"))));
    PenPayouts strict = client(wm).signedAnswersRequired(true).build().payouts();

    assertThat(strict.payOut(documentRequest().build()).rawStatus()).isEqualTo("PROCESSING");
  }

  @Test
  void payOut_afterTheClientWasClosed_sendsNothing() {
    PenPayoutClient closed = client(wm).build();
    closed.close();
    closed.close();

    assertThatThrownBy(() -> closed.payouts().payOut(documentRequest().build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    wm.verify(0, postRequestedFor(urlEqualTo("/api/payOut")));
  }

  /** The nested data object exactly as written in the answer. */
  private static String dataText(String answer) {
    int start = answer.indexOf('{', answer.indexOf("\"data\""));
    int end = answer.indexOf('}', start) + 1;
    return answer.substring(start, end);
  }
}
