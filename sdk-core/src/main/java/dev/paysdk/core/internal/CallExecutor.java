package dev.paysdk.core.internal;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.http.RequestNotSentException;
import dev.paysdk.core.http.RetryPolicy;
import dev.paysdk.core.log.Masking;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one operation's HTTP exchange under PaySDK's money rules. Not a public contract.
 *
 * <ul>
 *   <li>Reads retry on any I/O failure, HTTP 429 and 5xx, with backoff and jitter, within the retry
 *       count and the overall deadline; after that, {@link TransportException}.
 *   <li>Money-moving calls retry only on {@link RequestNotSentException}. Any other I/O failure,
 *       and any 429 or 5xx answer, is {@link OutcomeUnknownException}: never resent.
 * </ul>
 *
 * Logs one DEBUG line per attempt (operation, provider, order, status, duration, attempt) and, at
 * TRACE, the masked bodies. Never logs and throws the same failure: failures are only thrown.
 */
public final class CallExecutor {
  private static final Logger LOG = LoggerFactory.getLogger("dev.paysdk.http");

  private final HttpTransport transport;
  private final HttpOptions options;

  public CallExecutor(HttpTransport transport, HttpOptions options) {
    this.transport = Objects.requireNonNull(transport, "transport == null");
    this.options = Objects.requireNonNull(options, "options == null");
  }

  public CallExecutor(HttpOptions options) {
    this(options.createTransport(), options);
  }

  public HttpOptions options() {
    return options;
  }

  /** Told about each attempt of a call, for observation. */
  @FunctionalInterface
  public interface AttemptListener {
    /** No listening. */
    AttemptListener NONE = (attempt, status, nanos, failure, willRetry) -> { };

    /**
     * @param attempt 1 for the first
     * @param status the answer's HTTP status, or -1 when none came
     * @param nanos duration of the attempt
     * @param failure the failure's simple class name when no answer came, else null
     * @param willRetry true when another attempt follows
     */
    void attemptFinished(int attempt, int status, long nanos, String failure, boolean willRetry);

    /**
     * A TRACE body, already masked by field names, masked further by what the call knows (the
     * values it sent). The text as it is by default.
     */
    default String maskTrace(String maskedBody) {
      return maskedBody;
    }
  }

  /** A read (query, balance, list): retried on transient failures. */
  public HttpResponse read(HttpRequest request, ErrorContext ctx) {
    return run(attempt -> request, ctx, false, AttemptListener.NONE);
  }

  /** A read whose request is built anew for each attempt, each attempt reported to {@code listener}. */
  public HttpResponse read(java.util.function.Supplier<HttpRequest> requestPerAttempt, ErrorContext ctx,
      AttemptListener listener) {
    return run(attempt -> requestPerAttempt.get(), ctx, false, listener);
  }

  /** A money-moving call, each attempt reported to {@code listener}. */
  public HttpResponse moneyMoving(HttpRequest request, ErrorContext ctx, AttemptListener listener) {
    HttpRequest once = request.moneyMoving() ? request : rebuildMoneyMoving(request);
    return run(attempt -> once, ctx, true, listener);
  }

  /**
   * A read whose request is built anew for each attempt, for gateways that refuse a repeated nonce
   * or a stale timestamp: a retry then carries a fresh nonce, time and signature.
   */
  public HttpResponse read(java.util.function.Supplier<HttpRequest> requestPerAttempt, ErrorContext ctx) {
    return run(attempt -> requestPerAttempt.get(), ctx, false, AttemptListener.NONE);
  }

  /** A money-moving call: resent only when it provably never left. */
  public HttpResponse moneyMoving(HttpRequest request, ErrorContext ctx) {
    HttpRequest once = request.moneyMoving() ? request : rebuildMoneyMoving(request);
    return run(attempt -> once, ctx, true, AttemptListener.NONE);
  }

  private static HttpRequest rebuildMoneyMoving(HttpRequest r) {
    HttpRequest.Builder b = r.method().equals("GET") ? HttpRequest.get(r.url()) : HttpRequest.post(r.url());
    r.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
    if (r.body() != null) {
      b.body(r.body(), r.contentType());
    }
    return b.timeout(r.timeout()).moneyMoving(true).build();
  }

