package dev.paysdk.testkit;

import static dev.paysdk.testkit.HexpaySimulatorSamples.BALANCE_REQUEST;
import static dev.paysdk.testkit.HexpaySimulatorSamples.BALANCE_RESPONSE;
import static dev.paysdk.testkit.HexpaySimulatorSamples.BATCH_QUERY_REQUEST;
import static dev.paysdk.testkit.HexpaySimulatorSamples.BATCH_QUERY_RESPONSE;
import static dev.paysdk.testkit.HexpaySimulatorSamples.CANCEL_REQUEST;
import static dev.paysdk.testkit.HexpaySimulatorSamples.CANCEL_RESPONSE;
import static dev.paysdk.testkit.HexpaySimulatorSamples.LIST_RECORD;
import static dev.paysdk.testkit.HexpaySimulatorSamples.LIST_REQUEST;
import static dev.paysdk.testkit.HexpaySimulatorSamples.ORDER_REQUEST;
import static dev.paysdk.testkit.HexpaySimulatorSamples.ORDER_RESPONSE;
import static dev.paysdk.testkit.HexpaySimulatorSamples.QUERY_REQUEST;
import static dev.paysdk.testkit.HexpaySimulatorSamples.QUERY_RESPONSE;
import static dev.paysdk.testkit.HexpaySimulatorSamples.UPLOAD_REQUEST;
import static dev.paysdk.testkit.HexpaySimulatorSamples.UPLOAD_RESPONSE;
import static dev.paysdk.testkit.HexpaySimulatorSamples.WEBHOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.sign.Keys;
import dev.paysdk.core.webhook.WebhookRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HexpaySimulatorTest {
  static {
    // the JDK server answers keep-alive requests ~40 ms late without it
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final String MCH_NO = "M1752564528";
  private static final String APP_ID = "68760330a2cf0af37c52a073";
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final AtomicInteger ORDER_NUMBERS = new AtomicInteger();

  /** Moves only when a test says so; credentials of the document's samples. */
  private static HexpaySimulator sim;
  private static PrivateKey merchantKey;
  private static PublicKey platformKey;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startSimulator() {
    sim = HexpaySimulator.builder().mchNo(MCH_NO).appId(APP_ID)
        .options(SimulatorOptions.builder().autoAdvance(false).build()).start();
    merchantKey = Keys.rsaPrivateKey(sim.merchantPrivateKeyPem());
    platformKey = Keys.rsaPublicKey(sim.platformPublicKeyPem());
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  // ---------------------------------------------------------------- pay-in order

  @Test
  void order_theDocumentSample_isAcceptedAndAnsweredInTheSampleShape() throws Exception {
    HttpResponse<String> r = post("/v1/hexpay/trade/order", resign(ORDER_REQUEST));

    assertThat(r.statusCode()).isEqualTo(200);
    String id = json(r).at("/data/payOrderId").asText();
    assertThat(id).matches("P[0-9]{19}");
    assertThat(r.body()).isEqualTo("{\"code\":0,\"data\":{\"amount\":11,\"currency\":\"USDC\",\"location\":\""
        + sim.baseUrl() + "/pay?payOrderId=" + id + "\",\"network\":\"Solana\",\"orderState\":0,\"payOrderId\":\""
        + id + "\"},\"msg\":\"SUCCESS\"}");
    assertThat(fieldNames(json(r).get("data"))).isEqualTo(fieldNames(tree(ORDER_RESPONSE).get("data")));
    assertThat(sim.payIn("378758439")).get().satisfies(o -> {
      assertThat(o.state()).isZero();
      assertThat(o.amount()).isEqualByComparingTo("11");
      assertThat(o.payOrderId()).isEqualTo(id);
    });
  }

  @Test
  void order_signedOverTheLiteralCanonicalString_isAcceptedWithGoodsSignedAsSent() throws Exception {
    String body = "{\"mchNo\":\"M1752564528\",\"mchOrderNo\":\"lit-1\",\"amount\":11.50,\"currency\":\"USDC\","
        + "\"network\":\"Solana\",\"goods\":{\"goodsType\":\"shop\",\"goodsName\":\"T-shirt\",\"goodsDetail\":\"x\"},"
        + "\"mchUserId\":\"u1\",\"appId\":\"68760330a2cf0af37c52a073\",\"signType\":\"RSA2\",\"version\":\"v1.0\","
        + "\"notifyUrl\":\"\"";
    String canonical = "amount=11.50&appId=68760330a2cf0af37c52a073&currency=USDC"
        + "&goods={\"goodsType\":\"shop\",\"goodsName\":\"T-shirt\",\"goodsDetail\":\"x\"}&mchNo=M1752564528"
        + "&mchOrderNo=lit-1&mchUserId=u1&network=Solana&signType=RSA2&version=v1.0&";

    HttpResponse<String> r = post("/v1/hexpay/trade/order", body + ",\"sign\":\"" + rsaSign(canonical) + "\"}");

    assertThat(json(r).get("code").asInt()).isZero();
    assertThat(r.body()).contains("\"amount\":11.50,");
  }

  @Test
  void order_withGoodsSignedInAnotherSpelling_isRejectedAsBadSignature() throws Exception {
    String body = "{\"mchNo\":\"M1752564528\",\"mchOrderNo\":\"lit-2\",\"amount\":1,\"currency\":\"USDC\","
        + "\"network\":\"Solana\",\"goods\":{\"goodsType\":\"shop\",\"goodsName\":\"T-shirt\",\"goodsDetail\":\"x\"},"
        + "\"mchUserId\":\"u1\",\"appId\":\"68760330a2cf0af37c52a073\",\"signType\":\"RSA2\",\"version\":\"v1.0\"";
    // the goods object re-serialized with spaces is not what travelled
    String canonical = "amount=1&appId=68760330a2cf0af37c52a073&currency=USDC"
        + "&goods={\"goodsType\": \"shop\", \"goodsName\": \"T-shirt\", \"goodsDetail\": \"x\"}&mchNo=M1752564528"
        + "&mchOrderNo=lit-2&mchUserId=u1&network=Solana&signType=RSA2&version=v1.0&";

    HttpResponse<String> r = post("/v1/hexpay/trade/order", body + ",\"sign\":\"" + rsaSign(canonical) + "\"}");

    assertThat(r.body()).isEqualTo("{\"code\":1002,\"msg\":\"signature verification failed\"}");
    assertThat(sim.payIn("lit-2")).isEmpty();
  }

  @Test
  void order_withAWrongSignature_isRejectedAndNothingStored() throws Exception {
    int before = sim.payInCount();
    String body = signed(orderBody("bad-sig", "5", "Solana", null)).replace("\"amount\":5", "\"amount\":6");

    HttpResponse<String> r = post("/v1/hexpay/trade/order", body);

    assertThat(r.body()).isEqualTo("{\"code\":1002,\"msg\":\"signature verification failed\"}");
    assertThat(sim.payInCount()).isEqualTo(before);
  }

  @Test
  void order_withoutARequiredField_isRejectedNamingIt() throws Exception {
    String body = signed(orderBody("no-user", "5", "Solana", null).replace(",\"mchUserId\":\"user-1\"", ""));

    HttpResponse<String> r = post("/v1/hexpay/trade/order", body);

    assertThat(r.body()).isEqualTo("{\"code\":11,\"msg\":\"parameter error: mchUserId is required\"}");
    assertThat(sim.payIn("no-user")).isEmpty();
  }

  @Test
  void order_onTronWithSevenDecimals_isRejectedWithBothReasons() throws Exception {
    HttpResponse<String> r = post("/v1/hexpay/trade/order", signed(orderBody("tron-1", "1.1234567", "Tron", null)));

    assertThat(r.body()).isEqualTo("{\"code\":11,\"msg\":\"parameter error: network Tron is under maintenance; "
        + "amount has more than 6 decimal places\"}");
  }

  @Test
  void order_ofAnotherMerchant_isRejected() throws Exception {
    String body = signed(orderBody("other-mch", "5", "Solana", null).replace(MCH_NO, "M1000000000"));

    assertThat(post("/v1/hexpay/trade/order", body).body())
        .isEqualTo("{\"code\":1001,\"msg\":\"merchant or app does not exist\"}");
  }

  @Test
  void order_withAnExistingMchOrderNo_isRejectedAndNothingNewStored() throws Exception {
    post("/v1/hexpay/trade/order", signed(orderBody("dup-1", "5", "Solana", null)));
    int before = sim.payInCount();

    HttpResponse<String> r = post("/v1/hexpay/trade/order", signed(orderBody("dup-1", "7", "Polygon", null)));

    assertThat(r.body()).isEqualTo("{\"code\":2001,\"msg\":\"mchOrderNo already exists\"}");
    assertThat(sim.payInCount()).isEqualTo(before);
    assertThat(sim.payIn("dup-1").orElseThrow().amount()).isEqualByComparingTo("5");
  }

  @Test
  void cashierPage_atTheAnsweredLocation_showsTheOrder() throws Exception {
    String location = json(post("/v1/hexpay/trade/order", signed(orderBody("cashier-1", "3", "Ethereum", null))))
        .at("/data/location").asText();

    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(location)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("3 USDC on Ethereum");
  }

  @RegisterExtension
  static final SimulatorExtension<HexpaySimulator> EXTENSION = SimulatorExtension.of(HexpaySimulator::start);

  @Test
  void extension_runsASimulatorWithFreshCredentials() {
    HexpaySimulator viaExtension = EXTENSION.get();

    assertThat(viaExtension.mchNo()).matches("M[0-9]{10}");
    assertThat(viaExtension.appId()).matches("[0-9a-f]{24}");
    assertThat(viaExtension.merchantPrivateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(viaExtension.platformPublicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(viaExtension.webhookSigning()).isEqualTo(HexpaySimulator.WebhookSigning.RSA2);
  }

  // ---------------------------------------------------------------- query and list

  @Test
  void query_ofAPaidOrder_answersEveryDocumentedFieldSignedWithRuleA() throws Exception {
    String no = "query-" + ORDER_NUMBERS.incrementAndGet();
    String id = payOrderId(post("/v1/hexpay/trade/order", signed(orderBody(no, "0.001000", "Solana", null))));
    sim.pay(id);
    Map<String, String> params = queryParams(QUERY_REQUEST);
    params.put("payOrderId", id);

    HttpResponse<String> r = get("/v1/hexpay/trade/query", params);

    String body = r.body();
    String dataText = body.substring(body.indexOf("\"data\":") + 7, body.lastIndexOf(",\"msg\":\"SUCCESS\""));
    String expectedSign = md5Upper(dataFragments(dataText) + "key=" + sim.appSecret());
    assertThat(body).isEqualTo("{\"code\":0,\"data\":" + dataText + ",\"msg\":\"SUCCESS\",\"sign\":\"" + expectedSign
        + "\"}");
    JsonNode data = json(r).get("data");
    assertThat(fieldNames(data)).containsAll(fieldNames(tree(QUERY_RESPONSE).get("data")))
        .contains("expiredTime", "waitNetwork", "waitPayCurrency");
    assertThat(data.get("amount").toString()).isEqualTo("0.001000");
    assertThat(data.get("realPayAmount").toString()).isEqualTo("0.001000");
    assertThat(data.get("refundAmount").toString()).isEqualTo("0.000000");
    assertThat(data.get("state").asInt()).isEqualTo(2);
    assertThat(data.get("realNetwork").asText()).isEqualTo("solana");
    assertThat(data.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(data.get("goods").get("goodsName").asText()).isEqualTo("Tea");
  }

  @Test
  void query_byMchOrderNo_findsTheOrder() throws Exception {
    post("/v1/hexpay/trade/order", signed(orderBody("by-mch-1", "2", "Arbitrum", null)));
    Map<String, String> params = base();
    params.put("mchOrderNo", "by-mch-1");

    JsonNode data = json(get("/v1/hexpay/trade/query", params)).get("data");

    assertThat(data.get("mchOrderNo").asText()).isEqualTo("by-mch-1");
    assertThat(data.get("state").asInt()).isZero();
    assertThat(data.get("waitNetwork").asText()).isEqualTo("Arbitrum");
  }

  @Test
  void query_ofAnUnknownOrder_answersOrderNotFoundUnsigned() throws Exception {
    Map<String, String> params = queryParams(QUERY_REQUEST);

    HttpResponse<String> r = get("/v1/hexpay/trade/query", params);

    assertThat(r.body()).isEqualTo("{\"code\":2002,\"msg\":\"order not found\"}");
  }

  @Test
  void query_withoutAnyOrderNumber_isAParameterError() throws Exception {
    assertThat(get("/v1/hexpay/trade/query", base()).body())
        .isEqualTo("{\"code\":11,\"msg\":\"parameter error: payOrderId or mchOrderNo is required\"}");
  }

  @Test
  void list_pagesNewestFirstAndFilters() throws Exception {
    try (HexpaySimulator own = HexpaySimulator.builder().mchNo(MCH_NO).appId(APP_ID)
        .options(SimulatorOptions.builder().autoAdvance(false).build()).start()) {
      PrivateKey key = Keys.rsaPrivateKey(own.merchantPrivateKeyPem());
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        ids.add(payOrderId(send(own, "POST", "/v1/hexpay/trade/order",
            signed(key, orderBody("list-" + i, "12", "Solana", null)))));
      }
      own.pay(ids.get(0));
      Map<String, String> page2 = base();
      page2.put("current", "2");
      page2.put("size", "2");
      Map<String, String> paid = base();
      paid.put("state", "2");

      JsonNode second = json(send(own, "GET", "/v1/hexpay/batch/query?" + query(key, page2), null)).get("data");
      JsonNode onlyPaid = json(send(own, "GET", "/v1/hexpay/batch/query?" + query(key, paid), null)).get("data");
      Map<String, String> sample = queryParams(LIST_REQUEST);
      JsonNode sampleAnswer = json(send(own, "GET", "/v1/hexpay/batch/query?" + query(key, sample), null));

      assertThat(second.get("total").asInt()).isEqualTo(3);
      assertThat(second.get("pages").asInt()).isEqualTo(2);
      assertThat(second.get("current").asInt()).isEqualTo(2);
      assertThat(second.get("size").asInt()).isEqualTo(2);
      assertThat(second.get("records")).singleElement()
          .satisfies(rec -> assertThat(rec.get("payOrderId").asText()).isEqualTo(ids.get(0)));
      JsonNode record = onlyPaid.get("records").get(0);
      assertThat(onlyPaid.get("total").asInt()).isEqualTo(1);
      assertThat(fieldNames(record)).isEqualTo(fieldNames(tree(LIST_RECORD)));
      assertThat(record.get("amount").asText()).isEqualTo("12");
      assertThat(record.get("mchFeeAmount").asText()).isEqualTo("0.12");
      assertThat(record.get("mchSettleIncome").asText()).isEqualTo("11.88");
      assertThat(record.get("settleState").asInt()).isEqualTo(2);
      assertThat(sampleAnswer.at("/code").asInt()).isZero();
      assertThat(sampleAnswer.at("/data/total").asInt()).isZero();
    }
  }

  // ---------------------------------------------------------------- webhook and balance

  @Test
  void pay_deliversTheSampleFieldsSignedWithThePlatformKey_retriedUntilSuccess() throws Exception {
    try (Merchant merchant = new Merchant("SUCCESS", "fail", "fail")) {
      sim.setBalance("USDC", new BigDecimal("100"));
      String no = "hook-" + ORDER_NUMBERS.incrementAndGet();
      String id = payOrderId(post("/v1/hexpay/trade/order", signed(orderBody(no, "11", "Arbitrum", merchant.url()))));

      sim.pay(id);

      WebhookDelivery acked = sim.awaitWebhook(d -> d.orderNo().equals(no) && d.acknowledged(), WAIT);
      assertThat(acked.attempt()).isEqualTo(3);
      assertThat(merchant.bodies).hasSize(3).allSatisfy(b -> assertThat(b).isEqualTo(merchant.bodies.get(0)));
      assertThat(merchant.contentTypes).allSatisfy(t -> assertThat(t).isEqualTo("application/x-www-form-urlencoded"));
      Map<String, String> form = WebhookRequest.parseForm(merchant.bodies.get(0));
      assertThat(new TreeSet<>(form.keySet())).isEqualTo(fieldNames(tree(WEBHOOK)));
      assertThat(rsaVerify(canonical(form), form.get("sign"))).isTrue();
      assertThat(form).containsEntry("state", "2").containsEntry("amount", "11").containsEntry("realPayAmount", "11.000000")
          .containsEntry("mchOrderNo", no).containsEntry("payOrderId", id).containsEntry("realNetwork", "arbitrum")
          .containsEntry("payWay", "USDC(Arbitrum)").containsEntry("refundAmount", "0.000000")
          .containsEntry("settleAmount", "11").containsEntry("settleCurrency", "USDC");
      assertThat(form.get("successTime")).matches("[0-9]{13}");
      assertThat(sim.balance("USDC").available()).isEqualByComparingTo("110.89");
    }
  }

  @Test
  void webhook_inMd5Mode_isSignedWithRuleAAndTheAppSecret() throws Exception {
    try (Merchant merchant = new Merchant("SUCCESS")) {
      sim.webhookSigning(HexpaySimulator.WebhookSigning.MD5);
      String no = "md5-hook-" + ORDER_NUMBERS.incrementAndGet();
      String id = payOrderId(post("/v1/hexpay/trade/order", signed(orderBody(no, "4", "Polygon", merchant.url()))));

      sim.cancelPayIn(id);

      sim.awaitWebhook(d -> d.orderNo().equals(no) && d.acknowledged(), WAIT);
      Map<String, String> form = WebhookRequest.parseForm(merchant.bodies.get(0));
      assertThat(form.get("sign")).isEqualTo(md5Upper(canonical(form) + "key=" + sim.appSecret()));
      assertThat(form).containsEntry("state", "4").doesNotContainKey("successTime").doesNotContainKey("realPayAmount");
    } finally {
      sim.webhookSigning(HexpaySimulator.WebhookSigning.RSA2);
    }
  }

  @Test
  void autoAdvance_paysTheOrderOnTheScheduleAndSendsTheWebhook() throws Exception {
    SimulatorOptions fast = SimulatorOptions.builder().processingDelay(Duration.ofMillis(20))
        .completionDelay(Duration.ofMillis(30)).build();
    try (HexpaySimulator own = HexpaySimulator.start(fast); Merchant merchant = new Merchant("SUCCESS")) {
      PrivateKey key = Keys.rsaPrivateKey(own.merchantPrivateKeyPem());
      String body = orderBody("auto-1", "5", "Solana", merchant.url()).replace(MCH_NO, own.mchNo())
          .replace(APP_ID, own.appId());

      send(own, "POST", "/v1/hexpay/trade/order", signed(key, body));

      assertThat(own.awaitPayIn("auto-1", o -> o.state() == 2, WAIT).realPayCurrency()).isEqualTo("USDC");
      own.awaitWebhook(WebhookDelivery::acknowledged, WAIT);
      Map<String, String> form = WebhookRequest.parseForm(merchant.bodies.get(0));
      assertThat(rsaVerify(Keys.rsaPublicKey(own.platformPublicKeyPem()), canonical(form), form.get("sign"))).isTrue();
      assertThat(own.balance("USDC").available()).isEqualByComparingTo("10004.95");
    }
  }

  @Test
  void controls_onAFinalOrder_fail() throws Exception {
    String id = payOrderId(post("/v1/hexpay/trade/order", signed(orderBody("final-1", "1", "Solana", null))));
    sim.closePayIn(id);

    assertThatThrownBy(() -> sim.pay(id)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sim.failPayIn("P0")).isInstanceOf(IllegalArgumentException.class);
    assertThat(sim.payIn("final-1").orElseThrow().state()).isEqualTo(6);
  }

  @Test
  void balance_theDocumentSample_answersTheSampleBody() throws Exception {
    sim.setBalance("USDC", new BigDecimal("65.08666658"), new BigDecimal("4.48858868"));

    HttpResponse<String> r = post("/v1/hexpay/balance/query", resign(BALANCE_REQUEST.replace("68887ae1e4b04fb9fe9e03f2", APP_ID)));

    assertThat(r.body()).isEqualTo(Json.MAPPER.writeValueAsString(tree(BALANCE_RESPONSE)));
  }

  @Test
  void balance_withoutCurrency_listsBothCoins() throws Exception {
    JsonNode data = json(post("/v1/hexpay/balance/query", signed(
        "{\"mchNo\":\"M1752564528\",\"appId\":\"68760330a2cf0af37c52a073\",\"signType\":\"RSA2\",\"version\":\"v1.0\"}")))
        .get("data");

    assertThat(data).extracting(n -> n.get("currency").asText()).containsExactly("USDT", "USDC");
    assertThat(data.get(0).get("coinFullName").asText()).isEqualTo("Tether USD");
  }

  // ---------------------------------------------------------------- batch payouts

  @Test
  void batch_theDocumentSamples_uploadFreezeExecuteAndDebit() throws Exception {
    sim.setBalance("USDT", new BigDecimal("1000"));
    sim.setBalance("USDC", new BigDecimal("1000"));

    JsonNode upload = json(post("/v1/hexpay/batchPayment/upload", resign(UPLOAD_REQUEST)));

    JsonNode data = upload.get("data");
    String batchNo = data.get("batchNo").asText();
    assertThat(batchNo).matches("BP[0-9]{17}");
    assertThat(fieldNames(data)).isEqualTo(fieldNames(tree(UPLOAD_RESPONSE).get("data")));
    assertThat(data.get("totalAmount").toString())
        .isEqualTo("[{\"currency\":\"USDT\",\"amount\":10.50},{\"currency\":\"USDC\",\"amount\":20.30}]");
    assertThat(data.get("checkErrorList").toString()).isEqualTo("[]");
    assertThat(data.get("checkBalanceList").toString()).isEqualTo("[]");
    assertThat(sim.balance("USDT")).isEqualTo(new HexpaySimulator.CoinBalance("USDT", new BigDecimal("988.50"),
        new BigDecimal("11.50")));

    JsonNode pending = json(post("/v1/hexpay/batchPayment/query", resign(BATCH_QUERY_REQUEST.replace(
        "BP20250905123456789", batchNo)))).get("data");
    assertThat(pending.get("auditStatus").asInt()).isZero();
    assertThat(pending.get("waitCount").asInt()).isEqualTo(2);

    sim.approveBatch(batchNo);
    sim.completeBatch(batchNo);

    JsonNode done = json(post("/v1/hexpay/batchPayment/query", resign(BATCH_QUERY_REQUEST.replace(
        "BP20250905123456789", batchNo)))).get("data");
    JsonNode sample = tree(BATCH_QUERY_RESPONSE).get("data");
    assertThat(fieldNames(done)).isEqualTo(fieldNames(sample));
    assertThat(fieldNames(done.get("records").get(0))).isEqualTo(fieldNames(sample.get("records").get(0)));
    assertThat(done.get("auditStatus").asInt()).isEqualTo(3);
    assertThat(done.get("successCount").asInt()).isEqualTo(2);
    assertThat(done.get("totalAmount").toString()).isEqualTo("30.80");
    assertThat(done.get("auditOpinion").asText()).isEqualTo("Approved");
    assertThat(done.get("records").get(0).get("feeAmount").toString()).isEqualTo("1.00");
    assertThat(done.get("records").get(0).get("paymentAmount").toString()).isEqualTo("10.50");
    assertThat(done.get("records").get(0).get("txHash").asText()).matches("0x[0-9a-f]{64}");
    assertThat(done.get("records").get(1).get("status").asInt()).isEqualTo(2);
    assertThat(sim.balance("USDT")).isEqualTo(new HexpaySimulator.CoinBalance("USDT", new BigDecimal("988.50"),
        new BigDecimal("0.00")));
    assertThat(sim.balance("USDC").available()).isEqualByComparingTo("978.70");
  }

  @Test
  void batch_shortOfBalance_isCreatedUnfrozenAndRejectedAtReview() throws Exception {
    sim.setBalance("USDT", new BigDecimal("5.00"));
    sim.setBalance("USDC", new BigDecimal("1000"));

    JsonNode data = json(post("/v1/hexpay/batchPayment/upload", resign(UPLOAD_REQUEST))).get("data");

    assertThat(data.get("checkBalanceList").toString()).isEqualTo("[{\"paymentCurrency\":\"USDT\",\"paymentAmount\":10.50,"
        + "\"freeAmount\":1.00,\"totalAmount\":11.50,\"availableAmount\":5.00,\"isSatisfy\":0,\"validCount\":1,"
        + "\"errorCount\":0}]");
    assertThat(fieldNames(data.get("checkBalanceList").get(0)))
        .isEqualTo(fieldNames(tree(UPLOAD_RESPONSE).at("/data/checkBalanceList/0")));
    String batchNo = data.get("batchNo").asText();
    assertThat(sim.batch(batchNo).orElseThrow().fundsFrozen()).isFalse();
    assertThat(sim.balance("USDC").frozen()).isEqualByComparingTo("0");

    sim.approveBatch(batchNo);

    HexpaySimulator.Batch b = sim.batch(batchNo).orElseThrow();
    assertThat(b.auditStatus()).isEqualTo(2);
    assertThat(b.rejectReason()).isEqualTo("insufficient balance");
    assertThat(b.records()).allSatisfy(rec -> assertThat(rec.status()).isEqualTo(4));
    assertThat(sim.balance("USDT").available()).isEqualByComparingTo("5.00");
  }

  @Test
  void batch_withInvalidRecords_listsThemAndCreatesNothing() throws Exception {
    int before = sim.batchCount();
    String body = "{\"mchNo\":\"M1752564528\",\"appId\":\"68760330a2cf0af37c52a073\",\"signType\":\"RSA2\","
        + "\"version\":\"v1.0\",\"records\":[{\"recipientAddress\":\"T1\",\"paymentAmount\":0,\"paymentCurrency\":\"USDT\","
        + "\"networkType\":\"Solana\"},{\"recipientAddress\":\"T2\",\"paymentAmount\":1,\"paymentCurrency\":\"USDT\","
        + "\"networkType\":\"Tron\"},{\"recipientAddress\":\"T3\",\"paymentAmount\":2,\"paymentCurrency\":\"USDT\","
        + "\"networkType\":\"polygon\"}]}";

    JsonNode data = json(post("/v1/hexpay/batchPayment/upload", signed(body))).get("data");

    assertThat(data.has("batchNo")).isFalse();
    assertThat(data.get("totalCount").asInt()).isEqualTo(3);
    assertThat(data.get("checkErrorList").toString()).isEqualTo("[{\"index\":0,\"recipientAddress\":\"T1\","
        + "\"reason\":\"paymentAmount must be greater than 0\"},{\"index\":1,\"recipientAddress\":\"T2\","
        + "\"reason\":\"networkType Tron is under maintenance\"}]");
    assertThat(data.get("totalAmount").toString()).isEqualTo("[{\"currency\":\"USDT\",\"amount\":2}]");
    assertThat(sim.batchCount()).isEqualTo(before);
  }

  @Test
  void cancel_ofAPendingBatch_releasesTheFrozenFunds_andASecondCancelIsRefused() throws Exception {
    sim.setBalance("USDT", new BigDecimal("100"));
    sim.setBalance("USDC", new BigDecimal("100"));
    String batchNo = json(post("/v1/hexpay/batchPayment/upload", resign(UPLOAD_REQUEST))).at("/data/batchNo").asText();
    assertThat(sim.balance("USDC").frozen()).isEqualByComparingTo("21.30");
    String cancel = resign(CANCEL_REQUEST.replace("BP20250905123456789", batchNo));

    JsonNode data = json(post("/v1/hexpay/batchPayment/cancel", cancel)).get("data");

    assertThat(fieldNames(data)).isEqualTo(fieldNames(tree(CANCEL_RESPONSE).get("data")));
    assertThat(data.get("status").asInt()).isEqualTo(5);
    assertThat(sim.balance("USDC")).isEqualTo(new HexpaySimulator.CoinBalance("USDC", new BigDecimal("100.00"),
        new BigDecimal("0.00")));
    assertThat(post("/v1/hexpay/batchPayment/cancel", cancel).body()).isEqualTo(
        "{\"code\":3002,\"msg\":\"batch is not pending review and cannot be cancelled (auditStatus 5)\"}");
  }

  @Test
  void batch_recordToAFailingAddress_failsAndIsRefunded() throws Exception {
    sim.setBalance("USDT", new BigDecimal("100"));
    sim.setBalance("USDC", new BigDecimal("100"));
    // an address of this test only: the rule stays on the shared simulator
    String failing = "TFAILdKsoDHQMeZwihtdoBiN46zP8ulvDE";
    sim.failPayoutsTo(failing, "address blacklisted");
    String upload = UPLOAD_REQUEST.replace("TSNEZdKsoDHQMeZwihtdoBiN46zP8ulvDE", failing);
    String batchNo = json(post("/v1/hexpay/batchPayment/upload", resign(upload))).at("/data/batchNo").asText();

    sim.completeBatch(batchNo);

    HexpaySimulator.Batch b = sim.batch(batchNo).orElseThrow();
    assertThat(b.auditStatus()).isEqualTo(3);
    assertThat(b.records().get(0).status()).isEqualTo(2);
    assertThat(b.records().get(1).status()).isEqualTo(3);
    assertThat(b.records().get(1).failReason()).isEqualTo("address blacklisted");
    assertThat(sim.balance("USDC")).isEqualTo(new HexpaySimulator.CoinBalance("USDC", new BigDecimal("100.00"),
        new BigDecimal("0.00")));
    assertThat(sim.balance("USDT").available()).isEqualByComparingTo("88.50");
  }

  @Test
  void batchQuery_ofAnUnknownBatch_answersBatchNotFound() throws Exception {
    assertThat(post("/v1/hexpay/batchPayment/query", resign(BATCH_QUERY_REQUEST)).body())
        .isEqualTo("{\"code\":3001,\"msg\":\"batch not found\"}");
  }

  @Test
  void batch_onTheSchedule_isApprovedAndCompleted() throws Exception {
    SimulatorOptions fast = SimulatorOptions.builder().processingDelay(Duration.ofMillis(10))
        .completionDelay(Duration.ofMillis(20)).build();
    try (HexpaySimulator own = HexpaySimulator.builder().mchNo(MCH_NO).appId(APP_ID).options(fast).start()) {
      PrivateKey key = Keys.rsaPrivateKey(own.merchantPrivateKeyPem());
      String batchNo = json(send(own, "POST", "/v1/hexpay/batchPayment/upload", resign(key, UPLOAD_REQUEST)))
          .at("/data/batchNo").asText();

      HexpaySimulator.Batch b = own.awaitBatch(batchNo, x -> x.auditStatus() == 3, WAIT);

      assertThat(b.records()).allSatisfy(r -> assertThat(r.txHash()).isNotNull());
      assertThat(own.balance("USDT")).isEqualTo(new HexpaySimulator.CoinBalance("USDT", new BigDecimal("9988.50"),
          new BigDecimal("0.00")));
    }
  }

  // ---------------------------------------------------------------- faults

  @Test
  void fault_delay_holdsTheAnswerBack() throws Exception {
    sim.faults().once(HexpaySimulator.BALANCE_QUERY, Fault.delay(Duration.ofMillis(200)));
    long t0 = System.nanoTime();

    post("/v1/hexpay/balance/query", resign(BALANCE_REQUEST.replace("68887ae1e4b04fb9fe9e03f2", APP_ID)));

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void fault_resetBeforeStore_storesNothing() {
    sim.faults().once(HexpaySimulator.PAYIN_ORDER, Fault.resetBeforeStore());

    assertThatThrownBy(() -> post("/v1/hexpay/trade/order", signed(orderBody("reset-before", "1", "Solana", null))))
        .isInstanceOf(IOException.class);
    assertThat(sim.payIn("reset-before")).isEmpty();
  }

  @Test
  void fault_resetAfterStore_storesTheOrder() {
    sim.faults().once(HexpaySimulator.PAYIN_ORDER, Fault.resetAfterStore());

    assertThatThrownBy(() -> post("/v1/hexpay/trade/order", signed(orderBody("reset-after", "1", "Solana", null))))
        .isInstanceOf(IOException.class);
    assertThat(sim.payIn("reset-after")).isPresent();
  }

  @Test
  void fault_httpStatus_answersTheErrorShapeAndStoresNothing() throws Exception {
    int before = sim.batchCount();
    sim.faults().once(HexpaySimulator.BATCH_UPLOAD, Fault.httpStatus(503));

    HttpResponse<String> r = post("/v1/hexpay/batchPayment/upload", resign(UPLOAD_REQUEST));

    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).isEqualTo("{\"code\":10,\"msg\":\"system error\"}");
    assertThat(sim.batchCount()).isEqualTo(before);
  }

  @Test
  void fault_malformedBody_storesTheBatch() throws Exception {
    sim.setBalance("USDT", new BigDecimal("1000"));
    sim.setBalance("USDC", new BigDecimal("1000"));
    int before = sim.batchCount();
    sim.faults().once(HexpaySimulator.BATCH_UPLOAD, Fault.malformedBody());

    HttpResponse<String> r = post("/v1/hexpay/batchPayment/upload", resign(UPLOAD_REQUEST));

    assertThat(r.body()).isEqualTo("{\"code\":");
    assertThat(sim.batchCount()).isEqualTo(before + 1);
  }

  @Test
  void fault_wrongSignature_corruptsTheQueryAnswerSign() throws Exception {
    post("/v1/hexpay/trade/order", signed(orderBody("wrong-answer-sign", "1", "Solana", null)));
    Map<String, String> params = base();
    params.put("mchOrderNo", "wrong-answer-sign");
    sim.faults().once(HexpaySimulator.PAYIN_QUERY, Fault.wrongSignature());

    String body = get("/v1/hexpay/trade/query", params).body();

    String dataText = body.substring(body.indexOf("\"data\":") + 7, body.lastIndexOf(",\"msg\":\"SUCCESS\""));
    String sign = Json.MAPPER.readTree(body).get("sign").asText();
    assertThat(sign).matches("[0-9A-F]{32}")
        .isNotEqualTo(md5Upper(dataFragments(dataText) + "key=" + sim.appSecret()));
  }

  /**
   * The {@code key=value&} fragments of the answer's data fields as written (nested goods as its JSON
   * text). The simulator writes them in alphabetical order, which for these lower camel case names is
   * also rule A's order: the test checks that, so the string is the canonical one without sorting here.
   */
  private static String dataFragments(String dataText) throws Exception {
    Map<String, String> fields = Json.rawFields(dataText);
    assertThat(new java.util.ArrayList<>(fields.keySet())).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    StringBuilder sb = new StringBuilder();
    fields.forEach((k, v) -> {
      if (v != null && !v.isEmpty()) {
        sb.append(k).append('=').append(v).append('&');
      }
    });
    return sb.toString();
  }

  @Test
  void fault_wrongSignatureAndDuplicate_onWebhooks() throws Exception {
    try (Merchant merchant = new Merchant("SUCCESS")) {
      String bad = "wrong-hook-sign";
      String dup = "dup-hook";
      String badId = payOrderId(post("/v1/hexpay/trade/order", signed(orderBody(bad, "1", "Solana", merchant.url()))));
      String dupId = payOrderId(post("/v1/hexpay/trade/order", signed(orderBody(dup, "1", "Solana", merchant.url()))));

      sim.faults().once(Faults.WEBHOOK, Fault.wrongSignature());
      sim.pay(badId);
      sim.awaitWebhook(d -> d.orderNo().equals(bad), WAIT);
      sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());
      sim.pay(dupId);
      sim.awaitWebhook(d -> d.orderNo().equals(dup) && d.attempt() == 2, WAIT);

      Map<String, String> badForm = WebhookRequest.parseForm(merchant.bodies.get(0));
      assertThat(badForm.get("mchOrderNo")).isEqualTo(bad);
      assertThat(rsaVerify(canonical(badForm), badForm.get("sign"))).isFalse();
      assertThat(sim.webhookDeliveries().stream().filter(d -> d.orderNo().equals(dup) && d.acknowledged())).hasSize(2);
      assertThat(rsaVerify(canonical(WebhookRequest.parseForm(merchant.bodies.get(2))),
          WebhookRequest.parseForm(merchant.bodies.get(2)).get("sign"))).isTrue();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String orderBody(String mchOrderNo, String amount, String network, String notifyUrl) {
    return "{\"mchNo\":\"" + MCH_NO + "\",\"appId\":\"" + APP_ID + "\",\"mchOrderNo\":\"" + mchOrderNo
        + "\",\"amount\":" + amount + ",\"currency\":\"USDC\",\"network\":\"" + network
        + "\",\"goods\":{\"goodsName\":\"Tea\",\"goodsDetail\":\"Green tea\",\"goodsType\":\"food\"}"
        + ",\"mchUserId\":\"user-1\",\"signType\":\"RSA2\",\"version\":\"v1.0\""
        + (notifyUrl == null ? "" : ",\"notifyUrl\":\"" + notifyUrl + "\",\"successUrl\":\"https://shop.example/ok\""
            + ",\"failUrl\":\"https://shop.example/ko\"")
        + "}";
  }

  private static Map<String, String> base() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("appId", APP_ID);
    m.put("mchNo", MCH_NO);
    m.put("version", "v1.0");
    m.put("signType", "RSA2");
    return m;
  }

  /** A sample's fields as query parameters, with this simulator's credentials. */
  private static Map<String, String> queryParams(String sampleJson) throws IOException {
    Map<String, String> m = new LinkedHashMap<>(Json.rawFields(sampleJson.getBytes(StandardCharsets.UTF_8)));
    m.remove("sign");
    m.put("appId", APP_ID);
    m.put("mchNo", MCH_NO);
    return m;
  }

  /** Rule B canonical string, written independently of the production canonicalizer. */
  private static String canonical(Map<String, String> params) {
    List<String> fragments = new ArrayList<>();
    params.forEach((k, v) -> {
      if (!k.equals("sign") && v != null && !v.isEmpty()) {
        fragments.add(k + "=" + v + "&");
      }
    });
    fragments.sort(String.CASE_INSENSITIVE_ORDER);
    return String.join("", fragments);
  }

  private static String rsaSign(String canonical) throws GeneralSecurityException {
    return rsaSign(merchantKey, canonical);
  }

  private static String rsaSign(PrivateKey key, String canonical) throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(canonical.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(s.sign());
  }

  private static boolean rsaVerify(String canonical, String signature) throws GeneralSecurityException {
    return rsaVerify(platformKey, canonical, signature);
  }

  private static boolean rsaVerify(PublicKey key, String canonical, String signature) throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initVerify(key);
    s.update(canonical.getBytes(StandardCharsets.UTF_8));
    return s.verify(Base64.getDecoder().decode(signature));
  }

  private static String md5Upper(String text) throws GeneralSecurityException {
    return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static final Pattern SIGN_FIELD = Pattern.compile("\"sign\"\\s*:\\s*\"[^\"]*\"");

  /** A sample with its sign replaced by the test key's signature over its fields as written. */
  private static String resign(String json) throws Exception {
    return resign(merchantKey, json);
  }

  private static String resign(PrivateKey key, String json) throws Exception {
    String sign = rsaSign(key, canonical(Json.rawFields(json.getBytes(StandardCharsets.UTF_8))));
    return SIGN_FIELD.matcher(json).replaceFirst(Matcher.quoteReplacement("\"sign\":\"" + sign + "\""));
  }

  /** A body without sign, with a sign field appended. */
  private static String signed(String json) throws Exception {
    return signed(merchantKey, json);
  }

  private static String signed(PrivateKey key, String json) throws Exception {
    String sign = rsaSign(key, canonical(Json.rawFields(json.getBytes(StandardCharsets.UTF_8))));
    return json.substring(0, json.lastIndexOf('}')) + ",\"sign\":\"" + sign + "\"}";
  }

  private static String query(PrivateKey key, Map<String, String> params) throws GeneralSecurityException {
    Map<String, String> all = new LinkedHashMap<>(params);
    all.put("sign", rsaSign(key, canonical(params)));
    StringBuilder sb = new StringBuilder();
    all.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return send(sim, "POST", path, body);
  }

  private HttpResponse<String> get(String path, Map<String, String> params) throws Exception {
    return send(sim, "GET", path + "?" + query(merchantKey, params), null);
  }

  private HttpResponse<String> send(HexpaySimulator target, String method, String pathAndQuery, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.baseUrl() + pathAndQuery));
    if (body == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String payOrderId(HttpResponse<String> r) throws IOException {
    String id = json(r).at("/data/payOrderId").asText();
    assertThat(id).as(r.body()).isNotEmpty();
    return id;
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return Json.MAPPER.readTree(r.body());
  }

  private static JsonNode tree(String json) throws IOException {
    return Json.MAPPER.readTree(json);
  }

  private static Set<String> fieldNames(JsonNode n) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
      names.add(it.next());
    }
    return names;
  }

  /** A merchant webhook endpoint on loopback answering a queue of replies, then a default. */
  private static final class Merchant implements AutoCloseable {
    final HttpServer server;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<String> replies = new ConcurrentLinkedDeque<>();

    Merchant(String defaultReply, String... firstReplies) throws IOException {
      replies.addAll(List.of(firstReplies));
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", ex -> {
        bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        contentTypes.add(ex.getRequestHeaders().getFirst("Content-Type"));
        String reply = replies.poll();
        byte[] out = (reply == null ? defaultReply : reply).getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, out.length);
        ex.getResponseBody().write(out);
        ex.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/notify";
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
