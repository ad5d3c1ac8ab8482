package dev.paysdk.core.error;

/** The gateway answered that bad merchant id, key or signature, as far as the gateway's codes tell. */
public class AuthenticationException extends ProviderException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(ErrorContext context, String providerCode, String providerMessage, int httpStatus) {
    super(context, providerCode, providerMessage, httpStatus);
  }
}
