package dev.paysdk.core.error;

import java.util.OptionalInt;

/**
 * No usable answer, and nothing was executed: a read (query, balance, list) that failed after its
 * allowed retries (connection failed, timed out, HTTP 429/5xx, an unreadable answer), or a
 * money-moving request that provably never left this machine. Safe to retry later.
 *
 * <p>A money-moving request that may have been executed is never this type but
 * {@link OutcomeUnknownException}; the two are disjoint, so {@code catch (TransportException e)
 * { retryLater(); }} cannot catch a payout that may have gone through.
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
