package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Audit: how batch upload and cancel (money-moving) and the reads trust Hexpay's answers. */
class HexpayAnswerAuditTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();
  private static final String UPLOAD = "/v1/hexpay/batchPayment/upload";
  private static final String CANCEL = "/v1/hexpay/batchPayment/cancel";
  private static final String BALANCE = "/v1/hexpay/balance/query";
  private static final String BATCH = "BP20250905123456789";

  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  private HexpayClient client() {
    return TestSupport.client(wm, MERCHANT, PLATFORM).build();
  }

  private static BatchPayoutUpload upload() {
    return BatchPayoutUpload.of("Batch payout test", List.of(
        new BatchPayoutRecord("TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE", Money.of("10.50", "USDT"),
            HexpayNetwork.BINANCE_SMART_CHAIN, "Payout remark 1", "tag1"),
        new BatchPayoutRecord("TSNEZdKsoDHQMeZwihtdoBiN46zP8ulvDE", Money.of("20.30", "USDC"),
            HexpayNetwork.BINANCE_SMART_CHAIN, "Payout remark 2", "tag2")));
  }

  private static void stub(String path, ResponseDefinitionBuilder r) {
    wm.stubFor(post(urlEqualTo(path)).willReturn(r));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private Throwable uploadFails() {
    Throwable t = catchThrowable(() -> client().batchPayouts().upload(upload()));
    assertThat(t).as("upload must not return a result").isNotNull();
    return t;
  }

  private Throwable cancelFails() {
    Throwable t = catchThrowable(() -> client().batchPayouts().cancel(BATCH));
    assertThat(t).as("cancel must not return a result").isNotNull();
    return t;
  }

  // ---- a code that is not the documented 0 but says SUCCESS ---------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\"00\"", "0.0", "0e0", "-0", "\"0.0\"", "200", "\"SUCCESS\""})
  void upload_successEnvelopeWithAnOddZeroCode_isNotARefusal(String code) {
    String body = fixture("batch-upload-response.json").replaceFirst("\"code\": 0", "\"code\": " + code);
    stub(UPLOAD, json(200, body));

    Throwable t = catchThrowable(() -> client().batchPayouts().upload(upload()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  // ---- encodings ---------------------------------------------------------------------------------

  @Test
  void upload_documentAnswerInUtf16_isNeverARuntimeError() {
    byte[] body = fixture("batch-upload-response.json").getBytes(StandardCharsets.UTF_16BE);
    stub(UPLOAD, aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

    Throwable t = catchThrowable(() -> client().batchPayouts().upload(upload()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void cancel_documentAnswerInUtf16_isNeverARuntimeError() {
    byte[] body = fixture("batch-cancel-response.json").getBytes(StandardCharsets.UTF_16LE);
    stub(CANCEL, aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

    Throwable t = catchThrowable(() -> client().batchPayouts().cancel(BATCH));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void upload_bomBeforeTheDocumentAnswer_isAcceptedOrUnknown() {
    stub(UPLOAD, json(200, "\uFEFF" + fixture("batch-upload-response.json")));

    Throwable t = catchThrowable(() -> client().batchPayouts().upload(upload()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  // ---- cancel answers about another / no batch -----------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"bp20250905123456789", "BP20250905123456789 ", "BP020250905123456789",
      "\u0412P20250905123456789", "BP2025090512345678９"})
  void cancel_answerAboutALookalikeBatch_isOutcomeUnknown(String other) {
    stub(CANCEL, json(200, fixture("batch-cancel-response.json").replace(BATCH, other)));

    assertThat(cancelFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void cancel_answerThatNamesNoBatch_isNotBelievedAsCancelled() {
    String body = fixture("batch-cancel-response.json").replace("\"batchNo\": \"" + BATCH + "\",", "");
    assertThat(body).doesNotContain(BATCH);
    stub(CANCEL, json(200, body));

    Throwable t = catchThrowable(() -> client().batchPayouts().cancel(BATCH));
    if (t == null) {
      throw new AssertionError("a cancel answer naming no batch was believed: CANCELLED");
    }
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void cancel_duplicateStatus_isOutcomeUnknown() {
    stub(CANCEL, json(200, fixture("batch-cancel-response.json").replace("\"status\": 5,",
        "\"status\": 1,\"status\": 5,")));

    assertThat(cancelFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "-1e-999999999", "1e2147483647", "0e-2147483648", "5.5", "99999999999"})
  void cancel_hostileNumbers_areOutcomeUnknown(String n) {
    stub(CANCEL, json(200, fixture("batch-cancel-response.json").replace("\"status\": 5,", "\"status\": " + n + ",")
        .replace("\"totalAmount\": 30.80", "\"totalAmount\": " + n).replace("\"id\": 1001", "\"id\": " + n)));

    assertThat(cancelFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void cancel_tenThousandDigits_isOutcomeUnknown() {
    stub(CANCEL, json(200, fixture("batch-cancel-response.json").replace("\"id\": 1001", "\"id\": "
        + "9".repeat(10_000))));
    assertThat(cancelFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "\"x\"", "1", "[{\"batchNo\":\"BP20250905123456789\",\"status\":5}]"})
  void cancel_handledWithOddData_isOutcomeUnknown(String data) {
    stub(CANCEL, json(200, "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":" + data + "}"));
    assertThat(cancelFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "\"x\"", "1", "{}"})
  void upload_handledWithOddData_isOutcomeUnknown(String data) {
    stub(UPLOAD, json(200, "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":" + data + "}"));
    Throwable t = catchThrowable(() -> client().batchPayouts().upload(upload()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  // ---- upload totals ----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"10.500001", "1e999999999", "-10.50", "\"ten\""})
  void upload_answerWithAnotherTotal_isOutcomeUnknown(String amount) {
    stub(UPLOAD, json(200, fixture("batch-upload-response.json").replace("\"amount\": 10.50", "\"amount\": " + amount)));
    assertThat(uploadFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void upload_answerWithATotalInAnotherCurrency_isOutcomeUnknown() {
    stub(UPLOAD, json(200, fixture("batch-upload-response.json").replace("\"currency\": \"USDC\"",
        "\"currency\": \"BTC\"")));
    assertThat(uploadFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void upload_answerWithAnotherCount_isOutcomeUnknown() {
    stub(UPLOAD, json(200, fixture("batch-upload-response.json").replace("\"totalCount\": 2", "\"totalCount\": 3")));
    assertThat(uploadFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  // ---- HTTP statuses ----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500, 502, 503})
  void upload_errorStatusWithTheDocumentsSuccessBody_isOutcomeUnknown(int status) {
    stub(UPLOAD, json(status, fixture("batch-upload-response.json")));
    assertThat(uploadFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 409, 422, 500})
  void cancel_errorStatusWithTheDocumentsSuccessBody_isOutcomeUnknown(int status) {
    stub(CANCEL, json(status, fixture("batch-cancel-response.json")));
    assertThat(cancelFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {202, 204, 301, 302, 303, 307, 308})
  void upload_oddStatusesWithoutBody_areOutcomeUnknownAndNotFollowed(int status) {
    stub(UPLOAD, aResponse().withStatus(status).withHeader("Location", TestSupport.baseUrl(wm) + "/stolen"));
    assertThat(uploadFails()).isInstanceOf(OutcomeUnknownException.class);
    wm.verify(0, anyRequestedFor(urlEqualTo("/stolen")));
  }

  @Test
  void upload_emptyBody200_isOutcomeUnknown() {
    stub(UPLOAD, aResponse().withStatus(200));
    assertThat(uploadFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void upload_deepNesting_isOutcomeUnknown() {
    stub(UPLOAD, json(200, "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":" + "[".repeat(200_000) + "}"));
    assertThat(uploadFails()).isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void upload_fiveMegabyteBody_isOutcomeUnknown() {
    stub(UPLOAD, json(200, "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":{\"batchNo\":\"" + "B".repeat(5 << 20) + "\"}}"));
    Throwable t = catchThrowable(() -> client().batchPayouts().upload(upload()));
    if (t != null) {
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void upload_systemErrorCodeWithControlChars_doesNotForgeLines() {
    stub(UPLOAD, json(200, "{\"code\":\"10\\r\\n[WARN] forged\",\"msg\":\"system error\"}"));
    Throwable t = uploadFails();
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    assertThat(t.getMessage()).doesNotContain("\n").doesNotContain("\r");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "-1e-999999999", "1e2147483647", "0e-2147483648"})
  void balance_hostileNumbers_areTransportExceptions(String n) {
    stub(BALANCE, json(200, "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":[{\"currency\":\"USDT\",\"balance\":" + n
        + ",\"frozenBalance\":" + n + ",\"availableBalance\":" + n + "}]}"));
    Throwable t = catchThrowable(() -> client().balances().list());
    if (t != null) {
      assertThat(t).isInstanceOf(TransportException.class);
    }
  }
}
