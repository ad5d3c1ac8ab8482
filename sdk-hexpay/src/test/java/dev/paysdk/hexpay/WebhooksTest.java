package dev.paysdk.hexpay;

import static dev.paysdk.hexpay.TestSupport.APP_SECRET;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static dev.paysdk.hexpay.TestSupport.form;
import static dev.paysdk.hexpay.TestSupport.md5Upper;
import static dev.paysdk.hexpay.TestSupport.rsaSign;
import static dev.paysdk.hexpay.TestSupport.textFields;
import static dev.paysdk.hexpay.TestSupport.withSign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhooksTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();
  private static final KeyPair OTHER = TestSupport.rsaKeyPair();
  private static final String DOCUMENT_SIGN = "qHkU9ATWhxKq5W1BoOE9y298zUX9bqY8DoLBZaXZ/trKcCvqU6i/F4HZxYpHZbpWj04wJo9v"
      + "/n1K25s01sg63Me55qA0wl71R0q0/xSbc2/vuTWQC3k3xhieKg9Qr7SxxS63eizItHnkXTyvjxYcyb5msSEjBr8NBZ83bejJ5LdJ+3t/"
      + "F3lrQ33oFRvRl8p/aKeuNVI3xJ9nVkxNkl46wXZvZ4wAmb96qh7cVf5dmpf6P9dHVfp2mu9QTJH9lIMg/14PUp2FBNbn9YZIENuhpA4ODIL+"
      + "HmtPzaHDetZzY7zCDGO1KT6bOpysHuiXmzHI6fOvWB1MXwF1mR4sX6MBrg==";

  /** Every field of the document's callback but sign, sorted as fragments. */
  private static final String CANONICAL = "amount=0.01&appId=689ea02565ac52e60665ea8a&createdAt=2025-08-22 09:00:22"
      + "&currency=USDC&failUrl=http://gs.shequnplatform.com:38669/order/failure&mchName=M1755226149"
      + "&mchNo=M1755226149&mchOrderNo=482d0876d40d44dfa20c6e6859946a2b&mchUserId=1ed646e0dc6e444ea3b98751c2ab9deb"
      + "&payOrderId=P1958816503884955649&payWay=USDC(Arbitrum)&realNetwork=arbitrum&realPayAmount=0.010000"
      + "&realPayCurrency=USDC&refundAmount=0.000000&reqTime=1755854933053&settleAmount=0.01&settleCurrency=USDC"
      + "&state=2&successTime=1755853505000&successUrl=http://gs.shequnplatform.com:38669/order/success"
      + "&updatedAt=2025-08-22 09:26:25&wayCode=QR_CODE&";

  private static HexpayWebhooks webhooks() {
    return HexpayClient.builder().baseUrl("https://gateway.invalid").mchNo("M1755226149")
        .appId("689ea02565ac52e60665ea8a").merchantPrivateKey(MERCHANT.getPrivate())
        .platformPublicKey(PLATFORM.getPublic()).appSecret(APP_SECRET).build().webhooks();
  }

  /** The document's callback as a form post, re-signed with {@code sign}. */
  private static WebhookRequest formCallback(String sign) {
    Map<String, String> fields = textFields(fixture("webhook-payin.json"));
    fields.put("sign", sign);
    return formCallback(fields);
  }

  private static WebhookRequest formCallback(Map<String, String> fields) {
    return WebhookRequest.builder().method("POST").header("Content-Type", "application/x-www-form-urlencoded")
        .body(form(fields)).build();
  }

  @Test
  void verify_theDocumentCallbackAsAFormSignedWithThePlatformKey_returnsTheTypedEvent() {
    WebhookEvent event = webhooks().verify(formCallback(rsaSign(PLATFORM.getPrivate(), CANONICAL)));

    assertThat(event.providerId()).isEqualTo("hexpay");
    assertThat(event.type()).isEqualTo(WebhookEvent.Type.PAYIN_STATUS);
    assertThat(event.merchantOrderNo()).isEqualTo("482d0876d40d44dfa20c6e6859946a2b");
    assertThat(event.providerOrderNo()).contains("P1958816503884955649");
    assertThat(event.payInStatus()).contains(PayInStatus.SUCCEEDED);
    assertThat(event.rawStatus()).isEqualTo("2");
    assertThat(event.amount()).contains(Money.of("0.01", "USDC"));
    assertThat(event.deduplicationKey()).isEqualTo("hexpay:P1958816503884955649:2");
    assertThat(event.ack()).isEqualTo(new WebhookAck(200, "text/plain; charset=UTF-8", "SUCCESS"));
    assertThat(event.fields()).containsEntry("payWay", "USDC(Arbitrum)").containsKey("sign");

    HexpayPayInNotification n = event.providerEvent(HexpayPayInNotification.class);
    assertThat(n.payOrderId()).isEqualTo("P1958816503884955649");
    assertThat(n.merchantNo()).isEqualTo("M1755226149");
    assertThat(n.merchantName()).isEqualTo("M1755226149");
    assertThat(n.appId()).isEqualTo("689ea02565ac52e60665ea8a");
    assertThat(n.merchantUserId()).isEqualTo("1ed646e0dc6e444ea3b98751c2ab9deb");
    assertThat(n.wayCode()).isEqualTo("QR_CODE");
    assertThat(n.payWay()).isEqualTo("USDC(Arbitrum)");
    assertThat(n.realNetwork()).isEqualTo("arbitrum");
    assertThat(n.realPayAmount()).isEqualTo(Money.reported(new BigDecimal("0.010000"), "USDC"));
    assertThat(n.realPayAmount().amount().toPlainString()).isEqualTo("0.010000");
    assertThat(n.refundAmount()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(n.settleAmount()).isEqualTo(Money.of("0.01", "USDC"));
    assertThat(n.settleState()).isNull();
    assertThat(n.successUrl()).isEqualTo("http://gs.shequnplatform.com:38669/order/success");
    assertThat(n.failUrl()).isEqualTo("http://gs.shequnplatform.com:38669/order/failure");
    // successTime and reqTime are epoch milliseconds, createdAt and updatedAt wall-clock text (UTC by default)
    assertThat(n.successTime()).isEqualTo(Instant.parse("2025-08-22T09:05:05Z"));
    assertThat(n.reqTime()).isEqualTo(Instant.parse("2025-08-22T09:28:53.053Z"));
    assertThat(n.createdAt()).isEqualTo(Instant.parse("2025-08-22T09:00:22Z"));
    assertThat(n.updatedAt()).isEqualTo(Instant.parse("2025-08-22T09:26:25Z"));
  }

  @Test
  void verify_theDocumentCallbackAsItsJsonReferenceBody_isAcceptedToo() {
    String body = withSign(fixture("webhook-payin.json"), DOCUMENT_SIGN, rsaSign(PLATFORM.getPrivate(), CANONICAL));

    HexpayPayInNotification n = webhooks().verifyPayIn(WebhookRequest.builder()
        .header("Content-Type", "application/json").body(body).build());

    assertThat(n.merchantOrderNo()).isEqualTo("482d0876d40d44dfa20c6e6859946a2b");
    assertThat(n.realPayAmount().amount().toPlainString()).isEqualTo("0.010000");
  }

  @Test
  void verify_parametersInTheQueryString_areAcceptedToo() {
    WebhookRequest.Builder b = WebhookRequest.builder().method("POST");
    Map<String, String> fields = textFields(fixture("webhook-payin.json"));
    fields.put("sign", rsaSign(PLATFORM.getPrivate(), CANONICAL));
    b.rawQuery(form(fields));

    assertThat(webhooks().verifyPayIn(b.build()).status()).isEqualTo(PayInStatus.SUCCEEDED);
  }

  @Test
  void verify_signedWithTheAppSecret_isAccepted() {
    WebhookEvent event = webhooks().verify(formCallback(md5Upper(CANONICAL + "key=" + APP_SECRET)));

    assertThat(event.payInStatus()).contains(PayInStatus.SUCCEEDED);
  }

  @Test
  void verify_whenAFieldWasTampered_rejectsIt() {
    Map<String, String> fields = textFields(fixture("webhook-payin.json"));
    fields.put("sign", rsaSign(PLATFORM.getPrivate(), CANONICAL));
    fields.put("realPayAmount", "100.000000");

    assertThatThrownBy(() -> webhooks().verify(formCallback(fields)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("[hexpay] webhook.payIn (merchant order 482d0876d40d44dfa20c6e6859946a2b)")
        .hasMessageContaining("does not match");
  }

  @Test
  void verify_whenAnUnsignedFieldWasAdded_rejectsIt() {
    Map<String, String> fields = new LinkedHashMap<>(textFields(fixture("webhook-payin.json")));
    fields.put("sign", rsaSign(PLATFORM.getPrivate(), CANONICAL));
    fields.put("settleState", "2");

    assertThatThrownBy(() -> webhooks().verify(formCallback(fields)))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_whenTheSignIsMissing_rejectsIt() {
    Map<String, String> fields = textFields(fixture("webhook-payin.json"));
    fields.remove("sign");

    assertThatThrownBy(() -> webhooks().verify(formCallback(fields)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("no signature");
  }

  @Test
  void verify_whenSignedWithAnotherKey_rejectsIt() {
    assertThatThrownBy(() -> webhooks().verify(formCallback(rsaSign(OTHER.getPrivate(), CANONICAL))))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("SHA256withRSA");
  }

  @Test
  void verify_whenMd5SignedWithAnotherSecret_rejectsIt() {
    assertThatThrownBy(() -> webhooks().verify(formCallback(md5Upper(CANONICAL + "key=another-secret"))))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("MD5");
  }

  @Test
  void verify_whenMd5SignedAndNoAppSecretIsConfigured_rejectsIt() {
    HexpayWebhooks withoutSecret = HexpayClient.builder().baseUrl("https://gateway.invalid").mchNo("M1755226149")
        .appId("689ea02565ac52e60665ea8a").merchantPrivateKey(MERCHANT.getPrivate())
        .platformPublicKey(PLATFORM.getPublic()).build().webhooks();

    assertThatThrownBy(() -> withoutSecret.verify(formCallback(md5Upper(CANONICAL + "key=" + APP_SECRET))))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("appSecret(...)");
  }

  @Test
  void verify_aCorrectlySignedCallbackForAnotherMerchant_isRejected() {
    HexpayWebhooks otherMerchant = HexpayClient.builder().baseUrl("https://gateway.invalid").mchNo("M999")
        .appId("689ea02565ac52e60665ea8a").merchantPrivateKey(MERCHANT.getPrivate())
        .platformPublicKey(PLATFORM.getPublic()).build().webhooks();

    assertThatThrownBy(() -> otherMerchant.verify(formCallback(rsaSign(PLATFORM.getPrivate(), CANONICAL))))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("for merchant M1755226149");
  }

  @Test
  void verify_aSignedCallbackWithoutState_isRejected() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("payOrderId", "P1");
    fields.put("mchNo", "M1755226149");
    fields.put("sign", rsaSign(PLATFORM.getPrivate(), "mchNo=M1755226149&payOrderId=P1&"));

    assertThatThrownBy(() -> webhooks().verify(formCallback(fields)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("state");
  }

  @Test
  void verify_aFormBodyWithAMalformedPercentEscape_isRejectedAsUnverifiable() {
    String body = form(textFields(fixture("webhook-payin.json"))).replace("payWay=USDC", "payWay=USDC%zz");
    WebhookRequest request = WebhookRequest.builder().method("POST")
        .header("Content-Type", "application/x-www-form-urlencoded").body(body).build();

    assertThatThrownBy(() -> webhooks().verify(request))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("malformed percent escape")
        .hasMessageNotContaining(DOCUMENT_SIGN.substring(0, 20));
    assertThatThrownBy(() -> webhooks().verifyPayIn(request)).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_sameCallbackTwice_givesTheSameKey_andAnotherStateAnotherKey() {
    String first = webhooks().verify(formCallback(rsaSign(PLATFORM.getPrivate(), CANONICAL))).deduplicationKey();
    String again = webhooks().verify(formCallback(rsaSign(PLATFORM.getPrivate(), CANONICAL))).deduplicationKey();
    Map<String, String> refunded = textFields(fixture("webhook-payin.json"));
    refunded.put("state", "5");
    refunded.put("sign", rsaSign(PLATFORM.getPrivate(), CANONICAL.replace("&state=2&", "&state=5&")));
    WebhookEvent later = webhooks().verify(formCallback(refunded));

    assertThat(again).isEqualTo(first);
    assertThat(later.deduplicationKey()).isEqualTo("hexpay:P1958816503884955649:5");
    assertThat(later.payInStatus()).contains(PayInStatus.REFUNDED);
  }
}
