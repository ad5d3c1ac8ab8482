package dev.paysdk.core.durable;

import dev.paysdk.core.PayoutStatus;
import java.util.Objects;

/**
 * Where a payout stands in the journal.
 *
 * <pre>
 *   IN_FLIGHT --answer--> OPEN --final status--> SUCCEEDED / FAILED / CANCELLED
 *       |  \--refusal--> REFUSED
 *       |   \--never left (transport failure)--> NOT_CREATED --create again--> IN_FLIGHT
 *       \--no answer--> UNKNOWN --reconciled--> OPEN / final / NOT_CREATED
 *                           \--still unknown after N attempts or hours--> NEEDS_ATTENTION
 * </pre>
 */
public enum JournalState {
  /** The intent is recorded; the payout is being sent, or its sender died before recording an answer. */
  IN_FLIGHT(false, true),
  /** The payout was sent and no answer tells whether the gateway took it: it must be reconciled. */
  UNKNOWN(false, true),
  /** The gateway has the payout in a status that is not final yet ({@code ACCEPTED}, {@code PROCESSING}...). */
  OPEN(false, true),
  /** The gateway paid it. Final. */
  SUCCEEDED(true, false),
  /** The gateway reported it failed. Final. */
  FAILED(true, false),
  /** The gateway reported it cancelled. Final. */
  CANCELLED(true, false),
  /** The gateway refused the request: nothing was created. Final for this merchant order number. */
  REFUSED(true, false),
  /**
   * The gateway does not have it: the request never left, or reconciliation established that the
   * gateway does not know the order. Nothing was paid; creating it again with the same merchant
   * order number sends it.
   */
  NOT_CREATED(false, false),
  /**
   * Still unknown (or still not final) after the recovery worker's bounded retries: the SDK stops
   * deciding and a person must look at it. A webhook or an explicit reconciliation can still settle it.
   */
  NEEDS_ATTENTION(false, false);

  private final boolean fin;
  private final boolean recoverable;

  JournalState(boolean fin, boolean recoverable) {
    this.fin = fin;
    this.recoverable = recoverable;
  }

  /** True when the entry never changes again. */
  public boolean isFinal() {
    return fin;
  }

  /** True when the recovery worker picks the entry up ({@link #IN_FLIGHT}, {@link #UNKNOWN}, {@link #OPEN}). */
  public boolean isRecoverable() {
    return recoverable;
  }

  /** The state of a payout the gateway reports with {@code status}. */
  public static JournalState of(PayoutStatus status) {
    Objects.requireNonNull(status, "status == null");
    return switch (status) {
      case SUCCEEDED -> SUCCEEDED;
      case FAILED -> FAILED;
      case CANCELLED -> CANCELLED;
      case ACCEPTED, PROCESSING, UNKNOWN -> OPEN;
    };
  }
}
