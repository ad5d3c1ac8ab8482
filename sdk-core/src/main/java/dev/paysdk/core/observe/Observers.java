package dev.paysdk.core.observe;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls observers so that a failing observer never changes a payment call: its exception is
 * logged at DEBUG and dropped. Gateway modules call observers only through these methods.
 */
public final class Observers {
  private static final Logger LOG = LoggerFactory.getLogger("dev.paysdk.observe");

  private Observers() {}

  /** {@code observer.operationStarted(operation)}, never throwing and never null. */
  public static OperationObservation start(PaySdkObserver observer, OperationInfo operation) {
    try {
      OperationObservation o = observer.operationStarted(operation);
      return o == null ? OperationObservation.NONE : o;
    } catch (RuntimeException e) {
      LOG.debug("observer {} failed on operationStarted", observer, e);
      return OperationObservation.NONE;
    }
  }

  /** {@code observation.attemptFinished(attempt)}, never throwing. */
  public static void attempt(OperationObservation observation, AttemptInfo attempt) {
    try {
      observation.attemptFinished(attempt);
    } catch (RuntimeException e) {
      LOG.debug("observation {} failed on attemptFinished", observation, e);
    }
  }

  /** {@code observation.finished(result)}, never throwing. */
  public static void finish(OperationObservation observation, OperationResult result) {
    try {
      observation.finished(result);
    } catch (RuntimeException e) {
      LOG.debug("observation {} failed on finished", observation, e);
    }
  }

  /** {@code observer.webhookObserved(webhook)}, never throwing. */
  public static void webhook(PaySdkObserver observer, WebhookObservation webhook) {
    try {
      observer.webhookObserved(webhook);
    } catch (RuntimeException e) {
      LOG.debug("observer {} failed on webhookObserved", observer, e);
    }
  }
}
