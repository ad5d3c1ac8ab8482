package dev.paysdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
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
import org.junit.jupiter.api.io.TempDir;
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

  // ---- keys as environment variables and files mangle them ----

  static Stream<Arguments> mangledPrivateKeys() {
    String pem = TestKeys.pkcs8Pem(TestKeys.MERCHANT).replace("\r\n", "\n");
    String pkcs1 = TestKeys.pkcs1Pem(TestKeys.MERCHANT).replace("\r\n", "\n");
    String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(TestKeys.MERCHANT.getPrivate().getEncoded());
    return Stream.of(
        Arguments.of("PEM with line breaks turned into spaces", pem.replace("\n", " ")),
        Arguments.of("PKCS#1 PEM with line breaks turned into spaces", pkcs1.replace("\n", " ")),
        Arguments.of("PEM with line breaks removed", pem.replace("\n", "")),
        Arguments.of("PEM with line breaks written as \\n", pem.replace("\n", "\\n")),
        Arguments.of("PEM with line breaks written as \\r\\n", pem.replace("\n", "\\r\\n")),
        Arguments.of("PEM with line breaks written as \\\\n", pem.replace("\n", "\\\\n")),
        Arguments.of("PEM in double quotes", "\"" + pem.replace("\n", "\\n") + "\""),
        Arguments.of("PEM in single quotes", "'" + pem + "'"),
        Arguments.of("base64 with line breaks written as \\n", b64.replace("\n", "\\n")),
        Arguments.of("base64 with line breaks turned into spaces", b64.replace("\n", " ")),
        Arguments.of("the whole PEM file base64-encoded", Base64.getEncoder().encodeToString(
            pem.getBytes(StandardCharsets.US_ASCII))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mangledPrivateKeys")
  void rsaPrivateKey_readsKeysAsEnvironmentVariablesMangleThem(String form, String text) {
    assertThat(Keys.rsaPrivateKey(text).getEncoded()).isEqualTo(TestKeys.MERCHANT.getPrivate().getEncoded());
  }

  @Test
  void rsaPublicKey_readsAFlattenedOrEscapedPem() {
    String pem = TestKeys.x509Pem(TestKeys.MERCHANT).replace("\r\n", "\n");
    byte[] expected = TestKeys.MERCHANT.getPublic().getEncoded();

    assertThat(Keys.rsaPublicKey(pem.replace("\n", " ")).getEncoded()).isEqualTo(expected);
    assertThat(Keys.rsaPublicKey(pem.replace("\n", "\\n")).getEncoded()).isEqualTo(expected);
    assertThat(Keys.rsaPublicKey(TestKeys.pkcs1PublicPem(TestKeys.MERCHANT).replace("\r\n", "")).getEncoded())
        .isEqualTo(expected);
  }

  @Test
  void rsaKeys_areReadFromTheFileAPathNames_inPemBase64OrDer(@TempDir Path dir) throws IOException {
    Path pem = Files.writeString(dir.resolve("merchant.pem"), TestKeys.pkcs1Pem(TestKeys.MERCHANT));
    Path b64 = Files.writeString(dir.resolve("merchant.b64"), TestKeys.pkcs8Base64(TestKeys.MERCHANT) + "\n");
    Path der = Files.write(dir.resolve("merchant.der"), TestKeys.pkcs1PrivateDer(TestKeys.MERCHANT));
    Path pub = Files.writeString(dir.resolve("platform.pub"), TestKeys.x509Pem(TestKeys.MERCHANT));
    byte[] expected = TestKeys.MERCHANT.getPrivate().getEncoded();

    assertThat(Keys.rsaPrivateKey(pem.toString()).getEncoded()).isEqualTo(expected);
    assertThat(Keys.rsaPrivateKey("  " + b64 + "\n").getEncoded()).isEqualTo(expected);
    assertThat(Keys.rsaPrivateKey(der.toString()).getEncoded()).isEqualTo(expected);
    assertThat(Keys.rsaPrivateKey("file:" + pem).getEncoded()).isEqualTo(expected);
    assertThat(Keys.rsaPrivateKeyFile(der).getEncoded()).isEqualTo(expected);
    assertThat(Keys.rsaPublicKey(pub.toString()).getEncoded()).isEqualTo(TestKeys.MERCHANT.getPublic().getEncoded());
    assertThat(Keys.rsaPublicKeyFile(pub).getEncoded()).isEqualTo(TestKeys.MERCHANT.getPublic().getEncoded());
  }

  @Test
  void rsaPrivateKey_fromAPathWithNoFile_saysItLooksLikeAPath(@TempDir Path dir) {
    String missing = dir.resolve("missing.pem").toString();

    assertThatThrownBy(() -> Keys.rsaPrivateKey(missing)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("looks like a file path").hasMessageContaining("no readable file");
    assertThatThrownBy(() -> Keys.rsaPrivateKey("keys/merchant.pem")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("looks like a file path");
    assertThatThrownBy(() -> Keys.rsaPublicKeyFile(dir.resolve("missing.pub")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
  }

  static Stream<Arguments> detectedProblems() throws Exception {
    String body = TestKeys.pkcs8Base64(TestKeys.MERCHANT);
    String pem = TestKeys.pkcs8Pem(TestKeys.MERCHANT);
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    return Stream.of(
        Arguments.of("an encrypted PKCS#8 key", TestKeys.pem("ENCRYPTED PRIVATE KEY", Base64.getDecoder().decode(body)),
            "encrypted"),
        Arguments.of("an encrypted PKCS#1 key", "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
            + "DEK-Info: AES-128-CBC,0123456789ABCDEF0123456789ABCDEF\n\n" + body + "\n-----END RSA PRIVATE KEY-----\n",
            "encrypted"),
        Arguments.of("an OpenSSH key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
            + "-----END OPENSSH PRIVATE KEY-----\n", "OpenSSH"),
        Arguments.of("an EC key", TestKeys.pem("PRIVATE KEY", ec.generateKeyPair().getPrivate().getEncoded()),
            "EC key"),
        Arguments.of("a public key", TestKeys.x509Pem(TestKeys.MERCHANT), "public key"),
        Arguments.of("a bare base64 public key", TestKeys.x509Base64(TestKeys.MERCHANT), "public key"),
        Arguments.of("a PEM cut short by a one-line variable", pem.substring(0, pem.indexOf("-----END")),
            "without its END"),
        Arguments.of("a 1024-bit key", TestKeys.pem("PRIVATE KEY", rsa(1024).getPrivate().getEncoded()), "1024 bits"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detectedProblems")
  void rsaPrivateKey_saysWhatWasDetected_andNeverEchoesTheKeyText(String form, String text, String detected) {
    assertThatThrownBy(() -> Keys.rsaPrivateKey(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(detected)
        .hasMessageContaining("PKCS#8").hasMessageContaining("PKCS#1")
        .satisfies(e -> assertNoKeyText(e, text))
        .hasNoCause();
  }

  @Test
  void rsaPublicKey_saysWhenItWasGivenAPrivateKey_orAShortOne() throws Exception {
    assertThatThrownBy(() -> Keys.rsaPublicKey(TestKeys.pkcs1Base64(TestKeys.MERCHANT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("detected a private key");
    String shortKey = Base64.getEncoder().encodeToString(rsa(1024).getPublic().getEncoded());
    assertThatThrownBy(() -> Keys.rsaPublicKey(shortKey))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024 bits")
        .hasMessageContaining("at least 2048");
  }

  @Test
  void rsaKeys_ofExactly2048Bits_areAccepted_andTheFloorIsPublished() {
    assertThat(Keys.MIN_RSA_BITS).isEqualTo(2048);
    assertThat(Keys.rsaPublicKey(TestKeys.x509Pem(TestKeys.MERCHANT))).isNotNull();
  }

  static KeyPair rsa(int bits) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(bits);
    return g.generateKeyPair();
  }
}
