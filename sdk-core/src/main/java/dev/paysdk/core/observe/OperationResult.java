package dev.paysdk.core.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * How an operation ended.
 *
 * @param outcome the outcome class
 * @param attempts how many HTTP attempts were made (0 when the request was rejected before sending)
 * @param duration from the operation's start to its end
 * @param providerCode the gateway's refusal code when it refused, else null (a code from the
 *     gateway's short documented list, never free text)
 * @param failure the exception the caller gets, or null on success; for logging, never for tags
 */
public record OperationResult(Outcome outcome, int attempts, Duration duration, String providerCode,
    Throwable failure) {
  public OperationResult {
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(duration, "duration == null");
  }
}
