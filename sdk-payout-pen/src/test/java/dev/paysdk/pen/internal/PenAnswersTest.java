package dev.paysdk.pen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.ProviderException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenAnswersTest {
  private static final ErrorContext CTX = ErrorContext.of("payout-pen", "payout.create", "P123456");

  private static ProviderException refusal(String body, int httpStatus) throws Exception {
    return PenAnswers.refusal(CTX, PenAnswers.read(body.getBytes(StandardCharsets.UTF_8)), httpStatus);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"msg\":\"mchOrderNo already exists\",\"code\":409,\"data\":null}|DuplicateOrderException",
      "{\"msg\":\"Duplicate merchant order\",\"code\":1001}|DuplicateOrderException",
      "{\"msg\":\"insufficient balance\",\"code\":402,\"data\":null}|InsufficientBalanceException",
      "{\"msg\":\"saldo insuficiente\",\"code\":5001}|InsufficientBalanceException",
      "{\"msg\":\"sign error\",\"code\":403,\"data\":null}|AuthenticationException",
      "{\"msg\":\"invalid MerchantId\",\"code\":401,\"data\":null}|AuthenticationException",
      "{\"msg\":\"amount must be between 10.00 and 2000.00\",\"code\":400}|ProviderException"})
  void refusal_isClassifiedByItsMessage_andKeepsTheGatewaysCodeAndMessage(String body, String expected)
      throws Exception {
    ProviderException e = refusal(body, 200);

    assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(e.providerCode()).isNotBlank();
    assertThat(e.getMessage()).contains("payout-pen").contains("P123456").contains(e.providerCode());
  }

  @Test
  void refusal_withHttp401_isAnAuthenticationFailureWhateverTheMessage() throws Exception {
    assertThat(refusal("{\"msg\":\"denied\",\"code\":4010}", 401)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void refusal_duplicateAndBalance_areStillProviderExceptions() throws Exception {
    assertThat(refusal("{\"msg\":\"mchOrderNo already exists\",\"code\":409}", 200))
        .isInstanceOf(DuplicateOrderException.class).isInstanceOf(ProviderException.class);
    assertThat(refusal("{\"msg\":\"insufficient balance\",\"code\":402}", 200))
        .isInstanceOf(InsufficientBalanceException.class).isInstanceOf(ProviderException.class);
  }
}
