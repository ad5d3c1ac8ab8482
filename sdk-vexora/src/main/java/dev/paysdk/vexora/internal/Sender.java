package dev.paysdk.vexora.internal;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.CallExecutor;
import dev.paysdk.core.internal.WireParams;
import java.io.IOException;
import java.util.function.LongFunction;

/**
 * Signs and sends one request, and reads answers of reads. Every request is a JSON POST with the
 * {@code merchantNo} header (not signed); the body is serialized once and that same text is signed
 * and sent.
 */
final class Sender {
  private final VexoraConfig config;
  private final CallExecutor executor;

  Sender(VexoraConfig config) {
    this.config = config;
    this.executor = new CallExecutor(config.http());
  }

  VexoraConfig config() {
    return config;
  }

  /** Epoch milliseconds from the client's clock, for the {@code timestamp} field. */
  long now() {
    return config.http().clock().millis();
  }

  /**
   * Signs {@code unsigned} and sends it once: money-moving, never resent after it may have left (see
   * {@link CallExecutor} for failures).
   */
  HttpResponse sendMoneyMoving(String path, WireParams unsigned, ErrorContext ctx) {
    return executor.moneyMoving(signed(path, unsigned, true), ctx);
  }

  /**
   * A read: each attempt is built from {@code paramsAt} with the current time, and signed anew, so a
   * retry never carries a stale {@code timestamp}.
   */
  HttpResponse read(String path, LongFunction<WireParams> paramsAt, ErrorContext ctx) {
    return executor.read(() -> signed(path, paramsAt.apply(now()), false), ctx);
  }

  private HttpRequest signed(String path, WireParams unsigned, boolean moneyMoving) {
    WireParams signed = unsigned.with("sign", config.signingRule().sign(unsigned.signingMap()));
    return HttpRequest.post(config.baseUrl().resolve(path))
        .header(Wire.MERCHANT_HEADER, config.merchantNo())
        .body(signed.toJson(), "application/json")
        .moneyMoving(moneyMoving)
        .build();
  }

  /**
   * Reads the answer of a read (query, balance) and checks its signature.
   *
   * @throws TransportException when a 2xx (or other non-4xx) answer cannot be read, or a 408, 425,
   *     429 or 499 (a front that gave up, not a refusal: ask again later)
   * @throws ProviderException when another 4xx answer cannot be read
   */
  Reply readAnswer(HttpResponse response, ErrorContext ctx) {
    Reply reply;
    try {
      reply = Reply.read(response);
    } catch (IOException e) {
      if (isClientError(response.status()) && !mayHaveBeenProcessed(response.status())) {
        throw refusedWithoutAnswer(ctx, response.status());
      }
      throw new TransportException(ctx, "the answer could not be read (" + e.getMessage() + ")", response.status(), e);
    }
    reply.verifySignature(config.signingRule(), config.requireSignedResponses(), ctx);
    return reply;
  }

  static boolean isClientError(int status) {
    return status >= 400 && status < 500;
  }

  /**
   * True when a 4xx without a readable answer may still follow a processed request: 408 (request
   * timeout), 425 (too early), 429 (too many requests) and 499 (client closed request, a proxy's word
   * for "I gave up waiting"). A disbursement answered so is of unknown outcome; any other 4xx without
   * a readable answer is a refusal. The PEN module reads these statuses the same way.
   */
  static boolean mayHaveBeenProcessed(int status) {
    return status == 408 || status == 425 || status == 429 || status == 499;
  }

  /** A 4xx answer without a readable body: the gateway (or its front) refused the request. */
  static ProviderException refusedWithoutAnswer(ErrorContext ctx, int status) {
    if (status == 401 || status == 403) {
      return new AuthenticationException(ctx, null, "HTTP " + status + " without a readable answer", status);
    }
    return new ProviderException(ctx, null, "HTTP " + status + " without a readable answer", status);
  }

  /** The gateway's message of a rejection: {@code msg}, else {@code data.message}. */
  static String message(Reply reply) {
    String msg = Wire.blankToNull(reply.msg());
    return msg != null ? msg : reply.dataField(Wire.MESSAGE);
  }

  /** Code {@code 5000} on a read: nothing is known; a later read may answer. */
  static TransportException systemError(ErrorContext ctx, Reply reply) {
    String msg = message(reply);
    return new TransportException(ctx, "the gateway answered code " + VexoraCodes.SYSTEM_ERROR + " (system error"
        + (msg == null ? "" : ": " + msg) + "); ask again later", reply.httpStatus(), null);
  }
}
