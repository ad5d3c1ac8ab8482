package dev.paysdk.agentpay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.RefusalKind;
import dev.paysdk.core.gateway.Verdict;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import dev.paysdk.core.sign.Signers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the protocol reads the gateway's answers: handled, refused (and why), its own failure, or no such order. */
class AgentPayRefusalsTest {
  private static final AgentPayProtocol PROTOCOL =
      new AgentPayProtocol(Signers.md5SortedFragments(Fixtures.SECRET), OrderNotFoundMessages.DEFAULT);

  private static Verdict classify(Operation op, String code, String message) {
    return classify(PROTOCOL, op, code, message);
  }

  private static Verdict classify(AgentPayProtocol protocol, Operation op, String code, String message) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("retCode", code);
    fields.put("retMsg", message);
    return protocol.classify(op, new AgentPayAnswer(fields, "{}"), null);
  }

  private static Verdict query(String message) {
    return classify(AgentPayGateway.QUERY, "FAIL", message);
  }

  private static Verdict apply(String message) {
    return classify(AgentPayGateway.APPLY, "FAIL", message);
  }

  private static RefusalKind kind(Verdict v) {
    assertThat(v).isInstanceOf(Verdict.Refused.class);
    return ((Verdict.Refused) v).kind();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUCCESS", "success", "0", " SUCCESS "})
  void aSuccessOrZeroRetCode_isHandled(String code) {
    assertThat(classify(AgentPayGateway.APPLY, code, null)).isEqualTo(Verdict.HANDLED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Order does not exist", "order not exist", "Order not found", "The order PO-1 does not exist",
      "Order 202503110001 not exist", "order does not exist.", "Order doesn't exist", "ORDER_NOT_EXIST",
      "no such order", "订单不存在", "代付订单不存在"})
  void aQueryRefusalSayingTheOrderDoesNotExist_isNotFound(String message) {
    assertThat(query(message)).isInstanceOf(Verdict.NotFound.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Merchant does not exist", "mchId not exist", "sign error", "reqTime expired", "system busy",
      "mchOrderNo must not be empty", "order is being processed", "商户不存在",
      // refusals that mention an order and "not found/not exist", but not about a missing order
      "Order query failed: mchId not exist", "order query: IP not found in whitelist", "Order channel not found",
      "Query order error: merchant key not found", "agentpayOrderId not exist", "order query interface not exist"})
  void aQueryRefusalForAnotherReason_isNotNotFound(String message) {
    assertThat(query(message)).isNotInstanceOf(Verdict.NotFound.class).isNotEqualTo(Verdict.HANDLED);
  }

  @Test
  void aNotFoundMessage_isNoNotFoundOnAnApply() {
    assertThat(apply("order not exist")).isInstanceOf(Verdict.Refused.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Order query failed: mchId not exist", "order query: IP not found in whitelist",
      "Query order error: merchant key not found"})
  void aQueryRefusalOfTheMerchant_isAuthentication_evenWhenTheNotFoundPatternMatchesToo(String message) {
    AgentPayProtocol loose = new AgentPayProtocol(Signers.md5SortedFragments(Fixtures.SECRET),
        Pattern.compile("(?i)not\\s+(?:exist|found)"));

    assertThat(kind(query(message))).isEqualTo(RefusalKind.AUTHENTICATION);
    assertThat(kind(classify(loose, AgentPayGateway.QUERY, "FAIL", message))).isEqualTo(RefusalKind.AUTHENTICATION);
  }

  @Test
  void theOrderNotFoundRule_isMatchedAgainstTheMessageAloneAndTheCodeAlone() {
    assertThat(classify(AgentPayGateway.QUERY, "ORDER_NOT_EXIST", "query failed")).isInstanceOf(Verdict.NotFound.class);
    AgentPayProtocol exact = new AgentPayProtocol(Signers.md5SortedFragments(Fixtures.SECRET), Pattern.compile("^E404$"));
    assertThat(classify(exact, AgentPayGateway.QUERY, "E404", "query failed")).isInstanceOf(Verdict.NotFound.class);
    // the joined "<code> <message>" text is never what the rule sees
    AgentPayProtocol joined = new AgentPayProtocol(Signers.md5SortedFragments(Fixtures.SECRET),
        Pattern.compile("^E404 query failed$"));
    assertThat(classify(joined, AgentPayGateway.QUERY, "E404", "query failed")).isInstanceOf(Verdict.Refused.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sign error", "Signature verification failed", "invalid sign", "签名错误", "验签失败",
      "Merchant does not exist", "mchId not exist", "商户不存在", "IP not in white list"})
  void aRefusalOfTheMerchantOrItsSignature_isAuthentication_onEveryOperation(String message) {
    assertThat(kind(apply(message))).isEqualTo(RefusalKind.AUTHENTICATION);
    assertThat(kind(query(message))).isEqualTo(RefusalKind.AUTHENTICATION);
    assertThat(kind(classify(AgentPayGateway.BALANCE, "FAIL", message))).isEqualTo(RefusalKind.AUTHENTICATION);
  }

  @Test
  void aSignatureRefusalInTheCode_isAuthentication() {
    assertThat(kind(classify(AgentPayGateway.APPLY, "SIGN_ERROR", null))).isEqualTo(RefusalKind.AUTHENTICATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Duplicate order", "mchOrderNo already exists", "Order already exist", "订单号重复",
      "mchOrderNo duplicate", "repeat order", "Repeat order", "order repeat", "repeated order", "repeat submission"})
  void anApplyRefusalOfAReusedOrderNumber_isDuplicateOrder(String message) {
    assertThat(kind(apply(message))).isEqualTo(RefusalKind.DUPLICATE_ORDER);
  }

  /**
   * The module's own rule before the kit was {@code repeated?\s+(?:order|...)}: the {@code ?} makes only
   * the {@code d} optional, so it needs "repeate" and never matched "repeat order". The shared lexicon
   * reads {@code repeat(?:ed)?}.
   */
  @Test
  void repeatOrder_wasMissedByTheOldRule_andIsReadAsDuplicateNow() {
    Pattern old = Pattern.compile("duplicate|repeated?\\s+(?:order|submission|request)"
        + "|order\\w*\\b.{0,60}?\\balready\\s+exists?|重复", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    assertThat(old.matcher("repeat order").find()).isFalse();
    assertThat(old.matcher("repeated order").find()).isTrue();
    assertThat(kind(apply("repeat order"))).isEqualTo(RefusalKind.DUPLICATE_ORDER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"repeat order", "Duplicate order"})
  void aDuplicateMessage_saysNothingAboutAnOrderOnAQuery(String message) {
    assertThat(kind(query(message))).isEqualTo(RefusalKind.GENERIC);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Insufficient balance", "balance not enough", "not enough balance", "余额不足"})
  void anApplyRefusalForLackOfBalance_isInsufficientBalance(String message) {
    assertThat(kind(apply(message))).isEqualTo(RefusalKind.INSUFFICIENT_BALANCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"system error", "System busy, please try again later", "request timeout, please query",
      "timeout, please query", "Internal Server Error", "系统异常", "超时"})
  void aMessageSayingTheGatewayFailed_isTheGatewaysOwnFailure_onApplyAndQuery(String message) {
    assertThat(apply(message)).isInstanceOf(Verdict.GatewayFailed.class);
    assertThat(query(message)).isInstanceOf(Verdict.GatewayFailed.class);
  }

  @Test
  void aRetCodeSayingTheGatewayFailed_isTheGatewaysOwnFailure() {
    assertThat(classify(AgentPayGateway.APPLY, "SYSTEM_ERROR", null)).isInstanceOf(Verdict.GatewayFailed.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"accountNo is invalid", "amount must be a multiple of 100", "channel closed"})
  void anyOtherRefusal_isAGenericRefusal_withTheGatewaysCodeAndMessage(String message) {
    Verdict v = apply(message);
    assertThat(kind(v)).isEqualTo(RefusalKind.GENERIC);
    assertThat(((Verdict.Refused) v).code()).isEqualTo("FAIL");
    assertThat(((Verdict.Refused) v).message()).isEqualTo(message);
  }

  @Test
  void aRetCodeWithControlCharacters_isStrippedOfThem() {
    Verdict v = classify(AgentPayGateway.APPLY, "FAIL\r\nX", "nope");

    assertThat(((Verdict.Refused) v).code()).isEqualTo("FAIL  X");
  }
}
