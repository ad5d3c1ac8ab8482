package dev.paysdk.agentpay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.ProviderException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentPayErrorsTest {
  private static final ErrorContext CTX = ErrorContext.of("inr-agentpay", "payout.query", "PO-1");

  private static ProviderException query(String message) {
    return AgentPayErrors.queryRefusal(CTX, "FAIL", message, 200, AgentPayErrors.DEFAULT_ORDER_NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Order does not exist", "order not exist", "Order not found", "The order PO-1 does not exist",
      "Payout order doesn't exist", "mchOrderNo not exists", "ORDER_NOT_EXIST", "no such order", "No order", "订单不存在",
      "代付订单不存在"})
  void aQueryRefusalSayingTheOrderDoesNotExist_isOrderNotFound(String message) {
    assertThat(query(message)).isInstanceOf(OrderNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Merchant does not exist", "mchId not exist", "sign error", "reqTime expired", "system busy",
      "mchOrderNo must not be empty", "order is being processed", "商户不存在"})
  void aQueryRefusalForAnotherReason_isNotOrderNotFound(String message) {
    assertThat(query(message)).isNotInstanceOf(OrderNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sign error", "Signature verification failed", "invalid sign", "签名错误", "验签失败",
      "Merchant does not exist", "mchId not exist", "商户不存在", "IP not in white list"})
  void aRefusalOfTheMerchantOrItsSignature_isAuthentication(String message) {
    assertThat(AgentPayErrors.readRefusal(CTX, "FAIL", message, 200)).isInstanceOf(AuthenticationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Duplicate order", "mchOrderNo already exists", "Order already exist", "订单号重复"})
  void anApplyRefusalOfAReusedOrderNumber_isDuplicateOrder(String message) {
    assertThat(AgentPayErrors.applyRefusal(CTX, "FAIL", message, 200)).isInstanceOf(DuplicateOrderException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Insufficient balance", "balance not enough", "not enough balance", "余额不足"})
  void anApplyRefusalForLackOfBalance_isInsufficientBalance(String message) {
    assertThat(AgentPayErrors.applyRefusal(CTX, "FAIL", message, 200)).isInstanceOf(InsufficientBalanceException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"accountNo is invalid", "amount must be a multiple of 100", "channel closed"})
  void anyOtherRefusal_isAPlainProviderException(String message) {
    ProviderException e = AgentPayErrors.applyRefusal(CTX, "FAIL", message, 200);
    assertThat(e).isExactlyInstanceOf(ProviderException.class);
    assertThat(e.providerMessage()).isEqualTo(message);
  }
}
