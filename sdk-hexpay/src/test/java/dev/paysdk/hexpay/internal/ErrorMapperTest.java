package dev.paysdk.hexpay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.ProviderException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMapperTest {
  private static final ErrorContext CTX = ErrorContext.of("hexpay", "test");

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "TRADE_QUERY  | 9999 | 订单不存在                 | OrderNotFoundException",
      "TRADE_QUERY  | 5003 | 记录不存在                 | OrderNotFoundException",
      "TRADE_QUERY  | 1    | Order not found            | OrderNotFoundException",
      "BATCH_QUERY  | 9999 | 批次不存在                 | OrderNotFoundException",
      "ORDER_CREATE | 9999 | 订单不存在                 | ProviderException",
      "TRADE_QUERY  | 9999 | 商户不存在                 | AuthenticationException",
      "ORDER_CREATE | 11   | 验签失败                   | AuthenticationException",
      "ORDER_CREATE | 11   | Sign error                 | AuthenticationException",
      "BATCH_UPLOAD | 9999 | 账户余额不足               | InsufficientBalanceException",
      "BATCH_UPLOAD | 9999 | Insufficient balance       | InsufficientBalanceException",
      "ORDER_CREATE | 9999 | 商户订单号已存在           | DuplicateOrderException",
      "BATCH_UPLOAD | 9999 | 重复提交                   | ProviderException",
      "ORDER_CREATE | 10   | 系统异常                   | ProviderException",
      "ORDER_CREATE | 10   | design review pending      | ProviderException",
      "TRADE_QUERY  | 9999 | ' 订单不存在 '             | OrderNotFoundException",
      "TRADE_QUERY  | 9999 | 数据不存在                 | OrderNotFoundException",
      "TRADE_QUERY  | 1    | Order ypSp0IpG5on6 does not exist. | OrderNotFoundException",
      "BATCH_CANCEL | 9999 | 批次不存在                 | OrderNotFoundException",
      "TRADE_QUERY  | 1    | Order query failed: channel not found | ProviderException",
      "TRADE_QUERY  | 1    | order number not found in whitelist | ProviderException",
      "TRADE_QUERY  | 1    | The order is not found yet, please retry later | ProviderException",
      "BATCH_QUERY  | 1    | record of the channel not found | ProviderException",
      "TRADE_QUERY  | 9999 | 订单不存在或已过期         | ProviderException",
      "TRADE_QUERY  | 9999 | 查询失败:渠道订单不存在    | ProviderException",
      "TRADE_QUERY  | 9999 | 订单不存在或签名错误       | AuthenticationException",
      "TRADE_QUERY  | 1    | orderNo not exists or sign error | AuthenticationException",
      "BATCH_QUERY  | 3001 | batch not found            | OrderNotFoundException",
      "BATCH_CANCEL | 1    | Batch BP20250905123456789 does not exist. | OrderNotFoundException",
      "BATCH_QUERY  | 1    | No such batch              | OrderNotFoundException",
      "TRADE_QUERY  | 1    | batch not found            | ProviderException",
      "BATCH_QUERY  | 1    | batch query failed: channel not found | ProviderException",
      "BATCH_CANCEL | 1    | batch not found in whitelist | ProviderException"})
  void refusal_mapsTheMessageToTheMatchingException(Op op, String code, String msg, String expected) {
    ProviderException e = ErrorMapper.refusal(op, CTX, code, msg, 200);

    assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(e.providerCode()).isEqualTo(code);
    assertThat(e.providerMessage()).isEqualTo(msg);
  }

  @ParameterizedTest(name = "{0} {1} -> system error {2}")
  @CsvSource(delimiter = '|', value = {
      "10   | 系统异常[null]         | true",
      "12   | 数据库服务异常         | true",
      "9999 | System error, retry later | true",
      "9999 | 系统错误               | true",
      "9999 | 批量代付未开通         | false",
      "11   | 验签失败               | false",
      "5000 | 新增失败               | false"})
  void isSystemError_recognisesTheGatewaysOwnFailuresOnly(String code, String msg, boolean expected) {
    assertThat(ErrorMapper.isSystemError(code, msg)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void httpError_withoutAGatewayAnswer_isAuthenticationFor401And403() {
    assertThat(ErrorMapper.httpError(CTX, 401)).isInstanceOf(AuthenticationException.class);
    assertThat(ErrorMapper.httpError(CTX, 403)).isInstanceOf(AuthenticationException.class);
    assertThat(ErrorMapper.httpError(CTX, 404)).isExactlyInstanceOf(ProviderException.class)
        .hasMessageContaining("HTTP 404");
  }
}
