package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.paysdk.hexpay.TestSupport.APP_SECRET;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static dev.paysdk.hexpay.TestSupport.md5Upper;
import static dev.paysdk.hexpay.TestSupport.onlyRequest;
import static dev.paysdk.hexpay.TestSupport.queryParameters;
import static dev.paysdk.hexpay.TestSupport.rsaSign;
import static dev.paysdk.hexpay.TestSupport.textFields;
import static dev.paysdk.hexpay.TestSupport.withSign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TradeQueryTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();
  private static final KeyPair OTHER = TestSupport.rsaKeyPair();
  private static final String DOCUMENT_SIGN = "54F8ADD6BD9BC8867DCB319329F587FE";

  /** The canonical string of the document's query answer: its data fields, goods as received. */
  private static final String ANSWER_CANONICAL = "amount=0.001000&createdAt=2025-07-22 10:57:27"
      + "&goods={\n\"goodsDetail\": \"MacBook Pro 14-inch\",\n\"goodsName\": \"MacBook Pro 14-inch\",\n"
      + "\"goodsType\": \"MacBook\"\n}"
      + "&mchName=GlobalGoods&mchNo=M1752564528&mchOrderNo=ypSp0IpG5on6&mchUserId=illvBhVGuri7"
      + "&payOrderId=P1947491150220296193&paySuccessTime=2025-07-22 11:01:30&realNetwork=Solana"
      + "&realPayAmount=0.001000&realPayCurrency=USDC&refundAmount=0.000000&state=2"
      + "&updatedAt=2025-07-22 10:57:27&wayCode=QrCode&";

  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  private HexpayClient client() {
    return TestSupport.client(wm, MERCHANT, PLATFORM).appSecret(APP_SECRET).build();
  }

  private static String md5SignedAnswer() {
    return withSign(fixture("trade-query-response.json"), DOCUMENT_SIGN,
        md5Upper(ANSWER_CANONICAL + "key=" + APP_SECRET));
  }

  private void answer(String body) {
    wm.stubFor(get(urlPathEqualTo("/v1/hexpay/trade/query")).willReturn(okJson(body)));
  }

  @Test
  void query_withTheDocumentSample_sendsSignedQueryParametersAndVerifiesTheMd5SignedAnswer() {
    answer(md5SignedAnswer());

    // The document's request and answer samples name different orders; the order asked for here is
    // the answer's, as an answer about another order is rejected.
    TradeOrder order = client().payIns().query(PayInLookup.byProviderOrderNo("P1947491150220296193"));

    String canonical = "appId=68760330a2cf0af37c52a073&mchNo=M1752564528&payOrderId=P1947491150220296193"
        + "&signType=RSA2&version=v1.0&";
    String sign = rsaSign(MERCHANT.getPrivate(), canonical);
    var sent = onlyRequest(wm);
    assertThat(sent.getMethod().getName()).isEqualTo("GET");
    assertThat(sent.getBodyAsString()).isEmpty();
    assertThat(sent.getUrl()).isEqualTo("/v1/hexpay/trade/query?mchNo=M1752564528&appId=68760330a2cf0af37c52a073"
        + "&payOrderId=P1947491150220296193&signType=RSA2&version=v1.0&sign="
        + URLEncoder.encode(sign, StandardCharsets.UTF_8));
    Map<String, String> sample = textFields(fixture("trade-query-request.json"));
    Map<String, String> params = queryParameters(sent.getUrl());
    assertThat(sample).containsEntry("payOrderId", "P1947211653281546242");
    sample.put("payOrderId", "P1947491150220296193");
    sample.remove("sign");
    params.remove("sign");
    assertThat(params).containsExactlyInAnyOrderEntriesOf(sample);

    assertThat(order.payOrderId()).isEqualTo("P1947491150220296193");
    assertThat(order.merchantNo()).isEqualTo("M1752564528");
    assertThat(order.merchantOrderNo()).isEqualTo("ypSp0IpG5on6");
    assertThat(order.merchantName()).isEqualTo("GlobalGoods");
    assertThat(order.merchantUserId()).isEqualTo("illvBhVGuri7");
    assertThat(order.amount()).isEqualByComparingTo("0.001");
    assertThat(order.amount().scale()).isEqualTo(6);
    assertThat(order.refundAmount()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(order.status()).isEqualTo(PayInStatus.SUCCEEDED);
    assertThat(order.rawState()).isEqualTo(2);
    assertThat(order.wayCode()).isEqualTo("QrCode");
    assertThat(order.realPayAmount()).isEqualTo(Money.reported(new BigDecimal("0.001000"), "USDC"));
    assertThat(order.realNetwork()).isEqualTo("Solana");
    assertThat(order.goods()).isEqualTo(new Goods("MacBook Pro 14-inch", "MacBook Pro 14-inch", "MacBook"));
    assertThat(order.createdAt()).isEqualTo(Instant.parse("2025-07-22T10:57:27Z"));
    assertThat(order.updatedAt()).isEqualTo(Instant.parse("2025-07-22T10:57:27Z"));
    assertThat(order.paySuccessTime()).isEqualTo(Instant.parse("2025-07-22T11:01:30Z"));
    assertThat(order.expiredTime()).isNull();
    assertThat(order.cancelTime()).isNull();
    assertThat(order.waitNetwork()).isNull();
    assertThat(order.waitPayCurrency()).isNull();
  }

  @Test
  void query_byMerchantOrderNo_sendsMchOrderNo() {
    answer(md5SignedAnswer());

    client().payIns().query(PayInLookup.byMerchantOrderNo("ypSp0IpG5on6"));

    String canonical = "appId=68760330a2cf0af37c52a073&mchNo=M1752564528&mchOrderNo=ypSp0IpG5on6"
        + "&signType=RSA2&version=v1.0&";
    assertThat(onlyRequest(wm).getUrl()).isEqualTo("/v1/hexpay/trade/query?mchNo=M1752564528"
        + "&appId=68760330a2cf0af37c52a073&mchOrderNo=ypSp0IpG5on6&signType=RSA2&version=v1.0&sign="
        + URLEncoder.encode(rsaSign(MERCHANT.getPrivate(), canonical), StandardCharsets.UTF_8));
  }

  @Test
  void query_readsTimesInTheConfiguredZone() {
    answer(md5SignedAnswer());

    TradeOrder order = TestSupport.client(wm, MERCHANT, PLATFORM).appSecret(APP_SECRET)
        .zone(ZoneId.of("Asia/Shanghai")).build()
        .payIns().query(PayInLookup.byProviderOrderNo("P1947491150220296193"));

    assertThat(order.createdAt()).isEqualTo(Instant.parse("2025-07-22T02:57:27Z"));
  }

  @Test
  void query_whenTheMd5SignedAnswerWasTampered_throwsSignatureVerificationException() {
    answer(md5SignedAnswer().replace("\"state\": 2", "\"state\": 3"));

    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byProviderOrderNo("P1947491150220296193")))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("MD5")
        .hasMessageNotContaining(md5Upper(ANSWER_CANONICAL + "key=" + APP_SECRET));
  }

  @Test
  void query_whenTheAnswerIsMd5SignedAndNoAppSecretIsConfigured_rejectsIt() {
    answer(md5SignedAnswer());

    assertThatThrownBy(() -> TestSupport.client(wm, MERCHANT, PLATFORM).build().payIns()
        .query(PayInLookup.byProviderOrderNo("P1947491150220296193")))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("appSecret(...)");
  }

  @Test
  void query_whenTheAnswerIsRsaSignedWithThePlatformKey_acceptsIt() {
    answer(withSign(fixture("trade-query-response.json"), DOCUMENT_SIGN,
        rsaSign(PLATFORM.getPrivate(), ANSWER_CANONICAL)));

    TradeOrder order = client().payIns().query(PayInLookup.byProviderOrderNo("P1947491150220296193"));

    assertThat(order.status()).isEqualTo(PayInStatus.SUCCEEDED);
  }

  @Test
  void query_whenTheAnswerIsRsaSignedWithAnotherKey_throwsSignatureVerificationException() {
    answer(withSign(fixture("trade-query-response.json"), DOCUMENT_SIGN,
        rsaSign(OTHER.getPrivate(), ANSWER_CANONICAL)));

    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byProviderOrderNo("P1947491150220296193")))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("SHA256withRSA");
  }

  @Test
  void query_withEnvelopeScope_verifiesTheTopLevelFields() {
    String dataText = fixture("trade-query-response.json");
    dataText = dataText.substring(dataText.indexOf("\"data\": ") + 8, dataText.indexOf(",\n\"msg\""));
    String canonical = "code=0&data=" + dataText + "&msg=SUCCESS&";
    answer(withSign(fixture("trade-query-response.json"), DOCUMENT_SIGN, rsaSign(PLATFORM.getPrivate(), canonical)));

    TradeOrder order = TestSupport.client(wm, MERCHANT, PLATFORM)
        .responseSignatureScope(ResponseSignatureScope.ENVELOPE_FIELDS).build()
        .payIns().query(PayInLookup.byProviderOrderNo("P1947491150220296193"));

    assertThat(order.payOrderId()).isEqualTo("P1947491150220296193");
  }

  @Test
  void query_whenTheAnswerNamesAnotherPayOrderId_throwsTransportException() {
    answer(md5SignedAnswer());

    // The document's request sample asks for P1947211653281546242; its answer is about P1947491150220296193.
    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byProviderOrderNo("P1947211653281546242")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("[hexpay] payin.query")
        .hasMessageContaining("the answer is about gateway order")
        .hasMessageContaining("gateway order P1947491150220296193, not P1947211653281546242");
  }

  @Test
  void query_whenTheAnswerNamesAnotherMerchantOrderNo_throwsTransportException() {
    answer(md5SignedAnswer());

    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byMerchantOrderNo("order-42")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("(merchant order order-42)")
        .hasMessageContaining("merchant order ypSp0IpG5on6, not order-42");
  }

  @Test
  void query_byBothNumbers_whenOnlyOneMatches_throwsTransportException() {
    answer(md5SignedAnswer());

    assertThatThrownBy(() -> client().payIns()
        .query(new PayInLookup("ypSp0IpG5on6", "P1947211653281546242")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("gateway order P1947491150220296193");
    TradeOrder order = client().payIns().query(new PayInLookup("ypSp0IpG5on6", "P1947491150220296193"));
    assertThat(order.payOrderId()).isEqualTo("P1947491150220296193");
  }

  @Test
  void retrieve_whenTheAnswerNamesAnotherOrder_throwsTransportException() {
    answer(md5SignedAnswer());

    assertThatThrownBy(() -> client().payIns().retrieve(PayInLookup.byMerchantOrderNo("order-42")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("merchant order ypSp0IpG5on6, not order-42");
    assertThatThrownBy(() -> client().payIns().retrieve(PayInLookup.byProviderOrderNo("P1947211653281546242")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("gateway order P1947491150220296193, not P1947211653281546242");
  }

  @Test
  void query_whenTheAnswerHasNoOrderNumber_throwsTransportException() {
    // A correctly signed answer without mchOrderNo: the signature passes, the order check rejects it.
    String canonical = ANSWER_CANONICAL.replace("&mchOrderNo=ypSp0IpG5on6", "");
    answer(withSign(fixture("trade-query-response.json"), DOCUMENT_SIGN, rsaSign(PLATFORM.getPrivate(), canonical))
        .replace("\"mchOrderNo\": \"ypSp0IpG5on6\",\n", ""));

    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byMerchantOrderNo("ypSp0IpG5on6")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("does not name the order asked for: it has no merchant order number");
  }

  @Test
  void query_whenTheSuccessfulAnswerCarriesNoSign_throwsSignatureVerificationException() {
    String unsigned = fixture("trade-query-response.json").replace(",\n\"sign\": \"" + DOCUMENT_SIGN + "\"", "");
    assertThat(unsigned).doesNotContain("sign");
    answer(unsigned);

    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byProviderOrderNo("P1947491150220296193")))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("[hexpay] payin.query")
        .hasMessageContaining("carries no signature");
    assertThatThrownBy(() -> client().payIns().retrieve(PayInLookup.byMerchantOrderNo("ypSp0IpG5on6")))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void query_whenTheSuccessfulAnswersSignIsEmpty_throwsSignatureVerificationException() {
    answer(withSign(fixture("trade-query-response.json"), DOCUMENT_SIGN, ""));

    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byProviderOrderNo("P1947491150220296193")))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("carries no signature");
  }

  @Test
  void query_whenTheGatewaySaysTheOrderDoesNotExist_throwsOrderNotFoundException() {
    answer("{\"code\":9999,\"msg\":\"订单不存在\"}");

    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byMerchantOrderNo("nope-1")))
        .isInstanceOf(OrderNotFoundException.class)
        .hasMessageContaining("(merchant order nope-1)")
        .hasMessageContaining("订单不存在");
  }

  @Test
  void retrieve_whenTheGatewaySaysOrderNotFoundInEnglish_throwsOrderNotFoundException() {
    answer("{\"code\":5001,\"msg\":\"Order does not exist\"}");

    assertThatThrownBy(() -> client().payIns().retrieve(PayInLookup.byMerchantOrderNo("nope-2")))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void query_whenTheGatewayRefusesForAnotherReason_throwsPlainProviderException() {
    answer("{\"code\":9999,\"msg\":\"通道不可用\"}");

    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byMerchantOrderNo("x")))
        .isExactlyInstanceOf(ProviderException.class);
  }

  @Test
  void query_whenTheGatewayAnswersItsOwnSystemError_isATransportFailureToAskAgainLater() {
    answer("{\"code\":10,\"msg\":\"系统异常\"}");

    assertThatThrownBy(() -> client().payIns().query(PayInLookup.byMerchantOrderNo("x")))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessageContaining("code 10");
  }

  @Test
  void query_whenTheGatewayFailsOnce_retriesTheRead() {
    wm.stubFor(get(urlPathEqualTo("/v1/hexpay/trade/query")).inScenario("flaky")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
        .willSetStateTo("up"));
    wm.stubFor(get(urlPathEqualTo("/v1/hexpay/trade/query")).inScenario("flaky")
        .whenScenarioStateIs("up").willReturn(okJson(md5SignedAnswer())));

    TradeOrder order = client().payIns().query(PayInLookup.byProviderOrderNo("P1947491150220296193"));

    assertThat(order.payOrderId()).isEqualTo("P1947491150220296193");
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void retrieve_mapsTheOrderToTheNeutralPayIn() {
    answer(md5SignedAnswer());

    PayIn payIn = client().payIns().retrieve(PayInLookup.byMerchantOrderNo("ypSp0IpG5on6"));

    assertThat(payIn.providerId()).isEqualTo("hexpay");
    assertThat(payIn.merchantOrderNo()).isEqualTo("ypSp0IpG5on6");
    assertThat(payIn.providerOrderNo()).contains("P1947491150220296193");
    assertThat(payIn.status()).isEqualTo(PayInStatus.SUCCEEDED);
    assertThat(payIn.rawStatus()).isEqualTo("2");
    assertThat(payIn.amount()).isEmpty();
    assertThat(payIn.paidAmount()).contains(Money.reported(new BigDecimal("0.001"), "USDC"));
    assertThat(payIn.createdAt()).contains(Instant.parse("2025-07-22T10:57:27Z"));
    assertThat(payIn.paidAt()).contains(Instant.parse("2025-07-22T11:01:30Z"));
    assertThat(payIn.rawResponse()).contains(md5SignedAnswer());
  }
}
