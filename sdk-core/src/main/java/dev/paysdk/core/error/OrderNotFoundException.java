package dev.paysdk.core.error;

/** The gateway answered that the gateway says the order does not exist. During reconciliation this means the payout was never created. */
public class OrderNotFoundException extends ProviderException {
  private static final long serialVersionUID = 1L;

  public OrderNotFoundException(ErrorContext context, String providerCode, String providerMessage, int httpStatus) {
    super(context, providerCode, providerMessage, httpStatus);
  }
}
