package dev.paysdk.hexpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Money;
import dev.paysdk.core.Page;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.ReceivedRequest;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookDelivery;
import dev.paysdk.testkit.WebhookReceiver;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client against the embedded Hexpay simulator: pay-ins from order to RSA2-signed webhook,
 * MD5-signed query and credited balance, the order list, refusals, money safety and validation,
 * each over real HTTP on loopback.
 */
class HexpaySimulatorIntegrationTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  /** Orders pay themselves after 20 + 30 ms; webhook retries 600 times faster than documented. */
  private static SimulatorOptions fast() {
    return SimulatorOptions.builder().processingDelay(Duration.ofMillis(20)).completionDelay(Duration.ofMillis(30))
        .build();
  }

  /** Nothing moves until the test says so. */
  private static SimulatorOptions manual() {
    return SimulatorOptions.builder().autoAdvance(false).build();
  }

  static HexpayClient.Builder clientOf(HexpaySimulator sim) {
    return HexpayClient.builder()
        .baseUrl(sim.baseUrl())
        .mchNo(sim.mchNo())
        .appId(sim.appId())
        .merchantPrivateKey(sim.merchantPrivateKeyPem())
        .platformPublicKey(sim.platformPublicKeyPem())
        .appSecret(sim.appSecret())
        .readTimeout(Duration.ofSeconds(5))
        .sleeper(d -> { });
  }

  static CashierOrder.Builder order(String merchantOrderNo, String amount, String notifyUrl) {
    return CashierOrder.builder()
        .merchantOrderNo(merchantOrderNo)
        .amount(Money.of(amount, "USDC"))
        .network(HexpayNetwork.SOLANA)
        .merchantUserId("user-" + merchantOrderNo)
        .goods(new Goods("T-shirt", "Blue, size M", "shop"))
        .notifyUrl(notifyUrl);
  }

  static BigDecimal available(HexpayClient client, String currency) {
    List<HexpayBalance> balances = client.balances().query(currency);
    assertThat(balances).hasSize(1);
    return balances.get(0).available().amount();
  }

  @Test
  void payIns_fromOrderToCreditedBalance_throughRsaSignedWebhookAndMd5SignedQuery() {
    try (HexpaySimulator sim = HexpaySimulator.start(fast())) {
      HexpayClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        assertThat(available(client, "USDC")).isEqualByComparingTo("10000");

        CashierOrderResult created = client.payIns().createOrder(order("IT-NATIVE-1", "11", hook.url()).build());
        assertThat(created.payOrderId()).matches("P[0-9]+");
        assertThat(created.checkoutUrl()).isEqualTo(sim.baseUrl() + "/pay?payOrderId=" + created.payOrderId());
        assertThat(created.amount()).isEqualTo(Money.of("11", "USDC"));
        assertThat(created.status()).isEqualTo(PayInStatus.CREATED);
        assertThat(created.rawState()).isZero();

        PayIn neutral = client.payIns().create(PayInRequest.builder()
            .merchantOrderNo("IT-NEUTRAL-1")
            .amount(Money.of("5.5", "USDC"))
            .customerId("customer-7")
            .description("Gift card")
            .network("polygon")
            .notifyUrl(hook.url())
            .build());
        assertThat(neutral.providerOrderNo()).isPresent();
        assertThat(neutral.status()).isEqualTo(PayInStatus.CREATED);
        assertThat(neutral.checkoutUrl())
            .contains(sim.baseUrl() + "/pay?payOrderId=" + neutral.providerOrderNo().get());
        assertThat(sim.payIn("IT-NEUTRAL-1").orElseThrow().network()).isEqualTo("Polygon");

        WebhookDelivery first = sim.awaitWebhook(d -> d.orderNo().equals("IT-NATIVE-1") && d.acknowledged(), WAIT);
        WebhookDelivery second = sim.awaitWebhook(d -> d.orderNo().equals("IT-NEUTRAL-1") && d.acknowledged(), WAIT);
        assertThat(first.url()).isEqualTo(hook.url());
        assertThat(first.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(first.responseBody()).isEqualTo("SUCCESS");
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(second.attempt()).isEqualTo(1);
        // RSA2: a base64 signature of a 2048-bit key, not the 32 hex characters of MD5
        assertThat(WebhookRequest.parseForm(first.body()).get("sign")).hasSize(344);

        WebhookEvent event = eventFor(hook, "IT-NATIVE-1");
        assertThat(event.type()).isEqualTo(WebhookEvent.Type.PAYIN_STATUS);
        assertThat(event.payInStatus()).contains(PayInStatus.SUCCEEDED);
        assertThat(event.providerOrderNo()).contains(created.payOrderId());
        assertThat(event.amount()).contains(Money.of("11", "USDC"));
        assertThat(event.deduplicationKey()).isEqualTo("hexpay:" + created.payOrderId() + ":2");
        HexpayPayInNotification n = event.providerEvent(HexpayPayInNotification.class);
        assertThat(n.realPayAmount()).isEqualTo(Money.of("11", "USDC"));
        assertThat(n.realNetwork()).isEqualTo("solana");
        assertThat(n.merchantNo()).isEqualTo(sim.mchNo());
        assertThat(n.successTime()).isNotNull();
        assertThat(eventFor(hook, "IT-NEUTRAL-1").payInStatus()).contains(PayInStatus.SUCCEEDED);
        assertThat(hook.rejections()).isEmpty();

        TradeOrder queried = client.payIns().query(PayInLookup.byMerchantOrderNo("IT-NATIVE-1"));
        assertThat(queried.status()).isEqualTo(PayInStatus.SUCCEEDED);
        assertThat(queried.rawState()).isEqualTo(2);
        assertThat(queried.payOrderId()).isEqualTo(created.payOrderId());
        assertThat(queried.realPayAmount()).isEqualTo(Money.of("11", "USDC"));
        assertThat(queried.amount()).isEqualByComparingTo("11");
        assertThat(queried.goods()).isEqualTo(new Goods("T-shirt", "Blue, size M", "shop"));
        assertThat(queried.paySuccessTime()).isNotNull();
        PayIn retrieved = client.payIns().retrieve(PayInLookup.byMerchantOrderNo("IT-NEUTRAL-1"));
        assertThat(retrieved.status()).isEqualTo(PayInStatus.SUCCEEDED);
        assertThat(retrieved.paidAmount()).contains(Money.of("5.5", "USDC"));

        // 1 % fee: 11 * 0.99 + 5.5 * 0.99 credited
        assertThat(available(client, "USDC")).isEqualByComparingTo("10016.335");
        assertThat(sim.balance("USDC").available()).isEqualByComparingTo("10016.335");
      }
    }
  }

  @Test
  void cashierOrder_withEveryDocumentedField_isAccepted_andItsUrlsAndGoodsComeBack() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        Goods goods = new Goods("T恤 \"Blue\"", "蓝色, size M / 100% cotton & more", "shop");
        CashierOrderResult created = client.payIns().createOrder(order("IT-FULL-1", "20.123456", hook.url())
            .defaultCurrency("INR")
            .bizCode(0)
            .goods(goods)
            .successUrl("https://shop.example/ok?order=IT-FULL-1&lang=zh")
            .failUrl("https://shop.example/fail")
            .clientIp("203.0.113.7")
            .autoChangeCurrency(true)
            .merchantCoversFee(false)
            .build());
        assertThat(created.amount()).isEqualTo(Money.of("20.123456", "USDC"));

        sim.pay(created.payOrderId());

        sim.awaitWebhook(d -> d.orderNo().equals("IT-FULL-1") && d.acknowledged(), WAIT);
        HexpayPayInNotification n = eventFor(hook, "IT-FULL-1").providerEvent(HexpayPayInNotification.class);
        assertThat(n.successUrl()).isEqualTo("https://shop.example/ok?order=IT-FULL-1&lang=zh");
        assertThat(n.failUrl()).isEqualTo("https://shop.example/fail");
        assertThat(n.payWay()).isEqualTo("USDC(Solana)");
        assertThat(n.settleAmount()).isEqualTo(Money.of("20.123456", "USDC"));
        TradeOrder q = client.payIns().query(PayInLookup.byMerchantOrderNo("IT-FULL-1"));
        assertThat(q.goods()).isEqualTo(goods);
        assertThat(q.realPayAmount()).isEqualTo(Money.of("20.123456", "USDC"));
      }
    }
  }

  @Test
  void refusals_reachTheCallerAsTheirExceptions() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      client.payIns().createOrder(order("IT-REF-1", "1", null).build());

      assertThatThrownBy(() -> client.payIns().createOrder(order("IT-REF-1", "2", null).build()))
          .isInstanceOfSatisfying(DuplicateOrderException.class, e ->
              assertThat(e.providerCode()).isEqualTo(String.valueOf(HexpaySimulator.CODE_DUPLICATE_ORDER)));
      assertThatThrownBy(() -> client.payIns().query(PayInLookup.byMerchantOrderNo("IT-REF-NONE")))
          .isInstanceOf(OrderNotFoundException.class);
      HexpayClient otherKey = clientOf(sim).merchantPrivateKey(TestSupport.rsaKeyPair().getPrivate()).build();
      assertThatThrownBy(() -> otherKey.payIns().createOrder(order("IT-REF-2", "1", null).build()))
          .isInstanceOfSatisfying(AuthenticationException.class, e ->
              assertThat(e.providerCode()).isEqualTo(String.valueOf(HexpaySimulator.CODE_BAD_SIGNATURE)));
      HexpayClient otherApp = clientOf(sim).appId("000000000000000000000000").build();
      assertThatThrownBy(() -> otherApp.balances().query())
          .isInstanceOfSatisfying(AuthenticationException.class, e ->
              assertThat(e.providerCode()).isEqualTo(String.valueOf(HexpaySimulator.CODE_UNKNOWN_MERCHANT)));
      assertThat(sim.payInCount()).isEqualTo(1);
    }
  }

  @Test
  void orderList_filtersByStateAndCreationTime() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      for (int i = 1; i <= 4; i++) {
        CashierOrderResult r = client.payIns().createOrder(order("IT-FLT-" + i, "10", null).build());
        if (i % 2 == 0) {
          sim.pay(r.payOrderId());
        }
      }
      Instant now = Instant.now();

      List<OrderListItem> paid = client.payIns().listOrders(OrderListQuery.builder()
          .state(PayInStatus.SUCCEEDED).settleState(SettleState.SETTLED).build()).items();
      assertThat(paid).extracting(OrderListItem::merchantOrderNo).containsExactly("IT-FLT-4", "IT-FLT-2");
      assertThat(paid.get(0).realPayAmount()).isEqualTo(Money.of("10", "USDC"));
      assertThat(paid.get(0).merchantFee()).isEqualByComparingTo("0.1");
      assertThat(paid.get(0).merchantSettleIncome()).isEqualByComparingTo("9.9");
      assertThat(paid.get(0).txHash()).matches("0x[0-9a-f]{64}");
      assertThat(WebhookRequest.parseForm(listRequests(sim).get(0).query()))
          .containsEntry("state", "2").containsEntry("settleState", "2");

      assertThat(client.payIns().listOrders(OrderListQuery.builder().createdFrom(now.minusSeconds(3600))
          .createdTo(now.plusSeconds(3600)).build()).items()).hasSize(4);
      assertThat(client.payIns().listOrders(OrderListQuery.builder().createdFrom(now.plusSeconds(3600)).build())
          .items()).isEmpty();
      assertThat(client.payIns().list(new PayInQuery(null, null, PayInStatus.CREATED, 0)).stream()
          .map(PayIn::merchantOrderNo)).containsExactly("IT-FLT-3", "IT-FLT-1");
    }
  }

  @Test
  void orderQuery_isMd5Signed_soItNeedsTheAppSecretAndRejectsAWrongSignature() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      client.payIns().createOrder(order("IT-Q-1", "3", null).build());
      HexpayClient withoutSecret = HexpayClient.builder().baseUrl(sim.baseUrl()).mchNo(sim.mchNo()).appId(sim.appId())
          .merchantPrivateKey(sim.merchantPrivateKeyPem()).platformPublicKey(sim.platformPublicKeyPem()).build();
      PayInLookup lookup = PayInLookup.byMerchantOrderNo("IT-Q-1");

      assertThat(client.payIns().query(lookup).status()).isEqualTo(PayInStatus.CREATED);
      assertThatThrownBy(() -> withoutSecret.payIns().query(lookup))
          .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("appSecret");
      sim.faults().once(HexpaySimulator.PAYIN_QUERY, Fault.wrongSignature());
      assertThatThrownBy(() -> client.payIns().query(lookup)).isInstanceOf(SignatureVerificationException.class);
    }
  }

  @Test
  void orderList_overThreePages_isFetchedLazilyOnePageAtATime() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      List<String> newestFirst = new ArrayList<>();
      for (int i = 1; i <= 7; i++) {
        newestFirst.add(0, "IT-LIST-" + i);
        client.payIns().createOrder(order("IT-LIST-" + i, i + ".5", null).build());
      }

      Page<OrderListItem> first = client.payIns().listOrders(OrderListQuery.builder().pageSize(3).build());

      assertThat(listRequests(sim)).hasSize(1);
      assertThat(first.total()).isEqualTo(7);
      assertThat(first.pageCount()).isEqualTo(3);
      List<String> seen = new ArrayList<>();
      Iterator<OrderListItem> it = first.autoPaging().iterator();
      for (int i = 0; i < 3; i++) {
        seen.add(it.next().merchantOrderNo());
      }
      assertThat(listRequests(sim)).hasSize(1);
      seen.add(it.next().merchantOrderNo());
      assertThat(listRequests(sim)).hasSize(2);
      for (int i = 0; i < 2; i++) {
        seen.add(it.next().merchantOrderNo());
      }
      assertThat(listRequests(sim)).hasSize(2);
      OrderListItem last = it.next();
      seen.add(last.merchantOrderNo());
      assertThat(it.hasNext()).isFalse();
      assertThat(listRequests(sim)).hasSize(3);

      // newest first
      assertThat(seen).containsExactlyElementsOf(newestFirst);
      assertThat(last.amount()).isEqualTo(Money.of("1.5", "USDC"));
      assertThat(last.status()).isEqualTo(PayInStatus.CREATED);
      List<Map<String, String>> queries = listRequests(sim).stream()
          .map(r -> WebhookRequest.parseForm(r.query())).toList();
      assertThat(queries.get(0)).containsEntry("size", "3").doesNotContainKey("current");
      assertThat(queries.get(1)).containsEntry("size", "3").containsEntry("current", "2");
      assertThat(queries.get(2)).containsEntry("size", "3").containsEntry("current", "3");

      // the neutral list pages the same way
      assertThat(client.payIns().list(new PayInQuery(null, null, null, 3)).stream().map(PayIn::merchantOrderNo))
          .containsExactlyElementsOf(newestFirst);
      assertThat(listRequests(sim)).hasSize(6);
    }
  }

  @Test
  void orderCreation_whoseAnswerIsLost_isOutcomeUnknown_andTheQueryFindsTheOneOrderStored() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      sim.faults().once(HexpaySimulator.PAYIN_ORDER, Fault.resetAfterStore());

      assertThatThrownBy(() -> client.payIns().createOrder(order("IT-LOST-1", "9", null).build()))
          .isInstanceOf(OutcomeUnknownException.class)
          .hasMessageContaining("IT-LOST-1")
          .hasMessageContaining("do not resend");

      assertThat(sim.receivedRequests(HexpaySimulator.PAYIN_ORDER)).hasSize(1);
      assertThat(sim.payInCount()).isEqualTo(1);
      TradeOrder found = client.payIns().query(PayInLookup.byMerchantOrderNo("IT-LOST-1"));
      assertThat(found.merchantOrderNo()).isEqualTo("IT-LOST-1");
      assertThat(found.payOrderId()).isEqualTo(sim.payIn("IT-LOST-1").orElseThrow().payOrderId());
      assertThat(found.status()).isEqualTo(PayInStatus.CREATED);
    }
  }

  @Test
  void orderCreation_answered503OrUnreadable_isOutcomeUnknown_andTheQueryTellsWhetherTheOrderExists() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      sim.faults().once(HexpaySimulator.PAYIN_ORDER, Fault.httpStatus(503));
      sim.faults().once(HexpaySimulator.PAYIN_ORDER, Fault.malformedBody());

      assertThatThrownBy(() -> client.payIns().createOrder(order("IT-503-A", "1", null).build()))
          .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("HTTP 503");
      assertThatThrownBy(() -> client.payIns().createOrder(order("IT-GARBLED-B", "1", null).build()))
          .isInstanceOf(OutcomeUnknownException.class);

      assertThat(sim.receivedRequests(HexpaySimulator.PAYIN_ORDER)).hasSize(2);
      // the 503 stored nothing, the unreadable answer came after the order was stored
      assertThatThrownBy(() -> client.payIns().query(PayInLookup.byMerchantOrderNo("IT-503-A")))
          .isInstanceOf(OrderNotFoundException.class);
      assertThat(client.payIns().query(PayInLookup.byMerchantOrderNo("IT-GARBLED-B")).status())
          .isEqualTo(PayInStatus.CREATED);
      assertThat(sim.payInCount()).isEqualTo(1);
    }
  }

  @Test
  void orderQuery_answered503_isRetriedAndThenAnswered() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      CashierOrderResult created = client.payIns().createOrder(order("IT-503-1", "1", null).build());
      sim.faults().once(HexpaySimulator.PAYIN_QUERY, Fault.httpStatus(503));

      TradeOrder found = client.payIns().query(PayInLookup.byProviderOrderNo(created.payOrderId()));

      assertThat(found.merchantOrderNo()).isEqualTo("IT-503-1");
      List<ReceivedRequest> queries = sim.receivedRequests(HexpaySimulator.PAYIN_QUERY);
      assertThat(queries).hasSize(2);
      assertThat(queries.get(1).query()).isEqualTo(queries.get(0).query());
    }
  }

  @Test
  void invalidRequests_areRejectedBeforeAnythingReachesTheGateway() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();

      assertThatThrownBy(() -> client.payIns().createOrder(order("IT-TRON-1", "1", null)
          .network(HexpayNetwork.TRON).build()))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
              .anySatisfy(f -> assertThat(f.field()).isEqualTo("network")));
      assertThatThrownBy(() -> client.payIns().createOrder(order("IT-SCALE-1", "1", null)
          .amount(Money.reported(new BigDecimal("1.0000001"), "USDC")).build()))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
              .anySatisfy(f -> assertThat(f.field()).isEqualTo("amount")));
      assertThatThrownBy(() -> client.batchPayouts().upload(BatchPayoutUpload.of("empty", List.of())))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
              .anySatisfy(f -> assertThat(f.field()).isEqualTo("records")));

      assertThat(sim.receivedRequests()).isEmpty();
      assertThat(sim.payInCount()).isZero();
      assertThat(sim.batchCount()).isZero();
    }
  }

  @Test
  void tronOptIn_letsTheOrderThrough_andTheGatewaySaysTronIsUnderMaintenance() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).tronNetworkEnabled(true).build();

      assertThatThrownBy(() -> client.payIns().createOrder(order("IT-TRON-2", "1", null)
          .network(HexpayNetwork.TRON).build()))
          .isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.providerCode()).isEqualTo(String.valueOf(HexpaySimulator.CODE_PARAMETER_ERROR));
            assertThat(e.providerMessage()).contains("Tron is under maintenance");
          });
      assertThat(sim.receivedRequests(HexpaySimulator.PAYIN_ORDER)).hasSize(1);
      assertThat(sim.payInCount()).isZero();
    }
  }

  /**
   * The verified event about {@code merchantOrderNo} among those {@code hook} has already received: the tests
   * ask only after the simulator saw that webhook acknowledged.
   */
  static WebhookEvent eventFor(WebhookReceiver hook, String merchantOrderNo) {
    return hook.events().stream().filter(e -> merchantOrderNo.equals(e.merchantOrderNo())).findFirst()
        .orElseThrow(() -> new AssertionError("no verified webhook for " + merchantOrderNo + "; rejections "
            + hook.rejections()));
  }

  private static List<ReceivedRequest> listRequests(HexpaySimulator sim) {
    return sim.receivedRequests(HexpaySimulator.PAYIN_LIST);
  }
}
