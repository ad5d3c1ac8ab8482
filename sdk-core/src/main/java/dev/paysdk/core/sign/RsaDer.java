package dev.paysdk.core.sign;

import dev.paysdk.core.sign.KeyText.KeyFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * RSA keys from DER with the JDK alone. PKCS#8 and X.509 SubjectPublicKeyInfo are what the JDK's
 * key factory reads; PKCS#1 keys are wrapped into those envelopes first (a fixed algorithm
 * identifier and two DER headers, RFC 5208 and RFC 5280), which is all Bouncy Castle was used for.
 */
final class RsaDer {
  /** Shortest RSA modulus PaySDK accepts. */
  static final int MIN_BITS = 2048;

  /** AlgorithmIdentifier { rsaEncryption, NULL }. */
  private static final byte[] RSA_ALGORITHM = {
    0x30, 0x0D, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00};
  /** The OID bytes of rsaEncryption, 1.2.840.113549.1.1.1. */
  private static final byte[] RSA_OID = {
    0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01};
  /** The OID bytes of id-ecPublicKey, 1.2.840.10045.2.1. */
  private static final byte[] EC_OID = {0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01};
  /** The OID bytes of id-dsa, 1.2.840.10040.4.1. */
  private static final byte[] DSA_OID = {0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x38, 0x04, 0x01};
  /** The OID bytes of Ed25519 (1.3.101.112). */
  private static final byte[] ED25519_OID = {0x06, 0x03, 0x2B, 0x65, 0x70};

  private RsaDer() {}

  /** A private key from PKCS#8 or PKCS#1 DER. */
  static PrivateKey privateKey(byte[] der) {
    PrivateKey key = tryPrivate(der);
    if (key == null) {
      key = tryPrivate(wrapPkcs1Private(der));
    }
    if (key != null) {
      return strong(key);
    }
    if (isPublicKey(der)) {
      throw new KeyFormatException("detected a public key where a private key is expected");
    }
    throw new KeyFormatException(otherAlgorithm(der, "a private key"));
  }

  /** A public key from X.509 SubjectPublicKeyInfo, PKCS#1 or X.509 certificate DER. */
  static PublicKey publicKey(byte[] der) {
    PublicKey key = tryPublic(der);
    if (key == null) {
      key = tryPublic(wrapPkcs1Public(der));
    }
    if (key != null) {
      return strong(key);
    }
    PublicKey fromCertificate = certificateKey(der);
    if (fromCertificate != null) {
      return fromCertificate;
    }
    if (isPrivateKey(der)) {
      throw new KeyFormatException("detected a private key where a public key is expected (give the platform's"
          + " public key, not your own private key)");
    }
    throw new KeyFormatException(otherAlgorithm(der, "a public key"));
  }

  private static PrivateKey tryPrivate(byte[] der) {
    try {
      return rsaFactory().generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  private static PublicKey tryPublic(byte[] der) {
    try {
      return rsaFactory().generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  /** The public key of an X.509 certificate, or null when {@code der} is none. */
  static PublicKey certificateKey(byte[] der) {
    java.security.cert.Certificate cert;
    try {
      cert = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    } catch (GeneralSecurityException | RuntimeException notACertificate) {
      return null;
    }
    PublicKey key = cert.getPublicKey();
    if (!"RSA".equals(key.getAlgorithm())) {
      throw new KeyFormatException("detected a certificate whose key is " + key.getAlgorithm() + ", not RSA");
    }
    return strong(key);
  }

  /**
   * The key itself, when its modulus has at least {@link #MIN_BITS} bits.
   *
   * @throws KeyFormatException naming the key's size otherwise
   */
  static <K extends java.security.Key> K strong(K key) {
    if (key instanceof RSAKey rsa && rsa.getModulus() != null && rsa.getModulus().bitLength() < MIN_BITS) {
      throw new KeyFormatException("detected an RSA key of " + rsa.getModulus().bitLength() + " bits: at least "
          + MIN_BITS + " bits are required");
    }
    return key;
  }

  private static boolean isPublicKey(byte[] der) {
    if (tryPublic(der) != null || tryPublic(wrapPkcs1Public(der)) != null) {
      return true;
    }
    try {
      return certificateKey(der) != null;
    } catch (KeyFormatException otherKeyInACertificate) {
      return true;
    }
  }

  private static boolean isPrivateKey(byte[] der) {
    return tryPrivate(der) != null || tryPrivate(wrapPkcs1Private(der)) != null;
  }

  /** What a DER blob that is no RSA key of the expected kind looks like, for the message. */
  private static String otherAlgorithm(byte[] der, String expected) {
    if (contains(der, EC_OID)) {
      return "detected an EC key: PaySDK signs with RSA; ask the gateway for an RSA key pair";
    }
    if (contains(der, DSA_OID)) {
      return "detected a DSA key: PaySDK signs with RSA";
    }
    if (contains(der, ED25519_OID)) {
      return "detected an Ed25519 key: PaySDK signs with RSA";
    }
    if (der.length == 0 || der[0] != 0x30) {
      return "the decoded bytes are not DER (no ASN.1 SEQUENCE): not " + expected;
    }
    if (contains(der, RSA_OID)) {
      return "detected an RSA structure that does not parse as " + expected + " (truncated or damaged)";
    }
    return "the decoded DER is not an RSA " + expected.substring(2) + " (truncated, damaged or another kind of key)";
  }

  /** PrivateKeyInfo { version 0, rsaEncryption, OCTET STRING { RSAPrivateKey } }. */
  static byte[] wrapPkcs1Private(byte[] pkcs1) {
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    inner.writeBytes(new byte[] {0x02, 0x01, 0x00});
    inner.writeBytes(RSA_ALGORITHM);
    inner.writeBytes(tlv(0x04, pkcs1));
    return tlv(0x30, inner.toByteArray());
  }

  /** SubjectPublicKeyInfo { rsaEncryption, BIT STRING { RSAPublicKey } }. */
  static byte[] wrapPkcs1Public(byte[] pkcs1) {
    byte[] bits = new byte[pkcs1.length + 1];
    System.arraycopy(pkcs1, 0, bits, 1, pkcs1.length);
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    inner.writeBytes(RSA_ALGORITHM);
    inner.writeBytes(tlv(0x03, bits));
    return tlv(0x30, inner.toByteArray());
  }

  /** A DER tag-length-value, with the length in short or long form. */
  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
    out.write(tag);
    int len = value.length;
    if (len < 0x80) {
      out.write(len);
    } else {
      int bytes = len > 0xFFFFFF ? 4 : len > 0xFFFF ? 3 : len > 0xFF ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write((len >>> (8 * i)) & 0xFF);
      }
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static KeyFactory rsaFactory() {
    try {
      return KeyFactory.getInstance("RSA");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is not available in this JVM", e);
    }
  }
}
