package dev.paysdk.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure a simulator injects into one call (or one webhook delivery), so tests can check how a
 * client behaves when a gateway or the network misbehaves.
 *
 * <pre>{@code
 * sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.resetAfterStore());
 * assertThatThrownBy(() -> client.payouts().create(request)).isInstanceOf(OutcomeUnknownException.class);
 * assertThat(sim.payoutCount()).isEqualTo(1);
 * }</pre>
 *
 * @param kind what happens
 * @param delay for {@link Kind#DELAY}: how long the answer is held back; otherwise zero
 * @param httpStatus for {@link Kind#HTTP_STATUS}: the status answered; otherwise 0
 */
public record Fault(Kind kind, Duration delay, int httpStatus) {

  /** The kinds of fault. */
  public enum Kind {
    /** The answer comes after a delay; the call is otherwise handled normally. */
    DELAY,
    /** The connection is dropped after the request was read and before anything is stored. */
    RESET_BEFORE_STORE,
    /** The request is handled and stored, then the connection is dropped before the answer. */
    RESET_AFTER_STORE,
    /** The gateway answers with an HTTP error status; nothing is stored. */
    HTTP_STATUS,
    /** The request is handled and stored, and the answer body is not valid JSON. */
    MALFORMED_BODY,
    /** The request is handled and stored, and the answer (or webhook) carries a wrong signature. */
    WRONG_SIGNATURE,
    /** The webhook is delivered twice, even when the first delivery was acknowledged. */
    DUPLICATE_WEBHOOK
  }

  public Fault {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(delay, "delay == null");
  }

  /** Answer after {@code delay}. Longer than the client's read timeout, it makes the client time out. */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, delay, 0);
  }

  public static Fault resetBeforeStore() {
    return new Fault(Kind.RESET_BEFORE_STORE, Duration.ZERO, 0);
  }

  public static Fault resetAfterStore() {
    return new Fault(Kind.RESET_AFTER_STORE, Duration.ZERO, 0);
  }

  /** Answer {@code status} (for example 503) without handling the request. */
  public static Fault httpStatus(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 4xx or 5xx: " + status);
    }
    return new Fault(Kind.HTTP_STATUS, Duration.ZERO, status);
  }

  public static Fault malformedBody() {
    return new Fault(Kind.MALFORMED_BODY, Duration.ZERO, 0);
  }

  public static Fault wrongSignature() {
    return new Fault(Kind.WRONG_SIGNATURE, Duration.ZERO, 0);
  }

  public static Fault duplicateWebhook() {
    return new Fault(Kind.DUPLICATE_WEBHOOK, Duration.ZERO, 0);
  }
}
