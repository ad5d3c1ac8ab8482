package dev.paysdk.pen;

import static dev.paysdk.pen.PenTestSupport.MERCHANT_ID;
import static dev.paysdk.pen.PenTestSupport.SECRET;
import static dev.paysdk.pen.PenTestSupport.WEBHOOK;
import static dev.paysdk.pen.PenTestSupport.WEBHOOK_CANONICAL;
import static dev.paysdk.pen.PenTestSupport.md5Upper;
import static dev.paysdk.pen.PenTestSupport.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.sign.Signers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forged webhooks that carry a genuine signature: a captured webhook's rule A fragments re-split into
 * other fields give the identical canonical string, so the signature matches; each is rejected all the same.
 */
class PenWebhookForgeryTest {
  private static final String SIGN = md5Upper(WEBHOOK_CANONICAL);
  private static final String ORDER = "2a6421c4-3758-4d1a-b47e-f7d0e7133f9e";

  private final PenWebhooks webhooks = PenPayoutClient.builder().baseUrl("http://127.0.0.1:9")
      .merchantId(MERCHANT_ID).secretKey(SECRET).build().webhooks();

  /** The document's webhook without {@code merchantId}, whose fragment {@code mchOrderNo} absorbs. */
  private static final String MCH_ORDER_NO_ABSORBS_MERCHANT_ID = """
      {
        "orderStatus": "SUCCESS",
        "amount": 100.0,
        "fee": 0,
        "mchOrderNo": "2a6421c4-3758-4d1a-b47e-f7d0e7133f9e&merchantId=100001",
        "orderNo": "PAYOUT8388679728902370944",
        "completionTime": "2022-08-08 08:08:08",
        "resultDesc": "SUCCESS"
      }
      """;

  /** The document's webhook without {@code resultDesc}, whose fragment {@code orderStatus} absorbs. */
  private static final String ORDER_STATUS_ABSORBS_RESULT_DESC = """
      {
        "orderStatus": "SUCCESS&resultDesc=SUCCESS",
        "amount": 100.0,
        "fee": 0,
        "mchOrderNo": "2a6421c4-3758-4d1a-b47e-f7d0e7133f9e",
        "merchantId": "100001",
        "orderNo": "PAYOUT8388679728902370944",
        "completionTime": "2022-08-08 08:08:08"
      }
      """;

  /** {@code mchOrderNo} and {@code merchantId} given as one field whose name holds {@code =} and {@code &}. */
  private static final String NAME_HOLDS_A_FRAGMENT = """
      {
        "orderStatus": "SUCCESS",
        "amount": 100.0,
        "fee": 0,
        "mchOrderNo=2a6421c4-3758-4d1a-b47e-f7d0e7133f9e&merchantId": "100001",
        "orderNo": "PAYOUT8388679728902370944",
        "completionTime": "2022-08-08 08:08:08",
        "resultDesc": "SUCCESS"
      }
      """;

  /** The document's webhook without {@code fee}, whose fragment the free-text {@code completionTime} absorbs. */
  private static final String FREE_TEXT_ABSORBS_FEE = """
      {
        "orderStatus": "SUCCESS",
        "amount": 100.0,
        "mchOrderNo": "2a6421c4-3758-4d1a-b47e-f7d0e7133f9e",
        "merchantId": "100001",
        "orderNo": "PAYOUT8388679728902370944",
        "completionTime": "2022-08-08 08:08:08&fee=0",
        "resultDesc": "SUCCESS"
      }
      """;

  @ParameterizedTest
  @ValueSource(strings = {MCH_ORDER_NO_ABSORBS_MERCHANT_ID, ORDER_STATUS_ABSORBS_RESULT_DESC, NAME_HOLDS_A_FRAGMENT,
      FREE_TEXT_ABSORBS_FEE})
  void verify_whenAGenuineSignatureCoversReSplitFields_rejectsTheForgery(String forged) {
    assertThat(canonical(forged)).isEqualTo(canonical(WEBHOOK));
    assertThatCode(() -> PenSigner.ruleA(SECRET).verify(bytes(forged), SIGN)).doesNotThrowAnyException();

    assertThatThrownBy(() -> webhooks.verify(webhook(forged, SIGN)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("[payout-pen] webhook.payout")
        .hasMessageNotContaining("&merchantId=").hasMessageNotContaining("&resultDesc=")
        .hasMessageNotContaining("&fee=");
    assertThatThrownBy(() -> webhooks.verifyNotification(webhook(forged, SIGN)))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_whenMchOrderNoAbsorbsMerchantId_namesTheFieldButNotItsValue() {
    assertThatThrownBy(() -> webhooks.verify(webhook(MCH_ORDER_NO_ABSORBS_MERCHANT_ID, SIGN)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("'mchOrderNo'")
        .hasMessageNotContaining(ORDER);
  }

  @Test
  void verify_whenANameHoldsASeparator_doesNotRepeatTheName() {
    assertThatThrownBy(() -> webhooks.verify(webhook(NAME_HOLDS_A_FRAGMENT, SIGN)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("parameter name")
        .hasMessageNotContaining(ORDER);
  }

  @Test
  void verify_whenASignedAmountIsAnAbsurdNumber_rejectsItAtOnce() {
    String body = "{\"orderStatus\":\"SUCCESS\",\"orderNo\":\"PAYOUT1\",\"amount\":1e999999999}";
    String sign = md5Upper("amount=1e999999999&orderNo=PAYOUT1&orderStatus=SUCCESS&key=test-secret");

    assertThatThrownBy(() -> webhooks.verify(webhook(body, sign)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("'amount'");
  }

  @Test
  void verify_theGenuineWebhook_stillPasses() {
    assertThat(webhooks.verify(webhook(WEBHOOK, SIGN)).merchantOrderNo()).isEqualTo(ORDER);
  }

  private static String canonical(String body) {
    return Signers.md5SortedFragments(SECRET).canonical(RawJson.object(bytes(body)));
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
