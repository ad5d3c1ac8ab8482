package dev.paysdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderNotFoundMessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "order not exist", "Order does not exist", "order doesn't exist", "ORDER NOT FOUND", "Order not exists.",
      "The order is not found", "order non-existent", "Order no not exist", "order number does not exist",
      "orderNo not exist", "Order 202611220001 does not exist", "order: PO-20261122-01 not found",
      "Trade not exist", "transaction not found!", "payout does not exist", "no such order", "No such transaction.",
      "ORDER_NOT_EXIST", "order_not_found", "订单不存在", "订单号不存在", "交易不存在", "记录不存在。",
      "Payout order doesn't exist", "merchant order not found", "代付订单不存在", "商户订单号不存在",
      "orden no existe", "La orden no existe.", "pedido no encontrado", "transacción no existe", "  order not found  "})
  void statementsThatTheOrderDoesNotExist_match(String message) {
    assertThat(OrderNotFoundMessages.matches(OrderNotFoundMessages.DEFAULT, message)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // each would make reconciliation say "never took effect, may be sent again" about an order that may exist
      "Order query failed: channel not found", "Order query failed: mchId not exist", "orderNo not exists or sign error",
      "order number not found in whitelist", "order query: IP not found in whitelist", "Order channel not found",
      "Query order error: merchant key not found", "The order is not found yet, please retry later",
      "Transaction type does not exist", "Merchant order channel not found", "merchant does not exist",
      "agentpayOrderId not exist", "order query interface not exist", "商户不存在", "订单查询失败：通道不存在",
      "system error", "", "order", "not found"})
  void messagesThatSaySomethingElse_doNotMatch(String message) {
    assertThat(OrderNotFoundMessages.matches(OrderNotFoundMessages.DEFAULT, message)).isFalse();
  }

  @Test
  void anyOfSeveralTexts_mayMatch_andNullsAreSkipped() {
    assertThat(OrderNotFoundMessages.matches(OrderNotFoundMessages.DEFAULT, null, "system busy", "order not exist")).isTrue();
    assertThat(OrderNotFoundMessages.matches(OrderNotFoundMessages.DEFAULT, (String) null)).isFalse();
    assertThat(OrderNotFoundMessages.matches(Pattern.compile("E404"), "code E404: whatever")).isTrue();
  }
}
