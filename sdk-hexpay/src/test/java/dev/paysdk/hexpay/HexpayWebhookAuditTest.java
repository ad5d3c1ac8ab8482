package dev.paysdk.hexpay;

import static dev.paysdk.hexpay.TestSupport.APP_SECRET;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static dev.paysdk.hexpay.TestSupport.form;
import static dev.paysdk.hexpay.TestSupport.md5Upper;
import static dev.paysdk.hexpay.TestSupport.rsaSign;
import static dev.paysdk.hexpay.TestSupport.textFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.sign.Canonicalizers;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Audit: a callback is either rejected with a SignatureVerificationException (naming no unverified
 * value), or accepted with exactly what the genuine signed callback said.
 */
class HexpayWebhookAuditTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();

  private static HexpayClient.Builder client() {
    return HexpayClient.builder().baseUrl("https://gateway.invalid").mchNo("M1755226149")
        .appId("689ea02565ac52e60665ea8a").merchantPrivateKey(MERCHANT.getPrivate())
        .platformPublicKey(PLATFORM.getPublic()).appSecret(APP_SECRET);
  }

  private final HexpayWebhooks webhooks = client().build().webhooks();

  /** The document's callback fields as text, without sign. */
  static Map<String, String> base() {
    Map<String, String> f = textFields(fixture("webhook-payin.json"));
    f.remove("sign");
    return f;
  }

  static String rsa(Map<String, String> unsigned) {
    Map<String, String> u = new LinkedHashMap<>(unsigned);
    u.remove("sign");
    return rsaSign(PLATFORM.getPrivate(), Canonicalizers.sortedFragments().canonicalize(u));
  }

  static String md5(Map<String, String> unsigned) {
    Map<String, String> u = new LinkedHashMap<>(unsigned);
    u.remove("sign");
    return md5Upper(Canonicalizers.sortedFragments().canonicalize(u) + "key=" + APP_SECRET);
  }

  static String json(Map<String, String> rawJsonValues) {
    StringBuilder sb = new StringBuilder("{");
    rawJsonValues.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ",").append('"').append(k).append("\":").append(v));
    return sb.append('}').toString();
  }

  /** The base fields as JSON string values. */
  static Map<String, String> baseAsJson() {
    Map<String, String> out = new LinkedHashMap<>();
    base().forEach((k, v) -> out.put(k, "\"" + v + "\""));
    return out;
  }

  static WebhookRequest formRequest(Map<String, String> fields) {
    return WebhookRequest.builder().header("Content-Type", "application/x-www-form-urlencoded").body(form(fields)).build();
  }

  @Test
  void sanity_theBaseCallbackVerifies_withRsaAndWithMd5() {
    Map<String, String> f = base();
    f.put("sign", rsa(f));
    assertThat(webhooks.verify(formRequest(f)).rawStatus()).isEqualTo("2");
    Map<String, String> g = base();
    g.put("sign", md5(g));
    assertThat(webhooks.verify(formRequest(g)).rawStatus()).isEqualTo("2");
  }

  // ---- odd but signed values (JSON body, values as raw JSON) ----

  static Stream<Arguments> oddValues() {
    return Stream.of(
        Arguments.of("state", "\"02\""), Arguments.of("state", "\"002\""), Arguments.of("state", "\"-0\""),
        Arguments.of("state", "\"-1\""), Arguments.of("state", "\"99999999999\""), Arguments.of("state", "\"2_0\""),
        Arguments.of("state", "2.0"), Arguments.of("state", "[2]"), Arguments.of("state", "true"),
        Arguments.of("state", "\"２\""), Arguments.of("state", "\"2\\r\\nInjected\""),
        Arguments.of("settleState", "\"02\""), Arguments.of("settleState", "\"-5\""),
        Arguments.of("amount", "1e999999999"), Arguments.of("amount", "\"1e999999999\""), Arguments.of("amount", "-0"),
        Arguments.of("amount", "\"00100\""), Arguments.of("amount", "\"1_000\""), Arguments.of("amount", "\"0x10\""),
        Arguments.of("amount", "\"NaN\""), Arguments.of("amount", "0.0100000"), Arguments.of("amount", "-0.01"),
        Arguments.of("amount", "0"), Arguments.of("amount", "0.0000001"),
        Arguments.of("amount", "\"999999999999999999999999999999.999999999999999999\""),
        Arguments.of("currency", "\"usdc\""), Arguments.of("currency", "\"XXXX\""), Arguments.of("currency", "\"\""),
        Arguments.of("currency", "\"ＵＳＤＣ\""), Arguments.of("currency", "\"usdt\""),
        Arguments.of("realPayAmount", "\"1e5\""), Arguments.of("refundAmount", "\"-0.5\""),
        Arguments.of("payOrderId", "\"P1\\r\\nInjected\""), Arguments.of("payOrderId", "\"\""),
        Arguments.of("payOrderId", "\"" + "P".repeat(1 << 20) + "\""), Arguments.of("payOrderId", "19588165038849556"),
        Arguments.of("mchOrderNo", "\"\""), Arguments.of("mchOrderNo", "\"a&state=3\""),
        Arguments.of("mchNo", "\"m1755226149\""), Arguments.of("mchNo", "\" M1755226149\""),
        Arguments.of("mchNo", "\"M1755226149\\u0000\""), Arguments.of("mchNo", "\"OtherMerchant\""),
        Arguments.of("reqTime", "\"9999999999999999\""), Arguments.of("reqTime", "\"999999999999999\""),
        Arguments.of("reqTime", "\"-1\""), Arguments.of("createdAt", "\"2025-02-30 09:00:22\""),
        Arguments.of("createdAt", "\"2025-08-22 24:00:00\""), Arguments.of("createdAt", "\"+99999-08-22 09:00:22\""),
        Arguments.of("successTime", "\"１７５５８５３５０５０００\""),
        Arguments.of("payWay", "\"x&State=3\""), Arguments.of("payWay", "{\"state\":3}"),
        Arguments.of("payWay", "\"x\\u0026state\\u003d3\""), Arguments.of("signType", "\"RSA2&state=3\""),
        Arguments.of("signType", "\"MD5\""), Arguments.of("Sign", "\"x\""),
        Arguments.of("x", "[" + "[".repeat(60) + "]".repeat(60) + "]"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("oddValues")
  void signedCallback_withOddValue_isRejectedOrReportedExactly(String field, String valueJson) {
    Map<String, String> values = baseAsJson();
    values.put(field, valueJson);
    String unsigned = json(values);
    Map<String, String> parsed = new LinkedHashMap<>(RawJson.object(unsigned));
    parsed.values().removeIf(v -> v == null);
    for (String sign : new String[] {rsa(parsed), md5(parsed)}) {
      values.put("sign", "\"" + sign + "\"");
      String body = json(values);
      WebhookEvent e = verifyOrSve(WebhookRequest.builder().header("Content-Type", "application/json").body(body).build());
      if (e != null) {
        assertFaithful(e, parsed);
      }
    }
  }

  // ---- transports, duplicates, case ----

  @Test
  void jsonDuplicateKeys_areRejected() {
    Map<String, String> f = base();
    String sign = rsa(f);
    String body = json(baseAsJson()).replace("\"state\":\"2\"", "\"state\":\"2\",\"state\":\"3\"")
        .replace("}", ",\"sign\":\"" + sign + "\"}");
    assertThat(verifyOrSve(WebhookRequest.builder().header("Content-Type", "application/json").body(body).build()))
        .isNull();
  }

  @Test
  void queryAndBody_withTheSameNameTwice_areRejectedOrConsistent() {
    Map<String, String> f = base();
    f.put("sign", rsa(f));
    // the same value twice: fine; a different value: must be rejected
    WebhookEvent same = verifyOrSve(WebhookRequest.builder().rawQuery("state=2")
        .header("Content-Type", "application/x-www-form-urlencoded").body(form(f)).build());
    if (same != null) {
      assertThat(same.rawStatus()).isEqualTo("2");
    }
    for (String q : new String[] {"state=3", "state=02", "state=", "amount=100", "payOrderId=P2", "sign=x"}) {
      WebhookEvent e = verifyOrSve(WebhookRequest.builder().rawQuery(q)
          .header("Content-Type", "application/x-www-form-urlencoded").body(form(f)).build());
      if (e != null) {
        assertFaithful(e, base());
      }
      WebhookEvent j = verifyOrSve(WebhookRequest.builder().rawQuery(q).header("Content-Type", "application/json")
          .body(json(baseAsJson()).replace("}", ",\"sign\":\"" + f.get("sign") + "\"}")).build());
      if (j != null) {
        assertFaithful(j, base());
      }
    }
  }

  static Stream<Arguments> transports() {
    Map<String, String> f = base();
    f.put("sign", rsa(f));
    String formBody = form(f);
    String jsonBody = json(baseAsJson()).replace("}", ",\"sign\":\"" + f.get("sign") + "\"}");
    return Stream.of(
        Arguments.of("JSON declared as form", jsonBody, "application/x-www-form-urlencoded"),
        Arguments.of("form declared as JSON", formBody, "application/json"),
        Arguments.of("form declared as text", formBody, "text/plain"),
        Arguments.of("form, no content type", formBody, null),
        Arguments.of("BOM + JSON", "\uFEFF" + jsonBody, "application/json"),
        Arguments.of("BOM + form", "\uFEFF" + formBody, "application/x-www-form-urlencoded"),
        Arguments.of("form with latin1 charset", formBody, "application/x-www-form-urlencoded; charset=ISO-8859-1"),
        Arguments.of("empty", "", "application/json"),
        Arguments.of("form with bad escape", formBody + "&x=%zz", "application/x-www-form-urlencoded"),
        Arguments.of("form with raw plus in sign", formBody.replace("%2B", "+"), "application/x-www-form-urlencoded"),
        Arguments.of("deep JSON", jsonBody.replace("}", ",\"x\":" + "{\"a\":".repeat(10_000) + "1"
            + "}".repeat(10_000) + "}"), "application/json"),
        Arguments.of("JSON + trailing", jsonBody + "x", "application/json"),
        Arguments.of("1MB form value", formBody + "&x=" + "a".repeat(1 << 20), "application/x-www-form-urlencoded"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void transportVariants_areRejectedWithSveOrAcceptedFaithfully(String name, String body, String ct) {
    WebhookRequest.Builder b = WebhookRequest.builder().header("Content-Encoding", "gzip").body(body);
    if (ct != null) {
      b.header("Content-Type", ct);
    }
    WebhookEvent e = verifyOrSve(b.build());
    if (e != null) {
      assertFaithful(e, base());
    }
  }

  @Test
  void compactCanonicalForm_signTypeIsUnsigned_andMustNotBeTrustedForAnything() {
    HexpayWebhooks compact = client().canonicalForm(HexpayCanonicalForm.NO_TRAILING_AMPERSAND_WITHOUT_SIGN_TYPE)
        .build().webhooks();
    Map<String, String> f = base();
    String canonical = Canonicalizers.sortedFragmentsExcluding(java.util.Set.of("signType"), false).canonicalize(f);
    f.put("sign", rsaSign(PLATFORM.getPrivate(), canonical));
    f.put("signType", "RSA2");
    assertThat(compact.verify(formRequest(f)).rawStatus()).isEqualTo("2");
    for (String st : new String[] {"MD5", "x&state=3", "x&State=3", "x\r\nInjected", "x".repeat(1 << 16)}) {
      f.put("signType", st);
      try {
        WebhookEvent e = compact.verify(formRequest(f));
        assertFaithful(e, base());
      } catch (SignatureVerificationException ex) {
        assertThat(ex.getMessage()).doesNotContain("Injected").doesNotContain("\n");
      }
    }
  }

  // ---- helpers ----

  private static void assertFaithful(WebhookEvent e, Map<String, String> signed) {
    String mch = signed.get("mchOrderNo");
    assertThat(e.merchantOrderNo()).as("merchantOrderNo").isEqualTo(mch == null || mch.isEmpty() ? null : mch);
    assertThat(e.providerOrderNo().orElse(null)).as("providerOrderNo").isEqualTo(signed.get("payOrderId"));
    assertThat(e.rawStatus()).as("rawStatus (signed state was '" + signed.get("state") + "')")
        .isEqualTo(signed.get("state"));
    assertThat(e.deduplicationKey()).as("deduplicationKey")
        .isEqualTo("hexpay:" + signed.get("payOrderId") + ":" + signed.get("state"));
    String amount = signed.get("amount");
    if (amount == null || amount.isEmpty()) {
      assertThat(e.amount()).isEmpty();
    } else {
      assertThat(e.amount().get().amount()).as("amount, not rounded").isEqualByComparingTo(new BigDecimal(amount));
      assertThat(e.amount().get().amount().scale()).as("amount scale").isGreaterThanOrEqualTo(new BigDecimal(amount).scale());
    }
    HexpayPayInNotification n = e.providerEvent(HexpayPayInNotification.class);
    String created = signed.get("createdAt");
    if (created != null && created.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
      assertThat(n.createdAt().toString().replace('T', ' ')).as("createdAt as signed").startsWith(created.substring(0, 16));
    }
  }

  /** The mchNo named in a rejection comes after the signature verified it: a verified value, allowed. */
  private WebhookEvent verifyOrSve(WebhookRequest request) {
    try {
      return webhooks.verify(request);
    } catch (SignatureVerificationException e) {
      String m = String.valueOf(e.getMessage());
      assertThat(m).as("message of " + e).doesNotContain("P1958816503884955649").doesNotContain("482d0876d40d44dfa20c6e6859946a2b")
          .doesNotContain("\r").doesNotContain("\n").doesNotContain("Injected").doesNotContain("1e999999999");
      return null;
    } catch (Throwable t) {
      fail("expected SignatureVerificationException or an event, got " + t, t);
      return null;
    }
  }
}
