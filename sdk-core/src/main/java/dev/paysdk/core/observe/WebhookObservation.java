package dev.paysdk.core.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * A webhook verification or handling.
 *
 * @param providerId provider id
 * @param operation the webhook's operation name, such as {@code webhook.payout} or {@code webhook.payin}
 * @param outcome what happened to it
 * @param duration time spent by PaySDK (verification, and the handler when it ran)
 * @param reason for a rejection, why (no unverified value in it), else null
 */
public record WebhookObservation(String providerId, String operation, WebhookOutcome outcome, Duration duration,
    String reason) {
  public WebhookObservation {
    Objects.requireNonNull(providerId, "providerId == null");
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(duration, "duration == null");
  }

  /** What happened to a webhook. */
  public enum WebhookOutcome {
    /** Verified by {@code Webhooks.verify}; what the caller does with it next is its own. */
    VERIFIED,
    /** Verified and handed to the handler, which returned. */
    HANDLED,
    /** Verified, and a repeat of an event already handled: acknowledged without handling. */
    DUPLICATE,
    /** Verification failed: answered with an error so that the gateway delivers again. */
    REJECTED,
    /** Verified, but the merchant's handler threw: answered with an error so that the gateway delivers again. */
    HANDLER_FAILED,
    /** Verified, but the de-duplication store could not answer: the gateway is asked to deliver again. */
    STORE_UNAVAILABLE;

    /** The tag value, lower case. */
    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
