package dev.paysdk.hexpay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.Verdict;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HexpayProtocolClassifyTest {
  private static final HexpayProtocol PROTOCOL = new HexpayProtocol(HexpayConfig.builder()
      .baseUrl(dev.paysdk.core.http.BaseUrl.of("http://127.0.0.1:1")).mchNo("M1").appId("A1")
      .signType(HexpaySignType.MD5).appSecret("s3cret").version("v1.0").zone(java.time.ZoneOffset.UTC)
      .defaultGoodsType("shop").httpOptions(HttpOptions.defaults()).build());
  private static final Map<String, Operation> OPS = Map.of("TRADE_QUERY", HexpayOperations.TRADE_QUERY,
      "BATCH_QUERY", HexpayOperations.BATCH_QUERY, "BATCH_CANCEL", HexpayOperations.BATCH_CANCEL,
      "ORDER_CREATE", HexpayOperations.ORDER_CREATE, "BATCH_UPLOAD", HexpayOperations.BATCH_UPLOAD);

  /** What the exchange makes of a verdict: the exception's simple name, or GatewayFailed. */
  static String outcome(String op, String code, String msg) {
    String body = "{\"code\":" + code + ",\"msg\":" + (msg == null ? "null" : "\"" + msg + "\"") + "}";
    HttpResponse response = new HttpResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    Operation operation = OPS.get(op);
    Verdict v = PROTOCOL.classify(operation, PROTOCOL.decode(operation, response), response);
    if (v instanceof Verdict.NotFound) {
      return "OrderNotFoundException";
    }
    if (v instanceof Verdict.GatewayFailed) {
      return "GatewayFailed";
    }
    if (v instanceof Verdict.Refused r) {
      return switch (r.kind()) {
        case AUTHENTICATION -> "AuthenticationException";
        case DUPLICATE_ORDER -> "DuplicateOrderException";
        case INSUFFICIENT_BALANCE -> "InsufficientBalanceException";
        case GENERIC -> "ProviderException";
      };
    }
    return "Handled";
  }

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
      "ORDER_CREATE | 10   | 系统异常                   | GatewayFailed",
      "ORDER_CREATE | 10   | design review pending      | GatewayFailed",
      "ORDER_CREATE | 12   | 数据库服务异常             | GatewayFailed",
      "BATCH_UPLOAD | 9999 | System error, retry later  | GatewayFailed",
      "ORDER_CREATE | 0    | FAIL                       | Malformed",
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
  void classify_readsTheCodeAndMessageAsTheMatchingVerdict(String op, String code, String msg, String expected) {
    String got;
    try {
      got = outcome(op, code, msg.replace("'", ""));
    } catch (dev.paysdk.core.gateway.MalformedAnswerException e) {
      got = "Malformed";
    }
    assertThat(got).isEqualTo(expected);
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
    assertThat(HexpayProtocol.isSystemError(code, msg)).isEqualTo(expected);
  }
}
