package dev.paysdk.testkit;

import static dev.paysdk.testkit.TestDigests.hmacSha256Hex;
import static dev.paysdk.testkit.TestDigests.md5Upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.sign.Signers;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PenPayoutSimulatorTest {
  private static final String MERCHANT = "100001";
  private static final String SECRET = "test-secret";
  private static final SimulatorOptions FAST = SimulatorOptions.builder().processingDelay(Duration.ofMillis(20))
      .completionDelay(Duration.ofMillis(60)).build();
  private static final Duration WAIT = Duration.ofSeconds(3);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQ = new AtomicInteger();

  @RegisterExtension
  static final SimulatorExtension<PenPayoutSimulator> SIM = SimulatorExtension.of(
      () -> PenPayoutSimulator.builder().options(FAST).merchantId(MERCHANT).secretKey(SECRET).start());

  private static NotifyReceiver merchant;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void startMerchant() throws IOException {
    merchant = NotifyReceiver.answering("SUCCESS");
  }

  @AfterAll
  static void stopMerchant() {
    merchant.close();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static String newOrderNo() {
    return "P" + System.currentTimeMillis() % 100000 + "x" + SEQ.incrementAndGet();
  }

  private static String newNonce() {
    return "n" + System.nanoTime() % 1_000_000_000L + "x" + SEQ.incrementAndGet();
  }

  /** A create body written out as a merchant would send it. */
  private static String createBody(String orderNo, String nonce, String amount, String notifyUrl) {
    return "{\"accountName\":\"John\",\"accountNo\":\"1234567890\",\"cciAccountNo\":\"00219400254640654321\","
        + "\"accountType\":1,\"currency\":\"PEN\",\"amount\":" + amount + ",\"bankId\":2,\"mchOrderNo\":\"" + orderNo
        + "\",\"notifyUrl\":\"" + notifyUrl + "\",\"nonceStr\":\"" + nonce + "\",\"idType\":\"DNI\","
        + "\"idCard\":\"12345678\",\"phone\":\"+51987654321\",\"email\":\"xyz@example.com\",\"remark\":\"remark\"}";
  }

  private static String ruleA(String body) throws IOException {
    return Signers.md5SortedFragments(SECRET).sign(Json.rawFields(body));
  }

  private HttpResponse<String> send(GatewaySimulator sim, String path, String body, String merchantId, String sign)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (merchantId != null) {
      b.header("MerchantId", merchantId);
    }
    if (sign != null) {
      b.header("Sign", sign);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> signedPost(GatewaySimulator sim, String path, String body) throws Exception {
    return send(sim, path, body, MERCHANT, ruleA(body));
  }

  private HttpResponse<String> create(PenPayoutSimulator sim, String orderNo, String notifyUrl) throws Exception {
    HttpResponse<String> r = signedPost(sim, "/api/payOut", createBody(orderNo, newNonce(), "100.00", notifyUrl));
    assertThat(r.body()).contains("\"code\":200");
    return r;
  }

  private JsonNode query(PenPayoutSimulator sim, String lookupJsonFields) throws Exception {
    String body = "{" + lookupJsonFields + ",\"nonceStr\":\"" + newNonce() + "\"}";
    return JSON.readTree(signedPost(sim, "/api/payOutQuery", body).body());
  }

  private static PenPayoutSimulator.Builder ownSim() {
    return PenPayoutSimulator.builder().options(FAST).merchantId(MERCHANT).secretKey(SECRET);
  }

  private static List<String> plus(List<String> names, String extra) {
    List<String> out = new ArrayList<>(names);
    out.add(extra);
    return out;
  }

  // ---- create --------------------------------------------------------------------------------

  @Test
  void create_signedWithRuleA_isAcceptedAndAnsweredLikeTheDocumentSample() throws Exception {
    PenPayoutSimulator sim = SIM.get();
    String orderNo = newOrderNo();
    String nonce = newNonce();
    String notify = merchant.url("/webhooks");
    String body = createBody(orderNo, nonce, "100.00", notify);
    String sign = md5Upper("accountName=John&accountNo=1234567890&accountType=1&amount=100.00&bankId=2"
        + "&cciAccountNo=00219400254640654321&currency=PEN&email=xyz@example.com&idCard=12345678&idType=DNI"
        + "&mchOrderNo=" + orderNo + "&nonceStr=" + nonce + "&notifyUrl=" + notify + "&phone=+51987654321"
        + "&remark=remark&key=test-secret");

    HttpResponse<String> r = send(sim, "/api/payOut", body, MERCHANT, sign);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).matches("\\Q{\"msg\":\"SUCCESS\",\"code\":200,\"data\":{\"merchantId\":\"100001\","
        + "\"mchOrderNo\":\"" + orderNo + "\",\"orderNo\":\"PAYOUT\\E[0-9]{19}\\Q\",\"amount\":100.00,\"fee\":1.00,"
        + "\"orderStatus\":\"PROCESSING\"}}\\E");
    JsonNode sample = DocumentSamples.json("pen/create-response.json");
    JsonNode answer = JSON.readTree(r.body());
    assertThat(DocumentSamples.fieldNames(answer)).isEqualTo(DocumentSamples.fieldNames(sample));
    assertThat(DocumentSamples.fieldNames(answer.get("data"))).isEqualTo(DocumentSamples.fieldNames(sample.get("data")));
    PenPayoutSimulator.Order order = sim.order(orderNo).orElseThrow();
    assertThat(order.amount()).isEqualTo(new BigDecimal("100.00"));
    assertThat(order.fields()).containsEntry("cciAccountNo", "00219400254640654321").containsEntry("accountType", "1");
  }

  @Test
  void create_withAWrongSign_isRefusedAndStoresNothing() throws Exception {
    PenPayoutSimulator sim = SIM.get();
    String orderNo = newOrderNo();
    String body = createBody(orderNo, newNonce(), "100.00", merchant.url("/w"));

    HttpResponse<String> r = send(sim, "/api/payOut", body, MERCHANT,
        Signers.md5SortedFragments("other-secret").sign(Json.rawFields(body)));

    assertThat(r.body()).isEqualTo("{\"msg\":\"sign error\",\"code\":403,\"data\":null}");
    assertThat(send(sim, "/api/payOut", body, MERCHANT, null).body())
        .isEqualTo("{\"msg\":\"sign error\",\"code\":403,\"data\":null}");
    assertThat(sim.order(orderNo)).isEmpty();
  }

  @Test
  void create_signedOverTheAmountAsAnotherText_isRefused() throws Exception {
    String nonce = newNonce();
    String orderNo = newOrderNo();
    String signedBody = createBody(orderNo, nonce, "100.00", merchant.url("/w"));
    String sentBody = createBody(orderNo, nonce, "100.0", merchant.url("/w"));

    assertThat(send(SIM.get(), "/api/payOut", sentBody, MERCHANT, ruleA(signedBody)).body())
        .isEqualTo("{\"msg\":\"sign error\",\"code\":403,\"data\":null}");
  }

  @Test
  void create_withoutOrWithAnotherMerchantId_isRefused() throws Exception {
    String body = createBody(newOrderNo(), newNonce(), "100.00", merchant.url("/w"));

    assertThat(send(SIM.get(), "/api/payOut", body, null, ruleA(body)).body())
        .isEqualTo("{\"msg\":\"invalid MerchantId\",\"code\":401,\"data\":null}");
    assertThat(send(SIM.get(), "/api/payOut", body, "100002", ruleA(body)).body())
        .isEqualTo("{\"msg\":\"invalid MerchantId\",\"code\":401,\"data\":null}");
  }

  @Test
  void create_withoutRequiredFields_namesEveryOne() throws Exception {
    String body = "{\"accountName\":\"John\",\"accountType\":1,\"currency\":\"PEN\",\"amount\":100.00,\"bankId\":2,"
        + "\"mchOrderNo\":\"" + newOrderNo() + "\",\"notifyUrl\":\"https://abc.com/webhooks\",\"nonceStr\":\""
        + newNonce() + "\",\"idCard\":\"12345678\",\"remark\":\"\"}";

    assertThat(signedPost(SIM.get(), "/api/payOut", body).body()).isEqualTo("{\"msg\":\"accountNo is required; "
        + "idType is required; remark is required\",\"code\":400,\"data\":null}");
  }

  @Test
  void create_withBrokenValueRules_listsEveryProblem() throws Exception {
    String body = "{\"accountName\":\"John\",\"accountNo\":\"1234567890\",\"cciAccountNo\":\"0021940025464065432\","
        + "\"accountType\":1,\"currency\":\"USD\",\"amount\":2000.01,\"bankId\":\"BCP\",\"mchOrderNo\":\""
        + newOrderNo() + "\",\"notifyUrl\":\"abc.com/webhooks\",\"nonceStr\":\"" + newNonce() + "\","
        + "\"idType\":\"DNI\",\"idCard\":\"123456789012345678901234567890123\",\"email\":\"xyz\",\"remark\":\"r\"}";

    assertThat(signedPost(SIM.get(), "/api/payOut", body).body()).isEqualTo("{\"msg\":\"idCard longer than 32 "
        + "characters; currency must be PEN; amount must be between 10.00 and 2000.00; bankId must be an integer; "
        + "cciAccountNo must be 20 digits; notifyUrl must be an http or https URL; email is not a valid email address\","
        + "\"code\":400,\"data\":null}");
  }

  @Test
  void create_checksTheAmountsRangeAndDecimals() throws Exception {
    PenPayoutSimulator sim = SIM.get();
    assertThat(signedPost(sim, "/api/payOut", createBody(newOrderNo(), newNonce(), "9.99", "https://a.pe/w")).body())
        .contains("amount must be between 10.00 and 2000.00");
    assertThat(signedPost(sim, "/api/payOut", createBody(newOrderNo(), newNonce(), "10.005", "https://a.pe/w"))
        .body()).contains("amount has more than 2 decimals");
    assertThat(signedPost(sim, "/api/payOut", createBody(newOrderNo(), newNonce(), "\"12,50\"", "https://a.pe/w"))
        .body()).contains("amount must be a decimal number");
    String edge = newOrderNo();
    assertThat(signedPost(sim, "/api/payOut", createBody(edge, newNonce(), "\"2000\"", merchant.url("/w"))).body())
        .contains("\"amount\":2000.00");
    String low = newOrderNo();
    assertThat(signedPost(sim, "/api/payOut", createBody(low, newNonce(), "10.00", merchant.url("/w"))).body())
        .contains("\"code\":200");
  }

  @Test
  void create_asAForm_isRefusedForItsContentType() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(SIM.get().baseUrl() + "/api/payOut"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("MerchantId", MERCHANT)
        .POST(HttpRequest.BodyPublishers.ofString("amount=100")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(r.body()).isEqualTo("{\"msg\":\"Content-Type must be application/json\",\"code\":400,\"data\":null}");
  }

  @Test
  void aReusedNonce_isRefusedAsAReplay_onBothEndpoints() throws Exception {
    PenPayoutSimulator sim = SIM.get();
    String nonce = newNonce();
    String first = newOrderNo();
    assertThat(signedPost(sim, "/api/payOut", createBody(first, nonce, "100.00", merchant.url("/w"))).body())
        .contains("\"code\":200");

    String second = newOrderNo();
    HttpResponse<String> replay = signedPost(sim, "/api/payOut", createBody(second, nonce, "100.00", merchant.url("/w")));
    HttpResponse<String> replayedQuery = signedPost(sim, "/api/payOutQuery",
        "{\"mchOrderNo\":\"" + first + "\",\"nonceStr\":\"" + nonce + "\"}");

    assertThat(replay.body()).isEqualTo("{\"msg\":\"nonceStr already used\",\"code\":400,\"data\":null}");
    assertThat(replayedQuery.body()).isEqualTo("{\"msg\":\"nonceStr already used\",\"code\":400,\"data\":null}");
    assertThat(sim.order(second)).isEmpty();
  }

  @Test
  void create_withAReusedMerchantOrderNo_isRefusedAndDebitsOnce() throws Exception {
    try (PenPayoutSimulator sim = ownSim().start()) {
      String orderNo = newOrderNo();
      create(sim, orderNo, merchant.url("/w"));

      HttpResponse<String> again = signedPost(sim, "/api/payOut", createBody(orderNo, newNonce(), "500.00",
          merchant.url("/w")));

      assertThat(again.body()).isEqualTo("{\"msg\":\"mchOrderNo already exists\",\"code\":409,\"data\":null}");
      assertThat(sim.payoutCount()).isEqualTo(1);
      assertThat(sim.balance().available()).isEqualByComparingTo("99899.00");
    }
  }

  @Test
  void create_beyondTheAvailableBalance_isRefused() throws Exception {
    try (PenPayoutSimulator sim = ownSim().availableBalance(new BigDecimal("100.99")).start()) {
      HttpResponse<String> r = signedPost(sim, "/api/payOut", createBody(newOrderNo(), newNonce(), "100.00",
          merchant.url("/w")));

      assertThat(r.body()).isEqualTo("{\"msg\":\"insufficient balance\",\"code\":402,\"data\":null}");
      assertThat(sim.payoutCount()).isZero();
    }
  }

  // ---- states and query ----------------------------------------------------------------------

  @Test
  void payout_movesThroughProcessingPayingAndSuccess_asTheQueryShows() throws Exception {
    try (PenPayoutSimulator sim = ownSim().options(SimulatorOptions.defaults()).start()) {
      String orderNo = newOrderNo();
      String platformNo = JSON.readTree(create(sim, orderNo, merchant.url("/w")).body()).at("/data/orderNo").asText();

      HttpResponse<String> processing = signedPost(sim, "/api/payOutQuery",
          "{\"orderNo\":\"" + platformNo + "\",\"nonceStr\":\"" + newNonce() + "\"}");
      assertThat(processing.body()).isEqualTo("{\"msg\":\"SUCCESS\",\"code\":200,\"data\":{\"merchantId\":"
          + "\"100001\",\"mchOrderNo\":\"" + orderNo + "\",\"orderNo\":\"" + platformNo + "\",\"channelOrderNo\":null,"
          + "\"amount\":100.00,\"fee\":null,\"orderStatus\":\"PROCESSING\",\"completionTime\":null,"
          + "\"resultDesc\":\"SUCCESS\"}}");

      sim.awaitStatus(orderNo, PenPayoutSimulator.Status.PAYING, WAIT);
      assertThat(query(sim, "\"mchOrderNo\":\"" + orderNo + "\"").at("/data/orderStatus").asText()).isEqualTo("PAYING");

      PenPayoutSimulator.Order done = sim.awaitStatus(orderNo, PenPayoutSimulator.Status.SUCCESS, WAIT);
      HttpResponse<String> paid = signedPost(sim, "/api/payOutQuery",
          "{\"mchOrderNo\":\"" + orderNo + "\",\"orderNo\":\"" + platformNo + "\",\"nonceStr\":\"" + newNonce() + "\"}");

      assertThat(paid.body()).isEqualTo("{\"msg\":\"SUCCESS\",\"code\":200,\"data\":{\"merchantId\":\"100001\","
          + "\"mchOrderNo\":\"" + orderNo + "\",\"orderNo\":\"" + platformNo + "\",\"channelOrderNo\":\""
          + done.channelOrderNo() + "\",\"amount\":100.00,\"fee\":1.00,\"orderStatus\":\"SUCCESS\","
          + "\"completionTime\":\"" + done.completionTime() + "\",\"resultDesc\":\"SUCCESS\"}}");
      LocalDateTime lima = LocalDateTime.parse(done.completionTime(),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
      assertThat(Duration.between(lima, LocalDateTime.now(ZoneId.of("America/Lima"))).abs())
          .isLessThan(Duration.ofMinutes(1));
      JsonNode sample = DocumentSamples.json("pen/query-response.json");
      List<String> sampleNames = DocumentSamples.fieldNames(sample.get("data"));
      assertThat(DocumentSamples.fieldNames(JSON.readTree(paid.body()).get("data"))).containsExactlyInAnyOrderElementsOf(
          plus(sampleNames, "channelOrderNo"));
    }
  }

  @Test
  void query_forAnUnknownOrder_answersOrderNotFound() throws Exception {
    PenPayoutSimulator sim = SIM.get();
    String orderNo = newOrderNo();
    create(sim, orderNo, merchant.url("/w"));

    assertThat(query(sim, "\"orderNo\":\"PAYOUT8231515112790892544\"").toString())
        .isEqualTo("{\"msg\":\"order not found\",\"code\":404,\"data\":null}");
    assertThat(query(sim, "\"orderNo\":\"" + sim.order(orderNo).orElseThrow().orderNo() + "\",\"mchOrderNo\":\"x\"")
        .get("code").asInt()).isEqualTo(404);
    assertThat(query(sim, "\"remark\":\"none\"").toString())
        .isEqualTo("{\"msg\":\"orderNo or mchOrderNo is required\",\"code\":400,\"data\":null}");
  }

  // ---- webhook -------------------------------------------------------------------------------

  @Test
  void webhook_isSignedOverTheExactBody_andRetriedUntilSuccess() throws Exception {
    try (PenPayoutSimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("success", "OK",
        "SUCCESS")) {
      String orderNo = newOrderNo();
      create(sim, orderNo, hook.url("/webhooks"));

      WebhookDelivery acked = sim.awaitWebhook(WebhookDelivery::acknowledged, WAIT);
      List<NotifyReceiver.Call> calls = hook.calls();
      PenPayoutSimulator.Order o = sim.order(orderNo).orElseThrow();

      assertThat(acked.attempt()).isEqualTo(3);
      assertThat(calls).hasSize(3);
      NotifyReceiver.Call call = calls.get(2);
      assertThat(call.path()).isEqualTo("/webhooks");
      assertThat(call.header("Content-Type")).isEqualTo("application/json");
      assertThat(call.header("MerchantId")).isEqualTo("100001");
      assertThat(call.bodyText()).isEqualTo("{\"orderStatus\":\"SUCCESS\",\"amount\":100.00,\"fee\":1.00,"
          + "\"mchOrderNo\":\"" + orderNo + "\",\"merchantId\":\"100001\",\"orderNo\":\"" + o.orderNo() + "\","
          + "\"completionTime\":\"" + o.completionTime() + "\",\"resultDesc\":\"SUCCESS\",\"channelOrderNo\":\""
          + o.channelOrderNo() + "\"}");
      assertThat(call.header("Sign")).isEqualTo(md5Upper("amount=100.00&channelOrderNo=" + o.channelOrderNo()
          + "&completionTime=" + o.completionTime() + "&fee=1.00&mchOrderNo=" + orderNo + "&merchantId=100001"
          + "&orderNo=" + o.orderNo() + "&orderStatus=SUCCESS&resultDesc=SUCCESS&key=test-secret"));
      assertThat(DocumentSamples.fieldNames(JSON.readTree(call.body()))).isEqualTo(
          plus(DocumentSamples.fieldNames(DocumentSamples.json("pen/webhook.json")), "channelOrderNo"));
      assertThat(calls.get(0).bodyText()).isEqualTo(call.bodyText());
    }
  }

  @Test
  void failedPayout_refundsAmountAndFee_andItsWebhookSaysFail() throws Exception {
    try (PenPayoutSimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("SUCCESS")) {
      sim.nextPayoutOutcome(PenPayoutSimulator.Outcome.FAILED, "Account closed");
      String orderNo = newOrderNo();
      create(sim, orderNo, hook.url("/webhooks"));

      NotifyReceiver.Call call = hook.awaitCalls(1, WAIT).get(0);
      PenPayoutSimulator.Order o = sim.order(orderNo).orElseThrow();

      assertThat(call.bodyText()).isEqualTo("{\"orderStatus\":\"FAIL\",\"amount\":100.00,\"fee\":null,"
          + "\"mchOrderNo\":\"" + orderNo + "\",\"merchantId\":\"100001\",\"orderNo\":\"" + o.orderNo() + "\","
          + "\"completionTime\":null,\"resultDesc\":\"Account closed\",\"channelOrderNo\":\"" + o.channelOrderNo()
          + "\"}");
      assertThat(call.header("Sign")).isEqualTo(md5Upper("amount=100.00&channelOrderNo=" + o.channelOrderNo()
          + "&mchOrderNo=" + orderNo + "&merchantId=100001&orderNo=" + o.orderNo()
          + "&orderStatus=FAIL&resultDesc=Account closed&key=test-secret"));
      assertThat(sim.balance()).isEqualTo(new PenPayoutSimulator.Balance(new BigDecimal("100000.00"),
          new BigDecimal("0.00")));
    }
  }

  @Test
  void webhook_stopsAfterTheDocumentedTenRetries() throws Exception {
    SimulatorOptions fastRetries = SimulatorOptions.builder().processingDelay(Duration.ofMillis(5))
        .completionDelay(Duration.ofMillis(5)).webhookTimeCompression(60_000).build();
    try (PenPayoutSimulator sim = ownSim().options(fastRetries).start();
        NotifyReceiver hook = NotifyReceiver.answering("fail")) {
      create(sim, newOrderNo(), hook.url("/webhooks"));

      hook.awaitCalls(11, WAIT);
      Thread.sleep(300);

      assertThat(hook.calls()).hasSize(11);
      assertThat(PenPayoutSimulator.WEBHOOK_RETRY_SCHEDULE).hasSize(10).endsWith(Duration.ofMinutes(512));
    }
  }

  @Test
  void balance_isDebitedByAmountAndFee_andReleasedOnSuccess() throws Exception {
    SimulatorOptions manual = SimulatorOptions.builder().autoAdvance(false).build();
    try (PenPayoutSimulator sim = ownSim().options(manual).start()) {
      sim.setFee(new BigDecimal("2.5"));
      String orderNo = newOrderNo();
      create(sim, orderNo, merchant.url("/w"));

      assertThat(sim.balance()).isEqualTo(new PenPayoutSimulator.Balance(new BigDecimal("99897.50"),
          new BigDecimal("102.50")));

      sim.completeOrder(orderNo, PenPayoutSimulator.Outcome.SUCCEEDED, null);
      assertThat(sim.balance()).isEqualTo(new PenPayoutSimulator.Balance(new BigDecimal("99897.50"),
          new BigDecimal("0.00")));
    }
  }

  @Test
  void withAutoAdvanceOff_aPayoutWaitsForMarkPayingAndCompleteOrder() throws Exception {
    SimulatorOptions manual = SimulatorOptions.builder().autoAdvance(false).build();
    try (PenPayoutSimulator sim = ownSim().options(manual).start();
        NotifyReceiver hook = NotifyReceiver.answering("SUCCESS")) {
      String orderNo = newOrderNo();
      create(sim, orderNo, hook.url("/webhooks"));
      Thread.sleep(150);
      assertThat(sim.order(orderNo).orElseThrow().status()).isEqualTo(PenPayoutSimulator.Status.PROCESSING);

      assertThat(sim.markPaying(orderNo).channelOrderNo()).startsWith("CH");
      assertThatThrownBy(() -> sim.markPaying(orderNo)).isInstanceOf(IllegalStateException.class);
      PenPayoutSimulator.Order done = sim.completeOrder(orderNo, PenPayoutSimulator.Outcome.FAILED, null);

      assertThat(done.resultDesc()).isEqualTo("Payout failed");
      assertThat(hook.awaitCalls(1, WAIT).get(0).bodyText()).contains("\"orderStatus\":\"FAIL\"");
      assertThatThrownBy(() -> sim.completeOrder(orderNo, PenPayoutSimulator.Outcome.SUCCEEDED, null))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> sim.completeOrder("nope", PenPayoutSimulator.Outcome.SUCCEEDED, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  // ---- other signature schemes ---------------------------------------------------------------

  @Test
  void hmacSha256OfTheRawBody_isCheckedOnRequestsAndUsedOnWebhooks() throws Exception {
    try (PenPayoutSimulator sim = ownSim().signatureScheme(PenPayoutSimulator.SignatureScheme.rawBodyHmacSha256())
        .start(); NotifyReceiver hook = NotifyReceiver.answering("SUCCESS")) {
      String orderNo = newOrderNo();
      String body = createBody(orderNo, newNonce(), "250.50", hook.url("/webhooks"));

      assertThat(send(sim, "/api/payOut", body, MERCHANT, ruleA(body)).body())
          .isEqualTo("{\"msg\":\"sign error\",\"code\":403,\"data\":null}");
      assertThat(send(sim, "/api/payOut", body, MERCHANT, hmacSha256Hex(body, "test-secret")).body())
          .contains("\"code\":200", "\"amount\":250.50");

      NotifyReceiver.Call call = hook.awaitCalls(1, WAIT).get(0);
      assertThat(call.header("Sign")).isEqualTo(hmacSha256Hex(call.bodyText(), "test-secret"));
      assertThat(sim.sign(call.body())).isEqualTo(call.header("Sign"));
    }
  }

  @Test
  void md5OfTheRawBodyAndSecret_isCheckedOnRequestsAndUsedOnWebhooks() throws Exception {
    try (PenPayoutSimulator sim = ownSim().signatureScheme(PenPayoutSimulator.SignatureScheme.rawBodyMd5()).start();
        NotifyReceiver hook = NotifyReceiver.answering("SUCCESS")) {
      String body = createBody(newOrderNo(), newNonce(), "100.00", hook.url("/webhooks"));

      assertThat(send(sim, "/api/payOut", body, MERCHANT, md5Upper(body + "test-secret")).body())
          .contains("\"code\":200");

      NotifyReceiver.Call call = hook.awaitCalls(1, WAIT).get(0);
      assertThat(call.header("Sign")).isEqualTo(md5Upper(call.bodyText() + "test-secret"));
    }
  }

  // ---- faults --------------------------------------------------------------------------------

  @Test
  void resetBeforeStore_dropsTheConnectionAndStoresNothing() {
    PenPayoutSimulator sim = SIM.get();
    String orderNo = newOrderNo();
    sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.resetBeforeStore());

    assertThatThrownBy(() -> signedPost(sim, "/api/payOut", createBody(orderNo, newNonce(), "100.00", "https://a.pe/w")))
        .isInstanceOf(IOException.class);
    assertThat(sim.order(orderNo)).isEmpty();
  }

  @Test
  void resetAfterStore_dropsTheConnectionAfterStoringThePayout() {
    PenPayoutSimulator sim = SIM.get();
    String orderNo = newOrderNo();
    sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.resetAfterStore());

    assertThatThrownBy(() -> signedPost(sim, "/api/payOut", createBody(orderNo, newNonce(), "100.00",
        merchant.url("/w")))).isInstanceOf(IOException.class);
    assertThat(sim.order(orderNo)).isPresent();
  }

  @Test
  void httpStatus_answersTheGatewayErrorShapeAndStoresNothing() throws Exception {
    PenPayoutSimulator sim = SIM.get();
    String orderNo = newOrderNo();
    sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.httpStatus(502));

    HttpResponse<String> r = signedPost(sim, "/api/payOut", createBody(orderNo, newNonce(), "100.00", "https://a.pe/w"));

    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.body()).isEqualTo("{\"msg\":\"system error\",\"code\":500,\"data\":null}");
    assertThat(sim.order(orderNo)).isEmpty();
  }

  @Test
  void malformedBody_storesThePayoutAndAnswersBrokenJson() throws Exception {
    PenPayoutSimulator sim = SIM.get();
    String orderNo = newOrderNo();
    sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.malformedBody());

    HttpResponse<String> r = signedPost(sim, "/api/payOut", createBody(orderNo, newNonce(), "100.00",
        merchant.url("/w")));

    assertThatThrownBy(() -> JSON.readTree(r.body())).isInstanceOf(IOException.class);
    assertThat(sim.order(orderNo)).isPresent();
  }

  @Test
  void delay_holdsTheQueryAnswerBack() throws Exception {
    PenPayoutSimulator sim = SIM.get();
    sim.faults().once(PenPayoutSimulator.PAYOUT_QUERY, Fault.delay(Duration.ofMillis(250)));

    long t0 = System.nanoTime();
    JsonNode answer = query(sim, "\"orderNo\":\"PAYOUT1\"");

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    assertThat(answer.get("code").asInt()).isEqualTo(404);
  }

  @Test
  void wrongSignature_onTheWebhook_corruptsItsSignHeader_andOnAnEndpointChangesNothing() throws Exception {
    try (PenPayoutSimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("SUCCESS")) {
      sim.faults().once(Faults.WEBHOOK, Fault.wrongSignature());
      sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.wrongSignature());
      String orderNo = newOrderNo();

      HttpResponse<String> r = create(sim, orderNo, hook.url("/webhooks"));
      NotifyReceiver.Call call = hook.awaitCalls(1, WAIT).get(0);

      assertThat(r.headers().firstValue("Sign")).isEmpty();
      assertThat(call.header("Sign")).matches("[0-9A-F]{32}").isNotEqualTo(ruleA(call.bodyText()));
    }
  }

  @Test
  void duplicateWebhook_deliversTheWebhookAgainAfterItWasAcknowledged() throws Exception {
    try (PenPayoutSimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("SUCCESS")) {
      sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());
      create(sim, newOrderNo(), hook.url("/webhooks"));

      List<NotifyReceiver.Call> calls = hook.awaitCalls(2, WAIT);

      assertThat(calls.get(1).bodyText()).isEqualTo(calls.get(0).bodyText());
      assertThat(calls.get(1).header("Sign")).isEqualTo(calls.get(0).header("Sign"));
      sim.awaitWebhook(d -> d.attempt() == 2, WAIT);
      assertThat(sim.webhookDeliveries()).extracting(WebhookDelivery::acknowledged).containsExactly(true, true);
    }
  }

  @Test
  void duplicateWebhook_queuedOnCreate_duplicatesThatPayoutsWebhook() throws Exception {
    try (PenPayoutSimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("SUCCESS")) {
      sim.faults().once(PenPayoutSimulator.PAYOUT_CREATE, Fault.duplicateWebhook());
      create(sim, newOrderNo(), hook.url("/webhooks"));

      assertThat(hook.awaitCalls(2, WAIT)).hasSize(2);
    }
  }

  @Test
  void start_withoutArguments_generatesCredentialsAndUsesRuleA() throws Exception {
    try (PenPayoutSimulator sim = PenPayoutSimulator.start()) {
      assertThat(sim.baseUrl()).startsWith("http://127.0.0.1:");
      assertThat(sim.merchantId()).matches("[0-9]{6}");
      assertThat(sim.secretKey()).matches("[0-9a-f]{32}");
      String body = "{\"orderNo\":\"PAYOUT1\",\"nonceStr\":\"abc\"}";
      HttpResponse<String> r = send(sim, "/api/payOutQuery", body, sim.merchantId(),
          md5Upper("nonceStr=abc&orderNo=PAYOUT1&key=" + sim.secretKey()));
      assertThat(r.body()).isEqualTo("{\"msg\":\"order not found\",\"code\":404,\"data\":null}");
    }
  }
}
