package dev.paysdk.core.error;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where a failure happened: provider, operation and, when there is one, the merchant order number.
 * Every {@link PaymentException} carries one so that its message and its fields name the call that failed.
 *
 * @param providerId provider id such as {@code inr-agentpay}; never null
 * @param operation operation name such as {@code payout.apply}; never null
 * @param merchantOrderNo the merchant's order number, or null when the call has none (balance, list)
 */
public record ErrorContext(String providerId, String operation, String merchantOrderNo) implements Serializable {

  public ErrorContext {
    Objects.requireNonNull(providerId, "providerId == null");
    Objects.requireNonNull(operation, "operation == null");
  }

  /** A context for a call that concerns no single order. */
  public static ErrorContext of(String providerId, String operation) {
    return new ErrorContext(providerId, operation, null);
  }

  /** A context for a call about one order. */
  public static ErrorContext of(String providerId, String operation, String merchantOrderNo) {
    return new ErrorContext(providerId, operation, merchantOrderNo);
  }

  /** The same context for another operation (used by reconciliation and follow-up calls). */
  public ErrorContext withOperation(String otherOperation) {
    return new ErrorContext(providerId, otherOperation, merchantOrderNo);
  }

  /** {@code [provider] operation (order X)}: the prefix of every message. */
  String describe() {
    StringBuilder sb = new StringBuilder().append('[').append(providerId).append("] ").append(operation);
    if (merchantOrderNo != null && !merchantOrderNo.isEmpty()) {
      sb.append(" (merchant order ").append(merchantOrderNo).append(')');
    }
    return sb.toString();
  }
}
