package dev.paysdk.pen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.paysdk.pen.PenTestSupport.client;
import static dev.paysdk.pen.PenTestSupport.documentRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.TransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a refusal's code and message make of it: the gateway's codes first, then PaySDK's refusal lexicon. */
class PenRefusalsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final PenPayouts payouts = client(wm).build().payouts();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"msg\":\"mchOrderNo already exists\",\"code\":409,\"data\":null}|DuplicateOrderException",
      "{\"msg\":\"Duplicate merchant order\",\"code\":1001}|DuplicateOrderException",
      "{\"msg\":\"repeat order\",\"code\":1001}|DuplicateOrderException",
      "{\"msg\":\"insufficient balance\",\"code\":402,\"data\":null}|InsufficientBalanceException",
      "{\"msg\":\"saldo insuficiente\",\"code\":5001}|InsufficientBalanceException",
      "{\"msg\":\"余额不足\",\"code\":402}|InsufficientBalanceException",
      "{\"msg\":\"sign error\",\"code\":403,\"data\":null}|AuthenticationException",
      "{\"msg\":\"invalid MerchantId\",\"code\":401,\"data\":null}|AuthenticationException",
      "{\"msg\":\"signature verification failed\",\"code\":4001}|AuthenticationException",
      "{\"msg\":\"firma inválida\",\"code\":400}|AuthenticationException",
      "{\"msg\":\"sign error, please check\",\"code\":400}|AuthenticationException",
      "{\"msg\":\"amount must be between 10.00 and 2000.00\",\"code\":400}|ProviderException"})
  void refusal_isClassifiedByItsCodeAndMessage_andKeepsTheGatewaysCodeAndMessage(String body, String expected) {
    wm.stubFor(post("/api/payOut").willReturn(okJson(body)));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
          assertThat(e.providerCode()).isNotBlank();
          assertThat(e.getMessage()).contains("payout-pen").contains("M1656907083234").contains(e.providerCode());
          assertThat(e.mayHaveExecuted()).isFalse();
        });
  }

  @Test
  void refusal_withHttp401_isAnAuthenticationFailureWhateverTheMessage() {
    wm.stubFor(post("/api/payOut").willReturn(aResponse().withStatus(401)
        .withBody("{\"msg\":\"denied\",\"code\":4010}")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build())).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void refusal_duplicateAndBalance_areStillProviderExceptions() {
    wm.stubFor(post("/api/payOut").willReturn(okJson("{\"msg\":\"mchOrderNo already exists\",\"code\":409}")));
    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(DuplicateOrderException.class).isInstanceOf(ProviderException.class);

    wm.stubFor(post("/api/payOut").willReturn(okJson("{\"msg\":\"insufficient balance\",\"code\":402}")));
    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(InsufficientBalanceException.class).isInstanceOf(ProviderException.class);
  }

  @Test
  void query_whoseMessageSaysDuplicate_isNoDuplicateOrder() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"duplicate request\",\"code\":409}")));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656907083234")))
        .isExactlyInstanceOf(ProviderException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"msg\":\"system error\",\"code\":400}",
      "{\"msg\":\"request timeout, please query\",\"code\":1002}",
      "{\"msg\":\"系统异常\",\"code\":1}"})
  void create_whoseNumericRefusalSaysTheGatewayItselfFailed_isOutcomeUnknown(String body) {
    wm.stubFor(post("/api/payOut").willReturn(okJson(body)));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("a failure on its side");
  }

  @Test
  void query_whoseRefusalSaysTheGatewayItselfFailed_isATransportFailureToAskAgainLater() {
    wm.stubFor(post("/api/payOutQuery").willReturn(okJson("{\"msg\":\"system busy\",\"code\":400}")));

    assertThatThrownBy(() -> payouts.query(PenPayoutQuery.byMerchantOrderNo("M1656907083234")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("ask again later");
  }

  @Test
  void refusal_thatEchoesTheRequestsPrivateValues_masksThemInTheException() {
    wm.stubFor(post("/api/payOut").willReturn(okJson("{\"msg\":\"account 1914567890123 of John, CCI "
        + "00219400254640654321, id 45678912, phone +52xxxxxxx, email xyz@gamil.com is blocked\",\"code\":400}")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.getMessage())
            .doesNotContain("1914567890123").doesNotContain("00219400254640654321").doesNotContain("45678912")
            .doesNotContain("+52xxxxxxx").doesNotContain("xyz@gamil.com")
            .contains("****0123").contains("****4321"));
  }

  @Test
  void refusal_withLineBreaksInItsMessage_cannotForgeALogLine() {
    wm.stubFor(post("/api/payOut").willReturn(okJson("{\"msg\":\"refused\\r\\nINFO payout paid\",\"code\":400}")));

    assertThatThrownBy(() -> payouts.payOut(documentRequest().build()))
        .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.getMessage())
            .doesNotContain("\r").doesNotContain("\n").contains("refused  INFO payout paid"));
  }
}
