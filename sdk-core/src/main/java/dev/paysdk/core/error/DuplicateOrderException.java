package dev.paysdk.core.error;

/** The gateway answered that the merchant order number was used before; the earlier order stands. */
public class DuplicateOrderException extends ProviderException {
  private static final long serialVersionUID = 1L;

  public DuplicateOrderException(ErrorContext context, String providerCode, String providerMessage, int httpStatus) {
    super(context, providerCode, providerMessage, httpStatus);
  }
}
