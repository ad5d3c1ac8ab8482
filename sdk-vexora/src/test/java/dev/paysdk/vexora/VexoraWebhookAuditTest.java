package dev.paysdk.vexora;

import static dev.paysdk.vexora.VexoraTestSupport.SECRET;
import static dev.paysdk.vexora.VexoraTestSupport.md5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Audit: a webhook is either rejected with a SignatureVerificationException (naming no unverified
 * value), or accepted with exactly what the genuine signed message said.
 */
class VexoraWebhookAuditTest {
  private static final SigningRule RULE_C = Signers.md5SaltedPairs(SECRET);
  private static final String PLATFORM_NO = "vx4m8k2d9pl0q7f1a";
  private static final String TRADE_NO = "VX20260331008901";

  private final VexoraClient vexora = VexoraClient.builder().baseUrl("http://127.0.0.1:9/indonesia")
      .merchantNo(VexoraTestSupport.MERCHANT_NO).appSecret(SECRET).build();

  private static WebhookRequest callback(String json) {
    return WebhookRequest.builder().method("POST").header("Content-Type", "application/json").body(json).build();
  }

  /** {@code unsignedJson} (without a sign, ending with '}') with a correct rule C sign appended. */
  static String signed(String unsignedJson) {
    String canonical = RULE_C.canonical(RawJson.object(unsignedJson));
    String sign = md5(canonical + SECRET);
    return unsignedJson.substring(0, unsignedJson.lastIndexOf('}')) + ",\"sign\":\"" + sign + "\"}";
  }

  private static String signOf(String signedJson) {
    return RawJson.object(signedJson).get("sign");
  }

  // ---------------------------------------------------------------------------------------------
  // Re-splits of rule C that move the boundary between a value and the next KEY (no separator):
  // an IDENTIFIER or STATUS value may end with letters, so it can swallow the first letters of the
  // next key while the rest of that key still sorts in the same place.

  /**
   * Genuine callback with one undocumented field ({@code remark}, as in VexoraWebhookForgeryTest).
   * Canonical: ...platFormTradeNo=vx4m8k2d9pl0q7f1aremark=rstatus=0000...
   * Forged: platFormTradeNo = "vx4m8k2d9pl0q7f1arema", plus key "rk" = "r" (sorts between
   * platFormTradeNo and status): same canonical string, so the genuine sign matches.
   */
  @Test
  void resplit_platformTradeNoSwallowsTheStartOfTheNextKey_changesProviderOrderNoAndDedupKey() {
    String genuine = signed("{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
        + "\",\"amount\":\"150000.00\",\"remark\":\"r\",\"status\":\"0000\"}");
    WebhookEvent real = vexora.webhooks().verify(callback(genuine));
    assertThat(real.providerOrderNo()).contains(PLATFORM_NO);

    String forged = "{\"platFormTradeNo\":\"" + PLATFORM_NO + "rema\",\"tradeNo\":\"" + TRADE_NO
        + "\",\"amount\":\"150000.00\",\"rk\":\"r\",\"status\":\"0000\",\"sign\":\"" + signOf(genuine) + "\"}";
    // the forgery is real: its canonical string is the genuine one
    assertThat(RULE_C.canonical(RawJson.object(forged))).isEqualTo(RULE_C.canonical(RawJson.object(genuine)));

    assertRejectedOrSame(forged, real);
  }

  /**
   * Genuine callback carrying a {@code timestamp} (Vexora's answers carry one).
   * Canonical: ...status=0000timestamp=1719876543210tradeNo=...
   * Forged: status = "0000times", key "tamp" = "1719876543210" (sorts between status and tradeNo).
   * A SUCCESS (0000) becomes an unrecognised status, with another de-duplication key.
   */
  @Test
  void resplit_statusSwallowsTheStartOfTheNextKey_changesStatusAndDedupKey() {
    String genuine = signed("{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
        + "\",\"amount\":\"150000.00\",\"status\":\"0000\",\"timestamp\":\"1719876543210\"}");
    WebhookEvent real = vexora.webhooks().verify(callback(genuine));
    assertThat(real.payoutStatus()).contains(PayoutStatus.SUCCEEDED);

    String forged = "{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
        + "\",\"amount\":\"150000.00\",\"status\":\"0000times\",\"tamp\":\"1719876543210\",\"sign\":\""
        + signOf(genuine) + "\"}";
    assertThat(RULE_C.canonical(RawJson.object(forged))).isEqualTo(RULE_C.canonical(RawJson.object(genuine)));

    assertRejectedOrSame(forged, real);
  }

