package dev.paysdk.agentpay;

import static dev.paysdk.agentpay.Fixtures.md5Upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.paysdk.core.Money;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
class AgentPayWebhookAuditTest {
  private final AgentPayWebhooks webhooks = AgentPayClient.builder().baseUrl("http://127.0.0.1:9")
      .merchantId(Fixtures.MERCHANT_ID).secretKey(Fixtures.SECRET).build().webhooks();

  private static final String FORM = Fixtures.FORM;

  /** {@code params} (no sign) with a correct rule A sign added. */
  static Map<String, String> signed(Map<String, String> params) {
    Map<String, String> out = new LinkedHashMap<>(params);
    out.remove("sign");
    out.put("sign", md5Upper(Signers.md5SortedFragments(Fixtures.SECRET).canonical(out) + "key=" + Fixtures.SECRET));
    return out;
  }

  static Map<String, String> base() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("amount", "20000");
    p.put("mchOrderNo", "Test17651877680001");
    p.put("fee", "900");
    p.put("channelPayNo", "12300000000");
    p.put("agentpayOrderId", "test1997968440790409217");
    p.put("status", "2");
    p.put("errorMessage", "Rejected after secondary review");
    return p;
  }

  static String query(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  @Test
  void sanity_ourSigningMatchesTheModulesOwnTestSigning() {
    assertThat(signed(base()).get("sign")).isEqualTo(md5Upper(AgentPayCallbackTest.CANONICAL));
    WebhookEvent e = webhooks.verify(WebhookRequest.builder().rawQuery(query(signed(base()))).build());
    assertThat(e.amount()).contains(Money.of("200", "INR"));
  }

  // ---- odd but signed values ----

  static Stream<Arguments> oddValues() {
    return Stream.of(
        Arguments.of("amount", "20000.00"), Arguments.of("amount", "020000"), Arguments.of("amount", "-20000"),
        Arguments.of("amount", "0"), Arguments.of("amount", "-0"), Arguments.of("amount", "200.5"),
        Arguments.of("amount", "1e5"), Arguments.of("amount", "1e999999999"), Arguments.of("amount", "1_000"),
        Arguments.of("amount", "0x10"), Arguments.of("amount", "NaN"), Arguments.of("amount", "9223372036854775807"),
        Arguments.of("amount", "9223372036854775808"), Arguments.of("amount", "-9223372036854775808"),
        Arguments.of("amount", "999999999999999999999999999999"), Arguments.of("amount", "1.000000000000000000"),
        Arguments.of("amount", "20000.000000000000000001"), Arguments.of("amount", " 20000"),
        Arguments.of("amount", "２００００"), Arguments.of("amount", "+20000"),
        Arguments.of("fee", "9.5"), Arguments.of("fee", "-1"), Arguments.of("fee", "99999999999999999999"),
        Arguments.of("status", "02"), Arguments.of("status", "2\r\nX: y"), Arguments.of("status", "２"),
        Arguments.of("status", "s".repeat(33)), Arguments.of("status", " "),
        Arguments.of("mchOrderNo", "Test\r\nInjected"), Arguments.of("mchOrderNo", "A".repeat(1 << 20)),
        Arguments.of("mchOrderNo", "Test%26x"), Arguments.of("mchOrderNo", "Tëst"),
        Arguments.of("agentpayOrderId", ""), Arguments.of("mchOrderNo", ""),
        Arguments.of("errorMessage", "x\r\nInjected"), Arguments.of("errorMessage", "x".repeat(1 << 20)),
        Arguments.of("errorMessage", "a&b&c=d&e"), Arguments.of("errorMessage", "\u0000"),
        Arguments.of("channelPayNo", "U&Amount=1"), Arguments.of("channelPayNo", "U& amount=1"),
        Arguments.of("channelPayNo", "U&amount =1"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("oddValues")
  void signedCallback_withOddValue_isRejectedOrReportedExactly(String field, String value) {
    Map<String, String> p = base();
    p.put(field, value);
    Map<String, String> s = signed(p);
    for (WebhookRequest r : new WebhookRequest[] {
        WebhookRequest.builder().rawQuery(query(s)).build(),
        WebhookRequest.builder().header("Content-Type", FORM).body(query(s)).build()}) {
      WebhookEvent e = verifyOrSve(r);
      if (e != null) {
        assertFaithful(e, s);
      }
    }
  }

  // ---- duplicates, case variants, sources ----

  @Test
  void sameNameTwiceInQuery_withDifferentValues_isRejected() {
    Map<String, String> s = signed(base());
    String q = query(s) + "&status=3";
    assertThat(verifyOrSve(WebhookRequest.builder().rawQuery(q).build())).isNull();
    String q2 = "status=3&" + query(s);
    assertThat(verifyOrSve(WebhookRequest.builder().rawQuery(q2).build())).isNull();
  }

  @Test
  void sameNameInQueryAndBody_withDifferentValues_isRejectedEvenWhenTheBodyIsNotAForm() {
    Map<String, String> s = signed(base());
    for (String ct : new String[] {FORM, null, "application/x-www-form-urlencoded; charset=ISO-8859-1",
        "APPLICATION/X-WWW-FORM-URLENCODED"}) {
      WebhookRequest.Builder b = WebhookRequest.builder().rawQuery(query(s)).body("status=3");
      if (ct != null) {
        b.header("Content-Type", ct);
      }
      assertThat(verifyOrSve(b.build())).isNull();
    }
    // a body of another declared type is not read: what is accepted must still be the signed query
    for (String ct : new String[] {"text/plain", "application/json", "multipart/form-data; boundary=x"}) {
      WebhookEvent e = verifyOrSve(WebhookRequest.builder().rawQuery(query(s)).header("Content-Type", ct)
          .body("status=3&amount=1").build());
      if (e != null) {
        assertFaithful(e, s);
      }
    }
  }

  @Test
  void caseVariantNames_areSignedAndReadConsistently() {
    Map<String, String> p = base();
    p.put("Status", "3");
    p.put("AMOUNT", "1");
    Map<String, String> s = signed(p);
    WebhookEvent e = verifyOrSve(WebhookRequest.builder().rawQuery(query(s)).build());
    if (e != null) {
      assertFaithful(e, s);
    }
  }

  @Test
  void namesWithWhitespaceBomOrLookalikes_doNotChangeWhatIsRead() {
    for (String odd : new String[] {" status", "status ", "\uFEFFstatus", "ѕtatus", "st\u200Batus", "status\u0000"}) {
      Map<String, String> p = base();
      p.put(odd, "3");
      Map<String, String> s = signed(p);
      WebhookEvent e = verifyOrSve(WebhookRequest.builder().rawQuery(query(s)).build());
      if (e != null) {
        assertFaithful(e, s);
      }
    }
  }

  static Stream<Arguments> bodies() {
    String q = query(signed(base()));
    return Stream.of(
        Arguments.of("JSON body", "{\"status\":\"2\"}", "application/json"),
        Arguments.of("JSON declared as form", "{\"status\":\"2\"}", FORM),
        Arguments.of("form declared as JSON", q, "application/json"),
        Arguments.of("BOM + form", "\uFEFF" + q, FORM),
        Arguments.of("empty", "", FORM),
        Arguments.of("only separators", "&&&===&", FORM),
        Arguments.of("bad escape", q + "&x=%zz", FORM),
        Arguments.of("lone percent", q + "&x=%", FORM),
        Arguments.of("incomplete utf8 escape", q + "&x=%C3", FORM),
        Arguments.of("1MB junk", q + "&x=" + "a".repeat(1 << 20), FORM),
        Arguments.of("many fields", q + "&x=1".repeat(50_000), FORM),
        Arguments.of("deep JSON", "[".repeat(10_000), "application/json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void transportVariants_areRejectedWithSveOrAcceptedFaithfully(String name, String body, String ct) {
    WebhookEvent e = verifyOrSve(WebhookRequest.builder().header("Content-Type", ct).header("Content-Encoding",
        "gzip").body(body).build());
    if (e != null) {
      assertThat(e.merchantOrderNo()).isEqualTo("Test17651877680001");
      assertThat(e.rawStatus()).isEqualTo("2");
      assertThat(e.amount()).contains(Money.of("200", "INR"));
    }
  }

  // ---- helpers ----

  private static void assertFaithful(WebhookEvent e, Map<String, String> signed) {
    String mch = signed.get("mchOrderNo");
    String apo = signed.get("agentpayOrderId");
    assertThat(e.merchantOrderNo()).as("merchantOrderNo").isEqualTo(mch == null || mch.isEmpty() ? null : mch);
    assertThat(e.providerOrderNo().orElse(null)).as("providerOrderNo").isEqualTo(apo == null || apo.isEmpty() ? null : apo);
    assertThat(e.rawStatus()).as("rawStatus").isEqualTo(signed.get("status"));
    String amount = signed.get("amount");
    if (amount == null || amount.isEmpty()) {
      assertThat(e.amount()).isEmpty();
    } else {
      assertThat(e.amount()).as("amount").isPresent();
      assertThat(e.amount().get().amount().movePointRight(2)).as("amount in paise")
          .isEqualByComparingTo(new BigDecimal(amount.strip()));
    }
  }

  private WebhookEvent verifyOrSve(WebhookRequest request) {
    try {
      return webhooks.verify(request);
    } catch (SignatureVerificationException e) {
      String m = String.valueOf(e.getMessage());
      assertThat(m).doesNotContain("Test17651877680001").doesNotContain("test1997968440790409217")
          .doesNotContain("\r").doesNotContain("\n").doesNotContain("Injected").doesNotContain("1e999999999")
          .doesNotContain("Rejected after").doesNotContain("12300000000");
      return null;
    } catch (Throwable t) {
      fail("expected SignatureVerificationException or an event, got " + t, t);
      return null;
    }
  }
}
