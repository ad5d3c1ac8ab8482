package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.paysdk.hexpay.TestSupport.assertSameFieldsIgnoringSign;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static dev.paysdk.hexpay.TestSupport.onlyRequest;
import static dev.paysdk.hexpay.TestSupport.rsaSign;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BalancesTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();

  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  @Test
  void query_withTheDocumentSample_sendsTheSignedBodyAndReadsEveryDecimal() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/balance/query")).willReturn(okJson(fixture("balance-response.json"))));
    // the document's balance sample sends version "1.0"
    HexpayClient client = TestSupport.client(wm, MERCHANT, PLATFORM).appId("68887ae1e4b04fb9fe9e03f2")
        .version("1.0").build();

    List<HexpayBalance> balances = client.balances().query("USDC");

    String canonical = "appId=68887ae1e4b04fb9fe9e03f2&currency=USDC&mchNo=M1752564528&signType=RSA2&version=1.0&";
    String body = onlyRequest(wm).getBodyAsString();
    assertThat(body).isEqualTo("{\"mchNo\":\"M1752564528\",\"appId\":\"68887ae1e4b04fb9fe9e03f2\","
        + "\"currency\":\"USDC\",\"signType\":\"RSA2\",\"version\":\"1.0\",\"sign\":\""
        + rsaSign(MERCHANT.getPrivate(), canonical) + "\"}");
    assertSameFieldsIgnoringSign(body, fixture("balance-request.json"));
    assertThat(balances).containsExactly(new HexpayBalance("USDC",
        Money.reported(new BigDecimal("65.08666658"), "USDC"), Money.reported(new BigDecimal("4.48858868"), "USDC"),
        "USD Coin"));
    assertThat(balances.get(0).available().amount().toPlainString()).isEqualTo("65.08666658");
  }

  @Test
  void list_neutral_queriesEveryCurrencyWithoutTheCurrencyField() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/balance/query")).willReturn(okJson(fixture("balance-response.json"))));

    List<Balance> balances = TestSupport.client(wm, MERCHANT, PLATFORM).build().balances().list();

    String canonical = "appId=68760330a2cf0af37c52a073&mchNo=M1752564528&signType=RSA2&version=v1.0&";
    assertThat(onlyRequest(wm).getBodyAsString()).isEqualTo("{\"mchNo\":\"M1752564528\","
        + "\"appId\":\"68760330a2cf0af37c52a073\",\"signType\":\"RSA2\",\"version\":\"v1.0\",\"sign\":\""
        + rsaSign(MERCHANT.getPrivate(), canonical) + "\"}");
    assertThat(balances).hasSize(1);
    Balance usdc = balances.get(0);
    assertThat(usdc.currency()).isEqualTo("USDC");
    assertThat(usdc.available()).isEqualTo(Money.reported(new BigDecimal("65.08666658"), "USDC"));
    assertThat(usdc.frozenAmount()).contains(Money.reported(new BigDecimal("4.48858868"), "USDC"));
    assertThat(usdc.pendingAmount()).isEmpty();
  }
}
