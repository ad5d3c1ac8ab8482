package dev.paysdk.core.error;

import java.util.OptionalInt;

/**
 * A money-moving request may have been executed: it left this machine, and no answer tells
 * whether the gateway acted on it. The SDK never resends it. Reconcile by the merchant order
 * number (each provider's payouts API has {@code reconcile}); resend only when the gateway says
 * the order does not exist, and then with the same merchant order number.
 *
 * <p>Disjoint from {@link TransportException} on purpose: a {@code TransportException} means
 * "nothing was executed, retry later", so code that retries on it must never catch this one.
 * Reconciliation that cannot conclude within its time also throws this type (operation
 * {@code payout.reconcile}): the outcome is still unknown.
 */
public class OutcomeUnknownException extends PaymentException {
  private static final long serialVersionUID = 2L;

  private final int httpStatus;
  private final String detail;

  /**
   * @param context the call; its merchant order number is named as the key to reconcile by
   * @param detail what happened, such as {@code no answer after the request was sent (timeout)}
   * @param cause the underlying failure, or null
   */
  public OutcomeUnknownException(ErrorContext context, String detail, Throwable cause) {
    this(context, detail, -1, cause);
  }

  /**
   * @param httpStatus the HTTP status of the answer that told nothing, or a negative number for none
   */
  public OutcomeUnknownException(ErrorContext context, String detail, int httpStatus, Throwable cause) {
    this(context, detail, httpStatus, null, cause);
  }

  /**
   * @param howToRecover how to find out what happened, when reconciling by merchant order number is
   *     not possible or not enough (a batch has no merchant reference); null for the default advice
   */
  public OutcomeUnknownException(ErrorContext context, String detail, int httpStatus, String howToRecover,
      Throwable cause) {
    super(context, (httpStatus >= 0 ? detail + " (HTTP " + httpStatus + ")" : detail)
        + "; the request may have been executed: do not resend, "
        + (howToRecover != null ? howToRecover : howToRecover(context)), cause);
    this.httpStatus = httpStatus;
    this.detail = detail;
  }

  /** What happened, without the advice that ends {@link #getMessage()}. */
  public String detail() {
    return detail;
  }

  /** The HTTP status of the last answer, when there was one. */
  public OptionalInt httpStatus() {
    return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** Always true: that is what this exception says. */
  @Override
  public boolean mayHaveExecuted() {
    return true;
  }

  private static String howToRecover(ErrorContext context) {
    if (context != null && context.merchantOrderNo() != null) {
      return "reconcile by merchant order number " + context.merchantOrderNo();
    }
    return "reconcile before any resend";
  }
}
