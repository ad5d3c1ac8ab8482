package dev.paysdk.hexpay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.CallExecutor;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.internal.WireParams;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.ResponseSignatureScope;
import java.io.IOException;
import java.util.Map;

/**
 * One exchange with the gateway: signs the parameters once and sends that same serialization (JSON
 * body or query string), verifies a signed answer, and turns a refusal into an exception. Immutable
 * and thread-safe.
 */
final class Gateway {
  private static final String JSON = "application/json";

  private final HexpayConfig config;
  private final CallExecutor executor;

  Gateway(HexpayConfig config) {
    this.config = config;
    this.executor = new CallExecutor(config.httpOptions());
  }

  HexpayConfig config() {
    return config;
  }

  ErrorContext context(Op op, String merchantOrderNo) {
    return ErrorContext.of(HexpayClient.PROVIDER_ID, op.operation(), merchantOrderNo);
  }

  /** Parameters every request starts with. */
  WireParams.Builder params() {
    return WireParams.builder().string("mchNo", config.mchNo()).string("appId", config.appId());
  }

  /** The parameters with {@code signType}, {@code version} and {@code sign} appended: exactly what is sent. */
  WireParams sign(WireParams.Builder params) {
    WireParams unsigned = params.string("signType", config.signType().wireName())
        .string("version", config.version()).build();
    return unsigned.with("sign", config.requestRule().sign(unsigned.signingMap()));
  }

  /**
   * Sends the request and returns the successful answer. For a money-moving call, an answer whose
   * signature does not verify says the {@link #unverifiedConsequence default consequence}.
   *
   * @throws PaymentException as the operation documents (refusal, signature, transport)
   */
  Answer call(Op op, WireParams.Builder params, ErrorContext ctx) {
    return call(op, params, ctx, unverifiedConsequence(op));
  }

  /**
   * Sends the request and returns the successful answer.
   *
   * @param unverified for a money-moving call: what the caller should know and do when the answer's
   *     signature does not verify (the request may have been executed), appended to the message of
   *     the {@link OutcomeUnknownException} thrown then; ignored for a read
   * @throws OutcomeUnknownException for a money-moving call whose answer fails signature
   *     verification, with the {@link SignatureVerificationException} as its cause
   * @throws PaymentException as the operation documents (refusal, signature, transport)
   */
  Answer call(Op op, WireParams.Builder params, ErrorContext ctx, String unverified) {
    WireParams signed = sign(params);
    String url = config.baseUrl().resolve(op.path());
    HttpRequest request = op.get()
        ? HttpRequest.get(url + "?" + signed.toForm()).header("Accept", JSON).build()
        : HttpRequest.post(url).header("Accept", JSON)
            .body(signed.toJson(), JSON + "; charset=UTF-8").moneyMoving(op.sentAtMostOnce()).build();
    HttpResponse response = op.sentAtMostOnce() ? executor.moneyMoving(request, ctx) : executor.read(request, ctx);
    return interpret(op, ctx, response, unverified);
  }

  /** What a money-moving call whose answer does not verify may have done, by default. */
  private static String unverifiedConsequence(Op op) {
    return switch (op) {
      case ORDER_CREATE -> "the order may have been created";
      case BATCH_UPLOAD -> "the batch may have been created";
      case BATCH_CANCEL -> "the batch may have been cancelled";
      default -> "the request may have taken effect";
    };
  }

  /** Reads the successful answer's content; a shape it cannot read is a transport-level failure. */
  <T> T read(Op op, ErrorContext ctx, Answer answer, AnswerParser<T> parser) {
    try {
      return parser.parse(answer);
    } catch (IOException | RuntimeException e) {
      if (e instanceof PaymentException p) {
        throw p;
      }
      throw unreadable(op, ctx, answer.httpStatus(), e);
    }
  }

  private Answer interpret(Op op, ErrorContext ctx, HttpResponse response, String unverified) {
    int status = response.status();
    JsonNode root;
    try {
      root = JsonTrees.tree(response.body());
      if (!root.isObject() || Json.text(root, "code") == null) {
        throw new IOException("no code field");
      }
    } catch (IOException e) {
      if (!response.isSuccessful()) {
        throw ErrorMapper.httpError(ctx, status);
      }
      throw unreadable(op, ctx, status, e);
    }
    String code = Json.text(root, "code");
    verifySignature(op, ctx, root, response.body(), "0".equals(code), unverified);
    if ("0".equals(code) && response.isSuccessful()) {
      return new Answer(root, root.get("data"), response.bodyAsString(), status);
    }
    throw ErrorMapper.refusal(op, ctx, code, Json.text(root, "msg"), status);
  }

  /**
   * Verifies the answer's {@code sign}. An unsigned answer is taken as it is, unless it is a
   * successful answer of an operation whose answers the document marks as signed.
   */
  private void verifySignature(Op op, ErrorContext ctx, JsonNode root, byte[] body, boolean success,
      String unverified) {
    String sign = Json.text(root, "sign");
    if ((sign == null || sign.isEmpty()) && !(success && op.signatureRequired())) {
      return; // the gateway signs some answers only (the order query's); those are taken as they are
    }
    Map<String, String> fields;
    try {
      fields = Json.rawFields(body);
      JsonNode data = root.get("data");
      if (config.responseSignatureScope() == ResponseSignatureScope.DATA_FIELDS && data != null && data.isObject()) {
        fields = Json.rawFields(fields.get("data"));
      }
    } catch (IOException e) {
      throw unreadable(op, ctx, 200, e);
    }
    try {
      // Without a context, the failure's message is the reason alone, to be worded for this call.
      config.verifier().verify(fields, sign, null, "the answer", "");
    } catch (SignatureVerificationException e) {
      SignatureVerificationException failure = new SignatureVerificationException(ctx, e.getMessage(), e.getCause());
      if (op.sentAtMostOnce()) {
        throw new OutcomeUnknownException(ctx, "the answer's signature did not verify (" + e.getMessage()
            + "), so nothing in it can be trusted and " + unverified, failure);
      }
      throw failure;
    }
  }

  private static PaymentException unreadable(Op op, ErrorContext ctx, int status, Exception e) {
    String detail = "the answer could not be read (" + e.getMessage() + ")";
    return op.sentAtMostOnce()
        ? new OutcomeUnknownException(ctx, detail, status, e)
        : new TransportException(ctx, detail, status, e);
  }

  /** A successful answer: {@code code} 0. */
  record Answer(JsonNode root, JsonNode data, String body, int httpStatus) {}

  /** Reads an answer's content. */
  @FunctionalInterface
  interface AnswerParser<T> {
    T parse(Answer answer) throws IOException;
  }
}
