package dev.paysdk.core.observe;

import java.util.ArrayList;
import java.util.List;

/** Forwards to several observers. */
final class CompositeObserver implements PaySdkObserver {
  private final List<PaySdkObserver> observers;

  CompositeObserver(List<PaySdkObserver> observers) {
    this.observers = observers;
  }

  @Override
  public OperationObservation operationStarted(OperationInfo operation) {
    List<OperationObservation> all = new ArrayList<>(observers.size());
    for (PaySdkObserver o : observers) {
      all.add(Observers.start(o, operation));
    }
    return new OperationObservation() {
      @Override
      public void attemptFinished(AttemptInfo attempt) {
        for (OperationObservation o : all) {
          Observers.attempt(o, attempt);
        }
      }

      @Override
      public void finished(OperationResult result) {
        for (OperationObservation o : all) {
          Observers.finish(o, result);
        }
      }
    };
  }

  @Override
  public void webhookObserved(WebhookObservation webhook) {
    for (PaySdkObserver o : observers) {
      Observers.webhook(o, webhook);
    }
  }

  @Override
  public String toString() {
    return "PaySdkObserver.composite" + observers;
  }
}
