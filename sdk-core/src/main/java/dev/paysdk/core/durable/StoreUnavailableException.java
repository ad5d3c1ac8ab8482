package dev.paysdk.core.durable;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.PaymentException;

/**
 * A journal or inbox store could not answer (database down, lock timeout). Nothing was decided:
 * a payout whose intent could not be recorded was not sent; a webhook whose claim could not be
 * recorded must be answered with an error so that the gateway delivers it again.
 */
public class StoreUnavailableException extends PaymentException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(ErrorContext context, String detail, Throwable cause) {
    super(context, detail, cause);
  }
}
