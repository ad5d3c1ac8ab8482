package dev.paysdk.core.sign;

import dev.paysdk.core.sign.KeyText.Decoded;
import dev.paysdk.core.sign.KeyText.KeyFormatException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * Loads RSA keys from the forms gateways hand out and merchants store:
 *
 * <ul>
 *   <li>PEM: {@code BEGIN PRIVATE KEY} (PKCS#8), {@code BEGIN RSA PRIVATE KEY} (PKCS#1),
 *       {@code BEGIN PUBLIC KEY} (X.509 SubjectPublicKeyInfo), {@code BEGIN RSA PUBLIC KEY}
 *       (PKCS#1) or {@code BEGIN CERTIFICATE} (its public key); with LF or CRLF line ends;
 *   <li>bare base64 of the same DER, with or without line breaks;
 *   <li>PEM or base64 as environment variables and {@code .env} files mangle them: line breaks
 *       replaced by spaces or removed, written as the two characters {@code \n}, surrounding
 *       quotes, or the whole PEM file base64-encoded once more;
 *   <li>the path of a file holding any of these, or binary DER ({@code /run/secrets/hexpay.pem},
 *       {@code ~/keys/platform.pub}, {@code file:keys/merchant.key}); or a {@link Path} given to
 *       {@link #rsaPrivateKeyFile} or {@link #rsaPublicKeyFile}.
 * </ul>
 *
 * <p>Only the JDK is used (PKCS#1 is wrapped into PKCS#8 / X.509 with a fixed DER header): Bouncy
 * Castle is neither needed nor registered. The keys are plain JDK keys.
 *
 * <p>RSA keys of fewer than 2048 bits are refused. A key that cannot be loaded fails with
 * {@link IllegalArgumentException} whose message says what was detected (an encrypted key, an
 * OpenSSH or EC key, a public key where a private key belongs, a PEM block cut short, a path with no
 * file behind it...) and names the accepted formats; it never contains any of the key text.
 */
public final class Keys {
  /** The shortest RSA modulus accepted, in bits. */
  public static final int MIN_RSA_BITS = RsaDer.MIN_BITS;

  private static final String PRIVATE_FORMATS = "expected an RSA private key of at least 2048 bits as PEM (BEGIN"
      + " PRIVATE KEY or BEGIN RSA PRIVATE KEY), bare base64 of PKCS#8 or PKCS#1 DER, or the path of a file holding"
      + " one";
  private static final String PUBLIC_FORMATS = "expected an RSA public key of at least 2048 bits as PEM (BEGIN"
      + " PUBLIC KEY, BEGIN RSA PUBLIC KEY or BEGIN CERTIFICATE), bare base64 of X.509 SubjectPublicKeyInfo or"
      + " PKCS#1 DER, or the path of a file holding one";

  private Keys() {}

  /**
   * An RSA private key from PEM, bare base64 (PKCS#8 or PKCS#1) or the path of a key file, in any of
   * the forms listed on {@link Keys}.
   *
   * @param pemOrBase64 the key text, or the path of a file holding it
   * @return the key
   * @throws NullPointerException when the text is null
   * @throws IllegalArgumentException when the text is not such a key, or the key has fewer than 2048
   *     bits: the message says what was detected and names the accepted formats, and never echoes
   *     the text
   */
  public static PrivateKey rsaPrivateKey(String pemOrBase64) {
    Objects.requireNonNull(pemOrBase64, "private key == null");
    return privateKey(() -> KeyText.decode(pemOrBase64));
  }

  /**
   * An RSA private key from a file holding PEM, base64 or binary DER (PKCS#8 or PKCS#1).
   *
   * @param file the key file
   * @return the key
   * @throws NullPointerException when the path is null
   * @throws IllegalArgumentException when the file cannot be read or holds no such key, as
   *     {@link #rsaPrivateKey(String)}
   */
  public static PrivateKey rsaPrivateKeyFile(Path file) {
    Objects.requireNonNull(file, "private key file == null");
    return privateKey(() -> KeyText.file(file));
  }

  /**
   * An RSA public key from PEM, bare base64 (X.509 SubjectPublicKeyInfo or PKCS#1), a PEM
   * certificate, or the path of a key file, in any of the forms listed on {@link Keys}.
   *
   * @param pemOrBase64 the key text, or the path of a file holding it
   * @return the key
   * @throws NullPointerException when the text is null
   * @throws IllegalArgumentException when the text is not such a key, or the key has fewer than 2048
   *     bits: the message says what was detected and names the accepted formats, and never echoes
   *     the text
   */
  public static PublicKey rsaPublicKey(String pemOrBase64) {
    Objects.requireNonNull(pemOrBase64, "public key == null");
    return publicKey(() -> KeyText.decode(pemOrBase64));
  }

  /**
   * An RSA public key from a file holding PEM, base64 or binary DER (X.509, PKCS#1 or a certificate).
   *
   * @param file the key file
   * @return the key
   * @throws NullPointerException when the path is null
   * @throws IllegalArgumentException when the file cannot be read or holds no such key, as
   *     {@link #rsaPublicKey(String)}
   */
  public static PublicKey rsaPublicKeyFile(Path file) {
    Objects.requireNonNull(file, "public key file == null");
    return publicKey(() -> KeyText.file(file));
  }

  private static PrivateKey privateKey(java.util.function.Supplier<Decoded> source) {
    try {
      Decoded d = source.get();
      if (d.pemLabel() != null && isPublicLabel(d.pemLabel())) {
        throw new KeyFormatException("detected a public key (PEM BEGIN " + d.pemLabel() + ") where a private key is"
            + " expected");
      }
      return RsaDer.privateKey(d.der());
    } catch (KeyFormatException e) {
      throw new IllegalArgumentException(e.getMessage() + "; " + PRIVATE_FORMATS);
    } catch (RuntimeException e) {
      // never the JDK's own message: it may describe the input
      throw new IllegalArgumentException("malformed RSA private key; " + PRIVATE_FORMATS);
    }
  }

  private static PublicKey publicKey(java.util.function.Supplier<Decoded> source) {
    try {
      Decoded d = source.get();
      if (d.pemLabel() != null && d.pemLabel().contains("PRIVATE KEY")) {
        throw new KeyFormatException("detected a private key (PEM BEGIN " + d.pemLabel() + ") where a public key is"
            + " expected (give the platform's public key, not your own private key)");
      }
      return RsaDer.publicKey(d.der());
    } catch (KeyFormatException e) {
      throw new IllegalArgumentException(e.getMessage() + "; " + PUBLIC_FORMATS);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed RSA public key; " + PUBLIC_FORMATS);
    }
  }

  private static boolean isPublicLabel(String label) {
    return label.contains("PUBLIC KEY") || label.contains("CERTIFICATE");
  }

  /**
   * The public half of an RSA private key (CRT form, as every generated key is).
   *
   * @param privateKey the private key
   * @return its public key
   * @throws IllegalArgumentException when the key is not an RSA CRT private key
   */
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

  /**
   * PEM text of a private key.
   *
   * @param key the key
   * @return {@code BEGIN PRIVATE KEY} (PKCS#8) PEM with 64-character lines; it is a secret
   */
  public static String toPem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  /**
   * PEM text of a public key.
   *
   * @param key the key
   * @return {@code BEGIN PUBLIC KEY} (X.509) PEM with 64-character lines
   */
  public static String toPem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  /**
   * Bare base64 of a key's standard encoding.
   *
   * @param key the key
   * @return base64 (no line breaks) of its PKCS#8 or X.509 encoding
   */
  public static String toBase64(java.security.Key key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  private static String pem(String type, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + b64 + "\n-----END " + type + "-----\n";
  }
}
