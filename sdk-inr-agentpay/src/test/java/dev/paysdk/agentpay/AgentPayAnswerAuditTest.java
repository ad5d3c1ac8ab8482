package dev.paysdk.agentpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.sign.Signers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Audit: how the apply (money-moving), query and balance (reads) trust the gateway's answers. Inputs
 * here are hostile or odd answers that the other tests do not use.
 */
class AgentPayAnswerAuditTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  static final String APPLY = "/api/agentpay/apply";
  static final String QUERY = "/api/pay/orderquery";
  static final String BALANCE = "/api/agentpay/query_balance";
  static final String ORDER = "AUD-20250311-0001";
  static final String ACCOUNT = "918273645500123";
  static final String PHONE = "9876501234";

  static PayoutApply request() {
    return PayoutApply.builder()
        .merchantOrderNo(ORDER)
        .amount(Money.ofMinor(10000, "INR"))
        .phoneNumber(PHONE)
        .accountName("Asha Verma")
        .accountNo(ACCOUNT)
        .accountBankCode("BANK")
        .notifyUrl("https://merchant.example/notify")
        .ifscOrVpa("HDFC0001234")
        .build();
  }

  static String sign(Map<String, String> fields) {
    return Signers.md5SortedFragments(Fixtures.SECRET).sign(fields);
  }

  static Map<String, String> fields(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static AgentPayClient client() {
    return Fixtures.client(wm).build();
  }

  private static void stub(String path, ResponseDefinitionBuilder r) {
    wm.stubFor(post(urlEqualTo(path)).willReturn(r));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static Throwable applyFails() {
    Throwable t = catchThrowable(() -> client().payouts().apply(request()));
    assertThat(t).as("apply must not return a result").isNotNull();
    return t;
  }

  private static void assertNoLeak(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertThat(String.valueOf(c.getMessage())).doesNotContain(ACCOUNT).doesNotContain(PHONE);
    }
  }

  // ---- a signed refusal about ANOTHER order ------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Insufficient balance", "Duplicate mchOrderNo", "amount error"})
  void apply_signedRefusalNamingAnotherMerchantOrder_isNotBelievedAsNothingMoved(String msg) {
    Map<String, String> f = fields("retCode", "FAIL", "retMsg", msg, "mchOrderNo", "OTHER-ORDER-9");
    String body = "{\"retCode\":\"FAIL\",\"retMsg\":\"" + msg + "\",\"mchOrderNo\":\"OTHER-ORDER-9\",\"sign\":\""
        + sign(f) + "\"}";
    stub(APPLY, json(200, body));

    Throwable t = applyFails();

    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- duplicate keys ---------------------------------------------------------------------------

  @Test
  void apply_signedAnswerWithDuplicateStatus_isOutcomeUnknown() {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "status", "3");
    String body = "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"status\":3,\"status\":1,\"sign\":\""
        + sign(f) + "\"}";
    stub(APPLY, json(200, body));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void apply_signedAnswerWithDuplicateSign_isOutcomeUnknown() {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "status", "3");
    String body = "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"status\":3,\"sign\":\"x\",\"sign\":\""
        + sign(f) + "\"}";
    stub(APPLY, json(200, body));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void apply_signedFailureWithDuplicateRetCode_isOutcomeUnknown() {
    Map<String, String> f = fields("retCode", "FAIL", "retMsg", "Insufficient balance");
    String body = "{\"retCode\":\"SUCCESS\",\"retCode\":\"FAIL\",\"retMsg\":\"Insufficient balance\",\"sign\":\""
        + sign(f) + "\"}";
    stub(APPLY, json(200, body));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- order number lookalikes ------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"aud-20250311-0001", " AUD-20250311-0001", "AUD-20250311-0001 ", "0AUD-20250311-0001",
      "AUD-20250311-0001\u200b", "\u0410UD-20250311-0001", "AUD\u201020250311\u20100001"})
  void apply_signedAnswerNamingALookalikeOrder_isOutcomeUnknown(String other) {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "mchOrderNo", other, "status", "3");
    String body = "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"mchOrderNo\":\"" + other
        + "\",\"status\":3,\"sign\":\"" + sign(f) + "\"}";
    stub(APPLY, json(200, body));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- sign shape -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\"sign\":\"\"", "\"SIGN\":\"@@\"", "\"sign\":null", "\"sign\":123", "\"sign\":{\"v\":1}",
      "\"sign\":[\"A\"]"})
  void apply_handledFailedAnswerWithOddSign_isOutcomeUnknown(String signPart) {
    String body = "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"status\":3," + signPart + "}";
    stub(APPLY, json(200, body));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void apply_signWithOtherCaseKey_isNotAValidSignature() {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "status", "3");
    String body = "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"status\":3,\"SIGN\":\"" + sign(f) + "\"}";
    stub(APPLY, json(200, body));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- hostile numbers --------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "-1e-999999999", "1e2147483647", "0e-2147483648", "1.5", "-1",
      "9223372036854775808", "1e18", "NaN", "1E2"})
  void apply_hostileFeeInASignedAnswer_isOutcomeUnknownNeverARuntimeError(String fee) {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "fee", fee, "status", "1");
    String raw = fee.equals("NaN") ? "\"NaN\"" : fee;
    String body = "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"fee\":" + raw + ",\"status\":1,\"sign\":\""
        + sign(f) + "\"}";
    stub(APPLY, json(200, body));

    Throwable t = catchThrowable(() -> client().payouts().apply(request()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void apply_tenThousandDigitFee_isOutcomeUnknown() {
    String digits = "9".repeat(10_000);
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "fee", digits, "status", "1");
    stub(APPLY, json(200, "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"fee\":" + digits
        + ",\"status\":1,\"sign\":\"" + sign(f) + "\"}"));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void query_hostileAmountInASignedAnswer_isTransportException() {
    Map<String, String> f = fields("retCode", "SUCCESS", "mchOrderNo", ORDER, "amount", "1e2147483647", "status", "2");
    stub(QUERY, json(200, "{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"" + ORDER
        + "\",\"amount\":1e2147483647,\"status\":2,\"sign\":\"" + sign(f) + "\"}"));

    Throwable t = catchThrowable(() -> client().payouts().query(PayoutQuery.byMerchantOrderNo(ORDER)));
    assertThat(t).isInstanceOf(TransportException.class);
  }

  @Test
  void balance_hostileAmountsAreTransportExceptions() {
    stub(BALANCE, json(200, "{\"retCode\":\"SUCCESS\",\"availableAmount\":-1e-999999999,\"amount\":0e-2147483648}"));

    Throwable t = catchThrowable(() -> client().balances().query());
    assertThat(t).isInstanceOf(TransportException.class);
  }

  // ---- deep nesting, big body, encodings --------------------------------------------------------

  @Test
  void apply_deepNesting_isOutcomeUnknown() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    stub(APPLY, json(200, "{\"retCode\":\"SUCCESS\",\"extra\":" + deep + ",\"status\":1}"));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void apply_fiveMegabyteBody_isOutcomeUnknown() {
    String big = "x".repeat(5 << 20);
    stub(APPLY, json(200, "{\"retCode\":\"SUCCESS\",\"retMsg\":\"" + big + "\",\"status\":1}"));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  /** A signed, well-formed refusal that names this order, in UTF-16 (Jackson auto-detects it). */
  @Test
  void apply_utf16BodyWithANestedObject_isOutcomeUnknownNotARuntimeError() {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "extra", "{\"a\":1}", "status", "1");
    String body = "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"extra\":{\"a\":1},\"status\":1,\"sign\":\""
        + sign(f) + "\"}";
    stub(APPLY, aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-16")
        .withBody(body.getBytes(StandardCharsets.UTF_16BE)));

    Throwable t = catchThrowable(() -> client().payouts().apply(request()));
    // a genuinely signed answer may be accepted; anything else must be an unknown outcome
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void apply_utf16SignedFailedAnswer_isNeverARuntimeError() {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "status", "1");
    String body = "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"status\":1,\"sign\":\"" + sign(f) + "\"}";
    stub(APPLY, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body.getBytes(StandardCharsets.UTF_16LE)));

    Throwable t = catchThrowable(() -> client().payouts().apply(request()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void apply_bomBeforeASignedAnswer_isAcceptedOrOutcomeUnknown() {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "extra", "{\"a\":1}", "status", "1");
    String body = "\uFEFF{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"extra\":{\"a\":1},\"status\":1,\"sign\":\""
        + sign(f) + "\"}";
    stub(APPLY, json(200, body));

    Throwable t = catchThrowable(() -> client().payouts().apply(request()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void apply_nonUtf8Bytes_isOutcomeUnknown() {
    byte[] body = "{\"retCode\":\"FAIL\",\"retMsg\":\"Insufficient \u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    stub(APPLY, aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

    Throwable t = applyFails();
    // an unsigned refusal is believed by design; it must not be a runtime error
    assertThat(t).isInstanceOf(PaymentException.class);
  }

  // ---- statuses ---------------------------------------------------------------------------------

  private static String signedHandled() {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "mchOrderNo", ORDER, "status", "1");
    return "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"mchOrderNo\":\"" + ORDER
        + "\",\"status\":1,\"sign\":\"" + sign(f) + "\"}";
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500, 502, 503})
  void apply_errorStatusWithASignedHandledBody_isOutcomeUnknown(int status) {
    stub(APPLY, json(status, signedHandled()));

    Throwable t = applyFails();
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    assertThat(((PaymentException) t).mayHaveExecuted()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {202, 204, 301, 302, 307, 308})
  void apply_oddStatusesWithoutABody_isOutcomeUnknown(int status) {
    stub(APPLY, aResponse().withStatus(status).withHeader("Location", wm.baseUrl() + "/stolen"));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
    wm.verify(0, anyRequestedFor(urlEqualTo("/stolen")));
  }

  @Test
  void apply_redirectWithSignedHandledBody_isNotFollowedAndOutcomeUnknown() {
    wm.stubFor(any(urlEqualTo("/stolen")).willReturn(json(200, signedHandled())));
    stub(APPLY, json(302, signedHandled()).withHeader("Location", "http://198.51.100.7/steal"));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void apply_emptyBody200_isOutcomeUnknown() {
    stub(APPLY, aResponse().withStatus(200).withHeader("Content-Type", "application/json"));
    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void apply_htmlContentTypeWithSignedJson_isAcceptedOrOutcomeUnknown() {
    stub(APPLY, aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(signedHandled()));
    Throwable t = catchThrowable(() -> client().payouts().apply(request()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  // ---- status as number vs string, odd status values ----------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\"3\"", "3", "3.0", "03", "\" 3\"", "true", "{\"s\":3}", "[3]"})
  void apply_unsignedAnswersNeverReportAFinalFailure(String status) {
    AgentPayClient lenient = Fixtures.client(wm).requireSignedAnswers(false).build();
    stub(APPLY, json(200, "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"status\":" + status + "}"));

    Throwable t = catchThrowable(() -> lenient.payouts().apply(request()));
    if (t == null) {
      return;
    }
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"3\"", "3", "3.0", "03", "\" 3 \""})
  void apply_lenientClient_unsignedStatusVariantsAreNeverAFinalFailedResult(String status) {
    AgentPayClient lenient = Fixtures.client(wm).requireSignedAnswers(false).build();
    stub(APPLY, json(200, "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"status\":" + status + "}"));

    try {
      ApplyResult r = lenient.payouts().apply(request());
      assertThat(r.status()).isNotEqualTo(PayoutStatus.FAILED);
    } catch (OutcomeUnknownException expected) {
      // fine
    }
  }

  // ---- sensitive values -------------------------------------------------------------------------

  @Test
  void apply_refusalEchoingTheAccountAndPhone_doesNotLeakThem() {
    String msg = "account " + ACCOUNT + " phone " + PHONE + " +91" + PHONE + " insufficient balance";
    stub(APPLY, json(200, "{\"retCode\":\"" + ACCOUNT + "\",\"retMsg\":\"" + msg + "\"}"));

    assertNoLeak(applyFails());
  }

  @Test
  void apply_gatewayFailureEchoingTheAccount_doesNotLeakIt() {
    stub(APPLY, json(200, "{\"retCode\":\"" + ACCOUNT + "\",\"retMsg\":\"system error for " + ACCOUNT + "\"}"));

    Throwable t = applyFails();
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    assertNoLeak(t);
  }

  @Test
  void apply_signedAnswerNamingAnOrderThatIsTheAccount_doesNotLeakIt() {
    Map<String, String> f = fields("retCode", "SUCCESS", "agentpayOrderId", "Le1", "mchOrderNo", ACCOUNT, "status", "1");
    stub(APPLY, json(200, "{\"retCode\":\"SUCCESS\",\"agentpayOrderId\":\"Le1\",\"mchOrderNo\":\"" + ACCOUNT
        + "\",\"status\":1,\"sign\":\"" + sign(f) + "\"}"));

    Throwable t = applyFails();
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    assertNoLeak(t);
  }

  // ---- top-level JSON not an object ---------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "\"SUCCESS\"", "1", "{}", "{\"retCode\":null}", "{\"retCode\":{}}",
      "{\"retCode\":\"SUCCESS\"} trailing", "{\"retCode\":\"SUCCESS\""})
  void apply_notTheEnvelope_isOutcomeUnknown(String body) {
    stub(APPLY, json(200, body));

    assertThat(applyFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void query_signedAnswerAboutAnotherOrder_isTransportException() {
    Map<String, String> f = fields("retCode", "SUCCESS", "mchOrderNo", ORDER.toLowerCase(), "status", "3");
    stub(QUERY, json(200, "{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"" + ORDER.toLowerCase()
        + "\",\"status\":3,\"sign\":\"" + sign(f) + "\"}"));

    Throwable t = catchThrowable(() -> client().payouts().query(PayoutQuery.byMerchantOrderNo(ORDER)));
    assertThat(t).isInstanceOf(TransportException.class);
  }

  @Test
  void query_wronglySignedAnswer_isSignatureVerificationException() {
    stub(QUERY, json(200, "{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"" + ORDER
        + "\",\"status\":3,\"sign\":\"00000000000000000000000000000000\"}"));

    Throwable t = catchThrowable(() -> client().payouts().query(PayoutQuery.byMerchantOrderNo(ORDER)));
    assertThat(t).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void apply_signedNotFoundMessage_isNotNotFoundOnMoneyMoving() {
    Map<String, String> f = fields("retCode", "FAIL", "retMsg", "order not exist");
    stub(APPLY, json(200, "{\"retCode\":\"FAIL\",\"retMsg\":\"order not exist\",\"sign\":\"" + sign(f) + "\"}"));

    Throwable t = applyFails();
    assertThat(t).isInstanceOf(ProviderException.class);
  }
}
