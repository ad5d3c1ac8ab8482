package dev.paysdk.pen.internal;

import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.CallExecutor;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.core.internal.WireParams;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.pen.PenPayoutDetails;
import dev.paysdk.pen.PenPayoutQuery;
import dev.paysdk.pen.PenPayoutRequest;
import dev.paysdk.pen.PenPayoutResult;
import dev.paysdk.pen.PenPayouts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** The gateway's payout calls and the neutral payouts on top of them. Immutable, thread-safe. */
final class PenPayoutsImpl implements PenPayouts {
  private static final String CREATE = "payout.create";
  private static final String QUERY = "payout.query";

  private final PenConfig config;
  private final CallExecutor executor;

  PenPayoutsImpl(PenConfig config, CallExecutor executor) {
    this.config = config;
    this.executor = executor;
  }

  @Override
  public PenPayoutResult payOut(PenPayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = ErrorContext.of(PenPayoutClient.PROVIDER_ID, CREATE, request.merchantOrderNo());
    Validation v = new Validation(ctx);
    String notifyUrl = notifyUrlOf(request);
    new PenRequestValidator(v, name -> name, Set.of()).check(request, notifyUrl, config);
    v.throwIfInvalid();
    return send(request, notifyUrl, ctx).result();
  }

  @Override
  public Payout create(PayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = ErrorContext.of(PenPayoutClient.PROVIDER_ID, CREATE, request.merchantOrderNo());
    Validation v = new Validation(ctx);
    Set<String> reported = new HashSet<>();
    PenPayoutRequest pen = NeutralMapping.toPen(request, v, reported);
    String notifyUrl = notifyUrlOf(pen);
    new PenRequestValidator(v, NeutralMapping::neutralName, reported).check(pen, notifyUrl, config);
    v.throwIfInvalid();
    Created created = send(pen, notifyUrl, ctx);
    return NeutralMapping.toPayout(created.result(), pen, created.rawResponse());
  }

  @Override
  public PenPayoutDetails query(PenPayoutQuery query) {
    Objects.requireNonNull(query, "query == null");
    return query(query, ErrorContext.of(PenPayoutClient.PROVIDER_ID, QUERY, query.merchantOrderNo())).details();
  }

  @Override
  public Payout retrieve(PayoutLookup lookup) {
    Objects.requireNonNull(lookup, "lookup == null");
    boolean byOrderNo = lookup.providerOrderNo() != null && !lookup.providerOrderNo().isBlank();
    PenPayoutQuery query = byOrderNo ? PenPayoutQuery.byOrderNo(lookup.providerOrderNo())
        : PenPayoutQuery.byMerchantOrderNo(lookup.merchantOrderNo());
    ErrorContext ctx = ErrorContext.of(PenPayoutClient.PROVIDER_ID, QUERY, lookup.merchantOrderNo());
    Queried queried = query(query, ctx);
    // a lookup by orderNo sends only orderNo; the merchant order number it also names must still match
    if (differs(lookup.merchantOrderNo(), queried.details().merchantOrderNo())) {
      throw new TransportException(ctx, "the answer is about another merchant order than the one asked for",
          queried.httpStatus(), null);
    }
    return NeutralMapping.toPayout(queried.details(), lookup.merchantOrderNo(), queried.rawResponse());
  }

  private record Created(PenPayoutResult result, String rawResponse) {}

  private record Queried(PenPayoutDetails details, String rawResponse, int httpStatus) {}

  private Created send(PenPayoutRequest request, String notifyUrl, ErrorContext ctx) {
    WireParams params = PenWire.payOut(request, notifyUrl, Nonces.next());
    HttpResponse response = executor.moneyMoving(signedPost(PenWire.PAY_OUT_PATH, params), ctx);
    verifyAnswerSignature(response, ctx, true);
    PenAnswers.Envelope envelope = envelope(response, ctx, true);
    if (!envelope.handled()) {
      throw createNotHandled(ctx, envelope, response.status());
    }
    PenPayoutResult result;
    try {
      if (!response.isSuccessful()) {
        throw new IOException("code 200 with HTTP " + response.status());
      }
      result = PenWire.readPayOut(envelope.data());
    } catch (IOException e) {
      throw new OutcomeUnknownException(ctx, "the gateway's answer cannot be read (" + e.getMessage() + ")",
          response.status(), e);
    }
    if (result.merchantOrderNo() != null && !result.merchantOrderNo().equals(request.merchantOrderNo())) {
      throw new OutcomeUnknownException(ctx, "the answer names another merchant order, "
          + result.merchantOrderNo(), response.status(), null);
    }
    return new Created(result, response.bodyAsString());
  }

