package dev.paysdk.core.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP attempt of an operation.
 *
 * @param attempt 1 for the first attempt, 2 for the first retry...
 * @param httpStatus the answer's HTTP status, or -1 when no answer came
 * @param duration from sending to the last byte of the answer (or the failure)
 * @param failure the failure's simple class name (such as {@code SocketTimeoutException}) when no
 *     answer came, else null
 * @param willRetry true when PaySDK sends the request again after this attempt
 */
public record AttemptInfo(int attempt, int httpStatus, Duration duration, String failure, boolean willRetry) {
  public AttemptInfo {
    Objects.requireNonNull(duration, "duration == null");
  }
}
