package dev.paysdk.pen;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.sign.SigningRule;
import java.util.Map;
import java.util.Objects;

/**
 * A signing rule over the top-level fields of a JSON body. The fields are read back from the very
 * bytes that are sent or were received ({@link RawJson#object}), so the signed text of every value
 * is its text on the wire. A body giving one name twice cannot be signed or verified (two readers
 * could see different values).
 */
final class FieldsPenSigner implements PenSigner {
  private final SigningRule rule;
  private final String description;

  FieldsPenSigner(SigningRule rule, String description) {
    this.rule = Objects.requireNonNull(rule, "rule == null");
    this.description = description;
  }

  @Override
  public String sign(byte[] body) {
    try {
      return rule.sign(RawJson.object(body));
    } catch (MalformedAnswerException e) {
      throw new IllegalArgumentException("the body to sign is not a JSON object", e);
    }
  }

  @Override
  public void verify(byte[] body, String signature) {
    if (signature == null || signature.isEmpty()) {
      throw new SignatureVerificationException(null, "signature missing");
    }
    Map<String, String> fields;
    try {
      fields = RawJson.object(body);
    } catch (MalformedAnswerException e) {
      throw new SignatureVerificationException(null, "the signed body is not a JSON object", e);
    }
    rule.signer().verify(rule.canonical(fields), signature);
  }

  @Override
  public String toString() {
    return "PenSigner[" + description + "]";
  }
}
