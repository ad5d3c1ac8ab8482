package dev.paysdk.pen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.pen.PenTestSupport.CREATE_ANSWER;
import static dev.paysdk.pen.PenTestSupport.client;
import static dev.paysdk.pen.PenTestSupport.documentRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.OutcomeUnknownException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Audit: how the PEN payout create (money-moving) trusts the gateway's answers. */
class PenAnswerAuditTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String PATH = "/api/payOut";
  private static final String ORDER = "M1656907083234";
  private static final String ACCOUNT = "1914567890123";
  private static final String CCI = "00219400254640654321";

  private static void stub(ResponseDefinitionBuilder r) {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(r));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static Throwable payOutFails() {
    Throwable t = catchThrowable(() -> client(wm).build().payouts().payOut(documentRequest().build()));
    assertThat(t).as("payOut must not return a result").isNotNull();
    return t;
  }

  private static String failedAnswer(String code, String msg, String orderNo) {
    return "{\"msg\":\"" + msg + "\",\"code\":" + code + ",\"data\":{\"merchantId\":\"100001\",\"mchOrderNo\":\""
        + orderNo + "\",\"orderNo\":\"PAYOUT1\",\"amount\":100,\"fee\":0,\"orderStatus\":\"FAILED\"}}";
  }

  // ---- refusals about another order ---------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Insufficient balance", "Duplicate order", "Parameter error"})
  void payOut_refusalWhoseDataNamesAnotherOrder_isNotBelievedAsNothingMoved(String msg) {
    stub(json(200, failedAnswer("400", msg, "M-OTHER-0002")));

    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- a success envelope with a code that is 200 written differently ------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\"0200\"", "\"+200\"", "200.0", "2e2", "\"200.00\""})
  void payOut_successEnvelopeWithCode200WrittenDifferently_isNotARefusal(String code) {
    stub(json(200, CREATE_ANSWER.replace("\"code\": 200", "\"code\": " + code)));

    Throwable t = catchThrowable(() -> client(wm).build().payouts().payOut(documentRequest().build()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  // ---- lookalike order numbers and amounts -----------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"m1656907083234", "M1656907083234 ", "M01656907083234", "\u041c1656907083234",
      "M165690708323４"})
  void payOut_failedAnswerForALookalikeOrder_isOutcomeUnknown(String other) {
    stub(json(200, failedAnswer("200", "SUCCESS", other)));

    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"100.000001", "99.999999", "1e999999999", "1e2147483647", "0e-2147483648", "-100",
      "\"100,00\""})
  void payOut_failedAnswerWithAnotherOrHostileAmount_isOutcomeUnknown(String amount) {
    stub(json(200, failedAnswer("200", "SUCCESS", ORDER).replace("\"amount\":100", "\"amount\":" + amount)));

    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"100.0", "100.00", "1e2", "\"100\""})
  void payOut_sameAmountWrittenDifferently_isAccepted(String amount) {
    stub(json(200, CREATE_ANSWER.replace("\"amount\": 100,", "\"amount\": " + amount + ",")));

    PenPayoutResult r = client(wm).build().payouts().payOut(documentRequest().build());
    assertThat(r.status()).isNotEqualTo(PayoutStatus.FAILED);
  }

  // ---- duplicate keys, odd data ----------------------------------------------------------------------

  @Test
  void payOut_duplicateOrderStatus_isOutcomeUnknown() {
    stub(json(200, failedAnswer("200", "SUCCESS", ORDER).replace("\"orderStatus\":\"FAILED\"",
        "\"orderStatus\":\"FAILED\",\"orderStatus\":\"PROCESSING\"")));
    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void payOut_duplicateMchOrderNo_isOutcomeUnknown() {
    stub(json(200, failedAnswer("200", "SUCCESS", "M-OTHER").replace("\"orderNo\":",
        "\"mchOrderNo\":\"" + ORDER + "\",\"orderNo\":")));
    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "\"x\"", "1", "{}", "[{\"mchOrderNo\":\"M1656907083234\",\"orderStatus\":\"FAILED\"}]",
      "{\"mchOrderNo\":\"M1656907083234\",\"orderStatus\":{\"s\":\"FAILED\"}}"})
  void payOut_handledWithOddData_isOutcomeUnknown(String data) {
    stub(json(200, "{\"msg\":\"SUCCESS\",\"code\":200,\"data\":" + data + "}"));
    Throwable t = catchThrowable(() -> {
      PenPayoutResult r = client(wm).build().payouts().payOut(documentRequest().build());
      // an object where a status string belongs may only ever read as a non-final status
      assertThat(r.status()).isNotIn(PayoutStatus.FAILED, PayoutStatus.CANCELLED);
    });
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  // ---- signature header -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"00", "not-a-sign", "SIGN"})
  void payOut_wrongSignHeader_isOutcomeUnknown(String sign) {
    stub(json(200, failedAnswer("200", "SUCCESS", ORDER)).withHeader("Sign", sign));
    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- encodings, size ------------------------------------------------------------------------------

  @Test
  void payOut_documentAnswerInUtf16_isNeverARuntimeError() {
    stub(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(CREATE_ANSWER.getBytes(StandardCharsets.UTF_16BE)));

    Throwable t = catchThrowable(() -> client(wm).build().payouts().payOut(documentRequest().build()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void payOut_bomBeforeTheDocumentAnswer_isAcceptedOrUnknown() {
    stub(json(200, "\uFEFF" + CREATE_ANSWER));
    Throwable t = catchThrowable(() -> client(wm).build().payouts().payOut(documentRequest().build()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void payOut_deepNestingAndHugeBody_areOutcomeUnknown() {
    stub(json(200, "{\"code\":200,\"data\":" + "[".repeat(100_000) + "}"));
    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
    stub(json(200, "{\"code\":200,\"msg\":\"" + "m".repeat(5 << 20) + "\",\"data\":null}"));
    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- HTTP statuses ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500, 502, 503})
  void payOut_errorStatusWithTheDocumentsSuccessBody_isOutcomeUnknown(int status) {
    stub(json(status, CREATE_ANSWER));
    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {202, 204, 301, 302, 307, 308})
  void payOut_oddStatusesWithoutBody_areOutcomeUnknownAndNotFollowed(int status) {
    stub(aResponse().withStatus(status).withHeader("Location", "http://127.0.0.1:" + wm.getPort() + "/stolen"));
    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
    wm.verify(0, anyRequestedFor(urlEqualTo("/stolen")));
  }

  @Test
  void payOut_emptyBody_isOutcomeUnknown() {
    stub(aResponse().withStatus(200));
    assertThat(payOutFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- sanitising -----------------------------------------------------------------------------------

  @Test
  void payOut_nonNumericCodeEchoingTheAccount_doesNotLeakIt() {
    stub(json(200, "{\"code\":\"E" + CCI + "\",\"msg\":\"bad account " + ACCOUNT + "\",\"data\":null}"));
    Throwable t = payOutFails();
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    assertThat(t.getMessage()).doesNotContain(ACCOUNT).doesNotContain(CCI);
  }
}
