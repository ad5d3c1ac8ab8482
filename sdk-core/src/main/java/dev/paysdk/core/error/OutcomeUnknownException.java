package dev.paysdk.core.error;

/**
 * A money-moving request may have been executed: it left this machine, and no answer tells
 * whether the gateway acted on it. The SDK never resends it. Reconcile by the merchant order
 * number (each provider's payouts API has {@code reconcile}); resend only when the gateway says
 * the order does not exist, and then with the same merchant order number.
 */
public class OutcomeUnknownException extends TransportException {
  private static final long serialVersionUID = 1L;

  public OutcomeUnknownException(ErrorContext context, String detail, Throwable cause) {
    super(context, detail + "; the request may have been executed: do not resend, " + howToRecover(context), cause);
  }

  public OutcomeUnknownException(ErrorContext context, String detail, int httpStatus, Throwable cause) {
    super(context, detail + " (HTTP " + httpStatus + "); the request may have been executed: do not resend, "
        + howToRecover(context), httpStatus, cause);
  }

  private static String howToRecover(ErrorContext context) {
    if (context != null && context.merchantOrderNo() != null) {
      return "reconcile by merchant order number " + context.merchantOrderNo();
    }
    return "reconcile before any resend";
  }
}
