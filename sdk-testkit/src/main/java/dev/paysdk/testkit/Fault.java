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
 * @param httpStatus for {@link Kind#HTTP_STATUS} and the raw answers: the status answered; otherwise 0
 * @param contentType for the raw answers: the answer's content type; otherwise null
 * @param body for the raw answers: the answer's body; otherwise null
 */
public record Fault(Kind kind, Duration delay, int httpStatus, String contentType, String body) {

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
    DUPLICATE_WEBHOOK,
    /**
     * A front (proxy, load balancer) answers with a page of its own before the gateway saw anything:
     * nothing is stored.
     */
    RAW_ANSWER_BEFORE_STORE,
    /**
     * The gateway handles and stores the request, then a front answers with a page of its own instead
     * of the gateway's answer (a proxy's 408 or 504 after it gave up waiting).
     */
    RAW_ANSWER_AFTER_STORE
  }

  public Fault {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(delay, "delay == null");
  }

  /** A fault without a raw answer. */
  public Fault(Kind kind, Duration delay, int httpStatus) {
    this(kind, delay, httpStatus, null, null);
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

  /** A front's own answer ({@code 404} and an HTML page, say) before the gateway saw the request. */
  public static Fault rawAnswerBeforeStore(int status, String contentType, String body) {
    return new Fault(Kind.RAW_ANSWER_BEFORE_STORE, Duration.ZERO, status, Objects.requireNonNull(contentType),
        Objects.requireNonNull(body));
  }

  /** A front's own answer ({@code 408} and an HTML page, say) after the gateway stored the request. */
  public static Fault rawAnswerAfterStore(int status, String contentType, String body) {
    return new Fault(Kind.RAW_ANSWER_AFTER_STORE, Duration.ZERO, status, Objects.requireNonNull(contentType),
        Objects.requireNonNull(body));
  }
}
