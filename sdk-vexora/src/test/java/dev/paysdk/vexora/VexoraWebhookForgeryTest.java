package dev.paysdk.vexora;

import static dev.paysdk.vexora.VexoraTestSupport.SECRET;
import static dev.paysdk.vexora.VexoraTestSupport.md5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule C joins {@code key=value} pairs with no separator, so a captured genuine callback can be
 * re-split into other fields with the identical canonical string, and so the identical signature.
 * Each forgery below is shown to have the genuine callback's canonical string, and is rejected
 * before its (matching) signature is trusted.
 */
class VexoraWebhookForgeryTest {
  private static final SigningRule RULE_C = Signers.md5SaltedPairs(SECRET);
  private static final String PLATFORM_NO = "vx4m8k2d9pl0q7f1a";
  private static final String TRADE_NO = "VX20260331008901";

  private final VexoraClient vexora = VexoraClient.builder().baseUrl("http://127.0.0.1:9/indonesia")
      .merchantNo(VexoraTestSupport.MERCHANT_NO).appSecret(SECRET).build();

  /** The captured genuine callback, and its canonical string written out by hand. */
  private static final String GENUINE_CANONICAL = "amount=150000.00platFormTradeNo=" + PLATFORM_NO
      + "status=0000tradeNo=" + TRADE_NO;
  private static final String SIGN = md5(GENUINE_CANONICAL + SECRET);
  private static final String GENUINE = "{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
      + "\",\"amount\":\"150000.00\",\"status\":\"0000\",\"sign\":\"" + SIGN + "\"}";

  /** A genuine callback with one more (undocumented) field, and its canonical string. */
  private static final String WITH_REMARK_CANONICAL = "amount=150000.00platFormTradeNo=" + PLATFORM_NO
      + "remark=rstatus=0000tradeNo=" + TRADE_NO;
  private static final String WITH_REMARK_SIGN = md5(WITH_REMARK_CANONICAL + SECRET);

  private static WebhookRequest callback(String json) {
    return WebhookRequest.builder().method("POST").header("Content-Type", "application/json").body(json).build();
  }

  static Stream<Arguments> forgeries() {
    return Stream.of(
        // the case: a key that swallows the amount, holding the platform trade number
        Arguments.of("a key holding '=' absorbs the amount", GENUINE_CANONICAL,
            "{\"amount=150000.00platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
                + "\",\"status\":\"0000\",\"sign\":\"" + SIGN + "\"}"),
        Arguments.of("a key absorbs the status", GENUINE_CANONICAL,
            "{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"amount\":\"150000.00\",\"status=0000tradeNo\":\""
                + TRADE_NO + "\",\"sign\":\"" + SIGN + "\"}"),
        Arguments.of("the amount absorbs the platform trade number", GENUINE_CANONICAL,
            "{\"amount\":\"150000.00platFormTradeNo=" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
                + "\",\"status\":\"0000\",\"sign\":\"" + SIGN + "\"}"),
        Arguments.of("the platform trade number absorbs the status", GENUINE_CANONICAL,
            "{\"platFormTradeNo\":\"" + PLATFORM_NO + "status=0000\",\"tradeNo\":\"" + TRADE_NO
                + "\",\"amount\":\"150000.00\",\"sign\":\"" + SIGN + "\"}"),
        Arguments.of("the status absorbs the trade number", GENUINE_CANONICAL,
            "{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"amount\":\"150000.00\",\"status\":\"0000tradeNo="
                + TRADE_NO + "\",\"sign\":\"" + SIGN + "\"}"),
        Arguments.of("an undocumented field absorbs the status", WITH_REMARK_CANONICAL,
            "{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO + "\",\"amount\":\"150000.00\","
                + "\"remark\":\"rstatus=0000\",\"sign\":\"" + WITH_REMARK_SIGN + "\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgeries")
  void forgedCallback_withTheGenuineCanonicalStringAndSignature_isRejected(String how, String genuineCanonical,
      String forged) {
    // the forgery is real: its canonical string is the genuine one, so its signature matches
    assertThat(RULE_C.canonical(RawJson.object(forged))).isEqualTo(genuineCanonical);

    assertThatThrownBy(() -> vexora.webhooks().verify(callback(forged)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(PLATFORM_NO)
        .hasMessageNotContaining(TRADE_NO)
        .hasMessageNotContaining("150000");
    assertThatThrownBy(() -> vexora.webhooks().verifyNotification(callback(forged)))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void genuineCallback_isAccepted_withAKeyMadeOfItsCheckedFields() {
    WebhookEvent event = vexora.webhooks().verify(callback(GENUINE));

    assertThat(event.merchantOrderNo()).isEqualTo(TRADE_NO);
    assertThat(event.deduplicationKey()).isEqualTo("vexora:" + PLATFORM_NO + ":0000");
  }

  @Test
  void genuineCallbackWithAnUndocumentedField_isAccepted() {
    String body = "{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO + "\",\"amount\":\"150000.00\","
        + "\"remark\":\"r\",\"status\":\"0000\",\"sign\":\"" + WITH_REMARK_SIGN + "\"}";

    assertThat(vexora.webhooks().verify(callback(body)).fields()).containsEntry("remark", "r");
  }

  @Test
  void callbackWithAKeyThatIsNotAPlainIdentifier_isRejectedEvenWhenSignedOverIt() {
    String canonical = "amount=150000.00platFormTradeNo=" + PLATFORM_NO + "re-mark=rstatus=0000tradeNo=" + TRADE_NO;
    String body = "{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO + "\",\"amount\":\"150000.00\","
        + "\"re-mark\":\"r\",\"status\":\"0000\",\"sign\":\"" + md5(canonical + SECRET) + "\"}";

    assertThatThrownBy(() -> vexora.webhooks().verify(callback(body)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("not a plain name");
  }

  @Test
  void callbackWithAnAbsurdAmount_isRejectedAtOnceEvenWhenSigned() {
    String canonical = "amount=1e999999999platFormTradeNo=" + PLATFORM_NO + "status=0000tradeNo=" + TRADE_NO;
    String body = "{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO + "\",\"amount\":1e999999999,"
        + "\"status\":\"0000\",\"sign\":\"" + md5(canonical + SECRET) + "\"}";

    assertThatThrownBy(() -> vexora.webhooks().verify(callback(body)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("'amount'")
        .hasMessageNotContaining("1e999999999");
  }
}
