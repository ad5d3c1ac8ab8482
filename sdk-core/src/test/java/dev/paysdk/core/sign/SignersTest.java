package dev.paysdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.testsupport.Digests;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SignersTest {
  private static final ErrorContext CTX = ErrorContext.of("inr-agentpay", "payout.query", "PO-42");
  private static final Map<String, String> PARAMS = Map.of("mchOrderNo", "PO-42", "amount", "10000", "state", "2");
  private static final String CANONICAL_A = "amount=10000&mchOrderNo=PO-42&state=2&";
  private static final String SECRET = "test-secret";

  @Test
  void md5SortedFragments_isUpperCaseMd5OfCanonicalPlusKeySuffix() {
    assertThat(Signers.md5SortedFragments(SECRET).sign(PARAMS))
        .isEqualTo(Digests.md5Upper(CANONICAL_A + "key=" + SECRET));
  }

  @Test
  void md5WithSalt_andItsUpperCaseVariant_appendTheSecretDirectly() {
    assertThat(Signers.md5WithSalt(SECRET).sign("body")).isEqualTo(Digests.md5Lower("body" + SECRET));
    assertThat(Signers.md5WithSaltUpperCase(SECRET).sign("body")).isEqualTo(Digests.md5Upper("body" + SECRET));
    assertThat(Signers.md5WithKeySuffix(SECRET).sign("a=1&")).isEqualTo(Digests.md5Upper("a=1&key=" + SECRET));
  }

  @Test
  void hmacSha256_isLowerCaseHexOfTheJdkMac() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal("a=1&b=2".getBytes(StandardCharsets.UTF_8)));

    Signer signer = Signers.hmacSha256(SECRET);

    assertThat(signer.sign("a=1&b=2")).isEqualTo(expected);
    assertThatCode(() -> signer.verify("a=1&b=2", expected.toUpperCase(Locale.ROOT))).doesNotThrowAnyException();
    assertThatThrownBy(() -> signer.verify("a=1&b=3", expected)).isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(expected);
  }

  @Test
  void digestVerify_acceptsEitherHexCase() {
    String upper = Digests.md5Upper(CANONICAL_A + "key=" + SECRET);
    SigningRule rule = Signers.md5SortedFragments(SECRET);

    assertThatCode(() -> rule.verify(PARAMS, upper, CTX)).doesNotThrowAnyException();
    assertThatCode(() -> rule.verify(PARAMS, upper.toLowerCase(Locale.ROOT), CTX)).doesNotThrowAnyException();
  }

  @Test
  void verify_withAWrongSignature_throwsWithoutNamingExpectedOrReceivedSignature() {
    String expected = Digests.md5Upper(CANONICAL_A + "key=" + SECRET);
    String received = Digests.md5Upper("something else");
    SigningRule rule = Signers.md5SortedFragments(SECRET);

    assertThatThrownBy(() -> rule.verify(PARAMS, received, CTX))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("inr-agentpay").hasMessageContaining("payout.query").hasMessageContaining("PO-42")
        .hasMessageNotContaining(expected).hasMessageNotContaining(received)
        .hasMessageNotContaining(expected.toLowerCase(Locale.ROOT))
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void verify_withAMissingSignature_throwsNamingTheCall() {
    SigningRule rule = Signers.md5SortedFragments(SECRET);

    for (String missing : new String[] {null, ""}) {
      assertThatThrownBy(() -> rule.verify(PARAMS, missing, CTX))
          .isInstanceOf(SignatureVerificationException.class)
          .hasMessageContaining("signature missing").hasMessageContaining("PO-42");
    }
    assertThatThrownBy(() -> Signers.md5WithSalt(SECRET).verify("x", null))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void verify_withASignatureOfAnotherLength_isRejected() {
    String expected = Digests.md5Upper(CANONICAL_A + "key=" + SECRET);

    assertThatThrownBy(() -> Signers.md5SortedFragments(SECRET).verify(PARAMS, expected.substring(0, 31), CTX))
        .isInstanceOf(SignatureVerificationException.class);
    assertThatThrownBy(() -> Signers.md5SortedFragments(SECRET).verify(PARAMS, expected + "0", CTX))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void constantTimeEquals_comparesWholeTexts_andTreatsNullAsUnequal() {
    assertThat(Signers.constantTimeEquals("ABC", "ABC")).isTrue();
    assertThat(Signers.constantTimeEquals("测试", "测试")).isTrue();
    assertThat(Signers.constantTimeEquals("ABC", "ABD")).isFalse();
    assertThat(Signers.constantTimeEquals("ABC", "ABCD")).isFalse();
    assertThat(Signers.constantTimeEquals("", "")).isTrue();
    assertThat(Signers.constantTimeEquals(null, "A")).isFalse();
    assertThat(Signers.constantTimeEquals("A", null)).isFalse();
    assertThat(Signers.constantTimeEquals(null, null)).isFalse();
  }

  @Test
  void secrets_areRequired() {
    assertThatThrownBy(() -> Signers.md5SortedFragments(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("secret == null");
    assertThatThrownBy(() -> Signers.md5SaltedPairs("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Signers.hmacSha256("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringOfASigner_neverShowsTheSecret() {
    assertThat(Signers.md5WithSalt(SECRET).toString()).doesNotContain(SECRET);
    assertThat(Signers.hmacSha256(SECRET).toString()).doesNotContain(SECRET);
    assertThat(Signers.md5SortedFragments(SECRET).toString()).doesNotContain(SECRET);
  }

  @Test
  void algorithm_namesTheHash() {
    assertThat(Signers.md5WithSalt(SECRET).algorithm()).isEqualTo("MD5");
    assertThat(Signers.hmacSha256(SECRET).algorithm()).isEqualTo("HmacSHA256");
    assertThat(Signers.sha256WithRsa(null, TestKeys.MERCHANT.getPublic()).algorithm()).isEqualTo("SHA256withRSA");
  }

  /**
   * For one, two and three bytes and every character the last position before the padding (or the
   * last position) can hold: a text is read exactly when it is the canonical encoding of its bytes.
   */
  @Test
  void strictBase64_acceptsExactlyTheCanonicalEncoding_ofEveryLength() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    java.util.Random random = new java.util.Random(7);
    for (int length = 1; length <= 3; length++) {
      for (int round = 0; round < 20; round++) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        String canonical = java.util.Base64.getEncoder().encodeToString(bytes);
        int pad = canonical.endsWith("==") ? 2 : canonical.endsWith("=") ? 1 : 0;
        int last = canonical.length() - pad - 1;
        for (char c : alphabet.toCharArray()) {
          String candidate = canonical.substring(0, last) + c + canonical.substring(last + 1);
          byte[] read = Signers.strictBase64(candidate);
          byte[] decoded = java.util.Base64.getDecoder().decode(candidate);
          boolean isCanonical = java.util.Base64.getEncoder().encodeToString(decoded).equals(candidate);
          if (isCanonical) {
            assertThat(read).as(candidate).isEqualTo(decoded);
          } else {
            assertThat(read).as(candidate).isNull();
          }
        }
        if (pad > 0) {
          assertThat(Signers.strictBase64(canonical.substring(0, canonical.length() - pad))).isNull();
        }
      }
    }
  }
}
