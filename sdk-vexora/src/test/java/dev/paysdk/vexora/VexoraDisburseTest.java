package dev.paysdk.vexora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.vexora.VexoraTestSupport.MERCHANT_NO;
import static dev.paysdk.vexora.VexoraTestSupport.SECRET;
import static dev.paysdk.vexora.VexoraTestSupport.client;
import static dev.paysdk.vexora.VexoraTestSupport.documentExample;
import static dev.paysdk.vexora.VexoraTestSupport.fixture;
import static dev.paysdk.vexora.VexoraTestSupport.md5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.vexora.VexoraTestSupport.RecordingSleeper;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VexoraDisburseTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String PATH = "/indonesia/v1/vexora/disbursements";
  /** Rule C canonical string of the document's example request, written out by hand. */
  private static final String EXAMPLE_CANONICAL = "accountNo=880123456789012345amount=100.00"
      + "email=rizky.pratama@example.comfirstname=Rizkylastname=Pratamamobile=081234567890"
      + "notifyUrl=https://api.merchant.com/vexora/collection/notifytimestamp=1719876543210tradeNo=VX20260331008901";

  private RecordingSleeper sleeper;
  private VexoraClient vexora;

  @BeforeEach
  void setUp() {
    sleeper = new RecordingSleeper();
    vexora = client(wm.baseUrl() + "/indonesia", sleeper).build();
  }

  /**
   * An answer as the gateway sends it: a handled one (code 0000) signed at the top level with rule C
   * over its fields as written, a refusal unsigned.
   */
  static String answer(String code, String msg, String data) {
    if (!code.equals("0000")) {
      return unsignedAnswer(code, msg, data);
    }
    String canonical = "code=" + code + (data.equals("null") ? "" : "data=" + data) + "msg=" + msg
        + "success=truetimestamp=1719876543210";
    return unsignedAnswer(code, msg, data).replaceFirst("}$", ",\"sign\":\"" + md5(canonical + SECRET) + "\"}");
  }

  /** The same answer without a signature. */
  static String unsignedAnswer(String code, String msg, String data) {
    return "{\"msg\":\"" + msg + "\",\"code\":\"" + code + "\",\"timestamp\":1719876543210,\"success\":"
        + code.equals("0000") + ",\"data\":" + data + "}";
  }

  static String data(String tradeNo, String status, String message) {
    return "{\"tradeNo\":\"" + tradeNo + "\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"status\":\"" + status
        + "\",\"message\":\"" + message + "\"}";
  }

  private static void stub(int status, String body) {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static void stubAnswer(String body) {
    stub(200, body);
  }

  @Test
  void disburse_documentExample_sendsMerchantHeaderExactBodyAndRuleCSignature() throws Exception {
    stubAnswer(answer("0000", "success", data("VX20260331008901", "0015", "Processing")));

    vexora.payouts().disburse(documentExample().build());

    String sign = md5(EXAMPLE_CANONICAL + "test-secret");
    String exactBody = "{\"timestamp\":\"1719876543210\",\"tradeNo\":\"VX20260331008901\",\"amount\":\"100.00\","
        + "\"accountNo\":\"880123456789012345\",\"mobile\":\"081234567890\",\"email\":\"rizky.pratama@example.com\","
        + "\"firstname\":\"Rizky\",\"lastname\":\"Pratama\","
        + "\"notifyUrl\":\"https://api.merchant.com/vexora/collection/notify\",\"sign\":\"" + sign + "\"}";
    // the document's example request, verbatim, re-signed with the test secret
    ObjectNode example = (ObjectNode) new ObjectMapper().readTree(fixture("disbursement-request.json"));
    example.put("sign", sign);
    wm.verify(1, postRequestedFor(urlEqualTo(PATH))
        .withHeader("merchantNo", equalTo(MERCHANT_NO))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalTo(exactBody))
        .withRequestBody(equalToJson(example.toString())));
  }

  @Test
  void disburse_documentSampleAnswer_readsEveryField() {
    // the document's sample answer carries no sign: read here by a client that does not require one
    VexoraClient lenient = client(wm.baseUrl() + "/indonesia", sleeper).requireSignedResponses(false).build();
    stubAnswer(fixture("disbursement-response.json"));

    DisbursementResult result = lenient.payouts().disburse(documentExample()
        .merchantOrderNo("VX20260331011223").remark("collection_vx_11223").build());

    assertThat(result.merchantOrderNo()).isEqualTo("VX20260331011223");
    assertThat(result.providerOrderNo()).isEqualTo("vx4m8k2d9pl0q7f1a");
    assertThat(result.vexoraStatus().raw()).isEqualTo("0015");
    assertThat(result.vexoraStatus().kind()).isEqualTo(VexoraStatus.Kind.PROCESSING);
    assertThat(result.vexoraStatus().payoutStatus()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(result.rawStatus()).isEqualTo("0015");
    assertThat(result.status()).isEqualTo(PayoutStatus.PROCESSING);
    assertThat(result.message()).isEqualTo("Processing");
    assertThat(result.remark()).isEqualTo("collection_vx_11223");
    assertThat(result.reply()).isEqualTo(new GatewayReply("0000", "success", "true", "1719876543210"));
    String canonical = "accountNo=880123456789012345amount=100.00email=rizky.pratama@example.comfirstname=Rizky"
        + "lastname=Pratamamobile=081234567890notifyUrl=https://api.merchant.com/vexora/collection/notify"
        + "remark=collection_vx_11223timestamp=1719876543210tradeNo=VX20260331011223";
    wm.verify(postRequestedFor(urlEqualTo(PATH))
        .withRequestBody(containing("\"remark\":\"collection_vx_11223\",\"sign\":\"" + md5(canonical + "test-secret") + "\"")));
  }

  @Test
  void disburse_whenAnswerNamesAnotherOrder_isOutcomeUnknown() {
    // the document's request and answer verbatim: they are about two different orders
    VexoraClient lenient = client(wm.baseUrl() + "/indonesia", sleeper).requireSignedResponses(false).build();
    stubAnswer(fixture("disbursement-response.json"));

    assertThatThrownBy(() -> lenient.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("the answer is about merchant order VX20260331011223, not VX20260331008901")
        .hasMessageContaining("reconcile by merchant order number VX20260331008901");
  }

  @Test
  void disburse_whenASignedAnswerNamesAnotherOrder_isOutcomeUnknown() {
    stubAnswer(answer("0000", "success", data("VX-SOMEONE-ELSE", "0015", "Processing")));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("the answer is about merchant order VX-SOMEONE-ELSE, not VX20260331008901");
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void disburse_byDefault_doesNotBelieveTheDocumentsUnsignedSampleAnswer() {
    stubAnswer(fixture("disbursement-response.json"));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().merchantOrderNo("VX20260331011223").build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("carries no signature")
        .hasCauseInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void disburse_whenCode8000_failsWithProviderException() {
    stubAnswer(answer("8000", "Parameter error", "null"));

    ProviderException e = catchThrowableOfType(ProviderException.class,
        () -> vexora.payouts().disburse(documentExample().build()));

    assertThat(e).isExactlyInstanceOf(ProviderException.class);
    assertThat(e.providerCode()).isEqualTo("8000");
    assertThat(e.providerMessage()).isEqualTo("Parameter error");
    assertThat(e.getMessage()).contains("[vexora]", "VX20260331008901", "8000");
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void disburse_whenCode8000SaysDuplicate_failsWithDuplicateOrderException() {
    stubAnswer(answer("8000", "Duplicate tradeNo", "null"));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(DuplicateOrderException.class);
  }

  @Test
  void disburse_whenCode8000SaysBalanceShort_failsWithInsufficientBalanceException() {
    stubAnswer(answer("8000", "Insufficient balance", "null"));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(InsufficientBalanceException.class);
  }

  @Test
  void disburse_whenCode5000_isOutcomeUnknownNeverAFailure() {
    stubAnswer(answer("5000", "System error", "null"));

    Throwable e = catchThrowableOfType(OutcomeUnknownException.class,
        () -> vexora.payouts().disburse(documentExample().build()));

    assertThat(e).isNotInstanceOf(ProviderException.class)
        .hasMessageContaining("5000").hasMessageContaining("reconcile by merchant order number VX20260331008901");
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void disburse_whenCodeIsUnrecognised_isOutcomeUnknown() {
    stubAnswer(answer("9999", "Whatever", "null"));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("9999");
  }

  @Test
  void disburse_whenHttp502_isOutcomeUnknownAndNotResent() {
    stub(502, "bad gateway");

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void disburse_when2xxAnswerCannotBeRead_isOutcomeUnknown() {
    stub(200, "<html>ok</html>");

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void disburse_whenCode0000WithoutStatus_isOutcomeUnknown() {
    stubAnswer(answer("0000", "success", "null"));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("no data");
  }

  @Test
  void disburse_whenHttp400WithoutReadableAnswer_failsWithProviderException() {
    stub(400, "Bad Request");

    ProviderException e = catchThrowableOfType(ProviderException.class,
        () -> vexora.payouts().disburse(documentExample().build()));

    assertThat(e.httpStatus()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403, 404, 405, 413, 422})
  void disburse_whenHttp4xxWithoutReadableAnswer_failsWithProviderException(int status) {
    stub(status, "<html>refused</html>");

    ProviderException e = catchThrowableOfType(ProviderException.class,
        () -> vexora.payouts().disburse(documentExample().build()));

    assertThat(e.httpStatus()).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 425, 429, 499})
  void disburse_whenHttp4xxThatMayFollowProcessingHasNoReadableAnswer_isOutcomeUnknown(int status) {
    stub(status, "<html>gave up</html>");

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .isNotInstanceOf(ProviderException.class)
        .hasMessageContaining("HTTP " + status)
        .hasMessageContaining("reconcile by merchant order number VX20260331008901");
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void disburse_whenAnswerIsLate_isOutcomeUnknownAndNotResent() {
    VexoraClient impatient = client(wm.baseUrl() + "/indonesia", sleeper).readTimeout(Duration.ofMillis(300)).build();
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFixedDelay(1000)
        .withBody(answer("0000", "success", data("VX20260331008901", "0015", "Processing")))));

    assertThatThrownBy(() -> impatient.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void disburse_whenConnectionIsRefused_saysItWasNotSent() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    VexoraClient closed = client("http://127.0.0.1:" + port + "/indonesia", sleeper).build();

    Throwable e = catchThrowableOfType(TransportException.class,
        () -> closed.payouts().disburse(documentExample().build()));

    assertThat(e).isNotInstanceOf(OutcomeUnknownException.class).hasMessageContaining("not sent");
  }

  @Test
  void disburse_whenAnswerIsSignedAtTopLevel_verifiesItOverTheFieldsAsWritten() {
    String dataText = "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\","
        + "\"status\":\"0015\",\"message\":\"Processing\"}";
    String sign = md5("code=0000data=" + dataText + "msg=successsuccess=truetimestamp=1719876543210test-secret");
    stubAnswer("{\"msg\":\"success\",\"code\":\"0000\",\"timestamp\":1719876543210,\"success\":true,\"data\":"
        + dataText + ",\"sign\":\"" + sign + "\"}");

    assertThat(vexora.payouts().disburse(documentExample().build()).providerOrderNo()).isEqualTo("vx4m8k2d9pl0q7f1a");
  }

  @Test
  void disburse_whenAnswerIsSignedInsideData_verifiesItOverDataFields() {
    String sign = md5("message=ProcessingplatFormTradeNo=vx4m8k2d9pl0q7f1astatus=0015tradeNo=VX20260331008901test-secret");
    stubAnswer(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\","
        + "\"status\":\"0015\",\"message\":\"Processing\",\"sign\":\"" + sign + "\"}"));

    assertThat(vexora.payouts().disburse(documentExample().build()).vexoraStatus().raw()).isEqualTo("0015");
  }

  @Test
  void disburse_whenAnswerSignatureIsWrong_isOutcomeUnknownAndSaysToReconcile() {
    String dataText = data("VX20260331008901", "00029", "Failed");
    String sign = md5("code=0000data=" + data("VX20260331008901", "0000", "Success")
        + "msg=successsuccess=truetimestamp=1719876543210test-secret");
    stubAnswer("{\"msg\":\"success\",\"code\":\"0000\",\"timestamp\":1719876543210,\"success\":true,\"data\":"
        + dataText + ",\"sign\":\"" + sign + "\"}");

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("signature did not verify")
        .hasMessageContaining("may have been executed")
        .hasMessageContaining("do not resend")
        .hasMessageContaining("reconcile by merchant order number VX20260331008901")
        .hasMessageNotContaining(sign)
        .hasCauseInstanceOf(SignatureVerificationException.class);
    wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void disburse_whenSignedAnswersAreRequiredAndAnswerIsUnsigned_isOutcomeUnknown() {
    VexoraClient strict = client(wm.baseUrl() + "/indonesia", sleeper).requireSignedResponses(true).build();
    stubAnswer(unsignedAnswer("0000", "success", data("VX20260331008901", "0015", "Processing")));

    assertThatThrownBy(() -> strict.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("no signature")
        .hasMessageContaining("reconcile by merchant order number VX20260331008901")
        .hasCauseInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void disburse_whenSignedAnswersAreRequiredAndARejectionIsUnsigned_isARefusalAsTheGatewaySendsIt() {
    VexoraClient strict = client(wm.baseUrl() + "/indonesia", sleeper).requireSignedResponses(true).build();
    stubAnswer(unsignedAnswer("8000", "Parameter error", "null"));

    assertThatThrownBy(() -> strict.payouts().disburse(documentExample().build()))
        .isExactlyInstanceOf(ProviderException.class)
        .hasMessageContaining("Parameter error");
  }

  @Test
  void disburse_whenARejectionCarriesAWrongSignature_isOutcomeUnknown() {
    stubAnswer(unsignedAnswer("8000", "Parameter error", "null").replaceFirst("}$", ",\"sign\":\"" + md5("x") + "\"}"));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasCauseInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void disburse_byDefault_doesNotBelieveAnUnsignedAnswerThatReportsAFailedPayout() {
    stubAnswer(unsignedAnswer("0000", "success", data("VX20260331008901", "00029", "Failed")));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("carries no signature")
        .hasMessageContaining("reconcile by merchant order number VX20260331008901");
  }

  @Test
  void disburse_whenSignedAnswersAreNotRequired_stillDoesNotBelieveAnUnsignedFailedPayout() {
    VexoraClient lenient = client(wm.baseUrl() + "/indonesia", sleeper).requireSignedResponses(false).build();
    stubAnswer(unsignedAnswer("0000", "success", data("VX20260331008901", "00029", "Failed")));

    assertThatThrownBy(() -> lenient.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("reports a failed payout but carries no signature")
        .hasMessageContaining("reconcile by merchant order number VX20260331008901");
  }

  @Test
  void disburse_whenSignedAnswersAreNotRequired_readsAnUnsignedProcessingAnswer() {
    VexoraClient lenient = client(wm.baseUrl() + "/indonesia", sleeper).requireSignedResponses(false).build();
    stubAnswer(unsignedAnswer("0000", "success", data("VX20260331008901", "0015", "Processing")));

    assertThat(lenient.payouts().disburse(documentExample().build()).rawStatus()).isEqualTo("0015");
  }

  @Test
  void disburse_whenASignedAnswerReportsAFailedPayout_returnsItWithTheReasonMasked() {
    stubAnswer(answer("0000", "success", data("VX20260331008901", "00029",
        "Account 880123456789012345 of Pratama closed\\nINFO forged")));

    DisbursementResult result = vexora.payouts().disburse(documentExample().build());

    assertThat(result.status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(result.message()).isEqualTo("Account ****2345 of ****tama closed INFO forged");
  }

  @Test
  void disburse_withWholeNumberFormat_sendsAmountWithoutDecimals() {
    VexoraClient whole = client(wm.baseUrl() + "/indonesia", sleeper).amountFormat(AmountFormat.WHOLE_NUMBER).build();
    stubAnswer(answer("0000", "success", data("VX20260331008901", "0015", "Processing")));

    whole.payouts().disburse(documentExample().build());

    String canonical = "accountNo=880123456789012345amount=100email=rizky.pratama@example.comfirstname=Rizky"
        + "lastname=Pratamamobile=081234567890notifyUrl=https://api.merchant.com/vexora/collection/notify"
        + "timestamp=1719876543210tradeNo=VX20260331008901";
    wm.verify(postRequestedFor(urlEqualTo(PATH))
        .withRequestBody(containing("\"amount\":\"100\","))
        .withRequestBody(containing("\"sign\":\"" + md5(canonical + "test-secret") + "\"")));
  }

  @Test
  void newMerchantOrderNo_isDateTimeOfTheClientClockFollowedByRandomDigits() {
    assertThat(vexora.payouts().newMerchantOrderNo()).matches("20240701232903[0-9]{6}");
  }

  @Test
  void disburse_whenCode8000SaysTheSignatureFailed_isAnAuthenticationFailure_notAPlainRefusal() {
    stubAnswer(answer("8000", "signature verification failed", "null"));

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
        () -> vexora.payouts().disburse(documentExample().build()));

    assertThat(e.providerCode()).isEqualTo("8000");
    assertThat(e.mayHaveExecuted()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"System busy, please query", "timeout", "system error"})
  void disburse_whenCode8000SaysTheGatewayItselfFailed_isOutcomeUnknown(String message) {
    stubAnswer(answer("8000", message, "null"));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("reconcile by merchant order number VX20260331008901");
  }

  @Test
  void disburse_whenARefusalEchoesThePayeesDetails_masksThemInTheException() {
    stubAnswer(answer("8000", "invalid account 880123456789012345 for mobile 081234567890 (rizky.pratama@example.com)",
        "null"));

    ProviderException e = catchThrowableOfType(ProviderException.class,
        () -> vexora.payouts().disburse(documentExample().build()));

    assertThat(e.getMessage()).doesNotContain("880123456789012345", "081234567890", "rizky.pratama@example.com")
        .contains("****2345", "****7890");
    assertThat(e.providerMessage()).doesNotContain("880123456789012345");
  }

  @Test
  void disburse_whenTheStatusIsAnAbsurdNumber_keepsItAsAnUnknownRawStatus() {
    stubAnswer(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"status\":1e2147483647}"));

    DisbursementResult result = vexora.payouts().disburse(documentExample().build());

    assertThat(result.rawStatus()).isEqualTo("1e2147483647");
    assertThat(result.status()).isEqualTo(PayoutStatus.UNKNOWN);
    assertThat(result.toString()).contains("1e2147483647");
  }

  @Test
  void disburse_whenTheStatusIsNotAStatusCode_isOutcomeUnknown() {
    stubAnswer(answer("0000", "success", "{\"tradeNo\":\"VX20260331008901\",\"status\":\"0000\\r\\nINFO paid\"}"));

    assertThatThrownBy(() -> vexora.payouts().disburse(documentExample().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("data.status")
        .hasMessageNotContaining("INFO paid");
  }
}
