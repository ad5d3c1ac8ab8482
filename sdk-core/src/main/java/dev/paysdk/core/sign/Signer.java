package dev.paysdk.core.sign;

import dev.paysdk.core.error.SignatureVerificationException;

/**
 * Signs a canonical string and verifies a signature over one. Must be safe for concurrent use.
 * Verification throws, and compares in constant time where it compares.
 */
public interface Signer {

  /**
   * Signs a canonical string.
   *
   * @param canonical the canonical string, signed as UTF-8
   * @return the signature as the rule writes it (hex or base64)
   * @throws IllegalStateException when this signer has no signing key (a verify-only RSA signer)
   */
  String sign(String canonical);

  /**
   * Checks {@code signature} over {@code canonical}.
   *
   * @param canonical the canonical string
   * @param signature the received signature
   * @throws SignatureVerificationException when the signature is null, empty or does not match
   */
  void verify(String canonical, String signature);

  /** {@return a short name of the algorithm for messages, such as {@code MD5} or {@code SHA256withRSA}} */
  String algorithm();
}
