package dev.paysdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Date;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeysTest {

  static Stream<Arguments> privateKeyForms() {
    return Rsa2SigningRuleTest.privateKeyForms();
  }

  static Stream<Arguments> publicKeyForms() {
    return Rsa2SigningRuleTest.publicKeyForms();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("privateKeyForms")
  void rsaPrivateKey_loadsEveryAcceptedForm_asTheSameKey(String form, String text) {
    PrivateKey key = Keys.rsaPrivateKey(text);

    assertThat(key.getAlgorithm()).isEqualTo("RSA");
    assertThat(key.getEncoded()).isEqualTo(TestKeys.MERCHANT.getPrivate().getEncoded());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicKeyForms")
  void rsaPublicKey_loadsX509AndPkcs1_asTheSameKey(String form, String text) {
    PublicKey key = Keys.rsaPublicKey(text);

    assertThat(key.getEncoded()).isEqualTo(TestKeys.MERCHANT.getPublic().getEncoded());
  }

  @Test
  void rsaPublicKey_readsThePublicKeyOfAPemCertificate() throws Exception {
    X500Name name = new X500Name("CN=platform");
    Date from = new Date(1_700_000_000_000L);
    Date to = new Date(1_900_000_000_000L);
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(TestKeys.MERCHANT.getPrivate());
    byte[] certificate = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, from, to, name,
        TestKeys.MERCHANT.getPublic()).build(signer).getEncoded();

    PublicKey key = Keys.rsaPublicKey(TestKeys.pem("CERTIFICATE", certificate));

    assertThat(key.getEncoded()).isEqualTo(TestKeys.MERCHANT.getPublic().getEncoded());
  }

  @Test
  void rsaPrivateKey_acceptsBase64WithLineBreaksAndSurroundingWhitespace() {
    String wrapped = "  \n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
        .encodeToString(TestKeys.MERCHANT.getPrivate().getEncoded()) + "\n  ";

    assertThat(Keys.rsaPrivateKey(wrapped).getEncoded()).isEqualTo(TestKeys.MERCHANT.getPrivate().getEncoded());
  }

  static Stream<Arguments> malformedPrivateKeys() {
    String pkcs8 = TestKeys.pkcs8Base64(TestKeys.MERCHANT);
    return Stream.of(
        Arguments.of("plain words", "thisIsNotAKeyButLooksLikeBase64Text"),
        Arguments.of("truncated PKCS#8", pkcs8.substring(0, 200)),
        Arguments.of("truncated PEM", "-----BEGIN PRIVATE KEY-----\n" + pkcs8.substring(0, 120)
            + "\n-----END PRIVATE KEY-----\n"),
        Arguments.of("PEM with a broken body", "-----BEGIN RSA PRIVATE KEY-----\nQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n"
            + "-----END RSA PRIVATE KEY-----\n"),
        Arguments.of("public key given as private", TestKeys.x509Pem(TestKeys.MERCHANT)),
        Arguments.of("not base64", "@@@@secret-looking-text@@@@"),
        Arguments.of("empty", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedPrivateKeys")
  void rsaPrivateKey_whenMalformed_namesTheAcceptedFormatsAndNeverEchoesTheKeyText(String form, String text) {
    assertThatThrownBy(() -> Keys.rsaPrivateKey(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PKCS#8").hasMessageContaining("PKCS#1").hasMessageContaining("PEM")
        .satisfies(e -> assertNoKeyText(e, text))
        .hasNoCause();
  }

  static Stream<Arguments> malformedPublicKeys() {
    String x509 = TestKeys.x509Base64(TestKeys.MERCHANT);
    return Stream.of(
        Arguments.of("plain words", "thisIsNotAKeyButLooksLikeBase64Text"),
        Arguments.of("truncated X.509", x509.substring(0, 100)),
        Arguments.of("PEM with a broken body", "-----BEGIN PUBLIC KEY-----\nQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n"
            + "-----END PUBLIC KEY-----\n"),
        Arguments.of("private key given as public", TestKeys.pkcs8Pem(TestKeys.MERCHANT)),
        Arguments.of("empty", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedPublicKeys")
  void rsaPublicKey_whenMalformed_namesTheAcceptedFormatsAndNeverEchoesTheKeyText(String form, String text) {
    assertThatThrownBy(() -> Keys.rsaPublicKey(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X.509").hasMessageContaining("PKCS#1").hasMessageContaining("PEM")
        .satisfies(e -> assertNoKeyText(e, text))
        .hasNoCause();
  }

  /** No run of 8 characters of the key's text (ignoring PEM armour) appears in the message. */
  private static void assertNoKeyText(Throwable e, String text) {
    String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    String message = e.getMessage();
    for (int i = 0; i + 8 <= body.length(); i++) {
      assertThat(message).doesNotContain(body.substring(i, i + 8));
    }
  }

  @Test
  void publicKeyOf_derivesThePublicHalf() {
    PublicKey derived = Keys.publicKeyOf(Keys.rsaPrivateKey(TestKeys.pkcs1Pem(TestKeys.MERCHANT)));

    assertThat(derived.getEncoded()).isEqualTo(TestKeys.MERCHANT.getPublic().getEncoded());
  }

  @Test
  void toPemAndToBase64_roundTripThroughTheLoaders() {
    PrivateKey priv = TestKeys.MERCHANT.getPrivate();
    PublicKey pub = TestKeys.MERCHANT.getPublic();

    assertThat(Keys.toPem(priv)).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
    assertThat(Keys.rsaPrivateKey(Keys.toPem(priv)).getEncoded()).isEqualTo(priv.getEncoded());
    assertThat(Keys.rsaPublicKey(Keys.toPem(pub)).getEncoded()).isEqualTo(pub.getEncoded());
    assertThat(Keys.toBase64(pub)).isEqualTo(Base64.getEncoder().encodeToString(pub.getEncoded()));
    assertThat(Keys.rsaPrivateKey(Keys.toBase64(priv)).getEncoded()).isEqualTo(priv.getEncoded());
  }

  @Test
  void nullKeyText_isRejectedWithTheArgumentName() {
    assertThatThrownBy(() -> Keys.rsaPrivateKey(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("private key == null");
    assertThatThrownBy(() -> Keys.rsaPublicKey(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("public key == null");
  }
}
