package dev.paysdk.core.sign;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Canonicalizer} paired with a {@link Signer}: one of the gateways' signing rules.
 * Immutable and thread-safe.
 *
 * @param canonicalizer builds the canonical string
 * @param signer signs and verifies it
 */
public record SigningRule(Canonicalizer canonicalizer, Signer signer) {
  /**
   * A rule.
   *
   * @param canonicalizer builds the canonical string
   * @param signer signs and verifies it
   * @throws NullPointerException when either is null
   */
  public SigningRule {
    Objects.requireNonNull(canonicalizer, "canonicalizer == null");
    Objects.requireNonNull(signer, "signer == null");
  }

  /**
   * The canonical string of a parameter set.
   *
   * @param params the parameters, as sent on the wire
   * @return the canonical string
   */
  public String canonical(Map<String, String> params) {
    return canonicalizer.canonicalize(params);
  }

  /**
   * The signature of a parameter set.
   *
   * @param params the parameters, as sent on the wire
   * @return the signature
   */
  public String sign(Map<String, String> params) {
    if (canonicalizer instanceof Canonicalizers.Streamed form && signer instanceof Signers.Streaming s) {
      // PaySDK's own forms and signers: the canonical bytes go straight into the digest
      return s.sign(form, params);
    }
    return signer.sign(canonicalizer.canonicalize(params));
  }

  /**
   * Checks {@code signature} over {@code params}.
   *
   * @param params the received parameters
   * @param signature the received signature, or null
   * @param context names the call or webhook in the exception message
   * @throws SignatureVerificationException when the signature is missing or does not match
   */
  public void verify(Map<String, String> params, String signature, ErrorContext context) {
    if (signature == null || signature.isEmpty()) {
      throw new SignatureVerificationException(context, "signature missing");
    }
    try {
      if (canonicalizer instanceof Canonicalizers.Streamed form && signer instanceof Signers.Streaming s) {
        s.verify(form, params, signature);
      } else {
        signer.verify(canonicalizer.canonicalize(params), signature);
      }
    } catch (SignatureVerificationException e) {
      throw new SignatureVerificationException(context,
          signer.algorithm() + " signature does not match the received fields", e.getCause());
    }
  }
}
