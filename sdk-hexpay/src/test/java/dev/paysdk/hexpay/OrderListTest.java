package dev.paysdk.hexpay;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.paysdk.hexpay.TestSupport.fixture;
import static dev.paysdk.hexpay.TestSupport.onlyRequest;
import static dev.paysdk.hexpay.TestSupport.queryParameters;
import static dev.paysdk.hexpay.TestSupport.rsaSign;
import static dev.paysdk.hexpay.TestSupport.textFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.Money;
import dev.paysdk.core.Page;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInStatus;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrderListTest {
  private static final KeyPair MERCHANT = TestSupport.rsaKeyPair();
  private static final KeyPair PLATFORM = TestSupport.rsaKeyPair();

  @RegisterExtension
  static WireMockExtension wm = TestSupport.wireMock();

  private HexpayClient client() {
    return TestSupport.client(wm, MERCHANT, PLATFORM).mchNo("M1757493187").appId("68c1382798a210e71dedddae").build();
  }

  @Test
  void listOrders_withTheDocumentSample_sendsSignedQueryParametersAndReadsEveryRecord() {
    wm.stubFor(get(urlPathEqualTo("/v1/hexpay/batch/query")).willReturn(okJson(fixture("order-list-response.json"))));
    OrderListQuery query = OrderListQuery.builder()
        .createdFrom(Instant.parse("2025-09-10T00:00:00Z"))
        .createdTo(Instant.parse("2025-09-10T23:59:59Z"))
        .state(PayInStatus.SUCCEEDED)
        .settleState(SettleState.SETTLED)
        .bizCode(1)
        .build();

    Page<OrderListItem> page = client().payIns().listOrders(query);

    String canonical = "appId=68c1382798a210e71dedddae&bizCode=1&createdEnd=2025-09-10 23:59:59"
        + "&createdStart=2025-09-10 00:00:00&mchNo=M1757493187&settleState=2&signType=RSA2&state=2&version=v1.0&";
    var sent = onlyRequest(wm);
    assertThat(sent.getMethod().getName()).isEqualTo("GET");
    assertThat(sent.getUrl()).isEqualTo("/v1/hexpay/batch/query?mchNo=M1757493187&appId=68c1382798a210e71dedddae"
        + "&bizCode=1&createdStart=2025-09-10+00%3A00%3A00&createdEnd=2025-09-10+23%3A59%3A59&settleState=2&state=2"
        + "&signType=RSA2&version=v1.0&sign="
        + URLEncoder.encode(rsaSign(MERCHANT.getPrivate(), canonical), StandardCharsets.UTF_8));
    Map<String, String> sample = textFields(fixture("order-list-request.json"));
    Map<String, String> params = queryParameters(sent.getUrl());
    sample.remove("sign");
    params.remove("sign");
    assertThat(params).containsExactlyInAnyOrderEntriesOf(sample);

    assertThat(page.pageNumber()).isEqualTo(1);
    assertThat(page.pageSize()).isEqualTo(10);
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.pageCount()).isEqualTo(1);
    assertThat(page.hasNext()).isFalse();
    assertThat(page.items()).extracting(OrderListItem::payOrderId)
        .containsExactly("P1956719923828715522", "P1955910592950509570", "P1955876137510723586");
    OrderListItem first = page.items().get(0);
    assertThat(first.appId()).isEqualTo("689d7bd965ac3acb9b2f0cb7");
    assertThat(first.merchantOrderNo()).isEqualTo("VO6LDUwMFaSS");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-08-16T14:09:18Z"));
    assertThat(first.status()).isEqualTo(PayInStatus.SUCCEEDED);
    assertThat(first.rawState()).isEqualTo(2);
    assertThat(first.merchantUserId()).isEqualTo("dxrM7dglqQPb");
    assertThat(first.bizCode()).isEqualTo(2);
    assertThat(first.wayCode()).isEqualTo("-");
    assertThat(first.network()).isEqualTo("Solana");
    assertThat(first.amount()).isEqualTo(Money.of("12", "USDC"));
    assertThat(first.realPayAmount()).isEqualTo(Money.of("12", "USDT"));
    assertThat(first.realNetwork()).isEqualTo("binance_smart_chain");
    assertThat(first.txHash()).isEqualTo("0xd609c2deac9c87df133f8fa2256b2deb019c62daa7151bcdf626055925013432");
    assertThat(first.successTime()).isEqualTo(Instant.parse("2025-08-16T14:25:02Z"));
    assertThat(first.settleAmount()).isEqualTo(Money.of("12", "USDC"));
    assertThat(first.merchantFee()).isEqualByComparingTo("0.02");
    assertThat(first.merchantSettleIncome()).isEqualByComparingTo("11.98");
    assertThat(first.settleState()).isEqualTo(SettleState.SETTLED);
    assertThat(first.rawSettleState()).isEqualTo(2);
    assertThat(page.items().get(1).amount()).isEqualTo(Money.of("0.2", "USDC"));
    assertThat(page.items().get(2).network()).isEqualTo("Arbitrum");
  }

  private static String pageAnswer(int current, String... payOrderIds) {
    StringBuilder records = new StringBuilder();
    for (String id : payOrderIds) {
      if (records.length() > 0) {
        records.append(',');
      }
      records.append("{\"payOrderId\":\"").append(id).append("\",\"mchOrderNo\":\"m-").append(id)
          .append("\",\"state\":2,\"currency\":\"USDT\",\"amount\":\"1.5\",\"createdAt\":\"2025-08-16 14:09:18\"}");
    }
    return "{\"code\":0,\"msg\":\"SUCCESS\",\"data\":{\"records\":[" + records + "],\"total\":5,\"size\":2,"
        + "\"current\":" + current + ",\"pages\":3}}";
  }

  private void stubThreePages() {
    wm.stubFor(get(urlPathEqualTo("/v1/hexpay/batch/query")).withQueryParam("current", absent())
        .willReturn(okJson(pageAnswer(1, "P1", "P2"))));
    wm.stubFor(get(urlPathEqualTo("/v1/hexpay/batch/query")).withQueryParam("current", equalTo("2"))
        .willReturn(okJson(pageAnswer(2, "P3", "P4"))));
    wm.stubFor(get(urlPathEqualTo("/v1/hexpay/batch/query")).withQueryParam("current", equalTo("3"))
        .willReturn(okJson(pageAnswer(3, "P5"))));
  }

  @Test
  void autoPaging_acrossThreePages_fetchesEachFollowingPageOnceWithTheSameFilters() {
    stubThreePages();

    Page<OrderListItem> first = client().payIns().listOrders(OrderListQuery.builder()
        .state(PayInStatus.SUCCEEDED).pageSize(2).build());
    assertThat(wm.getAllServeEvents()).hasSize(1);

    List<String> ids = new ArrayList<>();
    for (OrderListItem item : first.autoPaging()) {
      ids.add(item.payOrderId());
    }

    assertThat(ids).containsExactly("P1", "P2", "P3", "P4", "P5");
    List<Map<String, String>> sent = wm.findAll(getRequestedFor(anyUrl())).stream()
        .map(r -> queryParameters(r.getUrl())).toList();
    assertThat(sent).hasSize(3);
    assertThat(sent).extracting(p -> p.get("current")).containsExactly(null, "2", "3");
    assertThat(sent).allSatisfy(p -> {
      assertThat(p).containsEntry("size", "2").containsEntry("state", "2");
    });
  }

  @Test
  void list_neutral_mapsTheQueryAndPagesLazily() {
    stubThreePages();

    Page<PayIn> page = client().payIns().list(new PayInQuery(Instant.parse("2025-08-01T00:00:00Z"), null,
        PayInStatus.SUCCEEDED, 2));

    assertThat(wm.getAllServeEvents()).hasSize(1);
    assertThat(queryParameters(wm.getAllServeEvents().get(0).getRequest().getUrl()))
        .containsEntry("createdStart", "2025-08-01 00:00:00").containsEntry("state", "2")
        .containsEntry("size", "2").doesNotContainKey("createdEnd");
    assertThat(page.items()).extracting(PayIn::merchantOrderNo).containsExactly("m-P1", "m-P2");
    assertThat(page.items().get(0).amount()).contains(Money.reported(new BigDecimal("1.5"), "USDT"));
    assertThat(page.stream().map(p -> p.providerOrderNo().orElseThrow()).toList())
        .containsExactly("P1", "P2", "P3", "P4", "P5");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }
}
