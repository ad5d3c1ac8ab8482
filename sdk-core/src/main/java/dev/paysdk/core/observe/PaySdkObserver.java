package dev.paysdk.core.observe;

import java.util.List;
import java.util.Objects;

/**
 * Receives what a PaySDK client does: each operation (start, each HTTP attempt, end) and each
 * webhook verification. Set one with {@code observer(...)} on any client builder, or on
 * {@code ServletWebhooks}.
 *
 * <p>Implementations must be safe for concurrent use and fast (they run on the caller's thread),
 * and should not throw: an exception thrown by an observer is caught, logged at DEBUG and
 * otherwise ignored, so an observer can never change the outcome of a payment call.
 */
public interface PaySdkObserver {

  /** An observer that observes nothing. */
  PaySdkObserver NONE = new PaySdkObserver() {
    @Override
    public String toString() {
      return "PaySdkObserver.NONE";
    }
  };

  /**
   * An operation starts (after argument checks, before validation of the request's fields).
   *
   * @return the observation that receives this operation's attempts and, exactly once, its end;
   *     {@link OperationObservation#NONE} to ignore it
   */
  default OperationObservation operationStarted(OperationInfo operation) {
    return OperationObservation.NONE;
  }

  /** A webhook was verified or rejected, or its handler ran. */
  default void webhookObserved(WebhookObservation webhook) {}

  /** One observer that forwards to each of {@code observers}, in order. */
  static PaySdkObserver composite(List<PaySdkObserver> observers) {
    List<PaySdkObserver> copy = List.copyOf(observers);
    for (PaySdkObserver o : copy) {
      Objects.requireNonNull(o, "observer == null");
    }
    if (copy.isEmpty()) {
      return NONE;
    }
    if (copy.size() == 1) {
      return copy.get(0);
    }
    return new CompositeObserver(copy);
  }
}
