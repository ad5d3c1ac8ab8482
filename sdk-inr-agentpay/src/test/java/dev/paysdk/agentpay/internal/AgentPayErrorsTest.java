package dev.paysdk.agentpay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentPayErrorsTest {
  private static final ErrorContext CTX = ErrorContext.of("inr-agentpay", "payout.query", "PO-1");

  private static ProviderException query(String message) {
    return AgentPayErrors.queryRefusal(CTX, "FAIL", message, 200, OrderNotFoundMessages.DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Order does not exist", "order not exist", "Order not found", "The order PO-1 does not exist",
      "Order 202503110001 not exist", "order does not exist.", "Order doesn't exist", "ORDER_NOT_EXIST",
      "no such order", "订单不存在"})
  void aQueryRefusalSayingTheOrderDoesNotExist_isOrderNotFound(String message) {
    assertThat(query(message)).isInstanceOf(OrderNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Merchant does not exist", "mchId not exist", "sign error", "reqTime expired", "system busy",
      "mchOrderNo must not be empty", "order is being processed", "商户不存在",
      // refusals that mention an order and "not found/not exist", but not about a missing order
      "Order query failed: mchId not exist", "order query: IP not found in whitelist", "Order channel not found",
      "Query order error: merchant key not found", "agentpayOrderId not exist", "order query interface not exist"})
  void aQueryRefusalForAnotherReason_isNotOrderNotFound(String message) {
    assertThat(query(message)).isNotInstanceOf(OrderNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Order query failed: mchId not exist", "order query: IP not found in whitelist",
      "Query order error: merchant key not found"})
  void aQueryRefusalOfTheMerchant_isAuthentication_evenWhenTheNotFoundPatternMatchesToo(String message) {
    Pattern loose = Pattern.compile("(?i)not\\s+(?:exist|found)");

    assertThat(query(message)).isInstanceOf(AuthenticationException.class);
    assertThat(AgentPayErrors.queryRefusal(CTX, "FAIL", message, 200, loose)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void theOrderNotFoundRule_isMatchedAgainstTheMessageAloneAndTheCodeAlone() {
    assertThat(AgentPayErrors.queryRefusal(CTX, "ORDER_NOT_EXIST", "query failed", 200, OrderNotFoundMessages.DEFAULT))
        .isInstanceOf(OrderNotFoundException.class);
    assertThat(AgentPayErrors.queryRefusal(CTX, null, "Order not found", 200, OrderNotFoundMessages.DEFAULT))
        .isInstanceOf(OrderNotFoundException.class);
    // an override anchored at both ends sees the message as it is, not "<code> <message>"
    Pattern exact = Pattern.compile("^E404$");
    assertThat(AgentPayErrors.queryRefusal(CTX, "E404", "query failed", 200, exact))
        .isInstanceOf(OrderNotFoundException.class);
    // the joined "<code> <message>" text is never what the rule sees
    assertThat(AgentPayErrors.queryRefusal(CTX, "E404", "query failed", 200, Pattern.compile("^E404 query failed$")))
        .isExactlyInstanceOf(ProviderException.class);
    assertThat(query("代付订单不存在")).isInstanceOf(OrderNotFoundException.class);
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
