package dev.paysdk.core.error;

import java.util.Optional;

/**
 * Root of every exception PaySDK throws. All are unchecked. Messages name the provider, the
 * operation, the merchant order number and the provider code; they never contain a secret, a key,
 * a signature or a full account number.
 */
public class PaymentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorContext context;

  /**
   * @param context where the failure happened; may be null only for failures outside any call
   *     (for example a malformed key given to a builder)
   * @param detail what went wrong
   * @param cause the underlying failure, or null
   */
  public PaymentException(ErrorContext context, String detail, Throwable cause) {
    super(context == null ? detail : context.describe() + ": " + detail, cause);
    this.context = context;
  }

  public PaymentException(ErrorContext context, String detail) {
    this(context, detail, null);
  }

  /** The call that failed, when the failure belongs to one. */
  public Optional<ErrorContext> context() {
    return Optional.ofNullable(context);
  }

  /** Provider id of the failed call, or null. */
  public String providerId() {
    return context == null ? null : context.providerId();
  }

  /** Operation of the failed call, or null. */
  public String operation() {
    return context == null ? null : context.operation();
  }

  /** Merchant order number of the failed call, or null. */
  public String merchantOrderNo() {
    return context == null ? null : context.merchantOrderNo();
  }

  /**
   * Whether the failed call may have been executed by the gateway. Only
   * {@link OutcomeUnknownException} answers true: every other failure is known not to have moved
   * money (rejected before sending, refused by the gateway, never sent, or a read). Code that
   * decides between "send again" and "reconcile" can ask this instead of listing exception types:
   *
   * <pre>{@code
   * } catch (PaymentException e) {
   *   if (e.mayHaveExecuted()) { reconcileLater(e.merchantOrderNo()); } else { handleFailure(e); }
   * }
   * }</pre>
   */
  public boolean mayHaveExecuted() {
    return false;
  }
}
