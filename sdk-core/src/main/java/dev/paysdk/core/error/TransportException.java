package dev.paysdk.core.error;

import java.util.OptionalInt;

/**
 * No usable answer: the connection failed, the call timed out, the gateway answered 5xx or 429
 * after every allowed retry, or its body could not be read.
 */
public class TransportException extends PaymentException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;

  public TransportException(ErrorContext context, String detail, Throwable cause) {
    this(context, detail, -1, cause);
  }

  public TransportException(ErrorContext context, String detail, int httpStatus, Throwable cause) {
    super(context, detail, cause);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status of the last answer, when there was one. */
  public OptionalInt httpStatus() {
    return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }
}
