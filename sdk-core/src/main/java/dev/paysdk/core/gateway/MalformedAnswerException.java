package dev.paysdk.core.gateway;

/**
 * An answer or webhook that is not what the gateway's document describes: not its envelope, a
 * field of the wrong shape, a number out of bounds. Thrown by decoders and field readers inside a
 * gateway module; it never reaches a merchant: the {@link Exchange} turns it into a
 * {@code TransportException} (a read) or an {@code OutcomeUnknownException} (a money-moving call),
 * and webhook verification into a {@code SignatureVerificationException}. Its message names wire
 * fields, never their values.
 */
public class MalformedAnswerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedAnswerException(String message) {
    super(message, null, false, false);
  }

  public MalformedAnswerException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
