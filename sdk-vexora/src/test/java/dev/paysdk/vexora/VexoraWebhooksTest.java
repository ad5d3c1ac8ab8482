package dev.paysdk.vexora;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.vexora.VexoraDisburseTest.answer;
import static dev.paysdk.vexora.VexoraTestSupport.MERCHANT_NO;
import static dev.paysdk.vexora.VexoraTestSupport.client;
import static dev.paysdk.vexora.VexoraTestSupport.md5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.vexora.DisbursementNotification.Verification;
import dev.paysdk.vexora.VexoraTestSupport.RecordingSleeper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VexoraWebhooksTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String QUERY_PATH = "/indonesia/v1/vexora/queryPayOutResult";
  /** Rule C canonical string of the signed callback below, written out by hand. */
  private static final String CANONICAL =
      "amount=100.00platFormTradeNo=vx4m8k2d9pl0q7f1astatus=0000tradeNo=VX20260331008901";

  private VexoraClient vexora;
  private VexoraClient confirming;

  @BeforeEach
  void setUp() {
    vexora = client(wm.baseUrl() + "/indonesia", new RecordingSleeper()).build();
    confirming = client(wm.baseUrl() + "/indonesia", new RecordingSleeper())
        .unsignedWebhooks(UnsignedWebhookPolicy.CONFIRM_BY_QUERY).build();
  }

  private static WebhookRequest callback(String json) {
    return WebhookRequest.builder().method("POST").header("Content-Type", "application/json").body(json).build();
  }

  private static String signedCallback(String status, String canonical) {
    return "{\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"tradeNo\":\"VX20260331008901\",\"amount\":\"100.00\","
        + "\"status\":\"" + status + "\",\"sign\":\"" + md5(canonical + "test-secret") + "\"}";
  }

  private static final String UNSIGNED =
      "{\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"tradeNo\":\"VX20260331008901\",\"amount\":\"100.00\",\"status\":\"0000\"}";

  @Test
  void verify_signedCallback_givesTheEventTheOkAckAndTheDeduplicationKey() {
    WebhookEvent event = vexora.webhooks().verify(callback(signedCallback("0000", CANONICAL)));

    assertThat(event.providerId()).isEqualTo("vexora");
    assertThat(event.type()).isEqualTo(WebhookEvent.Type.PAYOUT_STATUS);
    assertThat(event.merchantOrderNo()).isEqualTo("VX20260331008901");
    assertThat(event.providerOrderNo()).contains("vx4m8k2d9pl0q7f1a");
    assertThat(event.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
    assertThat(event.rawStatus()).isEqualTo("0000");
    assertThat(event.amount()).contains(Money.of("100", "IDR"));
    assertThat(event.deduplicationKey()).isEqualTo("vexora:vx4m8k2d9pl0q7f1a:0000");
    assertThat(event.ack().status()).isEqualTo(200);
    assertThat(event.ack().body()).isEqualTo("OK");
    assertThat(event.ack().contentType()).startsWith("text/plain");
    assertThat(event.fields()).containsEntry("amount", "100.00").containsKey("sign");
    DisbursementNotification n = event.providerEvent(DisbursementNotification.class);
    assertThat(n.verification()).isEqualTo(Verification.SIGNATURE);
    assertThat(n.confirmationIfQueried()).isEmpty();
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void verify_signedCallback_neverPrintsItsSignature() {
    String sign = md5(CANONICAL + "test-secret");

    DisbursementNotification n = vexora.webhooks().verifyNotification(callback(signedCallback("0000", CANONICAL)));

    assertThat(n.fields()).containsEntry("sign", sign);
    assertThat(n.toString()).doesNotContain(sign).contains("VX20260331008901", "0000", "SIGNATURE");
  }

  @Test
  void verify_signedCallbackWithNumericAmount_signsTheNumberAsWritten() {
    String body = "{\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"tradeNo\":\"VX20260331008901\",\"amount\":100.50,"
        + "\"status\":\"00029\",\"sign\":\"" + md5("amount=100.50platFormTradeNo=vx4m8k2d9pl0q7f1astatus=00029"
        + "tradeNo=VX20260331008901test-secret") + "\"}";

    WebhookEvent event = vexora.webhooks().verify(callback(body));

    assertThat(event.payoutStatus()).contains(PayoutStatus.FAILED);
    assertThat(event.amount().orElseThrow().amount().toPlainString()).isEqualTo("100.50");
  }

  @Test
  void verify_signedCallbackWithPartialSuccess_keepsTheRawStatus() {
    WebhookEvent event = vexora.webhooks().verify(callback(signedCallback("0001",
        "amount=100.00platFormTradeNo=vx4m8k2d9pl0q7f1astatus=0001tradeNo=VX20260331008901")));

    assertThat(event.rawStatus()).isEqualTo("0001");
    assertThat(event.payoutStatus()).contains(PayoutStatus.UNKNOWN);
    assertThat(event.providerEvent(DisbursementNotification.class).vexoraStatus().kind())
        .isEqualTo(VexoraStatus.Kind.PARTIAL_SUCCESS);
  }

  @Test
  void verify_tamperedCallback_isRejectedWithoutNamingItsValues() {
    String sign = md5(CANONICAL + "test-secret");
    String tampered = signedCallback("0000", CANONICAL).replace("\"amount\":\"100.00\"", "\"amount\":\"900.00\"");

    assertThatThrownBy(() -> vexora.webhooks().verify(callback(tampered)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(sign)
        .satisfies(e -> assertUnverifiedValuesAreNotNamed((SignatureVerificationException) e));
  }

  @Test
  void verify_unsignedCallbackRejectedByDefault_namesNoneOfItsValues() {
    assertThatThrownBy(() -> vexora.webhooks().verify(callback(UNSIGNED)))
        .isInstanceOf(SignatureVerificationException.class)
        .satisfies(e -> assertUnverifiedValuesAreNotNamed((SignatureVerificationException) e));
  }

  @Test
  void verify_unsignedCallbackThatTheQueryDoesNotConfirm_namesNoneOfItsValues() {
    wm.stubFor(post(urlEqualTo(QUERY_PATH)).willReturn(aResponse().withBody(answer("0000", "success",
        "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx-other\",\"status\":\"0000\"}"))));

    assertThatThrownBy(() -> confirming.webhooks().verify(callback(UNSIGNED)))
        .isInstanceOf(SignatureVerificationException.class)
        .satisfies(e -> assertUnverifiedValuesAreNotNamed((SignatureVerificationException) e));
  }

  @Test
  void verify_forgedCallbackWithAHostileTradeNo_doesNotEchoIt() {
    String body = "{\"tradeNo\":\"X\\nINFO payout VX1 confirmed\",\"status\":\"0000\",\"sign\":\"" + md5("forged") + "\"}";

    assertThatThrownBy(() -> vexora.webhooks().verify(callback(body)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining("confirmed")
        .satisfies(e -> assertThat(((SignatureVerificationException) e).merchantOrderNo()).isNull());
  }

  private static void assertUnverifiedValuesAreNotNamed(SignatureVerificationException e) {
    assertThat(e.getMessage()).doesNotContain("VX20260331008901").doesNotContain("vx4m8k2d9pl0q7f1a");
    assertThat(e.merchantOrderNo()).isNull();
  }

  @Test
  void verify_callbackSignedWithAnotherSecret_isRejected() {
    String body = signedCallback("0000", CANONICAL).replace(md5(CANONICAL + "test-secret"), md5(CANONICAL + "other"));

    assertThatThrownBy(() -> vexora.webhooks().verify(callback(body)))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_unsignedCallback_isRejectedByDefaultWithoutAQuery() {
    assertThatThrownBy(() -> vexora.webhooks().verify(callback(UNSIGNED)))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("no signature");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void verify_callbackWithEmptySign_isTreatedAsUnsigned() {
    String body = UNSIGNED.replace("}", ",\"sign\":\"\"}");

    assertThatThrownBy(() -> vexora.webhooks().verify(callback(body)))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("no signature");
  }

  @Test
  void verify_unsignedCallbackWithConfirmation_reportsWhatTheQuerySaysNotWhatTheCallbackClaims() {
    wm.stubFor(post(urlEqualTo(QUERY_PATH)).willReturn(aResponse().withBody(answer("0000", "success",
        "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx4m8k2d9pl0q7f1a\",\"amount\":\"100.00\","
            + "\"status\":\"0015\",\"message\":\"Processing\"}"))));

    WebhookEvent event = confirming.webhooks().verify(callback(UNSIGNED));

    assertThat(event.payoutStatus()).contains(PayoutStatus.PROCESSING);
    assertThat(event.rawStatus()).isEqualTo("0015");
    assertThat(event.deduplicationKey()).isEqualTo("vexora:vx4m8k2d9pl0q7f1a:0015");
    assertThat(event.ack().body()).isEqualTo("OK");
    DisbursementNotification n = event.providerEvent(DisbursementNotification.class);
    assertThat(n.verification()).isEqualTo(Verification.CONFIRMED_BY_QUERY);
    assertThat(n.confirmationIfQueried()).hasValueSatisfying(q -> assertThat(q.vexoraStatus().raw()).isEqualTo("0015"));
    assertThat(n.fields()).containsEntry("status", "0000");
    wm.verify(1, postRequestedFor(urlEqualTo(QUERY_PATH)).withHeader("merchantNo", equalTo(MERCHANT_NO))
        .withRequestBody(equalTo("{\"tradeNo\":\"VX20260331008901\",\"timestamp\":\"1719876543210\",\"sign\":\""
            + md5("timestamp=1719876543210tradeNo=VX20260331008901test-secret") + "\"}")));
  }

  @Test
  void verify_unsignedCallbackWhoseQueryIsRejected_isRejected() {
    wm.stubFor(post(urlEqualTo(QUERY_PATH)).willReturn(aResponse().withBody(answer("8000", "Sign error", "null"))));

    assertThatThrownBy(() -> confirming.webhooks().verify(callback(UNSIGNED)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("could not be confirmed")
        .hasCauseInstanceOf(ProviderException.class);
  }

  @Test
  void verify_unsignedCallbackNamingAnotherGatewayOrder_isRejected() {
    wm.stubFor(post(urlEqualTo(QUERY_PATH)).willReturn(aResponse().withBody(answer("0000", "success",
        "{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"vx-other\",\"status\":\"0000\"}"))));

    assertThatThrownBy(() -> confirming.webhooks().verify(callback(UNSIGNED)))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("another gateway order");
  }

  @Test
  void verify_unsignedCallbackWithoutTradeNo_isRejectedWithoutAQuery() {
    assertThatThrownBy(() -> confirming.webhooks().verify(callback("{\"status\":\"0000\"}")))
        .isInstanceOf(SignatureVerificationException.class);
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void verify_signedCallbackWithoutStatus_isRejected() {
    String body = "{\"tradeNo\":\"VX20260331008901\",\"sign\":\"" + md5("tradeNo=VX20260331008901test-secret") + "\"}";

    assertThatThrownBy(() -> vexora.webhooks().verify(callback(body)))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("no status");
  }

  @Test
  void verify_bodyThatIsNotJson_isRejected() {
    assertThatThrownBy(() -> vexora.webhooks().verify(callback("tradeNo=VX1&status=0000")))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("JSON");
  }

  @Test
  void verify_getRequest_isRejected() {
    WebhookRequest get = WebhookRequest.builder().method("GET").body(signedCallback("0000", CANONICAL)).build();

    assertThatThrownBy(() -> vexora.webhooks().verify(get)).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_sameEventTwice_givesTheSameKey_andAnotherStatusAnotherKey() {
    String first = vexora.webhooks().verify(callback(signedCallback("0000", CANONICAL))).deduplicationKey();
    String again = vexora.webhooks().verify(callback(signedCallback("0000", CANONICAL))).deduplicationKey();
    String failed = vexora.webhooks().verify(callback(signedCallback("00029",
        "amount=100.00platFormTradeNo=vx4m8k2d9pl0q7f1astatus=00029tradeNo=VX20260331008901"))).deduplicationKey();

    assertThat(again).isEqualTo(first);
    assertThat(failed).isNotEqualTo(first);
  }
}
