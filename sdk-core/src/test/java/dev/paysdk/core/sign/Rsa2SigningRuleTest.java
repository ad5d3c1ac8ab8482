package dev.paysdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Rule B: SHA256withRSA over the sorted fragments, keys in every accepted form. */
class Rsa2SigningRuleTest {
  private static final ErrorContext CTX = ErrorContext.of("hexpay", "pay.create", "ORD-7");

  /** The canonical string of {@link #params()}, written out by hand. */
  private static final String CANONICAL =
      "amount=10.50&appId=app-1&goods={\"goodsName\":\"Mac \\\"Pro\\\"\",\"qty\":1}&mchNo=M1&mchOrderNo=ORD-7"
          + "&signType=RSA2&version=1.0&";

  static Map<String, String> params() {
    Map<String, String> p = new HashMap<>();
    p.put("mchNo", "M1");
    p.put("appId", "app-1");
    p.put("mchOrderNo", "ORD-7");
    p.put("amount", "10.50");
    p.put("goods", "{\"goodsName\":\"Mac \\\"Pro\\\"\",\"qty\":1}");
    p.put("version", "1.0");
    p.put("signType", "RSA2");
    p.put("notifyUrl", "");
    p.put("sign", "previous-signature");
    return p;
  }

  static Stream<Arguments> privateKeyForms() {
    return Stream.of(
        Arguments.of("PKCS#8 PEM", TestKeys.pkcs8Pem(TestKeys.MERCHANT)),
        Arguments.of("PKCS#8 base64", TestKeys.pkcs8Base64(TestKeys.MERCHANT)),
        Arguments.of("PKCS#1 PEM", TestKeys.pkcs1Pem(TestKeys.MERCHANT)),
        Arguments.of("PKCS#1 base64", TestKeys.pkcs1Base64(TestKeys.MERCHANT)));
  }

  static Stream<Arguments> publicKeyForms() {
    return Stream.of(
        Arguments.of("X.509 PEM", TestKeys.x509Pem(TestKeys.MERCHANT)),
        Arguments.of("X.509 base64", TestKeys.x509Base64(TestKeys.MERCHANT)),
        Arguments.of("PKCS#1 PEM", TestKeys.pkcs1PublicPem(TestKeys.MERCHANT)),
        Arguments.of("PKCS#1 base64", TestKeys.pkcs1PublicBase64(TestKeys.MERCHANT)));
  }

  private static String jdkSign(PrivateKey key, String text) throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(text.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(s.sign());
  }

