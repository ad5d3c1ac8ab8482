package dev.paysdk.hexpay;

import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.Protocol;
import dev.paysdk.core.gateway.RawJson;
import dev.paysdk.core.gateway.RefusalLexicon;
import dev.paysdk.core.gateway.Verdict;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.WireParams;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hexpay on the wire: every request carries {@code mchNo}, {@code appId}, {@code signType},
 * {@code version} and a {@code sign} over all of them, and is a JSON post, except the order query
 * and the order list, GET requests with the parameters in the query string. An answer is
 * {@code {"code", "msg", "data", "sign"}}; success is {@code code} 0 with {@code msg} SUCCESS.
 *
 * <p>Refusals (the gateway publishes no code table, so its messages are read, in Chinese and
 * English): for a lookup, code {@code 5003} or a message that, whole, says the order, batch or
 * record does not exist is "not found"; code 10 (system error) or 12 (database error) of the
 * platform, or a message saying the gateway failed, is the gateway's own failure (an unknown outcome
 * for a cashier order, a batch upload or a cancel); anything else is a refusal whose kind
 * {@link RefusalLexicon} reads.
 */
final class HexpayProtocol implements Protocol<HexpayAnswer> {
  private static final String JSON = "application/json";
  /** Whole messages (trimmed) that say the order, batch or record does not exist. */
  private static final List<String> NOT_FOUND = List.of("订单不存在", "批次不存在", "记录不存在", "数据不存在");
  /** The shared "not found" rule's statement about a batch. */
  private static final Pattern BATCH_NOT_FOUND = Pattern.compile(
      "^\\s*(?:the\\s+)?batch(?:\\s*(?:no\\.?|number|id))?(?:\\s*[:：#]?\\s*\\[?[A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]*\\]?)?"
          + "\\s+(?:does\\s*n[o']?t\\s+exists?|do\\s+not\\s+exist|not\\s+exists?|is\\s+not\\s+found|not\\s+found"
          + "|is\\s+non-?existent|non-?existent)\\s*[.!。！]?\\s*$"
          + "|^\\s*no\\s+such\\s+batch\\s*[.!。！]?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The platform's system error (10) and database error (12) codes. */
  private static final List<String> SYSTEM_CODES = List.of("10", "12");
  /** Zero in any other spelling than the document's {@code 0}. */
  private static final Pattern ZERO = Pattern.compile("[+-]0*(?:\\.0*)?(?:[eE][+-]?[0-9]{1,9})?|0+(?:\\.0*)?(?:[eE][+-]?[0-9]{1,9})?|\\.0+");

  private final HexpayConfig config;

  HexpayProtocol(HexpayConfig config) {
    this.config = config;
  }

  @Override
  public String providerId() {
    return HexpayClient.PROVIDER_ID;
  }

  /** Parameters every request starts with. */
  WireParams.Builder params() {
    return WireParams.builder().string("mchNo", config.mchNo()).string("appId", config.appId());
  }

  @Override
  public HttpRequest encode(Operation op, String url, WireParams params) {
    WireParams unsigned = params.toBuilder().string("signType", config.signType().wireName())
        .string("version", config.version()).build();
    WireParams signed = unsigned.with("sign", config.requestRule().sign(unsigned.signingMap()));
    if (op.method().equals("GET")) {
      return HttpRequest.get(url + "?" + signed.toForm()).header("Accept", JSON).build();
    }
    return HttpRequest.post(url).header("Accept", JSON).body(signed.toJsonBytes(), JSON + "; charset=UTF-8")
        .moneyMoving(op.isMoneyMoving()).build();
  }

  @Override
  public HexpayAnswer decode(Operation op, HttpResponse response) {
    return HexpayAnswer.decode(response.body());
  }

  /**
   * Verifies the answer's {@code sign} by its shape: 32 hex characters with the app secret (MD5),
   * otherwise with the platform public key (RSA2); over the fields of {@code data} (the platform's
   * own answer signing) or over the whole envelope, as {@link ResponseSignatureScope} says.
   */
  @Override
  public boolean verify(Operation op, HexpayAnswer answer, HttpResponse response) {
    String sign = answer.sign();
    if (sign == null || sign.isEmpty()) {
      return false;
    }
    Map<String, String> fields = answer.fields();
    if (config.responseSignatureScope() == ResponseSignatureScope.DATA_FIELDS && RawJson.isObject(answer.data())) {
      fields = answer.dataObject();
    }
    config.verifier().verify(fields, sign, null, "the answer", "");
    return true;
  }

  @Override
  public Verdict classify(Operation op, HexpayAnswer answer, HttpResponse response) {
    String code = answer.code();
    String msg = answer.msg();
    if ("0".equals(code)) {
      if (msg == null || !msg.strip().equalsIgnoreCase("SUCCESS")) {
        throw new MalformedAnswerException("code 0 without msg SUCCESS");
      }
      return Verdict.HANDLED;
    }
    if (code != null && ZERO.matcher(code).matches()) {
      // 0 written another way ("00", "0.0", "-0"): not the document's success, not a refusal either
      return new Verdict.GatewayFailed(code, msg);
    }
    if (HexpayOperations.isLookup(op) && isNotFound(op, code, msg)) {
      return new Verdict.NotFound(code, msg);
    }
    if (SYSTEM_CODES.contains(code) || RefusalLexicon.saysGatewayFailed(msg)) {
      return new Verdict.GatewayFailed(code, msg);
    }
    return Verdict.refused(RefusalLexicon.kindOf(msg, HexpayOperations.isCreate(op)), code, msg);
  }

  /** The code alone, or the message alone, says that the order, batch or record does not exist. */
  private boolean isNotFound(Operation op, String code, String msg) {
    if ("5003".equals(code)) {
      return true;
    }
    return msg != null && (NOT_FOUND.contains(msg.strip())
        || RefusalLexicon.saysNotFound(config.orderNotFoundPattern(), msg)
        || op != HexpayOperations.TRADE_QUERY && RefusalLexicon.saysNotFound(BATCH_NOT_FOUND, msg));
  }

  /** True for a code or message of the gateway's own failure, for tests and the batch calls. */
  static boolean isSystemError(String code, String msg) {
    return SYSTEM_CODES.contains(code) || RefusalLexicon.saysGatewayFailed(msg == null ? null : msg.toLowerCase(Locale.ROOT));
  }

  /** A refusal's {@code data.mchOrderNo} and {@code data.batchNo} or {@code data.payOrderId}, when it has them. */
  @Override
  public AnswerBinding named(Operation operation, HexpayAnswer answer) {
    if (!RawJson.isObject(answer.data())) {
      return null;
    }
    Map<String, String> data = RawJson.object(answer.data());
    String gatewayNo = data.get("batchNo") != null ? data.get("batchNo") : data.get("payOrderId");
    return AnswerBinding.order(data.get("mchOrderNo")).providerOrderNo(gatewayNo);
  }
}
