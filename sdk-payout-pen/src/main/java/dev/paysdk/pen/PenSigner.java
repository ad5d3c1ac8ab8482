package dev.paysdk.pen;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.sign.Signer;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;

/**
 * The signature of the PEN gateway: one function over a JSON body whose result travels in the
 * {@code Sign} header. The same instance signs every request, verifies every webhook, and verifies
 * an answer that carries a {@code Sign} header.
 *
 * <p>The gateway's document names the {@code Sign} header but not the algorithm, so the client
 * signs with {@link #ruleA(String)} unless told otherwise, and the signer can be replaced on the
 * builder without touching anything else:
 *
 * <pre>{@code
 * PenPayoutClient pen = PenPayoutClient.builder()
 *     .baseUrl("https://gateway.example")
 *     .merchantId("100001")
 *     .signer(PenSigner.hmacSha256(secret))   // default: PenSigner.ruleA(secretKey)
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Ready signers</caption>
 *   <tr><th>factory</th><th>signed text</th><th>result</th></tr>
 *   <tr><td>{@link #ruleA}</td><td>top-level body fields, sorted {@code key=value&} fragments,
 *       then {@code key=}secret</td><td>MD5, upper-case hex</td></tr>
 *   <tr><td>{@link #hmacSha256}</td><td>the raw body text</td><td>HMAC-SHA256 keyed with the secret,
 *       lower-case hex</td></tr>
 *   <tr><td>{@link #md5OfBodyPlusSecret}</td><td>the raw body text followed by the secret</td>
 *       <td>MD5, upper-case hex</td></tr>
 *   <tr><td>{@link #overFields}</td><td>top-level body fields, canonicalised by the given rule</td>
 *       <td>the rule's</td></tr>
 *   <tr><td>{@link #overRawBody}</td><td>the raw body text</td><td>the signer's</td></tr>
 * </table>
 *
 * <p>Hex signatures are verified without regard to letter case. A merchant may also implement
 * this interface directly. Implementations must be immutable and safe for concurrent use, and
 * must compare signatures in constant time ({@link Signers#constantTimeEquals}).
 */
public interface PenSigner {

  /**
   * The {@code Sign} header value for {@code body}, the exact bytes that are sent.
   *
   * @throws IllegalArgumentException when the signer needs a JSON object and {@code body} is not one
   */
  String sign(byte[] body);

  /**
   * Checks {@code signature} (a received {@code Sign} header) over {@code body}, the exact bytes
   * received.
   *
   * @throws SignatureVerificationException when the signature is null, empty or does not match, or
   *     the body cannot be read the way the signer needs
   */
  void verify(byte[] body, String signature);

  /**
   * Rule A, the default: every top-level field of the JSON body except {@code sign}, each value
   * exactly as written in the body (a number keeps its written form, {@code 100.00} stays
   * {@code 100.00}; a string is its unescaped content; a nested object its JSON text), null and
   * empty values left out, one {@code key=value&} fragment per field sorted case-insensitively,
   * then {@code key=} and the secret; MD5 over UTF-8, upper-case hex.
   *
   * @throws NullPointerException when {@code secret} is null
   * @throws IllegalArgumentException when {@code secret} is empty
   */
  static PenSigner ruleA(String secret) {
    return new FieldsPenSigner(Signers.md5SortedFragments(secret), "rule A (MD5 of sorted fields + key)");
  }

  /**
   * HMAC-SHA256 of the raw body text keyed with {@code secret}, lower-case hex. The raw body is
   * signed (not a parameter map) because a body-level HMAC covers every byte that travels,
   * nested values and field order included.
   *
   * @throws NullPointerException when {@code secret} is null
   * @throws IllegalArgumentException when {@code secret} is empty
   */
  static PenSigner hmacSha256(String secret) {
    return new RawBodyPenSigner(Signers.hmacSha256(secret), "HMAC-SHA256 of the raw body");
  }

  /**
   * MD5 of the raw body text followed directly by {@code secret} (no separator), upper-case hex.
   * Neither the gateway's document nor the provider notes give the letter case of this variant;
   * upper case is the case of the gateway's default rule ({@link #ruleA}), the only MD5 signature
   * known of this gateway, and a gateway may compare signatures case-sensitively. Verification
   * accepts either letter case; for a lower-case {@code Sign} on requests use
   * {@code overRawBody(Signers.md5WithSalt(secret))}.
   *
   * @throws NullPointerException when {@code secret} is null
   * @throws IllegalArgumentException when {@code secret} is empty
   */
  static PenSigner md5OfBodyPlusSecret(String secret) {
    return new RawBodyPenSigner(Signers.md5WithSaltUpperCase(secret), "MD5 of the raw body + secret");
  }

  /**
   * Any signing rule over the top-level fields of the JSON body, each value exactly as written
   * (see {@link #ruleA}).
   *
   * @throws NullPointerException when {@code rule} is null
   */
  static PenSigner overFields(SigningRule rule) {
    return new FieldsPenSigner(rule, rule.signer().algorithm() + " over the body fields");
  }

  /**
   * Any signer over the raw body text (UTF-8).
   *
   * @throws NullPointerException when {@code signer} is null
   */
  static PenSigner overRawBody(Signer signer) {
    return new RawBodyPenSigner(signer, signer.algorithm() + " of the raw body");
  }
}
