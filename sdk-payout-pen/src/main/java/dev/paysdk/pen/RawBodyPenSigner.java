package dev.paysdk.pen;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.sign.Signer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A signer over the raw body text, byte for byte as sent or received. */
final class RawBodyPenSigner implements PenSigner {
  private final Signer signer;
  private final String description;

  RawBodyPenSigner(Signer signer, String description) {
    this.signer = Objects.requireNonNull(signer, "signer == null");
    this.description = description;
  }

  @Override
  public String sign(byte[] body) {
    return signer.sign(new String(body, StandardCharsets.UTF_8));
  }

  @Override
  public void verify(byte[] body, String signature) {
    if (signature == null || signature.isEmpty()) {
      throw new SignatureVerificationException(null, "signature missing");
    }
    signer.verify(new String(body, StandardCharsets.UTF_8), signature);
  }

  @Override
  public String toString() {
    return "PenSigner[" + description + "]";
  }
}
