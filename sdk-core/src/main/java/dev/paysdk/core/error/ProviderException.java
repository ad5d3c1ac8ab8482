package dev.paysdk.core.error;

/**
 * The gateway answered, and its answer is a business error (bad parameter, unknown merchant,
 * order refused...). The request was handled and refused: it did not move money.
 */
public class ProviderException extends PaymentException {
  private static final long serialVersionUID = 1L;

  private final String providerCode;
  private final String providerMessage;
  private final int httpStatus;

  /**
   * @param providerCode the gateway's own code ({@code 8000}, {@code FAIL}...), or null
   * @param providerMessage the gateway's own message, or null
   * @param httpStatus HTTP status of the answer
   */
  public ProviderException(ErrorContext context, String providerCode, String providerMessage, int httpStatus) {
    super(context, describe(providerCode, providerMessage, httpStatus));
    this.providerCode = providerCode;
    this.providerMessage = providerMessage;
    this.httpStatus = httpStatus;
  }

  /** The gateway's code, or null when it sent none. */
  public String providerCode() {
    return providerCode;
  }

  /** The gateway's message, or null when it sent none. */
  public String providerMessage() {
    return providerMessage;
  }

  /** HTTP status of the gateway's answer. */
  public int httpStatus() {
    return httpStatus;
  }

  private static String describe(String code, String message, int httpStatus) {
    StringBuilder sb = new StringBuilder("gateway refused the request");
    if (code != null) {
      sb.append(", code ").append(code);
    }
    if (message != null && !message.isEmpty()) {
      sb.append(", message \"").append(message).append('"');
    }
    return sb.append(", HTTP ").append(httpStatus).toString();
  }
}