  private static boolean jdkVerify(PublicKey key, String text, String signature) throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initVerify(key);
    s.update(text.getBytes(StandardCharsets.UTF_8));
    return s.verify(Base64.getDecoder().decode(signature));
  }

  @Test
  void canonical_keepsTrailingAmpersandAndSignType_andExcludesSignAndEmptyValues() {
    assertThat(Canonicalizers.sortedFragments().canonicalize(params())).isEqualTo(CANONICAL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("privateKeyForms")
  void sign_withAPrivateKeyInAnyForm_isTheJdkSignatureOfTheCanonicalString(String form, String keyText)
      throws GeneralSecurityException {
    SigningRule rule = Signers.rsa2(Keys.rsaPrivateKey(keyText), null);

    String signature = rule.sign(params());

    assertThat(signature).isEqualTo(jdkSign(TestKeys.MERCHANT.getPrivate(), CANONICAL));
    assertThat(signature).hasSize(344).doesNotContain("\n");
    assertThat(jdkVerify(TestKeys.MERCHANT.getPublic(), CANONICAL, signature)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicKeyForms")
  void verify_withAPublicKeyInAnyForm_acceptsAJdkSignature(String form, String keyText) throws GeneralSecurityException {
    SigningRule rule = Signers.rsa2(null, Keys.rsaPublicKey(keyText));
    String signature = jdkSign(TestKeys.MERCHANT.getPrivate(), CANONICAL);

    assertThatCode(() -> rule.verify(params(), signature, CTX)).doesNotThrowAnyException();
  }

  @Test
  void verify_rejectsASignatureMadeWithAnotherKey() throws GeneralSecurityException {
    SigningRule rule = Signers.rsa2(null, TestKeys.MERCHANT.getPublic());
    String foreign = jdkSign(TestKeys.OTHER.getPrivate(), CANONICAL);

    assertThatThrownBy(() -> rule.verify(params(), foreign, CTX))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("hexpay").hasMessageContaining("ORD-7")
        .hasMessageNotContaining(foreign);
  }

  @Test
  void verify_rejectsATamperedParameter() throws GeneralSecurityException {
    SigningRule rule = Signers.rsa2(null, TestKeys.MERCHANT.getPublic());
    String signature = jdkSign(TestKeys.MERCHANT.getPrivate(), CANONICAL);
    Map<String, String> tampered = params();
    tampered.put("amount", "1050");

    assertThatThrownBy(() -> rule.verify(tampered, signature, CTX))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(signature);
  }

  @Test
  void verify_rejectsAMissingOrNonBase64Signature() {
    SigningRule rule = Signers.rsa2(null, TestKeys.MERCHANT.getPublic());

    assertThatThrownBy(() -> rule.verify(params(), null, CTX)).isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> rule.verify(params(), "", CTX)).isInstanceOf(SignatureVerificationException.class);
    assertThatThrownBy(() -> rule.verify(params(), "%%%not base64%%%", CTX))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining("%%%not base64%%%");
  }

  @Test
  void signAndVerify_roundTripWithBothKeys() {
    SigningRule rule = Signers.rsa2(TestKeys.MERCHANT.getPrivate(), TestKeys.MERCHANT.getPublic());

    String signature = rule.sign(params());

    assertThatCode(() -> rule.verify(params(), signature, CTX)).doesNotThrowAnyException();
  }

  @Test
  void aSignerWithoutTheNeededKey_saysWhichKeyIsMissing() {
    assertThatThrownBy(() -> Signers.rsa2(null, TestKeys.MERCHANT.getPublic()).sign(params()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("private key");
    assertThatThrownBy(() -> Signers.rsa2(TestKeys.MERCHANT.getPrivate(), null).verify(params(), "abc", CTX))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("public key");
    assertThatThrownBy(() -> Signers.sha256WithRsa(null, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secondVariant_dropsTheTrailingAmpersandAndExcludesSignType() throws GeneralSecurityException {
    SigningRule rule = Signers.rsa2Compact(TestKeys.MERCHANT.getPrivate(), TestKeys.MERCHANT.getPublic());
    String canonical = "amount=10.50&appId=app-1&goods={\"goodsName\":\"Mac \\\"Pro\\\"\",\"qty\":1}&mchNo=M1"
        + "&mchOrderNo=ORD-7&version=1.0";

    assertThat(rule.canonical(params())).isEqualTo(canonical);
    assertThat(Canonicalizers.sortedFragmentsCompact().canonicalize(params())).isEqualTo(canonical);
    String signature = rule.sign(params());
    assertThat(jdkVerify(TestKeys.MERCHANT.getPublic(), canonical, signature)).isTrue();
    assertThatCode(() -> rule.verify(params(), signature, CTX)).doesNotThrowAnyException();
  }

  static Stream<Arguments> nonStrictSignatures() throws GeneralSecurityException {
    String good = jdkSign(TestKeys.MERCHANT.getPrivate(), CANONICAL);
    String unpadded = good.replaceAll("=+$", "");
    String lastChar = good.substring(good.length() - 3, good.length() - 2);
    // a different character in the last unit whose extra bits are not zero: same bytes to a lenient decoder
    char tweaked = (char) (lastChar.charAt(0) + 1);
    return Stream.of(
        Arguments.of("a line break every 76 characters", Base64.getMimeEncoder().encodeToString(
            Base64.getDecoder().decode(good))),
        Arguments.of("a space inside", good.substring(0, 40) + " " + good.substring(40)),
        Arguments.of("a trailing line break", good + "\n"),
        Arguments.of("a leading space", " " + good),
        Arguments.of("garbage characters a lenient decoder skips", good.substring(0, 10) + "!@#" + good.substring(10)),
        Arguments.of("missing padding", unpadded),
        Arguments.of("extra padding", good + "=="),
        Arguments.of("URL-safe alphabet", good.replace('+', '-').replace('/', '_')),
        Arguments.of("non-zero trailing bits", good.substring(0, good.length() - 3) + tweaked + good.substring(
            good.length() - 2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonStrictSignatures")
  void verify_readsTheSignatureAsStrictBase64_andRejectsAnyOtherForm(String form, String signature)
      throws GeneralSecurityException {
    SigningRule rule = Signers.rsa2(null, TestKeys.MERCHANT.getPublic());
    String good = jdkSign(TestKeys.MERCHANT.getPrivate(), CANONICAL);
    org.junit.jupiter.api.Assumptions.assumeFalse(signature.equals(good) || signature.replace('+', '-')
        .replace('/', '_').equals(good) && !good.contains("+") && !good.contains("/"), "same text as the valid one");

    assertThatCode(() -> rule.verify(params(), good, CTX)).doesNotThrowAnyException();
    assertThatThrownBy(() -> rule.verify(params(), signature, CTX))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(signature.strip());
  }

  @Test
  void rsaSigners_refuseKeysShorterThan2048Bits() throws Exception {
    java.security.KeyPair weak = KeysTest.rsa(1024);

    assertThatThrownBy(() -> Signers.rsa2(weak.getPrivate(), null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1024 bits").hasMessageContaining("2048");
    assertThatThrownBy(() -> Signers.rsa2(null, weak.getPublic())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("public");
    assertThatThrownBy(() -> Signers.sha256WithRsa(TestKeys.MERCHANT.getPrivate(), weak.getPublic()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatCode(() -> Signers.rsa2(TestKeys.MERCHANT.getPrivate(), TestKeys.OTHER.getPublic()))
        .doesNotThrowAnyException();
  }
}
