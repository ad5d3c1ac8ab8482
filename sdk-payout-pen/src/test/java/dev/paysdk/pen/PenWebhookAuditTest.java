package dev.paysdk.pen;

import static dev.paysdk.pen.PenTestSupport.MERCHANT_ID;
import static dev.paysdk.pen.PenTestSupport.SECRET;
import static dev.paysdk.pen.PenTestSupport.md5Upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Audit: a webhook is either rejected with a SignatureVerificationException (naming no unverified
 * value), or accepted with exactly what the genuine signed webhook said.
 */
class PenWebhookAuditTest {
  private final PenWebhooks webhooks = PenPayoutClient.builder().baseUrl("http://127.0.0.1:9")
      .merchantId(MERCHANT_ID).secretKey(SECRET).build().webhooks();

  private static final String BASE = "{\"orderStatus\":\"SUCCESS\",\"amount\":100.0,\"fee\":0,"
      + "\"mchOrderNo\":\"2a6421c4-3758-4d1a-b47e-f7d0e7133f9e\",\"merchantId\":\"100001\","
      + "\"orderNo\":\"PAYOUT8388679728902370944\",\"completionTime\":\"2022-08-08 08:08:08\",\"resultDesc\":\"SUCCESS\"}";

  static String sign(String body) {
    return md5Upper(Signers.md5SortedFragments(SECRET).canonical(RawJson.object(body)) + "key=" + SECRET);
  }

  static WebhookRequest webhook(String body) {
    return PenTestSupport.webhook(body, sign(body));
  }

