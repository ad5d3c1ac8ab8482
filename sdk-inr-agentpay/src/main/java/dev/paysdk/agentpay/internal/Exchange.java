package dev.paysdk.agentpay.internal;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.CallExecutor;
import dev.paysdk.core.internal.WireParams;
import java.io.IOException;

/** Sends a client's requests and reads the answers of its reads. Immutable, thread-safe. */
final class Exchange {
  /** Which refusal a non-handled answer is. */
  @FunctionalInterface
  interface Refusals {
    ProviderException refusal(ErrorContext ctx, String code, String message, int httpStatus);
  }

  private final AgentPayConfig config;
  private final CallExecutor executor;

  Exchange(AgentPayConfig config) {
    this.config = config;
    this.executor = new CallExecutor(config.httpOptions());
  }

  AgentPayConfig config() {
    return config;
  }

  /** The form post of {@code params} to {@code path}. */
  HttpRequest post(String path, WireParams params, boolean moneyMoving) {
    return HttpRequest.post(config.baseUrl().resolve(path)).body(params.toForm(), Wire.FORM)
        .moneyMoving(moneyMoving).build();
  }

  /** Sends a money-moving request: never resent once it may have left. */
  HttpResponse sendMoneyMoving(String path, WireParams params, ErrorContext ctx) {
    return executor.moneyMoving(post(path, params, true), ctx);
  }

  /**
   * Sends a read (retried on transient failures) and returns the handled, verified answer.
   *
   * @throws TransportException when no readable answer came, or it carries no {@code retCode}
   * @throws ProviderException (as {@code refusals} says) when the gateway refused
   * @throws dev.paysdk.core.error.SignatureVerificationException when the answer's signature is wrong
   */
  Answer read(String path, WireParams params, ErrorContext ctx, Refusals refusals) {
    HttpResponse response = executor.read(post(path, params, false), ctx);
    Answer answer;
    try {
      answer = Answer.parse(response);
    } catch (IOException e) {
      throw unreadable(response, ctx, e);
    }
    answer.verified(config.signingRule(), ctx);
    if (!answer.handled()) {
      if (answer.retCode() == null && response.isSuccessful()) {
        throw new TransportException(ctx, "the gateway's answer carries no retCode", response.status(), null);
      }
      throw refusals.refusal(ctx, answer.retCode(), answer.retMsg(), response.status());
    }
    return answer;
  }

  /** An answer whose body cannot be read: a broken 2xx is a transport failure; anything else a refusal at HTTP level. */
  static RuntimeException unreadable(HttpResponse response, ErrorContext ctx, IOException e) {
    if (response.isSuccessful()) {
      return new TransportException(ctx, "the gateway's answer cannot be read (" + e.getMessage() + ")",
          response.status(), e);
    }
    return new ProviderException(ctx, null, null, response.status());
  }
}
