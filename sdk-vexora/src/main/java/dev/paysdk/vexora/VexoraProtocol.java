package dev.paysdk.vexora;

import dev.paysdk.core.gateway.AnswerBinding;
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
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is Vexora's own in an exchange: every request is a JSON POST with the {@code merchantNo}
 * header (not signed) and a body signed with rule C; an answer is a JSON envelope whose
 * {@code code} says whether the request was handled, signed with rule C over the fields of the
 * object that carries {@code sign} (the top level, else {@code data}). Immutable and thread-safe.
 *
 * <p>Codes: {@code 0000} handled (the transaction's state is {@code data.status}); {@code 5000}
 * system error, the gateway's own failure (a disbursement's outcome is unknown, a read is asked
 * again later); {@code 8000} rejected (a disbursement failed; a rejected query says nothing about
 * the payout, and is "not found" only when its message strictly says so). A rejection's message is
 * read with PaySDK's {@link RefusalLexicon}: a wrong key ("signature verification failed", "sign
 * error") or unknown merchant is an authentication refusal, a message saying that the gateway
 * itself failed ("system error", "timeout, please query") is the gateway's failure, then duplicate
 * order and insufficient balance. Any other code: the gateway's failure for a disbursement (it may
 * have been taken), a refusal for a read.
 */
final class VexoraProtocol implements Protocol<VexoraAnswer> {
  static final String HANDLED = "0000";
  static final String SYSTEM_ERROR = "5000";
  static final String REJECTED = "8000";
  static final String MERCHANT_HEADER = "merchantNo";

  private final String merchantNo;
  private final SigningRule signingRule;
  private final Pattern orderNotFoundPattern;

  VexoraProtocol(String merchantNo, SigningRule signingRule, Pattern orderNotFoundPattern) {
    this.merchantNo = merchantNo;
    this.signingRule = signingRule;
    this.orderNotFoundPattern = orderNotFoundPattern;
  }

  @Override
  public String providerId() {
    return VexoraClient.PROVIDER_ID;
  }

  /** Signs exactly the text that is sent: the body is serialized once, from the signed parameters. */
  @Override
  public HttpRequest encode(Operation operation, String url, WireParams params) {
    WireParams signed = params.with(VexoraAnswer.SIGN, signingRule.sign(params.signingMap()));
    return HttpRequest.post(url)
        .header(MERCHANT_HEADER, merchantNo)
        .body(signed.toJsonBytes(), "application/json")
        .moneyMoving(operation.isMoneyMoving())
        .build();
  }

  @Override
  public VexoraAnswer decode(Operation operation, HttpResponse response) {
    Map<String, String> top = RawJson.object(response.body());
    String code = top.get("code");
    if (code == null || code.isBlank()) {
      throw new MalformedAnswerException("answer has no code");
    }
    String dataText = top.get("data");
    Map<String, String> data = RawJson.isObject(dataText) ? RawJson.object(dataText) : null;
    return new VexoraAnswer(top, data, response.bodyAsString());
  }

  /**
   * Rule C over the fields of the object that carries {@code sign}: the top level when it is there,
   * else {@code data}.
   */
  @Override
  public boolean verify(Operation operation, VexoraAnswer answer, HttpResponse response) {
    String top = answer.topSign();
    if (top != null) {
      // no context: the exchange names the call when it reports the failure
      signingRule.verify(answer.fields(), top, null);
      return true;
    }
    String inData = answer.dataSign();
    if (inData != null) {
      signingRule.verify(answer.data(), inData, null);
      return true;
    }
    return false;
  }

  @Override
  public Verdict classify(Operation operation, VexoraAnswer answer, HttpResponse response) {
    String code = answer.code().strip();
    if (HANDLED.equals(code)) {
      return Verdict.HANDLED;
    }
    String message = answer.message();
    if (SYSTEM_ERROR.equals(code)) {
      return new Verdict.GatewayFailed(code, message);
    }
    boolean rejected = REJECTED.equals(code);
    if (!rejected && operation.isMoneyMoving()) {
      // a code the document does not list: nothing says the disbursement was not taken
      return new Verdict.GatewayFailed(code, message);
    }
    String dataStatus = answer.dataField(VexoraWire.STATUS);
    if (operation.isMoneyMoving() && dataStatus != null && !dataStatus.isBlank()
        && VexoraStatuses.kind(dataStatus.strip()) != VexoraStatus.Kind.FAILED) {
      // "rejected" next to a transaction status that is not "failed" (and the signature may cover
      // only data): the answer contradicts itself, and the disbursement may have been taken
      return new Verdict.GatewayFailed(code, message);
    }
    String msg = answer.msg();
    String dataMessage = answer.dataField(VexoraWire.MESSAGE);
    if (RefusalLexicon.saysAuthentication(msg) || RefusalLexicon.saysAuthentication(dataMessage)) {
      return Verdict.refused(RefusalKind.AUTHENTICATION, code, message);
    }
    if (rejected && OperationNames.PAYOUT_QUERY.equals(operation.name())
        && RefusalLexicon.saysNotFound(orderNotFoundPattern, msg, dataMessage)) {
      return new Verdict.NotFound(code, message);
    }
    if (RefusalLexicon.saysGatewayFailed(msg) || RefusalLexicon.saysGatewayFailed(dataMessage)) {
      return new Verdict.GatewayFailed(code, message);
    }
    return Verdict.refused(RefusalLexicon.kindOf(operation.isMoneyMoving(), msg, dataMessage), code, message);
  }

  /** A refusal's {@code data.tradeNo} and {@code data.platFormTradeNo}, when it has them. */
  @Override
  public AnswerBinding named(Operation operation, VexoraAnswer answer) {
    return AnswerBinding.order(answer.dataField(VexoraWire.TRADE_NO))
        .providerOrderNo(answer.dataField(VexoraWire.PLATFORM_TRADE_NO));
  }

  @Override
  public String toString() {
    return "VexoraProtocol[merchantNo=" + merchantNo + "]";
  }
}
