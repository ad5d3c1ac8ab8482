package dev.paysdk.core.sign;

import dev.paysdk.core.error.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ready signing rules and signers.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>rule</th><th>factory</th><th>used by</th></tr>
 *   <tr><td>A: sorted {@code key=value&} fragments + {@code key=secret}, MD5 upper-case hex</td>
 *       <td>{@link #md5SortedFragments}</td><td>INR AgentPay, Hexpay MD5 answers, PEN (default)</td></tr>
 *   <tr><td>B: sorted fragments, SHA256withRSA, base64</td><td>{@link #rsa2}</td><td>Hexpay</td></tr>
 *   <tr><td>B, compact: no trailing {@code &}, {@code signType} unsigned</td>
 *       <td>{@link #rsa2Compact}</td><td>some Hexpay forks</td></tr>
 *   <tr><td>C: sorted {@code key=value} pairs + secret, MD5 lower-case hex</td>
 *       <td>{@link #md5SaltedPairs}</td><td>Vexora</td></tr>
 * </table>
 *
 * <p>RSA signing uses the JDK's {@link Signature}; no other security provider is used or
 * registered. RSA keys of fewer than {@value Keys#MIN_RSA_BITS} bits are refused, and an RSA
 * signature is read with the strict base64 decoder: standard alphabet, padded, no whitespace or
 * line breaks, nothing else; anything else fails verification.
 */
public final class Signers {
  private static final HexFormat HEX_UPPER = HexFormat.of().withUpperCase();
  private static final HexFormat HEX_LOWER = HexFormat.of();

  private Signers() {}

  /**
   * Rule A.
   *
   * @param secret the merchant's secret key
   * @return the rule
   * @throws NullPointerException when the secret is null
   * @throws IllegalArgumentException when it is empty
   */
  public static SigningRule md5SortedFragments(String secret) {
    return new SigningRule(Canonicalizers.sortedFragments(), md5WithKeySuffix(secret));
  }

  /**
   * Rule B. Either key may be null: a rule without the private key only verifies, one without the
   * public key only signs.
   *
   * @param merchantPrivateKey the merchant's RSA private key, or null
   * @param platformPublicKey the platform's RSA public key, or null
   * @return the rule
   * @throws IllegalArgumentException when both are null, or a key has fewer than 2048 bits
   */
  public static SigningRule rsa2(PrivateKey merchantPrivateKey, PublicKey platformPublicKey) {
    return new SigningRule(Canonicalizers.sortedFragments(), sha256WithRsa(merchantPrivateKey, platformPublicKey));
  }

  /**
   * Rule B, compact: no trailing {@code &}, {@code signType} excluded.
   *
   * @param merchantPrivateKey the merchant's RSA private key, or null
   * @param platformPublicKey the platform's RSA public key, or null
   * @return the rule
   * @throws IllegalArgumentException when both are null, or a key has fewer than 2048 bits
   */
  public static SigningRule rsa2Compact(PrivateKey merchantPrivateKey, PublicKey platformPublicKey) {
    return new SigningRule(Canonicalizers.sortedFragmentsCompact(),
        sha256WithRsa(merchantPrivateKey, platformPublicKey));
  }

  /**
   * Rule C.
   *
   * @param secret the merchant's secret key
   * @return the rule
   * @throws NullPointerException when the secret is null
   * @throws IllegalArgumentException when it is empty
   */
  public static SigningRule md5SaltedPairs(String secret) {
    return new SigningRule(Canonicalizers.sortedPairs(), md5WithSalt(secret));
  }

  /**
   * MD5 over {@code canonical + "key=" + secret}, upper-case hex (rule A's signer); verification
   * accepts either hex case.
   *
   * @param secret the secret
   * @return the signer
   * @throws NullPointerException when the secret is null
   * @throws IllegalArgumentException when it is empty
   */
  public static Signer md5WithKeySuffix(String secret) {
    return new DigestSigner("MD5", "key=" + requireSecret(secret), true);
  }

  /**
   * MD5 over {@code canonical + secret}, lower-case hex (rule C's signer); verification accepts
   * either hex case.
   *
   * @param secret the secret
   * @return the signer
   * @throws NullPointerException when the secret is null
   * @throws IllegalArgumentException when it is empty
   */
  public static Signer md5WithSalt(String secret) {
    return new DigestSigner("MD5", requireSecret(secret), false);
  }

  /**
   * MD5 over {@code canonical + secret}, upper-case hex; verification accepts either hex case.
   *
   * @param secret the secret
   * @return the signer
   * @throws NullPointerException when the secret is null
   * @throws IllegalArgumentException when it is empty
   */
  public static Signer md5WithSaltUpperCase(String secret) {
    return new DigestSigner("MD5", requireSecret(secret), true);
  }

  /**
   * HMAC-SHA256 of the canonical string keyed with {@code secret}, lower-case hex.
   *
   * @param secret the secret
   * @return the signer
   * @throws NullPointerException when the secret is null
   * @throws IllegalArgumentException when it is empty
   */
  public static Signer hmacSha256(String secret) {
    return new HmacSigner(requireSecret(secret));
  }

  /**
   * SHA256withRSA, base64 (standard alphabet, no line breaks). Either key may be null. Signatures
   * to verify must be strict base64 (standard alphabet, correctly padded, no whitespace).
   *
   * @param privateKey the RSA key that signs, or null for a verify-only signer
   * @param publicKey the RSA key that verifies, or null for a sign-only signer
   * @return the signer
   * @throws IllegalArgumentException when both keys are null, or an RSA key has fewer than
   *     {@value Keys#MIN_RSA_BITS} bits
   */
  public static Signer sha256WithRsa(PrivateKey privateKey, PublicKey publicKey) {
    if (privateKey == null && publicKey == null) {
      throw new IllegalArgumentException("an RSA signer needs a private key, a public key or both");
    }
    requireStrong(privateKey, "private");
    requireStrong(publicKey, "public");
    return new RsaSigner(privateKey, publicKey);
  }

  private static void requireStrong(java.security.Key key, String which) {
    if (key instanceof java.security.interfaces.RSAKey rsa && rsa.getModulus() != null
        && rsa.getModulus().bitLength() < Keys.MIN_RSA_BITS) {
      throw new IllegalArgumentException("the RSA " + which + " key has " + rsa.getModulus().bitLength()
          + " bits: at least " + Keys.MIN_RSA_BITS + " bits are required");
    }
  }

  /**
   * The bytes of strict base64 text: standard alphabet, length a multiple of 4, correct padding and
   * no other encoding of the same bytes; null for anything else (whitespace, line breaks, URL-safe
   * characters, missing or extra padding, non-zero trailing bits).
   */
  static byte[] strictBase64(String text) {
    if (text.length() % 4 != 0) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    // The decoder has checked the alphabet and the padding; what is left is the unused low bits of
    // the last character before the padding, which must be zero (checked without re-encoding).
    int pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
    if (pad > 0 && (base64Digit(text.charAt(text.length() - pad - 1)) & (pad == 2 ? 0x0F : 0x03)) != 0) {
      return null;
    }
    return bytes;
  }

  /** The value of a character of the standard base64 alphabet. */
  private static int base64Digit(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : 63;
  }

  /**
   * Constant-time comparison of two texts (by their UTF-8 bytes).
   *
   * @param a a text, or null
   * @param b another text, or null
   * @return true when both are non-null and equal
   */
  public static boolean constantTimeEquals(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String requireSecret(String secret) {
    Objects.requireNonNull(secret, "secret == null");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("secret is empty");
    }
    return secret;
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is not available in this JVM", e);
    }
  }

  /**
   * A signer that can also sign a canonical form as it is written ({@link Canonicalizers.Streamed}),
   * digesting its UTF-8 bytes without building the canonical string: the same bytes, so the same
   * signature, as {@code sign(form.canonicalize(params))}.
   */
  interface Streaming extends Signer {
    /** {@code sign(form.canonicalize(params))}, without the canonical string. */
    String sign(Canonicalizers.Streamed form, Map<String, String> params);

    /** {@code verify(form.canonicalize(params), signature)}, without the canonical string. */
    void verify(Canonicalizers.Streamed form, Map<String, String> params, String signature);
  }

  private static final class DigestSigner implements Streaming {
    private final String algorithm;
    private final String suffix;
    /** {@link #suffix} in UTF-8, digested after the canonical form (no concatenated copy). */
    private final byte[] suffixBytes;
    private final boolean upper;
    /** Never updated: each signature starts from a clone, which skips the provider look-up. */
    private final MessageDigest prototype;

    DigestSigner(String algorithm, String suffix, boolean upper) {
      this.algorithm = algorithm;
      this.suffix = suffix;
      this.suffixBytes = suffix.getBytes(StandardCharsets.UTF_8);
      this.upper = upper;
      this.prototype = digest(algorithm);
    }

    private MessageDigest newDigest() {
      try {
        return (MessageDigest) prototype.clone();
      } catch (CloneNotSupportedException e) {
        return digest(algorithm);
      }
    }

    /** The digest of {@code canonical + suffix}. */
    private byte[] digestOf(String canonical) {
      MessageDigest md = newDigest();
      if (!canonical.isEmpty() && Character.isHighSurrogate(canonical.charAt(canonical.length() - 1))
          && !suffix.isEmpty() && Character.isLowSurrogate(suffix.charAt(0))) {
        // the two halves make one character only when joined: encode them joined
        md.update((canonical + suffix).getBytes(StandardCharsets.UTF_8));
      } else {
        md.update(canonical.getBytes(StandardCharsets.UTF_8));
        md.update(suffixBytes);
      }
      return md.digest();
    }

    /** The digest of the canonical form of {@code params} + suffix, written straight into it when large. */
    private byte[] digestOf(Canonicalizers.Streamed form, Map<String, String> params) {
      int size = form.estimate(params);
      if (size < STREAM_FROM_CHARS) {
        return digestOf(form.canonicalize(params)); // small: the JDK's bulk copies are faster
      }
      MessageDigest md = newDigest();
      Utf8Sink sink = new Utf8Sink(form.estimate(params) + suffix.length()) {
        @Override
        protected void write(byte[] bytes, int offset, int length) {
          md.update(bytes, offset, length);
        }
      };
      form.write(params, sink);
      sink.append(suffix);
      sink.finish();
      return md.digest();
    }

    @Override
    public String sign(String canonical) {
      return (upper ? HEX_UPPER : HEX_LOWER).formatHex(digestOf(canonical));
    }

    @Override
    public String sign(Canonicalizers.Streamed form, Map<String, String> params) {
      return (upper ? HEX_UPPER : HEX_LOWER).formatHex(digestOf(form, params));
    }

    @Override
    public void verify(String canonical, String signature) {
      requireSignature(signature);
      check(digestOf(canonical), signature);
    }

    @Override
    public void verify(Canonicalizers.Streamed form, Map<String, String> params, String signature) {
      requireSignature(signature);
      check(digestOf(form, params), signature);
    }

    private void check(byte[] digest, String signature) {
      // hex case is not part of the secret: compare case-normalised, in constant time; a signature of
      // hex digits only is compared as the bytes it writes (the same verdict, without text copies)
      boolean match = isHex(signature, digest.length * 2)
          ? MessageDigest.isEqual(digest, HEX_LOWER.parseHex(signature))
          : constantTimeEquals(HEX_LOWER.formatHex(digest), signature.toLowerCase(Locale.ROOT));
      if (!match) {
        throw new SignatureVerificationException(null, algorithm + " signature does not match");
      }
    }

    @Override
    public String algorithm() {
      return algorithm;
    }

    @Override
    public String toString() {
      return "Signer[" + algorithm + (upper ? ", upper-case" : ", lower-case") + "]";
    }
  }

  /**
   * From this many characters on, a canonical form is digested as it is written rather than built:
   * below it, building the string and encoding it with the JDK's bulk copies is faster; above it
   * (a batch's records), the copies would cost megabytes.
   */
  private static final int STREAM_FROM_CHARS = 8192;

  /** True when {@code s} is exactly {@code length} ASCII hex digits, of either case. */
  private static boolean isHex(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  private static void requireSignature(String signature) {
    if (signature == null || signature.isEmpty()) {
      throw new SignatureVerificationException(null, "signature missing");
    }
  }

  /** Feeds a {@link Signature} from a {@link Utf8Sink}. */
  private static Utf8Sink into(Signature s, int expectedChars) {
    return new Utf8Sink(expectedChars) {
      @Override
      protected void write(byte[] bytes, int offset, int length) {
        try {
          s.update(bytes, offset, length);
        } catch (java.security.SignatureException e) {
          throw new IllegalStateException("SHA256withRSA failed", e); // only when not initialised
        }
      }
    };
  }

  private static final class HmacSigner implements Signer {
    private final SecretKeySpec key;

    HmacSigner(String secret) {
      this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public String sign(String canonical) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return HEX_LOWER.formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
      }
    }

    @Override
    public void verify(String canonical, String signature) {
      if (signature == null || signature.isEmpty()) {
        throw new SignatureVerificationException(null, "signature missing");
      }
      if (!constantTimeEquals(sign(canonical), signature.toLowerCase(Locale.ROOT))) {
        throw new SignatureVerificationException(null, "HmacSHA256 signature does not match");
      }
    }

    @Override
    public String algorithm() {
      return "HmacSHA256";
    }

    @Override
    public String toString() {
      return "Signer[HmacSHA256]";
    }
  }

  private static final class RsaSigner implements Streaming {
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    RsaSigner(PrivateKey privateKey, PublicKey publicKey) {
      this.privateKey = privateKey;
      this.publicKey = publicKey;
    }

    @Override
    public String sign(String canonical) {
      return sign(s -> s.update(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String sign(Canonicalizers.Streamed form, Map<String, String> params) {
      return sign(s -> write(form, params, s));
    }

    private static void write(Canonicalizers.Streamed form, Map<String, String> params, Signature s)
        throws java.security.SignatureException {
      int size = form.estimate(params);
      if (size < STREAM_FROM_CHARS) {
        s.update(form.canonicalize(params).getBytes(StandardCharsets.UTF_8)); // small: built, then copied
        return;
      }
      Utf8Sink sink = into(s, size);
      form.write(params, sink);
      sink.finish();
    }

    /** Signs what {@code input} writes into the signature. */
    private String sign(Input input) {
      if (privateKey == null) {
        throw new IllegalStateException("no private key configured: this RSA signer only verifies");
      }
      try {
        // A fresh Signature per call costs nothing measurable next to the RSA operation; no pooling.
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(privateKey);
        input.writeTo(s);
        return Base64.getEncoder().encodeToString(s.sign());
      } catch (InvalidKeyException e) {
        throw new IllegalStateException("the private key cannot sign with SHA256withRSA", e);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("SHA256withRSA signing failed", e);
      }
    }

    @Override
    public void verify(String canonical, String signature) {
      verify(s -> s.update(canonical.getBytes(StandardCharsets.UTF_8)), signature);
    }

    @Override
    public void verify(Canonicalizers.Streamed form, Map<String, String> params, String signature) {
      verify(s -> write(form, params, s), signature);
    }

    private void verify(Input input, String signature) {
      if (publicKey == null) {
        throw new IllegalStateException("no public key configured: this RSA signer cannot verify");
      }
      if (signature == null || signature.isEmpty()) {
        throw new SignatureVerificationException(null, "signature missing");
      }
      byte[] sig = strictBase64(signature);
      if (sig == null) {
        throw new SignatureVerificationException(null, "signature is not strict base64 (standard alphabet,"
            + " padded, no whitespace)");
      }
      boolean ok;
      try {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initVerify(publicKey);
        input.writeTo(s);
        ok = s.verify(sig);
      } catch (java.security.SignatureException e) {
        ok = false;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("SHA256withRSA verification failed to run", e);
      }
      if (!ok) {
        throw new SignatureVerificationException(null, "SHA256withRSA signature does not match");
      }
    }

    /** What is signed or verified, written into the {@link Signature}. */
    @FunctionalInterface
    private interface Input {
      void writeTo(Signature s) throws GeneralSecurityException;
    }

    @Override
    public String algorithm() {
      return "SHA256withRSA";
    }

    @Override
    public String toString() {
      return "Signer[SHA256withRSA" + (privateKey != null ? ", signs" : "") + (publicKey != null ? ", verifies" : "") + "]";
    }
  }
}
