package dev.paysdk.agentpay;

import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.GatewayText;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.OperationNames;
import dev.paysdk.core.gateway.Protocol;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.gateway.RefusalKind;
import dev.paysdk.core.gateway.RefusalLexicon;
import dev.paysdk.core.gateway.Verdict;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.WireParams;
import dev.paysdk.core.sign.SigningRule;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * INR AgentPay on the gateway kit: form posts signed with rule A in a {@code sign} parameter, JSON
 * answers whose {@code sign} (when present) is rule A over every other non-null field, and
 * {@code retCode} {@code SUCCESS} or {@code 0} for "handled". Immutable, thread-safe.
 *
 * <p>The document lists no error codes, so a refusal is read from its {@code retMsg} (and its
 * {@code retCode}, with {@code _} read as a space) by the shared {@link RefusalLexicon}, in this order,
 * the safe reading first: a refused merchant, key or signature; the gateway's own failure ("system
 * error", "timeout, please query": a money-moving call may have executed); on a query, "no such order"
 * by the client's strict not-found rule; else duplicate order number (on an apply), insufficient
 * balance, or a plain refusal.
 */
final class AgentPayProtocol implements Protocol<AgentPayAnswer> {
  private final SigningRule rule;
  private final Pattern orderNotFound;

  AgentPayProtocol(SigningRule rule, Pattern orderNotFound) {
    this.rule = Objects.requireNonNull(rule, "rule == null");
    this.orderNotFound = Objects.requireNonNull(orderNotFound, "orderNotFound == null");
  }

  SigningRule rule() {
    return rule;
  }

  @Override
  public String providerId() {
    return AgentPayClient.PROVIDER_ID;
  }

  /** The form post of {@code params} with their {@code sign}: the signed text is the sent text. */
  @Override
  public HttpRequest encode(Operation operation, String url, WireParams params) {
    WireParams signed = params.with(Wire.SIGN, rule.sign(params.signingMap()));
    return HttpRequest.post(url).body(signed.toForm(), Wire.FORM).moneyMoving(operation.isMoneyMoving()).build();
  }

  /**
   * @throws MalformedAnswerException when the body is empty, not one JSON object (a field given twice
   *     included), or carries no {@code retCode}: not the gateway's envelope
   */
  @Override
  public AgentPayAnswer decode(Operation operation, HttpResponse response) {
    byte[] body = response.body();
    if (body == null || body.length == 0) {
      throw new MalformedAnswerException("empty body");
    }
    AgentPayAnswer answer = new AgentPayAnswer(RawJson.object(body), response.bodyAsString());
    if (answer.retCode() == null) {
      throw new MalformedAnswerException("the answer carries no retCode");
    }
    return answer;
  }

  /**
   * Rule A over every field but {@code sign}. Answers without {@code sign} return false; the
   * operation's policy decides what that means.
   */
  @Override
  public boolean verify(Operation operation, AgentPayAnswer answer, HttpResponse response) {
    String sign = answer.text(Wire.SIGN);
    if (sign == null) {
      return false;
    }
    // no context here: the exchange wraps this failure in one that names the call
    rule.verify(answer.signedFields(), sign, null);
    return true;
  }

  @Override
  public Verdict classify(Operation operation, AgentPayAnswer answer, HttpResponse response) {
    if (answer.handled()) {
      return Verdict.HANDLED;
    }
    String code = GatewayText.sanitizeCode(answer.retCode(), List.of());
    String message = answer.retMsg();
    String codeWords = code.replace('_', ' ');
    if (RefusalLexicon.saysAuthentication(message) || RefusalLexicon.saysAuthentication(codeWords)) {
      return Verdict.refused(RefusalKind.AUTHENTICATION, code, message);
    }
    if (RefusalLexicon.saysGatewayFailed(message) || RefusalLexicon.saysGatewayFailed(codeWords)) {
      return new Verdict.GatewayFailed(code, message);
    }
    if (operation.name().equals(OperationNames.PAYOUT_QUERY)
        && RefusalLexicon.saysNotFound(orderNotFound, message, answer.retCode())) {
      return new Verdict.NotFound(code, message);
    }
    return Verdict.refused(RefusalLexicon.kindOf(operation.isMoneyMoving(), message, codeWords), code, message);
  }

  /** A refusal's {@code mchOrderNo} and {@code agentpayOrderId}, when it has them. */
  @Override
  public AnswerBinding named(Operation operation, AgentPayAnswer answer) {
    return AnswerBinding.order(answer.text(Wire.MCH_ORDER_NO)).providerOrderNo(answer.text(Wire.AGENTPAY_ORDER_ID));
  }
}
