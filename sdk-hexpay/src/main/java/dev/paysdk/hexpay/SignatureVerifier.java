package dev.paysdk.hexpay;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.sign.SigningRule;
import java.util.Map;

/**
 * Verifies a received {@code sign} by its shape: 32 hex characters is MD5 with the app secret
 * (rule A), anything else SHA256withRSA with the platform public key (rule B). A signature whose
 * key is not configured is rejected, never accepted unchecked. Immutable.
 */
final class SignatureVerifier {

  private final SigningRule rsa;
  private final SigningRule md5;

  /**
   * @param rsa verifies RSA signatures, or null when no platform public key is configured
   * @param md5 verifies MD5 signatures, or null when no app secret is configured
   */
  SignatureVerifier(SigningRule rsa, SigningRule md5) {
    this.rsa = rsa;
    this.md5 = md5;
  }

  /** {@code ^[0-9A-Fa-f]{32}$}: the shape of an MD5 signature. */
  static boolean isHex32(String sign) {
    if (sign.length() != 32) {
      return false;
    }
    for (int i = 0; i < 32; i++) {
      char c = sign.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks {@code sign} over {@code fields} (every field but {@code sign} is signed).
   *
   * @param ctx the call, or null for a message that is the reason alone
   * @param what what is verified, for the message ({@code "the answer"}, {@code "the callback"})
   * @param consequence appended to a failure's message (what the caller should know), or empty
   * @throws SignatureVerificationException when the signature is missing, wrong, or cannot be checked
   */
  void verify(Map<String, String> fields, String sign, ErrorContext ctx, String what, String consequence) {
    if (sign == null || sign.isEmpty()) {
      throw new SignatureVerificationException(ctx, what + " carries no signature" + consequence);
    }
    SigningRule rule;
    if (isHex32(sign)) {
      if (md5 == null) {
        throw new SignatureVerificationException(ctx, what + " is signed with MD5 (a 32-character hex sign), "
            + "which needs the app secret: call appSecret(...) on the client builder" + consequence);
      }
      rule = md5;
    } else {
      if (rsa == null) {
        throw new SignatureVerificationException(ctx, what + " is signed with RSA, which needs the platform "
            + "public key: call platformPublicKey(...) on the client builder" + consequence);
      }
      rule = rsa;
    }
    try {
      rule.verify(fields, sign, null);
    } catch (SignatureVerificationException e) {
      // A wrong platform key passes every call whose answer is unsigned and then rejects every signed
      // answer and webhook: say which key could not verify, so the first one tells what to fix.
      String key = rule == rsa
          ? " (with the configured platform public key: if every RSA-signed answer and webhook fails, check"
              + " platformPublicKey(...) against the key in the merchant back office)"
          : " (with the configured app secret: if every MD5-signed answer fails, check appSecret(...))";
      throw new SignatureVerificationException(ctx, what + ": " + e.getMessage() + key + consequence, e);
    }
  }
}
