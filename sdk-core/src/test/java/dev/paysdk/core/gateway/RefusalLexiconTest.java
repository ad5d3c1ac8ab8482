package dev.paysdk.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reading of refusal messages, value by value, for every gateway. */
class RefusalLexiconTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "repeat order                          | DUPLICATE_ORDER",
      "Repeated order number                 | DUPLICATE_ORDER",
      "duplicate mchOrderNo                  | DUPLICATE_ORDER",
      "order already exists                  | DUPLICATE_ORDER",
      "tradeNo has already been used         | DUPLICATE_ORDER",
      "商户订单号已存在                       | DUPLICATE_ORDER",
      "订单重复                              | DUPLICATE_ORDER",
      "La orden ya existe                    | DUPLICATE_ORDER",
      "orden duplicada                       | DUPLICATE_ORDER",
      "nomor transaksi sudah digunakan       | DUPLICATE_ORDER",
      "insufficient balance                  | INSUFFICIENT_BALANCE",
      "Balance is not enough                 | INSUFFICIENT_BALANCE",
      "not enough funds                      | INSUFFICIENT_BALANCE",
      "账户余额不足                           | INSUFFICIENT_BALANCE",
      "saldo insuficiente                    | INSUFFICIENT_BALANCE",
      "Saldo tidak cukup                     | INSUFFICIENT_BALANCE",
      "signature verification failed         | AUTHENTICATION",
      "sign error                            | AUTHENTICATION",
      "Invalid signature                     | AUTHENTICATION",
      "验签失败                              | AUTHENTICATION",
      "签名错误                              | AUTHENTICATION",
      "mchId not exist                       | AUTHENTICATION",
      "merchant does not exist               | AUTHENTICATION",
      "商户不存在                            | AUTHENTICATION",
      "IP not in white list                  | AUTHENTICATION",
      "firma inválida                        | AUTHENTICATION",
      "Unauthorized                          | AUTHENTICATION",
      "invalid MerchantId                    | AUTHENTICATION",
      "Invalid merchant                      | AUTHENTICATION",
      "Order query failed: mchId not exist   | AUTHENTICATION",
      "channel closed                        | GENERIC",
      "Merchant order channel not found      | GENERIC",
      "merchant order not found              | GENERIC",
      "amount too small                      | GENERIC",
      "account frozen by bank                | GENERIC",
      "design review pending                 | GENERIC"})
  void kindOf_aCreate(String message, RefusalKind expected) {
    assertThat(RefusalLexicon.kindOf(message.strip(), true)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "on a query, {0} is no duplicate")
  @CsvSource({"repeat order", "duplicate request"})
  void duplicate_meansNothingOutsideACreate(String message) {
    assertThat(RefusalLexicon.kindOf(message, false)).isEqualTo(RefusalKind.GENERIC);
  }

  @ParameterizedTest(name = "{0} -> gateway failed {1}")
  @CsvSource(delimiter = '|', value = {
      "system error                 | true",
      "System busy, try again later | true",
      "request timeout, please query| true",
      "Internal Server Error        | true",
      "系统异常                     | true",
      "数据库服务异常               | true",
      "超时                         | true",
      "error interno                | true",
      "insufficient balance         | false",
      "duplicate order              | false",
      "channel closed               | false",
      "sign error, please check     | false"})
  void saysGatewayFailed(String message, boolean expected) {
    assertThat(RefusalLexicon.saysGatewayFailed(message.strip())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> says success {1}")
  @CsvSource(delimiter = '|', value = {
      "SUCCESS                      | true",
      "success                      | true",
      "Success.                     | true",
      "successful                   | true",
      "OK                           | true",
      "成功                         | true",
      "处理成功                     | true",
      "exitoso                      | true",
      "berhasil                     | true",
      "sukses                       | true",
      "not successful               | false",
      "success rate too low         | false",
      "insufficient balance         | false",
      "book                         | false",
      "失败                         | false"})
  void saysSuccess(String message, boolean expected) {
    assertThat(RefusalLexicon.saysSuccess(message.strip())).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void kindOf_theFirstMessageThatSaysSomething() {
    assertThat(RefusalLexicon.kindOf(true, "channel closed", "insufficient balance")).isEqualTo(RefusalKind.INSUFFICIENT_BALANCE);
    assertThat(RefusalLexicon.kindOf(true, "duplicate order", "insufficient balance")).isEqualTo(RefusalKind.DUPLICATE_ORDER);
    assertThat(RefusalLexicon.kindOf(false, "duplicate order", null)).isEqualTo(RefusalKind.GENERIC);
    assertThat(RefusalLexicon.kindOf(true)).isEqualTo(RefusalKind.GENERIC);
  }
}
