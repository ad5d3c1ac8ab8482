package dev.paysdk.pen;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.Protocol;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.gateway.RefusalKind;
import dev.paysdk.core.gateway.RefusalLexicon;
import dev.paysdk.core.gateway.Verdict;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.WireParams;
import java.util.Map;

/**
 * The PEN gateway's protocol: a JSON body signed by the client's {@link PenSigner} into the
 * {@code Sign} header beside {@code MerchantId}; the envelope {@code {"msg","code","data"}}; and
 * what its codes mean. The document lists no error codes, so they are read as follows:
 *
 * <ul>
 *   <li>code 200: handled (the document pairs it with {@code msg} SUCCESS; the code decides);
 *   <li>a code from 500 to 599 (the gateway's own "system error", "request timeout, please
 *       query"), and on a create a code that is not a whole number: the gateway failed, maybe after
 *       storing the order ({@link Verdict.GatewayFailed});
 *   <li>a lookup's "no such order" ({@link #isOrderNotFound}), strictly;
 *   <li>code 401 or 403 (the envelope's codes follow HTTP's): the merchant's credentials were refused;
 *   <li>any other code: a refusal read by {@link RefusalLexicon} (a message saying the gateway itself
 *       failed is {@link Verdict.GatewayFailed} too).
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class PenProtocol implements Protocol<PenAnswer> {
  private final PenConfig config;

  PenProtocol(PenConfig config) {
    this.config = config;
  }

  @Override
  public String providerId() {
    return PenPayoutClient.PROVIDER_ID;
  }

  /** One serialization, used twice: the signature is computed over the very bytes that are sent. */
  @Override
  public HttpRequest encode(Operation operation, String url, WireParams params) {
    byte[] body = params.toJsonBytes();
    return HttpRequest.post(url)
        .header(PenWire.MERCHANT_ID_HEADER, config.merchantId())
        .header(PenWire.SIGN_HEADER, config.signer().sign(body))
        .body(body, PenWire.JSON)
        .moneyMoving(operation.isMoneyMoving())
        .build();
  }

  @Override
  public PenAnswer decode(Operation operation, HttpResponse response) {
    return PenAnswer.read(response.body(), response.bodyAsString());
  }

  /** An answer's {@code Sign} header, when it has one, must verify over the exact body received. */
  @Override
  public boolean verify(Operation operation, PenAnswer answer, HttpResponse response) {
    String sign = response.header(PenWire.SIGN_HEADER);
    if (sign == null || sign.isBlank()) {
      return false;
    }
    try {
      config.signer().verify(response.body(), sign.strip());
    } catch (SignatureVerificationException e) {
      throw new SignatureVerificationException(null, "its Sign header does not match its body", e);
    }
    return true;
  }

  @Override
  public Verdict classify(Operation operation, PenAnswer answer, HttpResponse response) {
    boolean lookup = !operation.isMoneyMoving();
    if (lookup && isOrderNotFound(answer)) {
      return new Verdict.NotFound(answer.code(), answer.msg());
    }
    if (answer.handled()) {
      return Verdict.HANDLED;
    }
    Integer code = answer.numericCode();
    if (code != null && code == 200) {
      // 200 written another way ("0200", "+200"): not the document's "handled", not a refusal either
      return new Verdict.GatewayFailed(answer.code(), answer.msg());
    }
    if (code != null && code >= 500 && code <= 599 || code == null && !lookup) {
      return new Verdict.GatewayFailed(answer.code(), answer.msg());
    }
    if (code != null && (code == 401 || code == 403)) {
      return Verdict.refused(RefusalKind.AUTHENTICATION, answer.code(), answer.msg());
    }
    if (RefusalLexicon.saysGatewayFailed(answer.msg()) && !RefusalLexicon.saysAuthentication(answer.msg())) {
      return new Verdict.GatewayFailed(answer.code(), answer.msg());
    }
    return Verdict.refused(RefusalLexicon.kindOf(answer.msg(), !lookup), answer.code(), answer.msg());
  }

  /**
   * The one place that decides that a query answer means "no such order". The document shows no
   * such answer, so three shapes are recognised, strictly (reconciliation resends a payout only
   * after "not found", so this errs on the side of "found or unknown"):
   *
   * <ul>
   *   <li>code 200 with no (or an empty) {@code data} and {@code msg} SUCCESS or no {@code msg}: the
   *       query was handled and found nothing. Code 200 with another message and no data is not
   *       "not found" (unless the whole message says so): the caller gets an unreadable answer and
   *       reconciliation keeps asking;
   *   <li>a code the merchant configured ({@code orderNotFoundCodes} on the builder);
   *   <li>any other code whose {@code msg}, alone, matches the client's {@code orderNotFoundPattern}
   *       (by default the whole message must state that the order does not exist); never for a
   *       code from 500 to 599 (a server error says nothing reliable about the order) unless the
   *       merchant configured that code.
   * </ul>
   */
  boolean isOrderNotFound(PenAnswer answer) {
    boolean saysNotFound = RefusalLexicon.saysNotFound(config.orderNotFoundPattern(), answer.msg());
    if (answer.handled()) {
      return answer.noData()
          && (answer.msg() == null || PenAnswer.SUCCESS.equalsIgnoreCase(answer.msg().strip()) || saysNotFound);
    }
    if (config.orderNotFoundCodes().contains(answer.code())) {
      return true;
    }
    Integer code = answer.numericCode();
    return saysNotFound && (code == null || code < 500 || code > 599);
  }

  /** A refusal's {@code data.mchOrderNo} and {@code data.orderNo}, when it has them. */
  @Override
  public AnswerBinding named(Operation operation, PenAnswer answer) {
    if (!RawJson.isObject(answer.data())) {
      return null;
    }
    Map<String, String> data = RawJson.object(answer.data());
    return AnswerBinding.order(data.get(PenWire.MCH_ORDER_NO)).providerOrderNo(data.get(PenWire.ORDER_NO));
  }
}
