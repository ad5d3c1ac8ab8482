package dev.paysdk.core.error;

/**
 * A response or webhook whose signature is missing or does not match. Nothing of the message was
 * trusted. The exception message never contains the signature itself.
 */
public class SignatureVerificationException extends PaymentException {
  private static final long serialVersionUID = 1L;

  public SignatureVerificationException(ErrorContext context, String detail) {
    super(context, detail);
  }

  public SignatureVerificationException(ErrorContext context, String detail, Throwable cause) {
    super(context, detail, cause);
  }
}
