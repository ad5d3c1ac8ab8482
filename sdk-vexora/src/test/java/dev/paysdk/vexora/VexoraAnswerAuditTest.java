package dev.paysdk.vexora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.vexora.VexoraTestSupport.SECRET;
import static dev.paysdk.vexora.VexoraTestSupport.client;
import static dev.paysdk.vexora.VexoraTestSupport.documentExample;
import static dev.paysdk.vexora.VexoraTestSupport.md5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.gateway.RawJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Audit: how disbursements (money-moving), query and balance (reads) trust Vexora's answers. */
class VexoraAnswerAuditTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String PATH = "/indonesia/v1/vexora/disbursements";
  private static final String QPATH = "/indonesia/v1/vexora/queryPayOutResult";
  private static final String BPATH = "/indonesia/v1/vexora/queryBalance";
  private static final String ORDER = "VX20260331008901";
  private static final String ACCOUNT = "880123456789012345";
  private static final String MOBILE = "081234567890";

  /** Rule C, computed here: sorted key=value of non-null non-empty fields, secret appended, md5. */
  static String ruleC(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(fields).forEach((k, v) -> {
      if (v != null && !v.isEmpty() && !k.equals("sign")) {
        sb.append(k).append('=').append(v);
      }
    });
    return md5(sb + SECRET);
  }

  /** {@code json} (an object without sign) signed at the top level. */
  static String signedTop(String json) {
    String sign = ruleC(RawJson.object(json));
    return json.substring(0, json.length() - 1) + ",\"sign\":\"" + sign + "\"}";
  }

  static String envelope(String code, String msg, String data) {
    return "{\"msg\":\"" + msg + "\",\"code\":\"" + code + "\",\"timestamp\":1719876543210,\"success\":true,\"data\":"
        + data + "}";
  }

  static String data(String tradeNo, String status) {
    return "{\"tradeNo\":\"" + tradeNo + "\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"status\":\"" + status
        + "\",\"message\":\"m\"}";
  }

  private static void stub(String path, ResponseDefinitionBuilder r) {
    wm.stubFor(post(urlEqualTo(path)).willReturn(r));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private VexoraClient vexora() {
    return client(wm.baseUrl() + "/indonesia", new VexoraTestSupport.RecordingSleeper()).build();
  }

  private Throwable disburseFails() {
    Throwable t = catchThrowable(() -> vexora().payouts().disburse(documentExample().build()));
    assertThat(t).as("disburse must not return a result").isNotNull();
    return t;
  }

  private static void assertNoLeak(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      assertThat(String.valueOf(c.getMessage())).doesNotContain(ACCOUNT).doesNotContain(MOBILE);
    }
  }

  // ---- signed refusals about another order / contradicting themselves -----------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Insufficient balance", "Duplicate tradeNo", "Parameter error"})
  void disburse_signedRejectionNamingAnotherTradeNo_isNotBelievedAsNothingMoved(String msg) {
    stub(PATH, json(200, signedTop(envelope("8000", msg, data("VX-OTHER-0002", "00029")))));

    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void disburse_signedRejectionWhoseDataSaysThisOrderSucceeded_isNotANothingMovedRefusal() {
    stub(PATH, json(200, signedTop(envelope("8000", "Parameter error", data(ORDER, "0000")))));

    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- signed final failures that name no order ---------------------------------------------------

  @Test
  void disburse_signedFailedAnswerNamingNoTradeNo_isNotBelievedAsFailed() {
    String d = "{\"platFormTradeNo\":\"vx1\",\"status\":\"00029\",\"message\":\"Failed\"}";
    stub(PATH, json(200, signedTop(envelope("0000", "success", d))));

    Throwable t = catchThrowable(() -> vexora().payouts().disburse(documentExample().build()));
    if (t == null) {
      throw new AssertionError("a signed FAILED answer that names no order was believed as this order's failure");
    }
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void disburse_signedSuccessNamingAnotherAmount_isNotBelieved() {
    String d = "{\"tradeNo\":\"" + ORDER + "\",\"platFormTradeNo\":\"vx1\",\"amount\":\"1000000\",\"status\":\"0000\"}";
    stub(PATH, json(200, signedTop(envelope("0000", "success", d))));

    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- lookalike order numbers ------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"vx20260331008901", "VX20260331008901 ", " VX20260331008901", "VX020260331008901",
      "VX2026033100890１", "\u0412X20260331008901", "VX20260331008901\u200b"})
  void disburse_signedFailedAnswerForALookalikeOrder_isOutcomeUnknown(String other) {
    stub(PATH, json(200, signedTop(envelope("0000", "success", data(other, "00029")))));

    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- duplicate keys ---------------------------------------------------------------------------

  @Test
  void disburse_duplicateStatusInData_isOutcomeUnknown() {
    String d = "{\"tradeNo\":\"" + ORDER + "\",\"status\":\"00029\",\"status\":\"0000\"}";
    String oneStatus = "{\"tradeNo\":\"" + ORDER + "\",\"status\":\"00029\"}";
    String signedOne = signedTop(envelope("0000", "success", oneStatus));
    String sign = signedOne.substring(signedOne.lastIndexOf("\"sign\":\"") + 8, signedOne.length() - 2);
    stub(PATH, json(200, envelope("0000", "success", d).replaceFirst("}$", ",\"sign\":\"" + sign + "\"}")));

    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void disburse_duplicateCode_isOutcomeUnknown() {
    String body = signedTop(envelope("8000", "Insufficient balance", "null"));
    stub(PATH, json(200, body.replaceFirst("\\{", "{\"code\":\"0000\",")));

    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- odd data / sign shapes -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "\"x\"", "1", "{}", "[{\"tradeNo\":\"VX20260331008901\",\"status\":\"00029\"}]",
      "{\"tradeNo\":\"VX20260331008901\",\"status\":29}", "{\"tradeNo\":\"VX20260331008901\",\"status\":{\"s\":1}}",
      "{\"tradeNo\":\"VX20260331008901\",\"status\":\"00029\",\"sign\":{\"a\":1}}"})
  void disburse_signedHandledWithOddData_isOutcomeUnknownOrNonFinal(String d) {
    stub(PATH, json(200, signedTop(envelope("0000", "success", d))));

    Throwable t = catchThrowable(() -> vexora().payouts().disburse(documentExample().build()));
    if (t == null) {
      return; // only a non-final status can get here without being FAILED; checked below
    }
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"sign\":\"\"", "\"SIGN\":\"abc\"", "\"sign\":null", "\"sign\":1"})
  void disburse_handledFailedAnswerWithOddSign_isOutcomeUnknown(String signPart) {
    String body = envelope("0000", "success", data(ORDER, "00029")).replaceFirst("}$", "," + signPart + "}");
    stub(PATH, json(200, body));

    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void disburse_dataSignedFailedButTopLevelUnsigned_codeIsNotCovered() {
    // data signed on its own (rule C over data's fields), code at the top level unsigned
    String d = "{\"tradeNo\":\"" + ORDER + "\",\"status\":\"0015\"}";
    String dSigned = d.substring(0, d.length() - 1) + ",\"sign\":\"" + ruleC(RawJson.object(d)) + "\"}";
    stub(PATH, json(200, envelope("8000", "Insufficient balance", dSigned)));

    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- hostile numbers --------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "-1e-999999999", "1e2147483647", "0e-2147483648"})
  void query_hostileAmounts_areTransportExceptions(String n) {
    String d = "{\"tradeNo\":\"" + ORDER + "\",\"amount\":" + n + ",\"orderAmount\":" + n + ",\"payAmount\":" + n
        + ",\"status\":\"0000\"}";
    stub(QPATH, json(200, signedTop(envelope("0000", "success", d))));

    Throwable t = catchThrowable(() -> vexora().payouts().query(ORDER));
    assertThat(t).isInstanceOf(TransportException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "-1e-999999999", "1e2147483647", "0e-2147483648"})
  void balance_hostileAmounts_areTransportExceptions(String n) {
    String d = "{\"availableAmount\":" + n + ",\"freezeAmount\":" + n + ",\"unsettledAmount\":" + n + "}";
    stub(BPATH, json(200, signedTop(envelope("0000", "success", d))));

    Throwable t = catchThrowable(() -> vexora().balances().query());
    assertThat(t).isInstanceOf(TransportException.class);
  }

  @Test
  void disburse_tenThousandDigitTimestamp_isOutcomeUnknown() {
    String body = "{\"msg\":\"success\",\"code\":\"0000\",\"timestamp\":" + "9".repeat(10_000)
        + ",\"data\":" + data(ORDER, "0015") + "}";
    stub(PATH, json(200, body));
    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- encodings, size, nesting -----------------------------------------------------------------

  @Test
  void disburse_utf16SignedAnswer_isNeverARuntimeError() {
    String body = signedTop(envelope("0000", "success", data(ORDER, "0015")));
    stub(PATH, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body.getBytes(StandardCharsets.UTF_16BE)));

    Throwable t = catchThrowable(() -> vexora().payouts().disburse(documentExample().build()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void query_utf16SignedAnswer_isNeverARuntimeError() {
    String body = signedTop(envelope("0000", "success", data(ORDER, "0000")));
    stub(QPATH, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body.getBytes(StandardCharsets.UTF_16LE)));

    Throwable t = catchThrowable(() -> vexora().payouts().query(ORDER));
    if (t != null) {
      assertThat(t).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void disburse_bomBeforeSignedAnswer_isAcceptedOrUnknown() {
    String body = "\uFEFF" + signedTop(envelope("0000", "success", data(ORDER, "0015")));
    stub(PATH, json(200, body));

    Throwable t = catchThrowable(() -> vexora().payouts().disburse(documentExample().build()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void disburse_deepNesting_isOutcomeUnknown() {
    String deep = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
    stub(PATH, json(200, "{\"code\":\"0000\",\"data\":" + deep + "}"));
    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void disburse_fiveMegabyteBody_isOutcomeUnknown() {
    stub(PATH, json(200, "{\"code\":\"0000\",\"msg\":\"" + "A".repeat(5 << 20) + "\"}"));
    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void disburse_nonUtf8Bytes_isNeverARuntimeError() {
    byte[] b = "{\"code\":\"0000\",\"msg\":\"\u00e9\u00ff\",\"data\":null}".getBytes(StandardCharsets.ISO_8859_1);
    stub(PATH, aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(b));
    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- HTTP statuses ----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500, 502, 503})
  void disburse_errorStatusWithASignedHandledBody_isOutcomeUnknown(int status) {
    stub(PATH, json(status, signedTop(envelope("0000", "success", data(ORDER, "0015")))));

    Throwable t = disburseFails();
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {202, 204, 301, 302, 303, 307, 308})
  void disburse_oddStatusesWithoutBody_areOutcomeUnknownAndNotFollowed(int status) {
    stub(PATH, aResponse().withStatus(status).withHeader("Location", wm.baseUrl() + "/stolen"));

    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
    wm.verify(0, anyRequestedFor(urlEqualTo("/stolen")));
  }

  @Test
  void disburse_emptyBody200_isOutcomeUnknown() {
    stub(PATH, aResponse().withStatus(200));
    assertThat(disburseFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void disburse_htmlContentTypeSignedJson_isAcceptedOrUnknown() {
    stub(PATH, aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody(signedTop(envelope("0000", "success", data(ORDER, "0015")))));
    Throwable t = catchThrowable(() -> vexora().payouts().disburse(documentExample().build()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  // ---- sanitising -------------------------------------------------------------------------------

  @Test
  void disburse_unknownCodeEchoingTheAccount_doesNotLeakIt() {
    stub(PATH, json(200, "{\"code\":\"" + ACCOUNT + "\",\"msg\":\"error for " + MOBILE + "\",\"data\":null}"));

    Throwable t = disburseFails();
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    assertNoLeak(t);
  }

  @Test
  void disburse_unknownCodeWithControlCharacters_doesNotReachTheMessage() {
    stub(PATH, json(200, "{\"code\":\"9999\\r\\n[WARN] forged log line\",\"msg\":\"x\",\"data\":null}"));

    Throwable t = disburseFails();
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    assertThat(t.getMessage()).doesNotContain("\r").doesNotContain("\n");
  }

  @Test
  void disburse_refusalEchoingAccountAndMobile_doesNotLeakThem() {
    stub(PATH, json(200, "{\"code\":\"8000\",\"msg\":\"account " + ACCOUNT + " mobile " + MOBILE
        + " invalid\",\"data\":{\"message\":\"" + ACCOUNT + "\"}}"));

    Throwable t = disburseFails();
    assertNoLeak(t);
  }

  @Test
  void disburse_signedSuccessMessageEchoingAccount_doesNotLeakInResult() {
    String d = "{\"tradeNo\":\"" + ORDER + "\",\"status\":\"0015\",\"message\":\"to " + ACCOUNT + "\"}";
    stub(PATH, json(200, signedTop(envelope("0000", "success", d))));

    DisbursementResult r = vexora().payouts().disburse(documentExample().build());
    assertThat(r.toString()).doesNotContain(ACCOUNT);
    assertThat(r.vexoraStatus().kind()).isNotNull();
    assertThat(r.status()).isEqualTo(PayoutStatus.PROCESSING);
  }

  @Test
  void query_signedAnswerAboutALookalike_isTransportException() {
    stub(QPATH, json(200, signedTop(envelope("0000", "success", data(ORDER.toLowerCase(), "00029")))));

    Throwable t = catchThrowable(() -> vexora().payouts().query(ORDER));
    assertThat(t).isInstanceOf(TransportException.class);
    assertThat(t).isInstanceOf(PaymentException.class);
  }
}
