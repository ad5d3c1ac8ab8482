package dev.paysdk.core.sign;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;

/**
 * Loads RSA keys from the forms gateways hand out: PEM ({@code -----BEGIN PRIVATE KEY-----},
 * {@code BEGIN RSA PRIVATE KEY}, {@code BEGIN PUBLIC KEY}, {@code BEGIN RSA PUBLIC KEY}) or bare
 * base64 of the DER (PKCS#8 or PKCS#1 private key, X.509 SubjectPublicKeyInfo or PKCS#1 public
 * key), whitespace and line breaks allowed. Parsing uses Bouncy Castle's PEM support; the keys
 * are plain JDK keys, and Bouncy Castle is never registered as a JCA provider.
 *
 * <p>A malformed key fails with {@link IllegalArgumentException} naming the accepted formats; the
 * message never contains any of the key text.
 */
public final class Keys {
  private static final String PRIVATE_FORMATS = "expected an RSA private key as PEM (BEGIN PRIVATE KEY or "
      + "BEGIN RSA PRIVATE KEY) or bare base64 of PKCS#8 or PKCS#1 DER";
  private static final String PUBLIC_FORMATS = "expected an RSA public key as PEM (BEGIN PUBLIC KEY or "
      + "BEGIN RSA PUBLIC KEY) or bare base64 of X.509 SubjectPublicKeyInfo or PKCS#1 DER";

  private Keys() {}

  /**
   * A rejection whose message PaySDK wrote (it names the accepted formats and holds none of the key
   * text). Any other failure while parsing, such as a Bouncy Castle ASN.1 error whose message
   * describes the input, is replaced by a message of this kind.
   */
  private static final class KeyFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    KeyFormatException(String message) {
      super(message);
    }
  }

  /**
   * An RSA private key from PEM or bare base64 (PKCS#8 or PKCS#1).
   *
   * @throws IllegalArgumentException when the text is not such a key (the message names the accepted
   *     formats and never echoes the text)
   */
  public static PrivateKey rsaPrivateKey(String pemOrBase64) {
    Objects.requireNonNull(pemOrBase64, "private key == null");
    try {
      PrivateKeyInfo info;
      if (pemOrBase64.contains("-----BEGIN")) {
        Object o = readPem(pemOrBase64);
        if (o instanceof PEMKeyPair pair) {
          info = pair.getPrivateKeyInfo();
        } else if (o instanceof PrivateKeyInfo pki) {
          info = pki;
        } else {
          throw new KeyFormatException("not an unencrypted RSA private key; " + PRIVATE_FORMATS);
        }
      } else {
        byte[] der = base64(pemOrBase64, PRIVATE_FORMATS);
        info = privateKeyInfo(der);
      }
      PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
      return key;
    } catch (KeyFormatException e) {
      throw e;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("malformed RSA private key; " + PRIVATE_FORMATS);
    }
  }

  /**
   * An RSA public key from PEM or bare base64 (X.509 SubjectPublicKeyInfo or PKCS#1).
   *
   * @throws IllegalArgumentException when the text is not such a key (the message names the accepted
   *     formats and never echoes the text)
   */
  public static PublicKey rsaPublicKey(String pemOrBase64) {
    Objects.requireNonNull(pemOrBase64, "public key == null");
    try {
      SubjectPublicKeyInfo info;
      if (pemOrBase64.contains("-----BEGIN")) {
        Object o = readPem(pemOrBase64);
        if (o instanceof SubjectPublicKeyInfo spki) {
          info = spki;
        } else if (o instanceof org.bouncycastle.asn1.pkcs.RSAPublicKey pkcs1) {
          info = wrapPublic(pkcs1);
        } else if (o instanceof org.bouncycastle.cert.X509CertificateHolder cert) {
          info = cert.getSubjectPublicKeyInfo();
        } else {
          throw new KeyFormatException("not an RSA public key; " + PUBLIC_FORMATS);
        }
      } else {
        byte[] der = base64(pemOrBase64, PUBLIC_FORMATS);
        info = publicKeyInfo(der);
      }
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(info.getEncoded()));
    } catch (KeyFormatException e) {
      throw e;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("malformed RSA public key; " + PUBLIC_FORMATS);
    }
  }

  /** The public half of an RSA private key (CRT form, as every generated key is). */
  public static PublicKey publicKeyOf(PrivateKey privateKey) {
    if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
      throw new IllegalArgumentException("not an RSA CRT private key; cannot derive its public key");
    }
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key factory unavailable", e);
    }
  }

  /** PEM text ({@code BEGIN PRIVATE KEY}, PKCS#8) of a private key. */
  public static String toPem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  /** PEM text ({@code BEGIN PUBLIC KEY}, X.509) of a public key. */
  public static String toPem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  /** Bare base64 (no line breaks) of a key's standard encoding (PKCS#8 or X.509). */
  public static String toBase64(java.security.Key key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  private static String pem(String type, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + b64 + "\n-----END " + type + "-----\n";
  }

  private static Object readPem(String text) throws IOException {
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      return parser.readObject();
    }
  }

  private static byte[] base64(String text, String formats) {
    try {
      return Base64.getMimeDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException("key text is neither PEM nor base64; " + formats);
    }
  }

  private static PrivateKeyInfo privateKeyInfo(byte[] der) throws IOException {
    try {
      PrivateKeyInfo info = PrivateKeyInfo.getInstance(der);
      if (info != null && info.getPrivateKeyAlgorithm() != null) {
        return info;
      }
    } catch (RuntimeException notPkcs8) {
      // try PKCS#1 below
    }
    RSAPrivateKey pkcs1 = RSAPrivateKey.getInstance(der);
    return new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), pkcs1);
  }

  private static SubjectPublicKeyInfo publicKeyInfo(byte[] der) throws IOException {
    try {
      SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(der);
      if (info != null && info.getAlgorithm() != null) {
        return info;
      }
    } catch (RuntimeException notSpki) {
      // try PKCS#1 below
    }
    return wrapPublic(org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(der));
  }

  private static SubjectPublicKeyInfo wrapPublic(org.bouncycastle.asn1.pkcs.RSAPublicKey pkcs1) throws IOException {
    return new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), pkcs1);
  }
}