  /**
   * Genuine callback with an undocumented field sorting just before platFormTradeNo ({@code payAmount},
   * which some regions send). Canonical: ...payAmount=150000platFormTradeNo=vx...
   * Forged: payAmount = "150000platFo", key "rmTradeNo" (sorts between payAmount and status): the
   * platform order number disappears, and
   * the de-duplication key falls back to tradeNo.
   */
  @Test
  void resplit_undocumentedFieldSwallowsTheStartOfPlatFormTradeNo_dropsProviderOrderNo() {
    String genuine = signed("{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
        + "\",\"amount\":\"150000.00\",\"payAmount\":\"150000\",\"status\":\"0000\"}");
    WebhookEvent real = vexora.webhooks().verify(callback(genuine));

    String forged = "{\"rmTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
        + "\",\"amount\":\"150000.00\",\"payAmount\":\"150000platFo\",\"status\":\"0000\",\"sign\":\""
        + signOf(genuine) + "\"}";
    assertThat(RULE_C.canonical(RawJson.object(forged))).isEqualTo(RULE_C.canonical(RawJson.object(genuine)));

    assertRejectedOrSame(forged, real);
  }

  // ---------------------------------------------------------------------------------------------
  // Signed (so passing the signature) but odd values: reject with SVE, or report faithfully.

  static Stream<Arguments> oddAmounts() {
    return Stream.of("\"1e999999999\"", "1e999999999", "\"-0\"", "-0", "\"00100\"", "\"1_000\"", "\"0x10\"",
        "\"NaN\"", "\"Infinity\"", "\"100.5\"", "\"100.123456789012345678\"", "\"-100\"", "\"0\"",
        "\"999999999999999999999999999999.999999999999999999\"", "1E+2", "\"１００\"", "\" 100\"", "\"100 \"",
        "\"100\\u0000\"", "[100]", "{\"v\":100}", "true", "\"\"", "\"+100\"", "100.10", "\".5\"", "\"5.\"",
        "\"1,000\"", "\"١٠٠\"", "123456789012345678901234567890")
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "amount {0}")
  @MethodSource("oddAmounts")
  void signedCallback_withOddAmount_isRejectedOrReportedExactly(String amountJson) {
    String body = signed("{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
        + "\",\"amount\":" + amountJson + ",\"status\":\"0000\"}");
    WebhookEvent e = verifyOrSve(body);
    if (e != null) {
      String text = RawJson.object(body).get("amount");
      if (text == null || text.isEmpty()) {
        assertThat(e.amount()).isEmpty();
      } else {
        assertThat(e.amount()).isPresent();
        assertThat(e.amount().get().amount()).isEqualByComparingTo(new BigDecimal(text));
        assertThat(e.amount().get().amount().scale())
            .as("amount must not be rounded or rescaled").isGreaterThanOrEqualTo(Math.max(0, new BigDecimal(text).scale()));
      }
    }
  }

  static Stream<Arguments> oddStatusesAndIds() {
    return Stream.of(
        Arguments.of("status", "[\"0000\"]"), Arguments.of("status", "{\"a\":\"0000\"}"), Arguments.of("status", "0"),
        Arguments.of("status", "true"), Arguments.of("status", "\"0000\\r\\nX-Injected: 1\""),
        Arguments.of("status", "\"\\u00000000\""), Arguments.of("status", "\"0000\\u200b\""),
        Arguments.of("status", "\"" + "0".repeat(33) + "\""),
        Arguments.of("tradeNo", "\"VX\\r\\nInjected\""), Arguments.of("tradeNo", "\"" + "A".repeat(1 << 20) + "\""),
        Arguments.of("tradeNo", "\"VX\\u0130\""), Arguments.of("tradeNo", "12345"), Arguments.of("tradeNo", "1.5e3"),
        Arguments.of("tradeNo", "\"-VX\""), Arguments.of("tradeNo", "\".\""), Arguments.of("platFormTradeNo", "null"),
        Arguments.of("platFormTradeNo", "\"\""), Arguments.of("tradeNo", "\"VX%26status%3D0000\""));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("oddStatusesAndIds")
  void signedCallback_withOddIdentityOrStatus_isRejectedOrReportedExactly(String field, String valueJson) {
    String base = "{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
        + "\",\"amount\":\"100\",\"status\":\"0000\"}";
    String unsigned = base.replaceFirst("\"" + field + "\":\"[^\"]*\"",
        java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + valueJson));
    String body = signed(unsigned);
    WebhookEvent e = verifyOrSve(body);
    if (e != null) {
      var f = RawJson.object(body);
      assertThat(e.merchantOrderNo()).isEqualTo(f.get("tradeNo"));
      assertThat(e.rawStatus()).isEqualTo(f.get("status"));
      String p = f.get("platFormTradeNo");
      assertThat(e.providerOrderNo().orElse(null)).isEqualTo(p == null || p.isEmpty() ? null : p);
    }
  }

