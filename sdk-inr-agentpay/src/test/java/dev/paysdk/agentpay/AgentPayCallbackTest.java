package dev.paysdk.agentpay;

import static dev.paysdk.agentpay.Fixtures.md5Upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentPayCallbackTest {
  /** The document's callback, every parameter but sign, with the test secret. */
  static final String CANONICAL = "agentpayOrderId=test1997968440790409217&amount=20000&channelPayNo=12300000000"
      + "&errorMessage=Rejected after secondary review&fee=900&mchOrderNo=Test17651877680001&status=2&key=test-secret";
  static final String ORIGINAL_SIGN = "8B9676B45CFF978622915903D3EE1969";

  private final AgentPayWebhooks webhooks = AgentPayClient.builder().baseUrl("http://127.0.0.1:9")
      .merchantId(Fixtures.MERCHANT_ID).secretKey(Fixtures.SECRET).build().webhooks();
  private static final String FORM = Fixtures.FORM;

  /** The document's callback query string ({@code notify?...}), re-signed with the test secret. */
  static String signedQuery() {
    String query = Fixtures.text("callback.txt").substring("notify?".length());
    String resigned = query.replace("sign=" + ORIGINAL_SIGN, "sign=" + md5Upper(CANONICAL));
    assertThat(resigned).isNotEqualTo(query);
    return resigned;
  }

  static WebhookRequest inUrl(String query) {
    return WebhookRequest.builder().method("POST").rawQuery(query).build();
  }

  @Test
  void verify_acceptsTheDocumentsCallback_withItsParametersInTheUrl() {
    WebhookEvent e = webhooks.verify(inUrl(signedQuery()));

    assertThat(e.providerId()).isEqualTo("inr-agentpay");
    assertThat(e.type()).isEqualTo(WebhookEvent.Type.PAYOUT_STATUS);
    assertThat(e.merchantOrderNo()).isEqualTo("Test17651877680001");
    assertThat(e.providerOrderNo()).contains("test1997968440790409217");
    assertThat(e.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
    assertThat(e.rawStatus()).isEqualTo("2");
    assertThat(e.amount()).contains(Money.of("200", "INR"));
    assertThat(e.deduplicationKey()).isEqualTo("inr-agentpay:test1997968440790409217:2");
    assertThat(e.ack().status()).isEqualTo(200);
    assertThat(e.ack().body()).isEqualTo("success");
    assertThat(e.ack().contentType()).startsWith("text/plain");
    assertThat(e.fields()).containsEntry("channelPayNo", "12300000000").containsKey("sign");

    AgentPayCallback cb = e.providerEvent(AgentPayCallback.class);
    assertThat(cb.amount()).isEqualTo(Money.reportedMinor(20000, "INR"));
    assertThat(cb.fee()).isEqualTo(Money.reportedMinor(900, "INR"));
    assertThat(cb.channelPayNo()).isEqualTo("12300000000");
    assertThat(cb.errorMessage()).isEqualTo("Rejected after secondary review");
  }

  @Test
  void verify_acceptsTheSameParametersInAFormBody() {
    WebhookRequest raw = WebhookRequest.builder().method("POST")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(signedQuery().replace(' ', '+'))
        .build();

    AgentPayCallback cb = webhooks.verifyNotification(raw);

    assertThat(cb.merchantOrderNo()).isEqualTo("Test17651877680001");
    assertThat(cb.errorMessage()).isEqualTo("Rejected after secondary review");
  }

  @Test
  void verify_acceptsParametersSplitBetweenUrlAndFormBody() {
    String q = signedQuery();
    int cut = q.indexOf("&sign=");
    WebhookRequest raw = WebhookRequest.builder().rawQuery(q.substring(0, cut))
        .header("Content-Type", "application/x-www-form-urlencoded").body(q.substring(cut + 1).replace(' ', '+')).build();

    assertThat(webhooks.verifyNotification(raw).rawStatus()).isEqualTo("2");
  }

  @Test
  void verify_whenTheAmountWasTamperedWith_rejectsIt() {
    String tampered = signedQuery().replace("amount=20000", "amount=2000000");

    assertThatThrownBy(() -> webhooks.verify(inUrl(tampered)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(md5Upper(CANONICAL));
  }

  @Test
  void verify_whenTheSignIsMissing_rejectsIt() {
    String unsigned = signedQuery().replace("&sign=" + md5Upper(CANONICAL), "");

    assertThatThrownBy(() -> webhooks.verify(inUrl(unsigned)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("no sign");
  }

  @Test
  void verify_whenTheSignIsEmpty_rejectsIt() {
    String empty = signedQuery().replace("sign=" + md5Upper(CANONICAL), "sign=");

    assertThatThrownBy(() -> webhooks.verify(inUrl(empty))).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_whenTheSignIsWrong_rejectsIt() {
    // The document's own sign was made with another secret.
    String original = Fixtures.text("callback.txt").substring("notify?".length());

    assertThatThrownBy(() -> webhooks.verify(inUrl(original))).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_whenAParameterComesTwiceWithDifferentValues_rejectsIt() {
    WebhookRequest raw = WebhookRequest.builder().rawQuery(signedQuery())
        .header("Content-Type", "application/x-www-form-urlencoded").body("amount=1").build();

    assertThatThrownBy(() -> webhooks.verify(raw))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("twice with different values")
        .hasMessageNotContaining("amount");
  }

  @Test
  void verify_whenThereAreNoParameters_rejectsIt() {
    assertThatThrownBy(() -> webhooks.verify(WebhookRequest.builder().build()))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_whenASignedCallbackHasNoStatus_rejectsIt() {
    String q = "mchOrderNo=PO-1&amount=100&sign=" + md5Upper("amount=100&mchOrderNo=PO-1&key=test-secret");

    assertThatThrownBy(() -> webhooks.verify(inUrl(q)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("no status");
  }

  @Test
  void verify_whenASignedCallbacksAmountIsNotWholePaise_rejectsIt() {
    String q = "mchOrderNo=PO-1&amount=100.5&status=2&sign="
        + md5Upper("amount=100.5&mchOrderNo=PO-1&status=2&key=test-secret");

    assertThatThrownBy(() -> webhooks.verify(inUrl(q)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void verify_aFailedPayout_carriesItsErrorMessage_andADifferentDeduplicationKey() {
    String q = "amount=10000&mchOrderNo=PO-1&status=3&errorMessage=Account+closed&sign="
        + md5Upper("amount=10000&errorMessage=Account closed&mchOrderNo=PO-1&status=3&key=test-secret");

    WebhookEvent e = webhooks.verify(inUrl(q));

    assertThat(e.payoutStatus()).contains(PayoutStatus.FAILED);
    assertThat(e.providerEvent(AgentPayCallback.class).status()).isEqualTo(PayoutStatus.FAILED);
    assertThat(e.providerEvent(AgentPayCallback.class).errorMessage()).isEqualTo("Account closed");
    assertThat(e.deduplicationKey()).isEqualTo("inr-agentpay:PO-1:3");
  }

  @Test
  @SuppressWarnings("deprecation")
  void verifyCallback_theOldName_stillVerifiesLikeVerifyNotification() {
    assertThat(webhooks.verifyCallback(inUrl(signedQuery()))).isEqualTo(webhooks.verifyNotification(inUrl(signedQuery())));
  }

  @Test
  void verify_namesTheOperationInTheSharedVocabulary() {
    assertThatThrownBy(() -> webhooks.verify(inUrl("status=2&sign=00")))
        .isInstanceOf(SignatureVerificationException.class)
        .satisfies(e -> assertThat(((SignatureVerificationException) e).operation()).isEqualTo("webhook.payout"));
  }

  // ---- forgeries: a captured genuine callback re-split so that the same signature covers other fields ----

  /** The document's callback parameters, in its order, as a map (signed with the test secret). */
  private static Map<String, String> genuine() {
    Map<String, String> p = new LinkedHashMap<>();
    for (String pair : signedQuery().split("&")) {
      int eq = pair.indexOf('=');
      p.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return p;
  }

  private static String canonical(Map<String, String> params) {
    Map<String, String> unsigned = new LinkedHashMap<>(params);
    unsigned.remove("sign");
    return Signers.md5SortedFragments(Fixtures.SECRET).canonical(unsigned);
  }

  private static String query(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  @Test
  void verify_whenTheOrderIdAbsorbsTheAmount_rejectsIt_thoughTheSignatureMatches() {
    Map<String, String> forged = new LinkedHashMap<>(genuine());
    forged.remove("amount");
    forged.put("agentpayOrderId", "test1997968440790409217&amount=20000");
    assertThat(canonical(forged)).isEqualTo(canonical(genuine()));
    assertThat(webhooks.verify(inUrl(query(genuine()))).amount()).contains(Money.of("200", "INR"));

    assertThatThrownBy(() -> webhooks.verify(inUrl(query(forged))))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("'agentpayOrderId' is not of its documented shape")
        .hasMessageNotContaining("20000")
        .hasMessageNotContaining("test1997968440790409217");
  }

  @Test
  void verify_whenAParameterNameHoldsAnotherParameter_rejectsIt_withoutRepeatingTheName() {
    Map<String, String> forged = new LinkedHashMap<>();
    genuine().forEach((k, v) -> {
      if (k.equals("amount")) {
        return;
      }
      forged.put(k.equals("channelPayNo") ? "amount=20000&channelPayNo" : k, v);
    });
    assertThat(canonical(forged)).isEqualTo(canonical(genuine()));

    assertThatThrownBy(() -> webhooks.verify(inUrl(query(forged))))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("parameter name")
        .hasMessageNotContaining("amount=")
        .hasMessageNotContaining("channelPayNo")
        .hasMessageNotContaining("20000");
    WebhookRequest inForm = WebhookRequest.builder().method("POST").header("Content-Type", FORM).body(query(forged)).build();
    assertThatThrownBy(() -> webhooks.verifyNotification(inForm)).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_whenTheErrorMessageAbsorbsTheFee_rejectsIt_thoughTheSignatureMatches() {
    Map<String, String> forged = new LinkedHashMap<>(genuine());
    forged.remove("fee");
    forged.put("errorMessage", "Rejected after secondary review&fee=900");
    assertThat(canonical(forged)).isEqualTo(canonical(genuine()));

    assertThatThrownBy(() -> webhooks.verify(inUrl(query(forged))))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining("Rejected")
        .hasMessageNotContaining("900");
  }

  @Test
  void verify_whenTheStatusAbsorbsTheErrorMessage_rejectsIt() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mchOrderNo", "PO-1");
    p.put("status", "3&errorMessage=x");
    p.put("sign", md5Upper("mchOrderNo=PO-1&status=3&errorMessage=x&key=test-secret"));

    assertThatThrownBy(() -> webhooks.verify(inUrl(query(p))))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("'status' is not of its documented shape");
  }

  @Test
  void verify_whenAnUnsignedParameterNameCarriesControlCharacters_neverRepeatsIt() {
    String q = signedQuery() + "&" + URLEncoder.encode("x\r\nFORGED", StandardCharsets.UTF_8) + "=1";

    assertThatThrownBy(() -> webhooks.verify(inUrl(q)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining("FORGED");
  }
}
