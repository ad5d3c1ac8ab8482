package dev.paysdk.vexora.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.internal.OrderNotFoundMessages;
import dev.paysdk.vexora.VexoraClient;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VexoraCodesTest {
  /** The public constant, compiled as the builder's default is. */
  private static final Pattern DEFAULT_RULE =
      Pattern.compile(VexoraClient.DEFAULT_ORDER_NOT_FOUND_MESSAGE, OrderNotFoundMessages.DEFAULT.flags());

  @Test
  void defaultRule_isTheSharedStrictRule() {
    assertThat(VexoraClient.DEFAULT_ORDER_NOT_FOUND_MESSAGE).isEqualTo(OrderNotFoundMessages.DEFAULT.pattern());
    assertThat(DEFAULT_RULE.flags()).isEqualTo(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Order does not exist", "order not exist", "The order is not found", "Order not found",
      "tradeNo not exist", "Trade no does not exist", "Transaction record does not exist", "No such order",
      "order doesn't exist", "ORDER NON-EXISTENT", "订单不存在", "Order not found."})
  void orderNotFoundRule_recognisesMessagesThatClearlySaySo(String message) {
    assertThat(VexoraCodes.saysOrderDoesNotExist(DEFAULT_RULE, null, message)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Merchant does not exist", "merchant not found", "Sign error", "System busy",
      "Parameter error", "order amount must not be less than 100", "IP not whitelisted", "Not found",
      "Merchant not found, order rejected", "Request failed", "", "Transaction type does not exist",
      "orderNo not exists or sign error", "Merchant order channel not found",
      "The order is not found yet, please retry later", "Order query failed: channel not found",
      "order number not found in whitelist"})
  void orderNotFoundRule_ignoresEveryOtherRejection(String message) {
    assertThat(VexoraCodes.saysOrderDoesNotExist(DEFAULT_RULE, message, null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Duplicate tradeNo", "duplicated order", "Order already exists", "tradeNo repeated",
      "订单号重复"})
  void duplicateRule_recognisesReusedTransactionNumbers(String message) {
    assertThat(VexoraCodes.saysDuplicate(message)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Insufficient balance", "balance not enough", "Not enough balance", "余额不足"})
  void balanceRule_recognisesShortBalance(String message) {
    assertThat(VexoraCodes.saysInsufficientBalance(message)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Parameter error", "Sign error", "Order does not exist"})
  void duplicateAndBalanceRules_ignoreOtherRejections(String message) {
    assertThat(VexoraCodes.saysDuplicate(message)).isFalse();
    assertThat(VexoraCodes.saysInsufficientBalance(message)).isFalse();
  }
}
