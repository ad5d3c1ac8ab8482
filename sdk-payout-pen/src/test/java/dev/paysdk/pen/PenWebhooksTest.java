package dev.paysdk.pen;

import static dev.paysdk.pen.PenTestSupport.MERCHANT_ID;
import static dev.paysdk.pen.PenTestSupport.SECRET;
import static dev.paysdk.pen.PenTestSupport.WEBHOOK;
import static dev.paysdk.pen.PenTestSupport.WEBHOOK_CANONICAL;
import static dev.paysdk.pen.PenTestSupport.md5Upper;
import static dev.paysdk.pen.PenTestSupport.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PenWebhooksTest {
  private static final String SIGN = md5Upper(WEBHOOK_CANONICAL);

  private final PenWebhooks webhooks = PenPayoutClient.builder().baseUrl("http://127.0.0.1:9")
      .merchantId(MERCHANT_ID).secretKey(SECRET).build().webhooks();

  @Test
  void verify_acceptsTheDocumentsWebhookSignedWithRuleA() {
    WebhookEvent event = webhooks.verify(webhook(WEBHOOK, SIGN));

    assertThat(event.providerId()).isEqualTo("payout-pen");
    assertThat(event.type()).isEqualTo(WebhookEvent.Type.PAYOUT_STATUS);
    assertThat(event.merchantOrderNo()).isEqualTo("2a6421c4-3758-4d1a-b47e-f7d0e7133f9e");
    assertThat(event.providerOrderNo()).contains("PAYOUT8388679728902370944");
    assertThat(event.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
    assertThat(event.rawStatus()).isEqualTo("SUCCESS");
    assertThat(event.amount()).contains(Money.of("100", "PEN"));
    assertThat(event.fields()).containsEntry("amount", "100.0").containsEntry("fee", "0")
        .containsEntry("completionTime", "2022-08-08 08:08:08").hasSize(8);
    assertThat(event.deduplicationKey()).isEqualTo("payout-pen:PAYOUT8388679728902370944:SUCCESS");
    assertThat(event.ack()).isEqualTo(new WebhookAck(200, "text/plain; charset=UTF-8", "SUCCESS"));
  }

  @Test
  void verify_givesTheTypedNotification() {
    PenPayoutNotification n = webhooks.verify(webhook(WEBHOOK, SIGN)).providerEvent(PenPayoutNotification.class);

    assertThat(n).isEqualTo(webhooks.verifyNotification(webhook(WEBHOOK, SIGN)));
    assertThat(n.payout()).isEqualTo(new PenPayoutDetails("100001", "2a6421c4-3758-4d1a-b47e-f7d0e7133f9e",
        "PAYOUT8388679728902370944", null, Money.reported(new BigDecimal("100.0"), "PEN"), Money.zero("PEN"),
        "SUCCESS", PayoutStatus.SUCCEEDED, LocalDateTime.of(2022, 8, 8, 8, 8, 8),
        Instant.parse("2022-08-08T13:08:08Z"), "SUCCESS"));
    assertThat(n.deduplicationKey()).isEqualTo("payout-pen:PAYOUT8388679728902370944:SUCCESS");
  }

  @Test
  void verify_whenTheSameEventIsDeliveredAgain_givesTheSameKey_andALaterStatusAnotherKey() {
    String failed = WEBHOOK.replace("\"SUCCESS\",\n  \"amount\"", "\"FAILED\",\n  \"amount\"");
    assertThat(failed).isNotEqualTo(WEBHOOK);
    String failedSign = md5Upper(WEBHOOK_CANONICAL.replace("orderStatus=SUCCESS", "orderStatus=FAILED"));

    String first = webhooks.verify(webhook(WEBHOOK, SIGN)).deduplicationKey();
    String again = webhooks.verify(webhook(WEBHOOK, SIGN)).deduplicationKey();
    WebhookEvent other = webhooks.verify(webhook(failed, failedSign));

    assertThat(again).isEqualTo(first);
    assertThat(other.deduplicationKey()).isNotEqualTo(first).isEqualTo("payout-pen:PAYOUT8388679728902370944:FAILED");
    assertThat(other.payoutStatus()).contains(PayoutStatus.UNKNOWN);
    assertThat(other.rawStatus()).isEqualTo("FAILED");
  }

  @Test
  void verify_whenTheClientReadsTheGuessedStatusNames_givesAFailedPayoutItsFinalStatus() {
    PenWebhooks guessing = PenPayoutClient.builder().baseUrl("http://127.0.0.1:9").merchantId(MERCHANT_ID)
        .secretKey(SECRET).guessedFinalStatusesEnabled(true).build().webhooks();
    String failed = WEBHOOK.replace("\"SUCCESS\",\n  \"amount\"", "\"FAILED\",\n  \"amount\"");
    String failedSign = md5Upper(WEBHOOK_CANONICAL.replace("orderStatus=SUCCESS", "orderStatus=FAILED"));

    PenPayoutNotification n = guessing.verifyNotification(webhook(failed, failedSign));

    assertThat(n.status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(n.rawStatus()).isEqualTo("FAILED");
    assertThat(webhooks.verifyNotification(webhook(failed, failedSign)).status()).isEqualTo(PayoutStatus.UNKNOWN);
  }

  @Test
  void verify_acceptsALowerCaseHexSignature() {
    assertThat(webhooks.verify(webhook(WEBHOOK, SIGN.toLowerCase())).rawStatus()).isEqualTo("SUCCESS");
  }

  @Test
  void verify_whenTheBodyWasTampered_rejects() {
    String tampered = WEBHOOK.replace("100.0", "1000.0");

    assertThatThrownBy(() -> webhooks.verify(webhook(tampered, SIGN)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("[payout-pen] webhook.payout")
        .hasMessageNotContaining(SIGN);
  }

  @Test
  void verify_whenANumberIsReformatted_rejects() {
    String reformatted = WEBHOOK.replace("100.0", "100.00");

    assertThatThrownBy(() -> webhooks.verify(webhook(reformatted, SIGN)))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_whenTheSignHeaderIsMissingOrEmpty_rejects() {
    assertThatThrownBy(() -> webhooks.verify(webhook(WEBHOOK, null)))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("Sign header missing");
    assertThatThrownBy(() -> webhooks.verify(webhook(WEBHOOK, " ")))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("Sign header missing");
  }

  @Test
  void verify_whenSignedWithAnotherSecret_rejects() {
    String wrong = md5Upper(WEBHOOK_CANONICAL.replace("key=test-secret", "key=other-secret"));

    assertThatThrownBy(() -> webhooks.verify(webhook(WEBHOOK, wrong)))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_whenTheMerchantIdHeaderNamesAnotherMerchant_rejects() {
    WebhookRequest request = WebhookRequest.builder().method("POST").header("MerchantId", "100002")
        .header("Sign", SIGN).body(WEBHOOK).build();

    assertThatThrownBy(() -> webhooks.verify(request))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("another merchant");
  }

  @Test
  void verify_whenTheMerchantIdHeaderIsAbsent_acceptsOnTheSignature() {
    WebhookRequest request = WebhookRequest.builder().method("POST").header("Sign", SIGN).body(WEBHOOK).build();

    assertThat(webhooks.verify(request).rawStatus()).isEqualTo("SUCCESS");
  }

  @Test
  void verify_whenTheSignedBodyNamesAnotherMerchant_rejects() {
    String body = WEBHOOK.replace("\"100001\"", "\"100002\"");
    String sign = md5Upper(WEBHOOK_CANONICAL.replace("merchantId=100001", "merchantId=100002"));

    assertThatThrownBy(() -> webhooks.verify(webhook(body, sign)))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("merchantId field");
  }

  @Test
  void verify_whenNotAPost_rejects() {
    WebhookRequest get = WebhookRequest.builder().method("GET").header("Sign", SIGN).body(WEBHOOK).build();

    assertThatThrownBy(() -> webhooks.verify(get)).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_whenTheSignedBodyLacksOrderNo_rejects() {
    String body = "{\"orderStatus\":\"SUCCESS\",\"mchOrderNo\":\"A1\"}";

    assertThatThrownBy(() -> webhooks.verify(webhook(body, md5Upper("mchOrderNo=A1&orderStatus=SUCCESS&key=test-secret"))))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("'orderNo' is missing");
  }

  @Test
  void verify_whenTheStatusIsNotInTheTable_keepsTheRawValueAsUnknown() {
    String body = "{\"orderStatus\":\"ON_HOLD\",\"orderNo\":\"PAYOUT1\",\"mchOrderNo\":\"A1\"}";
    String sign = md5Upper("mchOrderNo=A1&orderNo=PAYOUT1&orderStatus=ON_HOLD&key=test-secret");

    WebhookEvent event = webhooks.verify(webhook(body, sign));

    assertThat(event.payoutStatus()).contains(PayoutStatus.UNKNOWN);
    assertThat(event.rawStatus()).isEqualTo("ON_HOLD");
    assertThat(event.amount()).isEmpty();
  }

  @Test
  void verify_whenTheBodyIsNotJson_rejects() {
    assertThatThrownBy(() -> webhooks.verify(webhook("orderStatus=SUCCESS", SIGN)))
        .isInstanceOf(SignatureVerificationException.class);
  }
}