  static String with(String field, String valueJson) {
    String replaced = BASE.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]*)",
        Matcher.quoteReplacement("\"" + field + "\":" + valueJson));
    return replaced.equals(BASE) && !BASE.contains("\"" + field + "\":" + valueJson)
        ? BASE.substring(0, BASE.length() - 1) + ",\"" + field + "\":" + valueJson + "}" : replaced;
  }

  @Test
  void sanity_ourSigningMatchesTheModulesTestSigning() {
    assertThat(sign(PenTestSupport.WEBHOOK)).isEqualTo(md5Upper(PenTestSupport.WEBHOOK_CANONICAL));
    assertThat(webhooks.verify(webhook(BASE)).rawStatus()).isEqualTo("SUCCESS");
  }

  static Stream<Arguments> oddValues() {
    return Stream.of(
        Arguments.of("amount", "1e999999999"), Arguments.of("amount", "\"1e999999999\""), Arguments.of("amount", "-0"),
        Arguments.of("amount", "\"00100\""), Arguments.of("amount", "\"1_000\""), Arguments.of("amount", "\"0x10\""),
        Arguments.of("amount", "\"NaN\""), Arguments.of("amount", "100.005"), Arguments.of("amount", "-100.00"),
        Arguments.of("amount", "0"), Arguments.of("amount", "[100]"), Arguments.of("amount", "{\"v\":1}"),
        Arguments.of("amount", "null"), Arguments.of("amount", "true"), Arguments.of("amount", "1E2"),
        Arguments.of("amount", "123456789012345678901234567890.123456789012345678"),
        Arguments.of("amount", "0.000000000000000000001"), Arguments.of("amount", "\" 100\""),
        Arguments.of("fee", "-1"), Arguments.of("fee", "0.001"), Arguments.of("fee", "1e5"),
        Arguments.of("orderStatus", "\"success\""), Arguments.of("orderStatus", "\"SUCCESS \""),
        Arguments.of("orderStatus", "\"SUCCESS\\r\\nInjected\""), Arguments.of("orderStatus", "[\"SUCCESS\"]"),
        Arguments.of("orderStatus", "1"), Arguments.of("orderStatus", "\"ＳＵＣＣＥＳＳ\""),
        Arguments.of("orderNo", "\"PAYOUT\\u0000\""), Arguments.of("orderNo", "\"" + "P".repeat(1 << 20) + "\""),
        Arguments.of("orderNo", "12345"), Arguments.of("orderNo", "\"\""), Arguments.of("orderNo", "null"),
        Arguments.of("mchOrderNo", "\"a\\r\\nInjected\""), Arguments.of("mchOrderNo", "\"\""),
        Arguments.of("merchantId", "\" 100001 \""), Arguments.of("merchantId", "\"100002\""),
        Arguments.of("merchantId", "100001"), Arguments.of("merchantId", "\"\""),
        Arguments.of("completionTime", "\"2022-02-30 08:08:08\""),
        Arguments.of("completionTime", "\"+999999999-08-08 08:08:08\""), Arguments.of("completionTime", "\"x\\r\\nInjected\""),
        Arguments.of("completionTime", "12345"), Arguments.of("resultDesc", "\"a&orderStatus=FAILED\""),
        Arguments.of("resultDesc", "\"a\\u0026orderStatus\\u003dFAILED\""), Arguments.of("resultDesc", "\"a&OrderStatus=FAILED\""),
        Arguments.of("resultDesc", "{\"orderStatus\":\"FAILED\"}"), Arguments.of("channelOrderNo", "\"C1\""),
        Arguments.of("x", "[" + "[".repeat(60) + "]".repeat(60) + "]"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("oddValues")
  void signedWebhook_withOddValue_isRejectedOrReportedExactly(String field, String valueJson) {
    String body = with(field, valueJson);
    WebhookEvent e = verifyOrSve(webhook(body));
    if (e != null) {
      Map<String, String> f = RawJson.object(body);
      assertThat(e.rawStatus()).as("rawStatus").isEqualTo(f.get("orderStatus"));
      assertThat(e.providerOrderNo().orElse(null)).as("orderNo").isEqualTo(f.get("orderNo"));
      String mch = f.get("mchOrderNo");
      assertThat(e.merchantOrderNo()).as("mchOrderNo").isEqualTo(mch == null || mch.isEmpty() ? null : mch);
      String amount = f.get("amount");
      if (amount == null || amount.isEmpty()) {
        assertThat(e.amount()).isEmpty();
      } else {
        assertThat(e.amount().get().amount()).as("amount, not rounded").isEqualByComparingTo(new BigDecimal(amount));
      }
      PenPayoutNotification n = e.providerEvent(PenPayoutNotification.class);
      String fee = f.get("fee");
      if (fee != null && !fee.isEmpty()) {
        assertThat(n.payout().fee().amount()).as("fee, not rounded").isEqualByComparingTo(new BigDecimal(fee));
      }
      String ct = f.get("completionTime");
      if (ct != null && ct.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
        LocalDateTime t = n.payout().completionTime();
        assertThat(t).as("completionTime as signed, not adjusted").isNotNull();
        assertThat(t.toString().replace('T', ' ')).as("completionTime as signed, not adjusted").startsWith(ct.substring(0, 16));
      }
    }
  }

  static Stream<Arguments> transports() {
    String sign = sign(BASE);
    return Stream.of(
        Arguments.of("duplicate key", BASE.replace("\"orderStatus\":\"SUCCESS\"",
            "\"orderStatus\":\"SUCCESS\",\"orderStatus\":\"FAILED\""), sign, "application/json"),
        Arguments.of("case-variant key", BASE.replace("\"orderStatus\":\"SUCCESS\"",
            "\"orderStatus\":\"SUCCESS\",\"OrderStatus\":\"FAILED\""), null, "application/json"),
        Arguments.of("BOM", "\uFEFF" + BASE, sign, "application/json"),
        Arguments.of("declared as form", BASE, sign, "application/x-www-form-urlencoded"),
        Arguments.of("latin1 charset", BASE, sign, "application/json; charset=ISO-8859-1"),
        Arguments.of("empty body", "", sign, "application/json"),
        Arguments.of("deep nesting", BASE.replace("}", ",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"),
            null, "application/json"),
        Arguments.of("trailing content", BASE + "{}", sign, "application/json"),
        Arguments.of("whitespace around", "  \n" + BASE + "\n  ", null, "application/json"),
        Arguments.of("form body", "orderStatus=SUCCESS&amount=100.0&fee=0&mchOrderNo=2a6421c4-3758-4d1a-b47e-f7d0e7133f9e"
            + "&merchantId=100001&orderNo=PAYOUT8388679728902370944&completionTime=2022-08-08+08:08:08&resultDesc=SUCCESS",
            sign, "application/x-www-form-urlencoded"),
        Arguments.of("1MB field", BASE.replace("}", ",\"x\":\"" + "a".repeat(1 << 20) + "\"}"), null, "application/json"),
        Arguments.of("sign with spaces", BASE, " " + sign + " ", "application/json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void transportVariants_areRejectedWithSveOrAcceptedFaithfully(String name, String body, String sign, String ct) {
    String s = sign;
    if (s == null) {
      try {
        s = sign(body.strip());
      } catch (RuntimeException unsignable) {
        s = sign(BASE);
      }
    }
    WebhookRequest r = WebhookRequest.builder().method("POST").header("Content-Type", ct)
        .header("Content-Encoding", "gzip").header("MerchantId", MERCHANT_ID).header("Sign", s).body(body).build();
    WebhookEvent e = verifyOrSve(r);
    if (e != null) {
      assertThat(e.rawStatus()).isEqualTo("SUCCESS");
      assertThat(e.providerOrderNo()).contains("PAYOUT8388679728902370944");
      assertThat(e.amount().get().amount()).isEqualByComparingTo("100.0");
    }
  }

  @Test
  void secondMerchantIdHeader_orQueryParameters_doNotChangeWhatIsRead() {
    WebhookRequest r = WebhookRequest.builder().method("POST").header("Content-Type", "application/json")
        .header("MerchantId", MERCHANT_ID).header("MerchantId", "999").header("Sign", sign(BASE))
        .rawQuery("orderStatus=FAILED&amount=1").body(BASE).build();
    WebhookEvent e = verifyOrSve(r);
    if (e != null) {
      assertThat(e.rawStatus()).isEqualTo("SUCCESS");
      assertThat(e.amount().get().amount()).isEqualByComparingTo("100.0");
    }
  }

  private WebhookEvent verifyOrSve(WebhookRequest request) {
    try {
      return webhooks.verify(request);
    } catch (SignatureVerificationException e) {
      String m = String.valueOf(e.getMessage());
      assertThat(m).doesNotContain("2a6421c4").doesNotContain("PAYOUT8388679728902370944").doesNotContain("\r")
          .doesNotContain("\n").doesNotContain("Injected").doesNotContain("1e999999999").doesNotContain("100002");
      return null;
    } catch (Throwable t) {
      fail("expected SignatureVerificationException or an event, got " + t, t);
      return null;
    }
  }
}
