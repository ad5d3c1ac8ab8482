package dev.paysdk.core.observe;

/**
 * One operation being observed. {@link #attemptFinished} is called once per HTTP attempt, then
 * {@link #finished} exactly once. Both run on the calling thread.
 */
public interface OperationObservation {

  /** An observation that ignores everything. */
  OperationObservation NONE = new OperationObservation() {
    @Override
    public String toString() {
      return "OperationObservation.NONE";
    }
  };

  /** One HTTP attempt of the operation ended, with an answer or a failure. */
  default void attemptFinished(AttemptInfo attempt) {}

  /** The operation ended: it returned, or threw the exception the caller gets. */
  default void finished(OperationResult result) {}
}
