package dev.paysdk.vexora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.RefusalKind;
import dev.paysdk.core.gateway.Verdict;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import dev.paysdk.core.sign.Signers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What each answer code and refusal message means, read by the protocol value by value. */
class VexoraClassificationTest {
  /** The public constant, compiled as the builder's default is. */
  private static final Pattern DEFAULT_RULE =
      Pattern.compile(VexoraClient.DEFAULT_ORDER_NOT_FOUND_MESSAGE, OrderNotFoundMessages.DEFAULT.flags());
  private static final VexoraProtocol PROTOCOL = new VexoraProtocol("M1", Signers.md5SaltedPairs("k"), DEFAULT_RULE);

  private static HttpResponse response(String body) {
    return new HttpResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  private static Verdict classify(Operation op, String code, String msg, String dataMessage) {
    String data = dataMessage == null ? "null" : "{\"message\":\"" + dataMessage + "\"}";
    String body = "{\"code\":\"" + code + "\",\"msg\":" + (msg == null ? "null" : "\"" + msg + "\"") + ",\"data\":"
        + data + "}";
    HttpResponse r = response(body);
    return PROTOCOL.classify(op, PROTOCOL.decode(op, r), r);
  }

  private static Verdict query(String msg) {
    return classify(VexoraOperations.QUERY, "8000", msg, null);
  }

  private static Verdict create(String msg) {
    return classify(VexoraOperations.DISBURSE, "8000", msg, null);
  }

  @Test
  void defaultRule_isTheSharedStrictRule() {
    assertThat(VexoraClient.DEFAULT_ORDER_NOT_FOUND_MESSAGE).isEqualTo(OrderNotFoundMessages.DEFAULT.pattern());
    assertThat(DEFAULT_RULE.flags()).isEqualTo(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Order does not exist", "order not exist", "The order is not found", "Order not found",
      "tradeNo not exist", "Trade no does not exist", "Transaction record does not exist", "No such order",
      "order doesn't exist", "ORDER NON-EXISTENT", "订单不存在", "Order not found."})
  void rejectedQuery_whoseMessageClearlySaysTheOrderDoesNotExist_isNotFound(String message) {
    assertThat(query(message)).isInstanceOf(Verdict.NotFound.class);
    assertThat(classify(VexoraOperations.QUERY, "8000", "fail", message)).isInstanceOf(Verdict.NotFound.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Merchant does not exist", "merchant not found", "Sign error", "System busy",
      "Parameter error", "order amount must not be less than 100", "IP not whitelisted", "Not found",
      "Merchant not found, order rejected", "Request failed", "", "Transaction type does not exist",
      "orderNo not exists or sign error", "Merchant order channel not found",
      "The order is not found yet, please retry later", "Order query failed: channel not found",
      "order number not found in whitelist"})
  void rejectedQuery_withAnyOtherMessage_isNeverNotFound(String message) {
    assertThat(query(message)).isNotInstanceOf(Verdict.NotFound.class);
  }

  @Test
  void notFound_isOnlyForTheQuery_andOnlyForCode8000() {
    assertThat(create("Order does not exist")).isInstanceOf(Verdict.Refused.class);
    assertThat(classify(VexoraOperations.BALANCE, "8000", "Order does not exist", null))
        .isInstanceOf(Verdict.Refused.class);
    assertThat(classify(VexoraOperations.QUERY, "9001", "Order does not exist", null))
        .isInstanceOf(Verdict.Refused.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Duplicate tradeNo", "duplicated order", "Order already exists", "tradeNo repeated",
      "订单号重复"})
  void rejectedDisbursement_whoseMessageSaysTheNumberWasUsed_isADuplicateOrder(String message) {
    assertThat(create(message)).isEqualTo(Verdict.refused(RefusalKind.DUPLICATE_ORDER, "8000", message));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Insufficient balance", "balance not enough", "Not enough balance", "余额不足"})
  void rejectedDisbursement_whoseMessageSaysTheBalanceIsShort_isInsufficientBalance(String message) {
    assertThat(create(message)).isEqualTo(Verdict.refused(RefusalKind.INSUFFICIENT_BALANCE, "8000", message));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Parameter error", "Order does not exist", "invalid parameter: mobile"})
  void rejectedDisbursement_withAnyOtherMessage_isAPlainRefusal(String message) {
    assertThat(create(message)).isEqualTo(Verdict.refused(RefusalKind.GENERIC, "8000", message));
  }

  @ParameterizedTest
  @ValueSource(strings = {"signature verification failed", "Sign error", "invalid sign", "merchant does not exist",
      "签名错误", "IP not in whitelist"})
  void rejection_thatSaysTheKeyOrMerchantIsWrong_isAnAuthenticationRefusal_onEveryOperation(String message) {
    for (Operation op : new Operation[] {VexoraOperations.DISBURSE, VexoraOperations.QUERY, VexoraOperations.BALANCE}) {
      assertThat(classify(op, "8000", message, null)).as(op.name())
          .isEqualTo(Verdict.refused(RefusalKind.AUTHENTICATION, "8000", message));
    }
  }

  @Test
  void rejection_whoseDataMessageAloneSaysTheBalanceIsShort_isInsufficientBalance() {
    assertThat(classify(VexoraOperations.DISBURSE, "8000", "fail", "Insufficient balance"))
        .isEqualTo(Verdict.refused(RefusalKind.INSUFFICIENT_BALANCE, "8000", "fail"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"System error", "system busy", "timeout, please query", "Internal server error"})
  void rejection_thatSaysTheGatewayItselfFailed_isTheGatewaysFailure(String message) {
    assertThat(create(message)).isEqualTo(new Verdict.GatewayFailed("8000", message));
    assertThat(query(message)).isEqualTo(new Verdict.GatewayFailed("8000", message));
  }

  @CsvSource({"5000, System error", "5000, ''"})
  @ParameterizedTest
  void systemError_isTheGatewaysFailure_onEveryOperation(String code, String message) {
    for (Operation op : new Operation[] {VexoraOperations.DISBURSE, VexoraOperations.QUERY, VexoraOperations.BALANCE}) {
      assertThat(classify(op, code, message, null)).as(op.name()).isInstanceOf(Verdict.GatewayFailed.class);
    }
  }

  @Test
  void anUnlistedCode_mayHaveBeenTakenForADisbursement_butIsARefusalOfARead() {
    assertThat(classify(VexoraOperations.DISBURSE, "9999", "Whatever", null))
        .isEqualTo(new Verdict.GatewayFailed("9999", "Whatever"));
    assertThat(classify(VexoraOperations.QUERY, "9999", "Whatever", null))
        .isEqualTo(Verdict.refused(RefusalKind.GENERIC, "9999", "Whatever"));
  }

  @Test
  void handled_isCode0000Alone() {
    assertThat(classify(VexoraOperations.DISBURSE, "0000", "success", null)).isEqualTo(Verdict.HANDLED);
    assertThat(classify(VexoraOperations.QUERY, " 0000 ", "success", null)).isEqualTo(Verdict.HANDLED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "<html>ok</html>", "{\"msg\":\"success\"}", "{\"code\":\"\"}", "[1]",
      "{\"code\":\"0000\",\"code\":\"8000\"}"})
  void anAnswerThatIsNotTheEnvelope_isMalformed(String body) {
    assertThatThrownBy(() -> PROTOCOL.decode(VexoraOperations.QUERY, response(body)))
        .isInstanceOf(MalformedAnswerException.class);
  }
}
