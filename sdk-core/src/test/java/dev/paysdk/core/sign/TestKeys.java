package dev.paysdk.core.sign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** RSA key pairs generated once per test run, and their encodings written without the code under test. */
final class TestKeys {
  static final KeyPair MERCHANT = generate();
  static final KeyPair OTHER = generate();

  private TestKeys() {}

  private static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static String pkcs8Base64(KeyPair pair) {
    return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
  }

  static String pkcs8Pem(KeyPair pair) {
    return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
  }

  /** PKCS#1 RSAPrivateKey DER, taken out of the PKCS#8 envelope. */
  static byte[] pkcs1PrivateDer(KeyPair pair) {
    try {
      return PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pkcs1Base64(KeyPair pair) {
    return Base64.getEncoder().encodeToString(pkcs1PrivateDer(pair));
  }

  static String pkcs1Pem(KeyPair pair) {
    return pem("RSA PRIVATE KEY", pkcs1PrivateDer(pair));
  }

  static String x509Base64(KeyPair pair) {
    return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
  }

  static String x509Pem(KeyPair pair) {
    return pem("PUBLIC KEY", pair.getPublic().getEncoded());
  }

  /** PKCS#1 RSAPublicKey DER. */
  static byte[] pkcs1PublicDer(KeyPair pair) {
    try {
      return SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()).parsePublicKey().getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pkcs1PublicPem(KeyPair pair) {
    return pem("RSA PUBLIC KEY", pkcs1PublicDer(pair));
  }

  static String pkcs1PublicBase64(KeyPair pair) {
    return Base64.getEncoder().encodeToString(pkcs1PublicDer(pair));
  }

  /** PEM with 64-character lines and CRLF line ends, as keys pasted from a Windows machine look. */
  static String pem(String type, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, new byte[] {'\r', '\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\r\n" + b64 + "\r\n-----END " + type + "-----\r\n";
  }
}
