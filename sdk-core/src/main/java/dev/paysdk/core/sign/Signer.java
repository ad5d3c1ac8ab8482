package dev.paysdk.core.sign;

import dev.paysdk.core.error.SignatureVerificationException;

/**
 * Signs a canonical string and verifies a signature over one. Must be safe for concurrent use.
 * Verification throws, and compares in constant time where it compares.
 */
public interface Signer {

  /** The signature of {@code canonical} (UTF-8). */
  String sign(String canonical);

  /**
   * Checks {@code signature} over {@code canonical}.
   *
   * @throws SignatureVerificationException when the signature is null, empty or does not match
   */
  void verify(String canonical, String signature);

  /** A short name of the algorithm for messages, such as {@code MD5} or {@code SHA256withRSA}. */
  String algorithm();
}
