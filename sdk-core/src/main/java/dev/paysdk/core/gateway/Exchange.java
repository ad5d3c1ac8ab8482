package dev.paysdk.core.gateway;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.internal.CallExecutor;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.core.internal.WireParams;
import dev.paysdk.core.observe.AttemptInfo;
import dev.paysdk.core.observe.Observers;
import dev.paysdk.core.observe.OperationInfo;
import dev.paysdk.core.observe.OperationObservation;
import dev.paysdk.core.observe.OperationResult;
import dev.paysdk.core.observe.Outcome;
import dev.paysdk.core.observe.PaySdkObserver;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's exchanges with its gateway, and the one place that decides what every answer and
 * failure means for the caller's money. The decision table, for every gateway alike:
 *
 * <table>
 *   <caption>What the caller gets</caption>
 *   <tr><th>answer</th><th>a read</th><th>a money-moving call</th></tr>
 *   <tr><td>no answer: timeout, reset, connection lost after sending</td><td>retried, then
 *       {@code TransportException}</td><td>{@code OutcomeUnknownException}</td></tr>
 *   <tr><td>provably not sent (connect refused, DNS, TLS handshake)</td><td>retried, then
 *       {@code TransportException}</td><td>retried, then {@code TransportException}</td></tr>
 *   <tr><td>HTTP 429 or 5xx</td><td>retried, then {@code TransportException}</td>
 *       <td>{@code OutcomeUnknownException}</td></tr>
 *   <tr><td>HTTP 401 or 403 (unreadable, a refusal, a failure)</td><td colspan="2">{@code AuthenticationException}</td></tr>
 *   <tr><td>HTTP 401 or 403 with an answer that says "handled"</td><td>{@code AuthenticationException}</td>
 *       <td>{@code OutcomeUnknownException}</td></tr>
 *   <tr><td>unreadable 2xx (not the gateway's envelope)</td><td>{@code TransportException}</td>
 *       <td>{@code OutcomeUnknownException}</td></tr>
 *   <tr><td>unreadable 408, 425, 499 (a front that gave up waiting, maybe after forwarding) or
 *       3xx</td><td>{@code TransportException}</td><td>{@code OutcomeUnknownException}</td></tr>
 *   <tr><td>any other unreadable 4xx (the front refused it: nothing reached the gateway)</td>
 *       <td colspan="2">{@code ProviderException}</td></tr>
 *   <tr><td>signature present and wrong; or absent where the operation's answers are signed
 *       ({@link Operation.AnswerSignature#REQUIRED}) and the answer says "handled"</td>
 *       <td>{@code SignatureVerificationException}</td><td>{@code OutcomeUnknownException}
 *       (cause: the signature failure)</td></tr>
 *   <tr><td>refused ({@link Verdict.Refused})</td><td colspan="2">{@code ProviderException} or
 *       its subtype for the refusal's kind</td></tr>
 *   <tr><td>refused, failed or "not found", but with a code that is not a plain code, a refusal
 *       whose message says success, or naming another order ({@link Protocol#named})</td>
 *       <td>{@code TransportException}</td><td>{@code OutcomeUnknownException}</td></tr>
 *   <tr><td>the gateway's own failure ({@link Verdict.GatewayFailed}: system error, "timeout,
 *       please query")</td><td>{@code TransportException}</td><td>{@code OutcomeUnknownException}</td></tr>
 *   <tr><td>no such order ({@link Verdict.NotFound})</td><td colspan="2">{@code OrderNotFoundException}</td></tr>
 *   <tr><td>handled, but the result cannot be read, or the HTTP status is not 2xx</td>
 *       <td>{@code TransportException}</td><td>{@code OutcomeUnknownException}</td></tr>
 *   <tr><td>handled, but about another order or amount than the request's ({@link AnswerBinding})</td>
 *       <td>{@code TransportException}</td><td>{@code OutcomeUnknownException}</td></tr>
 * </table>
 *
 * <p>The rule behind every money-moving row: once a request may have reached the gateway, only an
 * answer that is readable, verified where the document signs it, about this order, and an explicit
 * refusal tells that nothing moved; everything else may have executed. A 408 (request timeout), 425
 * (too early) or 499 (client closed request, a proxy's word for "I stopped waiting") comes from a
 * front that may already have forwarded the request, so they count as "may have executed"; any
 * other 4xx without the gateway's envelope is a front refusing before forwarding. Refusal messages
 * are sanitised ({@link GatewayText}) against the call's sensitive values before they reach an
 * exception.
 *
 * <p>Every call is observed (the client's {@link PaySdkObserver}) and logged: DEBUG per attempt,
 * WARN for an unknown outcome and for a read that failed after retries. Immutable and thread-safe.
 *
 * @param <E> the gateway's decoded answer
 */
public final class Exchange<E> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("dev.paysdk");

  private final Protocol<E> protocol;
  private final BaseUrl baseUrl;
  private final HttpOptions options;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final CallExecutor executor;
  private final PaySdkObserver observer;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final java.util.concurrent.ConcurrentMap<String, String> urls = new java.util.concurrent.ConcurrentHashMap<>();

  private Exchange(Protocol<E> protocol, BaseUrl baseUrl, HttpOptions options, PaySdkObserver observer) {
    this.protocol = Objects.requireNonNull(protocol, "protocol == null");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    this.options = Objects.requireNonNull(options, "options == null");
    this.observer = Objects.requireNonNull(observer, "observer == null");
    this.ownsTransport = options.sharedTransport().isEmpty();
    this.transport = options.createTransport();
    this.executor = new CallExecutor(transport, options);
  }

  /**
   * An exchange for one client. It builds its transport from {@code options} unless they carry a
   * shared one; {@link #close()} releases only a transport it built.
   */
  public static <E> Exchange<E> create(Protocol<E> protocol, BaseUrl baseUrl, HttpOptions options,
      PaySdkObserver observer) {
    return new Exchange<>(protocol, baseUrl, options, observer);
  }

  /** The provider id. */
  public String providerId() {
    return protocol.providerId();
  }

  /** The HTTP options (clock, timeouts...). */
  public HttpOptions options() {
    return options;
  }

  /** The observer calls and webhooks are reported to. */
  public PaySdkObserver observer() {
    return observer;
  }

  /** The context of a call to {@code operation} about {@code merchantOrderNo} (may be null). */
  public ErrorContext context(Operation operation, String merchantOrderNo) {
    return ErrorContext.of(protocol.providerId(), operation.name(), merchantOrderNo);
  }

  /** Starts describing a call of {@code operation} about {@code merchantOrderNo} (null when none). */
  public Call call(Operation operation, String merchantOrderNo) {
    return new Call(operation, merchantOrderNo);
  }

  /** The operation's URL, resolved once per path (the same string for every call). */
  private String url(Operation operation) {
    String url = urls.get(operation.path());
    if (url == null) {
      url = baseUrl.resolve(operation.path());
      if (urls.size() < 256) {
        urls.putIfAbsent(operation.path(), url);
      }
    }
    return url;
  }

  /** Releases the transport this exchange built (not a shared one). Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsTransport) {
      transport.close();
    }
  }

  /** True once {@link #close()} was called. */
  public boolean isClosed() {
    return closed.get();
  }

  /** One call, described fluently, then {@link #run run}. Not thread-safe; use once. */
  public final class Call {
    private final Operation operation;
    private final ErrorContext ctx;
    private Consumer<Validation> validation;
    private Supplier<WireParams> params;
    private Supplier<AnswerBinding> expected = () -> AnswerBinding.NONE;
    private final List<String> sensitive = new ArrayList<>();
    private String recovery;

    private Call(Operation operation, String merchantOrderNo) {
      this.operation = Objects.requireNonNull(operation, "operation == null");
      this.ctx = Exchange.this.context(operation, merchantOrderNo);
    }

    /** The call's error context. */
    public ErrorContext context() {
      return ctx;
    }

    /**
     * Checks the request before anything is sent: every error the check adds is thrown together as
     * an {@code InvalidRequestException}, inside the call's observation.
     */
    public Call validate(Consumer<Validation> check) {
      this.validation = check;
      return this;
    }

    /**
     * The request's parameters, built anew for every attempt (a fresh nonce, timestamp and so
     * signature per attempt). Required.
     */
    public Call params(Supplier<WireParams> perAttempt) {
      this.params = perAttempt;
      return this;
    }

    /** What the request is about, for checking the answer's {@link AnswerBinding}. */
    public Call expect(AnswerBinding binding) {
      Objects.requireNonNull(binding, "binding == null");
      this.expected = () -> binding;
      return this;
    }

    /**
     * What the request is about, known only once {@link #validate} has run (a neutral request mapped
     * to the gateway's during validation).
     */
    public Call expect(Supplier<AnswerBinding> binding) {
      this.expected = Objects.requireNonNull(binding, "binding == null");
      return this;
    }

    /** Values the SDK sent that must not appear in exception messages (account, phone, name...). */
    public Call sensitive(String... values) {
      sensitive.addAll(Arrays.asList(values));
      return this;
    }

    /**
     * How to find out what happened after an unknown outcome, when "reconcile by merchant order
     * number" is not the way (a batch has no merchant reference): ends the message of every
     * {@code OutcomeUnknownException} of this call.
     */
    public Call recovery(String howToRecover) {
      this.recovery = howToRecover;
      return this;
    }

    /** Runs the call; the answer carries nothing to check its binding against. */
    public <R> R run(AnswerReader<E, R> reader) {
      return run(reader, null);
    }

    /**
     * Runs the call.
     *
     * @param reader reads a handled answer's result
     * @param identify what the result says it is about, checked against {@link #expect}; null for
     *     an answer that names nothing
     * @throws PaymentException as the decision table of {@link Exchange} says
     * @throws IllegalStateException when the client was closed
     */
    public <R> R run(AnswerReader<E, R> reader, Function<R, AnswerBinding> identify) {
      Objects.requireNonNull(params, "params(...) was not given");
      long start = System.nanoTime();
      OperationObservation observation = Observers.start(observer,
          new OperationInfo(protocol.providerId(), operation.name(), operation.isMoneyMoving()));
      int[] attempts = {0};
      RuntimeException failure = null;
      try {
        if (closed.get()) {
          throw new IllegalStateException("the " + protocol.providerId() + " client was closed");
        }
        if (validation != null) {
          Validation v = new Validation(ctx);
          validation.accept(v);
          v.throwIfInvalid();
        }
        boolean observed = observation != OperationObservation.NONE;
        CallExecutor.AttemptListener listener = new CallExecutor.AttemptListener() {
          @Override
          public void attemptFinished(int attempt, int status, long nanos, String cause, boolean willRetry) {
            attempts[0] = attempt;
            if (observed) {
              Observers.attempt(observation, new AttemptInfo(attempt, status, Duration.ofNanos(nanos), cause,
                  willRetry));
            }
          }

          @Override
          public String maskTrace(String maskedBody) {
            // a gateway's free text may echo the payee's name or account: masked by value too
            return dev.paysdk.core.log.Masking.maskValues(maskedBody, sensitive);
          }
        };
        String url = url(operation);
        WireParams first = params.get();
        requireNoControlCharacters(first);
        HttpResponse response;
        if (operation.isMoneyMoving()) {
          response = executor.moneyMoving(protocol.encode(operation, url, first), ctx, listener);
        } else {
          boolean[] firstUsed = {false};
          response = executor.read(() -> {
            WireParams p = firstUsed[0] ? params.get() : first; // every retry is built anew
            firstUsed[0] = true;
            return protocol.encode(operation, url, p);
          }, ctx, listener);
        }
        return interpret(response, reader, identify);
      } catch (OutcomeUnknownException e) {
        failure = recovery == null || e.getMessage().endsWith(recovery) ? e
            : new OutcomeUnknownException(ctx, e.detail(), e.httpStatus().orElse(-1), recovery, e.getCause());
        throw failure;
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      } finally {
        finish(observation, start, attempts[0], failure);
      }
    }

    /**
     * Rejects, before anything is sent, text parameters holding a control character (NUL, CR, LF,
     * tab, DEL...): whatever field validation a gateway has, no name, account number or remark with
     * one is ever sent (gateways encode, sign and store such text differently). Names the wire
     * fields, never the values.
     */
    private void requireNoControlCharacters(WireParams wire) {
      List<dev.paysdk.core.error.FieldError> errors = null;
      for (WireParams.Param p : wire.params()) {
        if (p.kind() == WireParams.Kind.STRING && Validation.hasControlCharacter(p.text())) {
          if (errors == null) {
            errors = new ArrayList<>();
          }
          errors.add(new dev.paysdk.core.error.FieldError(p.name(), "holds a control character (such as NUL, CR, LF or"
              + " tab), which is never sent"));
        }
      }
      if (errors != null) {
        throw new dev.paysdk.core.error.InvalidRequestException(ctx, errors);
      }
    }

    private void finish(OperationObservation observation, long start, int attempts, RuntimeException failure) {
      if (observation != OperationObservation.NONE) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String code = failure instanceof ProviderException p ? p.providerCode() : null;
        Observers.finish(observation, new OperationResult(Outcome.of(failure), attempts, took, code, failure));
      }
      if (failure instanceof OutcomeUnknownException) {
        LOG.warn("[{}] {}{}: outcome unknown after {} attempt(s): do not resend, reconcile first", protocol.providerId(),
            operation.name(), orderSuffix(), attempts);
      } else if (failure instanceof TransportException && attempts > 1) {
        LOG.warn("[{}] {}{}: no usable answer after {} attempt(s)", protocol.providerId(), operation.name(),
            orderSuffix(), attempts);
      }
    }

    private String orderSuffix() {
      return ctx.merchantOrderNo() == null ? "" : " (merchant order " + ctx.merchantOrderNo() + ")";
    }

    private <R> R interpret(HttpResponse response, AnswerReader<E, R> reader, Function<R, AnswerBinding> identify) {
      int status = response.status();
      E answer;
      try {
        answer = protocol.decode(operation, response);
      } catch (MalformedAnswerException e) {
        throw unreadable(status, e.getMessage(), e);
      }
      if (status == 401 || status == 403) {
        Verdict v = classifyQuietly(answer, response);
        if (operation.isMoneyMoving() && v instanceof Verdict.Handled) {
          // the envelope says the gateway took the request, the status says refused: neither is believed
          throw unusable(status, "HTTP " + status + " with an answer that is not a refusal", null);
        }
        String code = v instanceof Verdict.Refused r && plainCode(r.code()) ? r.code() : null;
        String msg = v instanceof Verdict.Refused r ? r.message() : null;
        throw refusal(RefusalKind.AUTHENTICATION, code, msg != null ? msg : "HTTP " + status, status);
      }
      boolean signed = false;
      if (operation.answerSignature() != Operation.AnswerSignature.NONE) {
        try {
          signed = protocol.verify(operation, answer, response);
        } catch (SignatureVerificationException e) {
          throw untrusted("the answer's signature did not verify: " + e.getMessage(), status, e);
        }
      }
      Verdict verdict;
      try {
        verdict = protocol.classify(operation, answer, response);
      } catch (MalformedAnswerException e) {
        throw unreadable(status, e.getMessage(), e);
      }
      if (!(verdict instanceof Verdict.Handled)) {
        requireBelievable(verdict, answer, status);
      }
      if (verdict instanceof Verdict.Refused r) {
        throw refusal(r.kind(), r.code(), r.message(), status);
      }
      if (verdict instanceof Verdict.NotFound nf) {
        throw new OrderNotFoundException(ctx, cleanCode(nf.code()), clean(nf.message()), status);
      }
      if (verdict instanceof Verdict.GatewayFailed gf) {
        String detail = "the gateway answered" + (gf.code() == null ? "" : " code " + cleanCode(gf.code()))
            + (gf.message() == null || gf.message().isBlank() ? "" : " \"" + clean(gf.message()) + "\"")
            + ", a failure on its side rather than an answer";
        throw operation.isMoneyMoving()
            ? new OutcomeUnknownException(ctx, detail, status, recovery, null)
            : new TransportException(ctx, detail + "; ask again later", status, null);
      }
      if (!signed && operation.answerSignature() == Operation.AnswerSignature.REQUIRED) {
        throw untrusted("the answer carries no signature, and this operation's answers are signed",
            status, null);
      }
      if (status < 200 || status >= 300) {
        // the envelope says "handled", the status says otherwise: neither can be believed
        throw unusable(status, "a handled answer with HTTP status " + status, null);
      }
      R result;
      try {
        result = reader.read(answer);
      } catch (IOException | MalformedAnswerException e) {
        throw unusable(status, e.getMessage(), e);
      }
      if (identify != null) {
        String mismatch = expected.get().mismatch(identify.apply(result));
        if (mismatch != null) {
          throw notThisRequest(cleanCode(mismatch), status);
        }
      }
      return result;
    }

    /**
     * Checks that an answer that is not "handled" can be believed as what it says: its code is a
     * plain code (not an object, not text with line breaks), a refusal does not say "success" in
     * the same breath, and whatever order it names is the request's.
     */
    private void requireBelievable(Verdict verdict, E answer, int status) {
      String code = verdict instanceof Verdict.Refused r ? r.code()
          : verdict instanceof Verdict.GatewayFailed gf ? gf.code()
          : verdict instanceof Verdict.NotFound nf ? nf.code() : null;
      if (!plainCode(code)) {
        throw unusable(status, "the gateway's code is not a plain code", null);
      }
      if (verdict instanceof Verdict.Refused r && operation.isMoneyMoving() && RefusalLexicon.saysSuccess(r.message())) {
        throw unusable(status, "the answer's code says refused and its message says success", null);
      }
      AnswerBinding named;
      try {
        named = protocol.named(operation, answer);
      } catch (MalformedAnswerException e) {
        throw unusable(status, e.getMessage(), e);
      }
      if (named != null) {
        AnswerBinding asked = expected.get();
        // a refusal need not name the order; when it names one, it must be the request's
        String mismatch = new AnswerBinding(asked.merchantOrderNo(), asked.providerOrderNo(), asked.amount())
            .mismatch(named);
        if (mismatch != null) {
          throw notThisRequest(cleanCode(mismatch), status);
        }
      }
    }

    /** An answer about another order than the request's. */
    private PaymentException notThisRequest(String mismatch, int status) {
      return operation.isMoneyMoving()
          ? new OutcomeUnknownException(ctx, mismatch + ": it may be the answer to another request, and this"
              + " one may have been executed", status, recovery, null)
          : new TransportException(ctx, mismatch + "; it is not used", status, null);
    }

    private Verdict classifyQuietly(E answer, HttpResponse response) {
      try {
        return protocol.classify(operation, answer, response);
      } catch (RuntimeException e) {
        return null;
      }
    }

    /** An answer whose body is not the gateway's envelope: a front's page, or nothing usable. */
    private PaymentException unreadable(int status, String why, Throwable cause) {
      boolean frontRefused = status >= 400 && status < 500 && !mayHaveForwarded(status);
      if (frontRefused) {
        return refusal(status == 401 || status == 403 ? RefusalKind.AUTHENTICATION : RefusalKind.GENERIC, null,
            "HTTP " + status + " without a readable answer", status);
      }
      return unusable(status, why, cause);
    }

    /** A gateway answer that cannot be used: it says nothing reliable about the request. */
    private PaymentException unusable(int status, String why, Throwable cause) {
      String detail = "the answer could not be read (" + (why == null ? "malformed" : why) + ")";
      return operation.isMoneyMoving()
          ? new OutcomeUnknownException(ctx, detail, status, recovery, cause)
          : new TransportException(ctx, detail, status, cause);
    }

    /** An answer that cannot be trusted (its signature). */
    private PaymentException untrusted(String why, int status, SignatureVerificationException cause) {
      SignatureVerificationException failure = new SignatureVerificationException(ctx, why, cause);
      return operation.isMoneyMoving()
          ? new OutcomeUnknownException(ctx, why + ", so nothing in it can be trusted", status, recovery, failure)
          : failure;
    }

    private ProviderException refusal(RefusalKind kind, String rawCode, String message, int status) {
      String msg = clean(message);
      String code = cleanCode(rawCode);
      return switch (kind) {
        case AUTHENTICATION -> new AuthenticationException(ctx, code, msg, status);
        case DUPLICATE_ORDER -> new DuplicateOrderException(ctx, code, msg, status);
        case INSUFFICIENT_BALANCE -> new InsufficientBalanceException(ctx, code, msg, status);
        case GENERIC -> new ProviderException(ctx, code, msg, status);
      };
    }

    private String clean(String text) {
      return GatewayText.sanitize(text, sensitive);
    }

    private String cleanCode(String text) {
      return GatewayText.sanitizeCode(text, sensitive);
    }
  }

  /** Null, or a gateway code as documents write them: letters, digits, {@code _} and {@code -}. */
  static boolean plainCode(String code) {
    return code == null || Shape.STATUS.matches(code.strip());
  }

  /**
   * True for the statuses a front sends when it may already have forwarded the request: 408
   * (request timeout), 425 (too early), 429 (too many requests), 499 (client closed request), and
   * every 3xx (this SDK never follows redirects).
   */
  static boolean mayHaveForwarded(int status) {
    return status == 408 || status == 425 || status == 429 || status == 499 || (status >= 300 && status < 400);
  }

  @Override
  public String toString() {
    return "Exchange[" + protocol.providerId() + ", " + baseUrl + "]";
  }
}
