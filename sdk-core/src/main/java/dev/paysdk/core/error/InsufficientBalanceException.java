package dev.paysdk.core.error;

/** The gateway answered that the merchant balance cannot cover the request. */
public class InsufficientBalanceException extends ProviderException {
  private static final long serialVersionUID = 1L;

  public InsufficientBalanceException(ErrorContext context, String providerCode, String providerMessage, int httpStatus) {
    super(context, providerCode, providerMessage, httpStatus);
  }
}