  private HttpResponse run(java.util.function.IntFunction<HttpRequest> requests, ErrorContext ctx, boolean moneyMoving,
      AttemptListener listener) {
    RetryPolicy policy = options.retryPolicy();
    Instant start = options.clock().instant();
    Instant deadline = start.plus(options.deadline());
    Duration budget = CallBudget.remaining();
    if (budget != null && start.plus(budget).isBefore(deadline)) {
      deadline = start.plus(budget.isNegative() ? Duration.ZERO : budget);
    }
    int attempt = 0;
    while (true) {
      attempt++;
      HttpRequest request = requests.apply(attempt);
      if (LOG.isTraceEnabled() && request.body() != null) {
        LOG.trace("{} {} {} request body: {}", ctx.providerId(), ctx.operation(), request,
            listener.maskTrace(Masking.maskBody(request.contentType(), request.bodyAsString())));
      }
      Duration remaining = Duration.between(options.clock().instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw moneyMoving && attempt > 1
            ? new TransportException(ctx, "deadline of " + options.deadline() + " passed before the request could be sent", null)
            : new TransportException(ctx, "deadline of " + options.deadline() + " passed", null);
      }
      HttpRequest attemptRequest = request.withTimeout(min(options.callTimeout(), remaining));
      long t0 = System.nanoTime();
      HttpResponse response;
      try {
        response = transport.execute(attemptRequest);
      } catch (RequestNotSentException e) {
        logAttempt(ctx, attempt, -1, t0, "not sent: " + e.getClass().getSimpleName());
        Duration wait = retryWait(policy, attempt, deadline);
        listener.attemptFinished(attempt, -1, System.nanoTime() - t0, e.getClass().getSimpleName(), wait != null);
        if (wait == null) {
          throw new TransportException(ctx, "the request was not sent (" + describe(e) + ") after " + attempt
              + " attempt(s); it is safe to send again", e);
        }
        sleep(wait, ctx);
        continue;
      } catch (IOException e) {
        logAttempt(ctx, attempt, -1, t0, "failed: " + e.getClass().getSimpleName());
        if (moneyMoving) {
          listener.attemptFinished(attempt, -1, System.nanoTime() - t0, e.getClass().getSimpleName(), false);
          throw new OutcomeUnknownException(ctx, "no answer after the request was sent (" + describe(e) + ")",
              statusOf(e), e);
        }
        Duration wait = retryWait(policy, attempt, deadline);
        listener.attemptFinished(attempt, -1, System.nanoTime() - t0, e.getClass().getSimpleName(), wait != null);
        if (wait == null) {
          throw new TransportException(ctx, "no answer after " + attempt + " attempt(s) (" + describe(e) + ")",
              statusOf(e), e);
        }
        sleep(wait, ctx);
        continue;
      }
      logAttempt(ctx, attempt, response.status(), t0, null);
      if (LOG.isTraceEnabled()) {
        LOG.trace("{} {} response body: {}", ctx.providerId(), ctx.operation(),
            listener.maskTrace(Masking.maskBody(response.header("Content-Type"), response.bodyAsString())));
      }
      int status = response.status();
      boolean transientStatus = status == 429 || status >= 500;
      if (!transientStatus) {
        listener.attemptFinished(attempt, status, System.nanoTime() - t0, null, false);
        return response;
      }
      if (moneyMoving) {
        listener.attemptFinished(attempt, status, System.nanoTime() - t0, null, false);
        throw new OutcomeUnknownException(ctx, "the gateway answered with an error status", status, null);
      }
      Duration wait = retryWait(policy, attempt, deadline);
      listener.attemptFinished(attempt, status, System.nanoTime() - t0, null, wait != null);
      if (wait == null) {
        throw new TransportException(ctx, "HTTP " + status + " after " + attempt + " attempt(s)", status, null);
      }
      sleep(wait, ctx);
    }
  }

  /**
   * The wait before the next attempt, or null when there is none: attempts used up, or the wait would
   * end at or past the deadline (waiting only to give up would delay the failure for nothing).
   */
  private Duration retryWait(RetryPolicy policy, int attempt, Instant deadline) {
    if (attempt >= policy.maxAttempts()) {
      return null;
    }
    Duration wait = policy.backoff(attempt);
    return options.clock().instant().plus(wait).isBefore(deadline) ? wait : null;
  }

  private void sleep(Duration wait, ErrorContext ctx) {
    try {
      options.sleeper().sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new TransportException(ctx, "interrupted while waiting to retry", ie);
    }
  }

  private void logAttempt(ErrorContext ctx, int attempt, int status, long t0, String failure) {
    if (LOG.isDebugEnabled()) {
      long ms = (System.nanoTime() - t0) / 1_000_000;
      LOG.debug("{} {} order={} status={} duration={}ms attempt={}{}", ctx.providerId(), ctx.operation(),
          ctx.merchantOrderNo(), status < 0 ? "-" : status, ms, attempt, failure == null ? "" : " " + failure);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The HTTP status an I/O failure saw, when the transport recorded one ({@link StatusCarrying}). */
  private static int statusOf(IOException e) {
    return e instanceof StatusCarrying s ? s.httpStatus() : -1;
  }

  /** An I/O failure that happened after an HTTP status was seen (the transport knows it). */
  public interface StatusCarrying {
    /** The status seen, or -1. */
    int httpStatus();
  }

  private static String describe(IOException e) {
    String type = e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException)
        ? "timeout" : e.getClass().getSimpleName();
    return e.getMessage() == null ? type : type + ": " + e.getMessage();
  }
}
