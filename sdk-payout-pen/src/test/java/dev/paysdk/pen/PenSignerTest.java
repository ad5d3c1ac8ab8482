package dev.paysdk.pen;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.pen.PenTestSupport.CREATE_ANSWER;
import static dev.paysdk.pen.PenTestSupport.QUERY_ANSWER;
import static dev.paysdk.pen.PenTestSupport.SECRET;
import static dev.paysdk.pen.PenTestSupport.WEBHOOK;
import static dev.paysdk.pen.PenTestSupport.WEBHOOK_CANONICAL;
import static dev.paysdk.pen.PenTestSupport.client;
import static dev.paysdk.pen.PenTestSupport.documentRequest;
import static dev.paysdk.pen.PenTestSupport.hmacSha256Hex;
import static dev.paysdk.pen.PenTestSupport.md5Lower;
import static dev.paysdk.pen.PenTestSupport.md5Upper;
import static dev.paysdk.pen.PenTestSupport.nonceOf;
import static dev.paysdk.pen.PenTestSupport.onlyRequest;
import static dev.paysdk.pen.PenTestSupport.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.sign.Signers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PenSignerTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  @Test
  void hmacSha256_signsTheRawRequestBodyAndVerifiesWebhooksTheSameWay() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));
    PenPayoutClient pen = client(wm).signer(PenSigner.hmacSha256(SECRET)).build();

    pen.payouts().payOut(documentRequest().build());

    LoggedRequest sent = onlyRequest(wm);
    assertThat(sent.getHeader("Sign")).isEqualTo(hmacSha256Hex("test-secret", sent.getBodyAsString()));
    assertThat(pen.webhooks().verify(webhook(WEBHOOK, hmacSha256Hex("test-secret", WEBHOOK))).rawStatus())
        .isEqualTo("SUCCESS");
    assertThatThrownBy(() -> pen.webhooks().verify(webhook(WEBHOOK, md5Upper(WEBHOOK_CANONICAL))))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void md5OfBodyPlusSecret_signsTheRawRequestBodyAndVerifiesWebhooksTheSameWay() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));
    PenPayoutClient pen = client(wm).signer(PenSigner.md5OfBodyPlusSecret(SECRET)).build();

    pen.payouts().query(PenPayoutQuery.byOrderNo("PAYOUT8231515112790892544"));

    LoggedRequest sent = onlyRequest(wm);
    String nonce = nonceOf(sent.getBodyAsString());
    assertThat(sent.getHeader("Sign")).isEqualTo(md5Upper(
        "{\"orderNo\":\"PAYOUT8231515112790892544\",\"nonceStr\":\"" + nonce + "\"}test-secret"));
    assertThat(pen.webhooks().verify(webhook(WEBHOOK, md5Upper(WEBHOOK + "test-secret"))).rawStatus())
        .isEqualTo("SUCCESS");
    assertThat(pen.webhooks().verify(webhook(WEBHOOK, md5Lower(WEBHOOK + "test-secret"))).rawStatus())
        .isEqualTo("SUCCESS");
    assertThatThrownBy(() -> pen.webhooks().verify(webhook(WEBHOOK, md5Upper(WEBHOOK_CANONICAL))))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void overFields_acceptsAnyCoreRule() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson(QUERY_ANSWER)));
    PenPayoutClient pen = client(wm).signer(PenSigner.overFields(Signers.md5SaltedPairs(SECRET))).build();

    pen.payouts().query(PenPayoutQuery.byOrderNo("PAYOUT8231515112790892544"));

    LoggedRequest sent = onlyRequest(wm);
    String nonce = nonceOf(sent.getBodyAsString());
    assertThat(sent.getHeader("Sign"))
        .isEqualTo(md5Lower("nonceStr=" + nonce + "orderNo=PAYOUT8231515112790892544test-secret"));
  }

  @Test
  void aMerchantsOwnSigner_isUsedForRequestsAndWebhooks() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)));
    PenSigner lengthSigner = new PenSigner() {
      @Override
      public String sign(byte[] body) {
        return "len-" + body.length;
      }

      @Override
      public void verify(byte[] body, String signature) {
        if (!Signers.constantTimeEquals(sign(body), signature)) {
          throw new SignatureVerificationException(null, "no match");
        }
      }
    };
    PenPayoutClient pen = client(wm).signer(lengthSigner).build();

    pen.payouts().payOut(documentRequest().build());

    LoggedRequest sent = onlyRequest(wm);
    assertThat(sent.getHeader("Sign")).isEqualTo("len-" + sent.getBody().length);
    int webhookLength = WEBHOOK.getBytes(StandardCharsets.UTF_8).length;
    assertThat(pen.webhooks().verify(webhook(WEBHOOK, "len-" + webhookLength)).rawStatus()).isEqualTo("SUCCESS");
    assertThatThrownBy(() -> pen.webhooks().verify(webhook(WEBHOOK, "len-1")))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void aReplacedSigner_verifiesSignedAnswersToo() {
    wm.stubFor(post("/api/payOut").willReturn(okJson(CREATE_ANSWER)
        .withHeader("Sign", hmacSha256Hex("test-secret", CREATE_ANSWER))));
    PenPayoutClient pen = client(wm).signer(PenSigner.hmacSha256(SECRET)).build();

    assertThat(pen.payouts().payOut(documentRequest().build()).orderNo()).isEqualTo("PAYOUT8232147367892025344");
  }

  @Test
  void ruleA_signsNumbersAsWrittenAndLeavesOutNullAndEmptyValues() {
    String body = "{\"b\":1.50,\"a\":\"x y\",\"c\":null,\"d\":\"\",\"E\":false}";

    assertThat(PenSigner.ruleA("k").sign(body.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(md5Upper("a=x y&b=1.50&E=false&key=k"));
  }

  @Test
  void ruleA_whenVerifyingABodyThatIsNotJson_rejects() {
    assertThatThrownBy(() -> PenSigner.ruleA("k").verify("nope".getBytes(StandardCharsets.UTF_8), "AB"))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void signers_describeThemselvesWithoutTheSecret() {
    assertThat(PenSigner.ruleA("very-secret").toString()).doesNotContain("very-secret").contains("rule A");
    assertThat(PenSigner.hmacSha256("very-secret").toString()).doesNotContain("very-secret");
    assertThat(PenSigner.md5OfBodyPlusSecret("very-secret").toString()).doesNotContain("very-secret");
  }
}