  /**
   * A create answer with a code other than 200: a refusal, except a code from 500 to 599 or one that
   * is not a number ({@link PenAnswers#outcomeUnknownCode}), which says the gateway failed, maybe
   * after storing the order ({"code":504,"msg":"request timeout, please query"}). HTTP 401/403 is an
   * authentication refusal whatever the code.
   */
  private static RuntimeException createNotHandled(ErrorContext ctx, PenAnswers.Envelope envelope, int httpStatus) {
    if (!PenAnswers.isAuthenticationStatus(httpStatus) && PenAnswers.outcomeUnknownCode(envelope.code())) {
      String msg = envelope.msg() == null || envelope.msg().isBlank() ? "" : ", \"" + envelope.msg().strip() + "\"";
      return new OutcomeUnknownException(ctx, "the gateway answered code " + envelope.code() + msg
          + ", a failure on its side, not a refusal", httpStatus, null);
    }
    return PenAnswers.refusal(ctx, envelope, httpStatus);
  }

  private Queried query(PenPayoutQuery query, ErrorContext ctx) {
    Validation v = new Validation(ctx);
    if (isBlank(query.orderNo()) && isBlank(query.merchantOrderNo())) {
      v.add("orderNo", "orderNo or merchantOrderNo is required");
    }
    v.maxLength("orderNo", query.orderNo(), PenRequestValidator.MAX_LENGTH);
    v.maxLength("merchantOrderNo", query.merchantOrderNo(), PenRequestValidator.MAX_LENGTH);
    v.throwIfInvalid();
    // every attempt carries a fresh nonce: a retried read must not look like a replay
    HttpResponse response = executor.read(() -> signedPost(PenWire.QUERY_PATH, PenWire.query(query, Nonces.next())), ctx);
    verifyAnswerSignature(response, ctx, false);
    PenAnswers.Envelope envelope = envelope(response, ctx, false);
    if (PenAnswers.isOrderNotFound(envelope, config.orderNotFoundCodes())) {
      throw new OrderNotFoundException(ctx, envelope.code(), envelope.msg(), response.status());
    }
    if (!envelope.handled()) {
      throw PenAnswers.refusal(ctx, envelope, response.status());
    }
    PenPayoutDetails details;
    try {
      if (!response.isSuccessful()) {
        throw new IOException("code 200 with HTTP " + response.status());
      }
      details = PenWire.readDetails(envelope.data(), config.gatewayZone());
    } catch (IOException e) {
      throw new TransportException(ctx, "the gateway's answer cannot be read (" + e.getMessage() + ")",
          response.status(), e);
    }
    if (differs(query.merchantOrderNo(), details.merchantOrderNo()) || differs(query.orderNo(), details.orderNo())) {
      throw new TransportException(ctx, "the answer is about another order than the one asked for",
          response.status(), null);
    }
    return new Queried(details, response.bodyAsString(), response.status());
  }

  /** One serialization, used twice: the signature is computed over the very bytes that are sent. */
  private HttpRequest signedPost(String path, WireParams params) {
    byte[] body = params.toJson().getBytes(StandardCharsets.UTF_8);
    return HttpRequest.post(config.baseUrl().resolve(path))
        .header(PenWire.MERCHANT_ID_HEADER, config.merchantId())
        .header(PenWire.SIGN_HEADER, config.signer().sign(body))
        .body(body, PenWire.JSON)
        .build();
  }

  private PenAnswers.Envelope envelope(HttpResponse response, ErrorContext ctx, boolean moneyMoving) {
    try {
      return PenAnswers.read(response.body());
    } catch (IOException e) {
      int status = response.status();
      // without an envelope only the HTTP status speaks: a 4xx is a refusal, except the few that a
      // front may send after the request went on (the same rule as the Vexora module's)
      if (PenAnswers.isAuthenticationStatus(status)
          || moneyMoving && PenAnswers.isClientError(status) && !PenAnswers.mayHaveBeenProcessed(status)) {
        throw PenAnswers.refusal(ctx, null, status);
      }
      String detail = "the gateway's answer is not its JSON envelope";
      throw moneyMoving ? new OutcomeUnknownException(ctx, detail, response.status(), e)
          : new TransportException(ctx, detail, response.status(), e);
    }
  }

  /**
   * The document shows no signed answers; one that carries a {@code Sign} header must match it. A
   * create answer that does not match is an {@link OutcomeUnknownException} (the request was sent and
   * the payout may exist, so the caller reconciles); a query answer a
   * {@link SignatureVerificationException}.
   */
  private void verifyAnswerSignature(HttpResponse response, ErrorContext ctx, boolean moneyMoving) {
    String sign = response.header(PenWire.SIGN_HEADER);
    if (sign == null || sign.isBlank()) {
      return;
    }
    try {
      config.signer().verify(response.body(), sign.strip());
    } catch (SignatureVerificationException e) {
      SignatureVerificationException failure =
          new SignatureVerificationException(ctx, "the answer's Sign header does not match its body", e);
      if (moneyMoving) {
        throw new OutcomeUnknownException(ctx, "the answer's signature did not verify (its Sign header does not"
            + " match its body); the payout may have been created", response.status(), failure);
      }
      throw failure;
    }
  }

  private String notifyUrlOf(PenPayoutRequest request) {
    return isBlank(request.notifyUrl()) ? config.defaultNotifyUrl() : request.notifyUrl();
  }

  private static boolean differs(String asked, String answered) {
    return !isBlank(asked) && answered != null && !asked.equals(answered);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
