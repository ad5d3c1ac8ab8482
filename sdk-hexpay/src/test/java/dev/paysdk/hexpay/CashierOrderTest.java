package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.paysdk.hexpay.TestSupport.assertSameFieldsIgnoringSign;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static dev.paysdk.hexpay.TestSupport.onlyRequest;
import static dev.paysdk.hexpay.TestSupport.rsaSign;
import static dev.paysdk.hexpay.TestSupport.rsaVerifies;
import static dev.paysdk.hexpay.TestSupport.signOf;
import static dev.paysdk.hexpay.TestSupport.withSignAdded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CashierOrderTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();
  private static final KeyPair OTHER = TestSupport.rsaKeyPair();

  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  private HexpayClient client() {
    return TestSupport.client(wm, MERCHANT, PLATFORM).build();
  }

  private static CashierOrder documentSampleOrder() {
    return CashierOrder.builder()
        .merchantOrderNo("378758439")
        .amount(Money.of("11", "USDC"))
        .network(HexpayNetwork.SOLANA)
        .bizCode(0)
        .goods(new Goods("T-shirt", "xxxxxxxxxxx", "shop"))
        .merchantUserId("1230987")
        .build();
  }

  @Test
  void createOrder_withTheDocumentSample_sendsExactlySignedJsonAndReadsTheAnswer() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order")).willReturn(okJson(fixture("trade-order-response.json"))));

    CashierOrderResult result = client().payIns().createOrder(documentSampleOrder());

    String canonical = "amount=11&appId=68760330a2cf0af37c52a073&bizCode=0&currency=USDC"
        + "&goods={\"goodsName\":\"T-shirt\",\"goodsDetail\":\"xxxxxxxxxxx\",\"goodsType\":\"shop\"}"
        + "&mchNo=M1752564528&mchOrderNo=378758439&mchUserId=1230987&network=Solana&signType=RSA2&version=v1.0&";
    LoggedRequest sent = onlyRequest(wm);
    assertThat(sent.getMethod().getName()).isEqualTo("POST");
    assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    assertThat(sent.getBodyAsString()).isEqualTo("{\"mchNo\":\"M1752564528\",\"appId\":\"68760330a2cf0af37c52a073\","
        + "\"mchOrderNo\":\"378758439\",\"currency\":\"USDC\",\"network\":\"Solana\",\"bizCode\":0,\"amount\":11,"
        + "\"mchUserId\":\"1230987\","
        + "\"goods\":{\"goodsName\":\"T-shirt\",\"goodsDetail\":\"xxxxxxxxxxx\",\"goodsType\":\"shop\"},"
        + "\"signType\":\"RSA2\",\"version\":\"v1.0\",\"sign\":\"" + rsaSign(MERCHANT.getPrivate(), canonical) + "\"}");
    assertThat(rsaVerifies(MERCHANT.getPublic(), canonical, signOf(sent.getBodyAsString()))).isTrue();
    assertSameFieldsIgnoringSign(sent.getBodyAsString(), fixture("trade-order-request.json"));

    assertThat(result.payOrderId()).isEqualTo("P1947225344373334017");
    assertThat(result.checkoutUrl()).isEqualTo("http://localhost:5173/pay?payOrderId=P1947225344373334017");
    assertThat(result.network()).isEqualTo("Solana");
    assertThat(result.amount()).isEqualTo(Money.of("11", "USDC"));
    assertThat(result.status()).isEqualTo(PayInStatus.CREATED);
    assertThat(result.rawState()).isZero();
  }

  @Test
  void createOrder_withEveryOptionalField_sendsThemAllSignedAndAmountWithSixDecimals() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order")).willReturn(okJson(fixture("trade-order-response.json"))));
    CashierOrder order = CashierOrder.builder()
        .merchantOrderNo("A-1")
        .amount(Money.of("0.123456", "USDT"))
        .defaultCurrency("INR")
        .network(HexpayNetwork.BINANCE_SMART_CHAIN)
        .merchantUserId("u1")
        .goods(new Goods("Café & tea", "2 \"cups\"", "food"))
        .notifyUrl("https://shop.example/notify")
        .successUrl("https://shop.example/ok")
        .failUrl("https://shop.example/ko")
        .clientIp("203.0.113.7")
        .autoChangeCurrency(true)
        .merchantCoversFee(false)
        .build();

    client().payIns().createOrder(order);

    String goods = "{\"goodsName\":\"Café & tea\",\"goodsDetail\":\"2 \\\"cups\\\"\",\"goodsType\":\"food\"}";
    String canonical = "amount=0.123456&appId=68760330a2cf0af37c52a073&autoChangeCurrency=true&clientIp=203.0.113.7"
        + "&currency=USDT&defaultCurrency=INR&failUrl=https://shop.example/ko&goods=" + goods
        + "&mchCoverFee=false&mchNo=M1752564528&mchOrderNo=A-1&mchUserId=u1&network=Binance_smart_chain"
        + "&notifyUrl=https://shop.example/notify&signType=RSA2&successUrl=https://shop.example/ok&version=v1.0&";
    assertThat(onlyRequest(wm).getBodyAsString()).isEqualTo("{\"mchNo\":\"M1752564528\","
        + "\"appId\":\"68760330a2cf0af37c52a073\",\"mchOrderNo\":\"A-1\",\"currency\":\"USDT\","
        + "\"defaultCurrency\":\"INR\",\"network\":\"Binance_smart_chain\",\"amount\":0.123456,\"mchUserId\":\"u1\","
        + "\"goods\":" + goods + ",\"notifyUrl\":\"https://shop.example/notify\","
        + "\"successUrl\":\"https://shop.example/ok\",\"failUrl\":\"https://shop.example/ko\","
        + "\"clientIp\":\"203.0.113.7\",\"autoChangeCurrency\":true,\"mchCoverFee\":false,"
        + "\"signType\":\"RSA2\",\"version\":\"v1.0\",\"sign\":\"" + rsaSign(MERCHANT.getPrivate(), canonical) + "\"}");
  }

  @Test
  void create_neutralRequest_mapsDescriptionCustomerAndNetworkAndReturnsThePayIn() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order")).willReturn(okJson(fixture("trade-order-response.json"))));
    PayInRequest request = PayInRequest.builder()
        .merchantOrderNo("378758439")
        .amount(Money.of("11", "USDC"))
        .customerId("1230987")
        .description("T-shirt")
        .network("solana")
        .notifyUrl("https://shop.example/notify")
        .build();

    PayIn payIn = TestSupport.client(wm, MERCHANT, PLATFORM).defaultGoodsType("apparel").build()
        .payIns().create(request);

    assertThat(onlyRequest(wm).getBodyAsString()).startsWith("{\"mchNo\":\"M1752564528\","
        + "\"appId\":\"68760330a2cf0af37c52a073\",\"mchOrderNo\":\"378758439\",\"currency\":\"USDC\","
        + "\"network\":\"Solana\",\"amount\":11,\"mchUserId\":\"1230987\","
        + "\"goods\":{\"goodsName\":\"T-shirt\",\"goodsDetail\":\"T-shirt\",\"goodsType\":\"apparel\"},"
        + "\"notifyUrl\":\"https://shop.example/notify\",\"signType\":\"RSA2\",\"version\":\"v1.0\",\"sign\":\"");
    assertThat(payIn.providerId()).isEqualTo("hexpay");
    assertThat(payIn.merchantOrderNo()).isEqualTo("378758439");
    assertThat(payIn.providerOrderNo()).contains("P1947225344373334017");
    assertThat(payIn.checkoutUrl()).contains("http://localhost:5173/pay?payOrderId=P1947225344373334017");
    assertThat(payIn.amount()).contains(Money.of("11", "USDC"));
    assertThat(payIn.status()).isEqualTo(PayInStatus.CREATED);
    assertThat(payIn.rawStatus()).isEqualTo("0");
    assertThat(payIn.rawResponse()).contains(fixture("trade-order-response.json"));
  }

  @Test
  void createOrder_whenTheGatewayRefuses_throwsProviderExceptionWithCodeAndMessage() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order"))
        .willReturn(okJson("{\"code\":9999,\"msg\":\"通道不可用\"}")));

    assertThatThrownBy(() -> client().payIns().createOrder(documentSampleOrder()))
        .isExactlyInstanceOf(ProviderException.class)
        .hasMessageContaining("[hexpay] payin.create (merchant order 378758439)")
        .hasMessageContaining("code 9999")
        .hasMessageContaining("通道不可用")
        .satisfies(e -> assertThat(((ProviderException) e).providerCode()).isEqualTo("9999"));
  }

  @Test
  void createOrder_whenTheOrderNumberWasUsed_throwsDuplicateOrderException() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order"))
        .willReturn(okJson("{\"code\":9999,\"msg\":\"商户订单号重复\"}")));

    assertThatThrownBy(() -> client().payIns().createOrder(documentSampleOrder()))
        .isInstanceOf(DuplicateOrderException.class);
  }

  @Test
  void createOrder_whenTheSignatureIsRefused_throwsAuthenticationException() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order"))
        .willReturn(okJson("{\"code\":11,\"msg\":\"验签失败\"}")));

    assertThatThrownBy(() -> client().payIns().createOrder(documentSampleOrder()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void createOrder_whenTheConnectionDropsAfterSending_throwsOutcomeUnknownAndNeverResends() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client().payIns().createOrder(documentSampleOrder()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("378758439");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void createOrder_whenTheAnswersSignatureDoesNotVerify_throwsOutcomeUnknownCausedBySignatureFailure() {
    String forged = rsaSign(OTHER.getPrivate(), "amount=11&currency=USDC&");
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order"))
        .willReturn(okJson(withSignAdded(fixture("trade-order-response.json"), forged))));

    assertThatThrownBy(() -> client().payIns().createOrder(documentSampleOrder()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("[hexpay] payin.create (merchant order 378758439)")
        .hasMessageContaining("the answer's signature did not verify")
        .hasMessageContaining("SHA256withRSA")
        .hasMessageContaining("the request may have been executed")
        .hasMessageContaining("do not resend, reconcile by merchant order number 378758439")
        .hasMessageNotContaining(forged)
        .cause().isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("[hexpay] payin.create (merchant order 378758439)");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void create_whenTheAnswerIsMd5SignedWithoutAnAppSecret_throwsOutcomeUnknownCausedBySignatureFailure() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order")).willReturn(okJson(
        withSignAdded(fixture("trade-order-response.json"), "54F8ADD6BD9BC8867DCB319329F587FE"))));

    PayInRequest request = PayInRequest.builder().merchantOrderNo("378758439").amount(Money.of("11", "USDC"))
        .customerId("1230987").description("T-shirt").network("solana").build();

    assertThatThrownBy(() -> client().payIns().create(request))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("appSecret(...)")
        .hasMessageContaining("reconcile by merchant order number 378758439")
        .hasCauseInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void createOrder_whenTheAnswerIsSignedWithThePlatformKey_acceptsIt() {
    String canonical = "amount=11&currency=USDC&location=http://localhost:5173/pay?payOrderId=P1947225344373334017"
        + "&network=Solana&orderState=0&payOrderId=P1947225344373334017&";
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order")).willReturn(okJson(
        withSignAdded(fixture("trade-order-response.json"), rsaSign(PLATFORM.getPrivate(), canonical)))));

    assertThat(client().payIns().createOrder(documentSampleOrder()).payOrderId()).isEqualTo("P1947225344373334017");
  }

  @Test
  void createOrder_whenA2xxAnswerCannotBeRead_throwsOutcomeUnknown() {
    wm.stubFor(post(urlEqualTo("/v1/hexpay/trade/order")).willReturn(okJson("<html>gateway</html>")));

    assertThatThrownBy(() -> client().payIns().createOrder(documentSampleOrder()))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