  static Stream<Arguments> oddBodies() {
    String ok = signed("{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"" + TRADE_NO
        + "\",\"amount\":\"100\",\"status\":\"0000\"}");
    return Stream.of(
        Arguments.of("BOM before JSON", "\uFEFF" + ok, "application/json"),
        Arguments.of("JSON declared as form", ok, "application/x-www-form-urlencoded"),
        Arguments.of("JSON with charset latin1", ok, "application/json; charset=ISO-8859-1"),
        Arguments.of("empty body", "", "application/json"),
        Arguments.of("whitespace body", " \r\n\t ", "application/json"),
        Arguments.of("duplicate key", ok.replace("\"status\":\"0000\"", "\"status\":\"0000\",\"status\":\"00029\""),
            "application/json"),
        Arguments.of("case-variant key", ok.replace("\"status\":\"0000\"", "\"status\":\"0000\",\"Status\":\"00029\""),
            "application/json"),
        Arguments.of("deep nesting", ok.replace("}", ",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"),
            "application/json"),
        Arguments.of("deep nesting objects", ok.replace("}", ",\"x\":" + "{\"a\":".repeat(10_000) + "1"
            + "}".repeat(10_000) + "}"), "application/json"),
        Arguments.of("trailing garbage", ok + "{}", "application/json"),
        Arguments.of("two objects", ok + ok, "application/json"),
        Arguments.of("array", "[" + ok + "]", "application/json"),
        Arguments.of("NUL after", ok + "\u0000", "application/json"),
        Arguments.of("form body", "platFormTradeNo=" + PLATFORM_NO + "&tradeNo=" + TRADE_NO + "&amount=100&status=0000"
            + "&sign=" + signOf(ok), "application/x-www-form-urlencoded"),
        Arguments.of("gzip header, not gzipped", ok, "application/json"),
        Arguments.of("huge string", ok.replace("}", ",\"x\":\"" + "a".repeat(1 << 20) + "\"}"), "application/json"),
        Arguments.of("huge number", ok.replace("}", ",\"x\":" + "9".repeat(100_000) + "}"), "application/json"),
        Arguments.of("truncated", ok.substring(0, ok.length() - 5), "application/json"),
        Arguments.of("invalid utf8", null, "application/json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddBodies")
  void oddBodies_areRejectedWithSveOrAcceptedFaithfully(String name, String body, String contentType) {
    WebhookRequest.Builder b = WebhookRequest.builder().method("POST").header("Content-Type", contentType);
    if (name.startsWith("gzip")) {
      b.header("Content-Encoding", "gzip");
    }
    if (body == null) {
      byte[] bytes = ("{\"platFormTradeNo\":\"" + PLATFORM_NO + "\",\"tradeNo\":\"X\",\"status\":\"0000\",\"amount\":\"1\","
          + "\"sign\":\"x\"}").getBytes(StandardCharsets.UTF_8);
      byte[] bad = new byte[bytes.length + 3];
      System.arraycopy(bytes, 0, bad, 0, bytes.length - 1);
      bad[bytes.length - 1] = ',';
      bad[bytes.length] = '"';
      bad[bytes.length + 1] = (byte) 0xC3;
      bad[bytes.length + 2] = '}';
      b.body(bad);
    } else {
      b.body(body);
    }
    WebhookEvent e = verifyOrSve(b.build());
    if (e != null) {
      assertThat(e.merchantOrderNo()).isEqualTo(TRADE_NO);
      assertThat(e.rawStatus()).isEqualTo("0000");
      assertThat(e.amount()).contains(Money.reported(new BigDecimal("100"), "IDR"));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void assertRejectedOrSame(String forgedJson, WebhookEvent real) {
    WebhookEvent e = verifyOrSve(forgedJson);
    if (e != null) {
      assertThat(e.merchantOrderNo()).as("merchantOrderNo").isEqualTo(real.merchantOrderNo());
      assertThat(e.providerOrderNo()).as("providerOrderNo").isEqualTo(real.providerOrderNo());
      assertThat(e.rawStatus()).as("rawStatus").isEqualTo(real.rawStatus());
      assertThat(e.payoutStatus()).as("payoutStatus").isEqualTo(real.payoutStatus());
      assertThat(e.amount()).as("amount").isEqualTo(real.amount());
      assertThat(e.deduplicationKey()).as("deduplicationKey").isEqualTo(real.deduplicationKey());
    }
  }

  private WebhookEvent verifyOrSve(String json) {
    return verifyOrSve(callback(json));
  }

  /** The event, or null when rejected with a clean SVE; fails on any other outcome. */
  private WebhookEvent verifyOrSve(WebhookRequest request) {
    try {
      return vexora.webhooks().verify(request);
    } catch (SignatureVerificationException e) {
      String m = String.valueOf(e.getMessage());
      assertThat(m).doesNotContain(TRADE_NO).doesNotContain(PLATFORM_NO).doesNotContain("\r").doesNotContain("\n")
          .doesNotContain("Injected").doesNotContain("1e999999999");
      return null;
    } catch (Throwable t) {
      fail("expected SignatureVerificationException or an event, got " + t, t);
      return null;
    }
  }
}
