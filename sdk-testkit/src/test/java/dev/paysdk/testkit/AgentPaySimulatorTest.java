package dev.paysdk.testkit;

import static dev.paysdk.testkit.TestDigests.md5Upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.webhook.WebhookRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentPaySimulatorTest {
  private static final String MCH = "LEtest067";
  private static final String SECRET = "test-secret";
  private static final String EXTRA = "{\"value\":\"AIRP0000001\"}";
  private static final SimulatorOptions FAST = SimulatorOptions.builder().processingDelay(Duration.ofMillis(20))
      .completionDelay(Duration.ofMillis(60)).build();
  private static final Duration WAIT = Duration.ofSeconds(3);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger ORDERS = new AtomicInteger();

  @RegisterExtension
  static final SimulatorExtension<AgentPaySimulator> SIM = SimulatorExtension.of(
      () -> AgentPaySimulator.builder().options(FAST).merchantId(MCH).secretKey(SECRET).start());

  private static NotifyReceiver merchant;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void startMerchant() throws IOException {
    merchant = NotifyReceiver.answering("success");
  }

  @AfterAll
  static void stopMerchant() {
    merchant.close();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static String newOrderNo() {
    return "AP" + System.currentTimeMillis() % 100000 + "x" + ORDERS.incrementAndGet();
  }

  private static Map<String, String> applyParams(String orderNo, String notifyUrl) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mchId", MCH);
    p.put("mchOrderNo", orderNo);
    p.put("amount", "10000");
    p.put("currency", "INR");
    p.put("accountName", "Asha Rao");
    p.put("accountNo", "12312312");
    p.put("accountBankCode", "BANK");
    p.put("notifyUrl", notifyUrl);
    p.put("extra", EXTRA);
    return p;
  }

  private static Map<String, String> signed(Map<String, String> params) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.put("sign", Signers.md5SortedFragments(SECRET).sign(params));
    return p;
  }

  private static String form(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  private HttpResponse<String> post(GatewaySimulator sim, String path, String contentType, String body)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(GatewaySimulator sim, String path, Map<String, String> params)
      throws IOException, InterruptedException {
    return post(sim, path, "application/x-www-form-urlencoded", form(params));
  }

  private JsonNode apply(AgentPaySimulator sim, String orderNo) throws Exception {
    HttpResponse<String> r = postForm(sim, "/api/agentpay/apply", signed(applyParams(orderNo, merchant.url("/notify"))));
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("retCode").asText()).as(r.body()).isEqualTo("SUCCESS");
    return body;
  }

  private JsonNode query(AgentPaySimulator sim, Map<String, String> lookup) throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mchId", MCH);
    p.putAll(lookup);
    p.put("reqTime", "20250311182001");
    return JSON.readTree(postForm(sim, "/api/pay/orderquery", signed(p)).body());
  }

  private JsonNode balanceAnswer(AgentPaySimulator sim) throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mchId", MCH);
    p.put("reqTime", "20250311182001");
    return JSON.readTree(postForm(sim, "/api/agentpay/query_balance", signed(p)).body());
  }

  private static AgentPaySimulator.Builder ownSim() {
    return AgentPaySimulator.builder().options(FAST).merchantId(MCH).secretKey(SECRET);
  }

  /** Names of a query string, in order. */
  private static List<String> names(String query) {
    List<String> out = new ArrayList<>();
    for (String pair : query.split("&")) {
      out.add(pair.substring(0, pair.indexOf('=')));
    }
    return out;
  }

  // ---- apply ---------------------------------------------------------------------------------

  @Test
  void apply_withTheDocumentSampleReSigned_isAcceptedWithAnAnswerSignedAndShapedLikeTheSample() throws Exception {
    AgentPaySimulator sim = SIM.get();
    Map<String, String> p = DocumentSamples.requestParameters("agentpay/apply-request.txt");
    String orderNo = newOrderNo();
    String notify = merchant.url("/api/pay/notifyUrl");
    p.put("mchId", MCH);
    p.put("mchOrderNo", orderNo);
    p.put("notifyUrl", notify);
    assertThat(p.get("extra")).isEqualTo(EXTRA);
    p.put("sign", md5Upper("accountBankCode=BANK&accountName=12312312&accountNo=12312312&amount=10000&currency=INR"
        + "&extra={\"value\":\"AIRP0000001\"}&mchId=LEtest067&mchOrderNo=" + orderNo + "&notifyUrl=" + notify
        + "&payerEmail=123@test.com&phoneNumber=6888889999&remark=123123&key=test-secret"));

    HttpResponse<String> r = postForm(sim, "/api/agentpay/apply", p);

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode answer = JSON.readTree(r.body());
    JsonNode sample = DocumentSamples.json("agentpay/apply-response.jsonc");
    assertThat(DocumentSamples.fieldNames(answer)).isEqualTo(DocumentSamples.fieldNames(sample));
    String id = answer.get("agentpayOrderId").asText();
    assertThat(id).matches("Le[0-9]{15}");
    assertThat(r.body()).isEqualTo("{\"retCode\":\"SUCCESS\",\"retMsg\":\"Payout application successful\","
        + "\"agentpayOrderId\":\"" + id + "\",\"fee\":1200,\"extra\":null,\"status\":1,\"sign\":\""
        + md5Upper("agentpayOrderId=" + id + "&fee=1200&retCode=SUCCESS&retMsg=Payout application successful"
        + "&status=1&key=test-secret") + "\"}");
    AgentPaySimulator.Order order = sim.order(orderNo).orElseThrow();
    assertThat(order.status()).isEqualTo(AgentPaySimulator.Status.PROCESSING);
    assertThat(order.parameters()).containsEntry("payerEmail", "123@test.com").containsEntry("extra", EXTRA);
  }

  @Test
  void apply_withAWrongSignature_isRefusedUnsignedAndStoresNothing() throws Exception {
    AgentPaySimulator sim = SIM.get();
    String orderNo = newOrderNo();
    Map<String, String> p = applyParams(orderNo, merchant.url("/notify"));
    p.put("sign", Signers.md5SortedFragments("another-secret").sign(p));

    HttpResponse<String> r = postForm(sim, "/api/agentpay/apply", p);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"sign error\"}");
    assertThat(sim.order(orderNo)).isEmpty();
  }

  @Test
  void apply_withASignatureOverOtherValues_isRefused() throws Exception {
    Map<String, String> p = signed(applyParams(newOrderNo(), merchant.url("/notify")));
    p.put("amount", "20000");

    assertThat(postForm(SIM.get(), "/api/agentpay/apply", p).body())
        .isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"sign error\"}");
  }

  @Test
  void apply_withoutRequiredFields_namesEveryMissingParameter() throws Exception {
    Map<String, String> p = applyParams(newOrderNo(), merchant.url("/notify"));
    p.remove("accountNo");
    p.put("extra", "");

    assertThat(postForm(SIM.get(), "/api/agentpay/apply", signed(p)).body())
        .isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"missing parameter: accountNo, extra\"}");
  }

  @Test
  void apply_withoutSign_isRefusedAsMissing() throws Exception {
    assertThat(postForm(SIM.get(), "/api/agentpay/apply", applyParams(newOrderNo(), merchant.url("/n"))).body())
        .isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"missing parameter: sign\"}");
  }

  @Test
  void apply_forAnotherMerchant_isRefused() throws Exception {
    Map<String, String> p = applyParams(newOrderNo(), merchant.url("/notify"));
    p.put("mchId", "LEtest999");

    assertThat(postForm(SIM.get(), "/api/agentpay/apply", signed(p)).body())
        .isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"mchId not exist\"}");
  }

  @Test
  void apply_withBrokenValueRules_listsEveryProblem() throws Exception {
    String orderNo = newOrderNo();
    Map<String, String> p = applyParams(orderNo, "ftp://merchant.example/notify");
    p.put("amount", "10050");
    p.put("currency", "USD");
    p.put("accountBankCode", "HDFC");
    p.put("phoneNumber", "5888889999");

    assertThat(postForm(SIM.get(), "/api/agentpay/apply", signed(p)).body()).isEqualTo(
        "{\"retCode\":\"FAIL\",\"retMsg\":\"amount must be a multiple of 100; currency must be INR; "
            + "accountBankCode must be BANK; notifyUrl must be an http or https URL; "
            + "phoneNumber must be 10 digits starting with 6-9\"}");
    assertThat(SIM.get().order(orderNo)).isEmpty();
  }

  @Test
  void apply_withAnExtraThatIsNotTheValueJsonOfAnIfscOrVpa_isRefusedInTheGatewaysErrorShape() throws Exception {
    String notJson = "{\"retCode\":\"FAIL\",\"retMsg\":\"extra must be JSON {\\\"value\\\":\\\"<IFSC or VPA>\\\"}\"}";
    String notIfscOrVpa = "{\"retCode\":\"FAIL\",\"retMsg\":\"extra value must be a valid IFSC or VPA\"}";
    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put("AIRP0000001", notJson);
    refusals.put("{\"value\":\"AIRP0000001\"} trailing", notJson);
    refusals.put("{\"ifsc\":\"AIRP0000001\"}", notJson);
    refusals.put("{\"value\":\"AIRP0000001\",\"vpa\":\"asha@ybl\"}", notJson);
    refusals.put("{\"value\":7}", notJson);
    refusals.put("[\"AIRP0000001\"]", notJson);
    refusals.put("{\"value\":\"AIRP000001\"}", notIfscOrVpa);
    refusals.put("{\"value\":\"airp0000001\"}", notIfscOrVpa);
    refusals.put("{\"value\":\"AIRP1000001\"}", notIfscOrVpa);
    refusals.put("{\"value\":\"12313\"}", notIfscOrVpa);
    refusals.put("{\"value\":\"asha@\"}", notIfscOrVpa);

    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      String orderNo = newOrderNo();
      Map<String, String> p = applyParams(orderNo, merchant.url("/notify"));
      p.put("extra", refusal.getKey());

      assertThat(postForm(SIM.get(), "/api/agentpay/apply", signed(p)).body()).as(refusal.getKey())
          .isEqualTo(refusal.getValue());
      assertThat(SIM.get().order(orderNo)).as(refusal.getKey()).isEmpty();
    }
  }

  @Test
  void apply_withAVpaOrASpacedValueJsonInExtra_isAccepted() throws Exception {
    for (String extra : List.of("{\"value\":\"priya.sharma@okaxis\"}", "{ \"value\" : \"HDFC0001234\" }")) {
      String orderNo = newOrderNo();
      Map<String, String> p = applyParams(orderNo, merchant.url("/notify"));
      p.put("extra", extra);

      assertThat(JSON.readTree(postForm(SIM.get(), "/api/agentpay/apply", signed(p)).body()).get("retCode").asText())
          .as(extra).isEqualTo("SUCCESS");
      assertThat(SIM.get().order(orderNo)).as(extra).isPresent();
    }
  }

  @Test
  void apply_withAnAmountInRupees_isRefused() throws Exception {
    Map<String, String> p = applyParams(newOrderNo(), merchant.url("/notify"));
    p.put("amount", "100.00");

    assertThat(postForm(SIM.get(), "/api/agentpay/apply", signed(p)).body())
        .isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"amount must be a whole number of paise\"}");
  }

  @Test
  void apply_asJson_isRefusedForItsContentType() throws Exception {
    HttpResponse<String> r = post(SIM.get(), "/api/agentpay/apply", "application/json", "{\"mchId\":\"LEtest067\"}");

    assertThat(r.body()).isEqualTo(
        "{\"retCode\":\"FAIL\",\"retMsg\":\"Content-Type must be application/x-www-form-urlencoded\"}");
  }

  @Test
  void apply_withAReusedMerchantOrderNo_isRefusedAndDebitsOnce() throws Exception {
    try (AgentPaySimulator sim = ownSim().start()) {
      String orderNo = newOrderNo();
      apply(sim, orderNo);
      Map<String, String> again = applyParams(orderNo, merchant.url("/notify"));
      again.put("amount", "50000");

      HttpResponse<String> r = postForm(sim, "/api/agentpay/apply", signed(again));

      assertThat(r.body()).isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"mchOrderNo duplicate\"}");
      assertThat(sim.payoutCount()).isEqualTo(1);
      assertThat(sim.order(orderNo).orElseThrow().amount()).isEqualTo(10000);
      assertThat(sim.balance().availableAmount()).isEqualTo(AgentPaySimulator.DEFAULT_AVAILABLE_PAISE - 11200);
    }
  }

  @Test
  void apply_beyondTheAvailableBalance_isRefused() throws Exception {
    try (AgentPaySimulator sim = ownSim().availableBalance(11199).start()) {
      String orderNo = newOrderNo();
      HttpResponse<String> r = postForm(sim, "/api/agentpay/apply", signed(applyParams(orderNo, merchant.url("/n"))));

      assertThat(r.body()).isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"insufficient balance\"}");
      assertThat(sim.payoutCount()).isZero();
      assertThat(sim.balance().availableAmount()).isEqualTo(11199);
    }
  }

  // ---- states, query, balance -------------------------------------------------------------------

  @Test
  void payout_movesFromProcessingToSuccess_andTheQueryAnswerIsSigned() throws Exception {
    try (AgentPaySimulator sim = ownSim().options(SimulatorOptions.defaults()).start()) {
      movesFromProcessingToSuccess(sim);
    }
  }

  private void movesFromProcessingToSuccess(AgentPaySimulator sim) throws Exception {
    String orderNo = newOrderNo();
    String id = apply(sim, orderNo).get("agentpayOrderId").asText();

    JsonNode processing = query(sim, Map.of("mchOrderNo", orderNo));
    assertThat(processing.get("status").asInt()).isEqualTo(1);
    assertThat(processing.get("channelPayNo").isNull()).isTrue();

    AgentPaySimulator.Order done = sim.awaitStatus(orderNo, AgentPaySimulator.Status.SUCCESS, WAIT);
    JsonNode paid = query(sim, Map.of("mchOrderNo", orderNo));

    String utr = done.channelPayNo();
    assertThat(utr).matches("[0-9]{12}");
    assertThat(paid.toString()).isEqualTo("{\"retCode\":\"SUCCESS\",\"mchOrderNo\":\"" + orderNo
        + "\",\"agentpayOrderId\":\"" + id + "\",\"channelPayNo\":\"" + utr + "\",\"amount\":10000,\"status\":2,"
        + "\"fee\":1200,\"sign\":\"" + md5Upper("agentpayOrderId=" + id + "&amount=10000&channelPayNo=" + utr
        + "&fee=1200&mchOrderNo=" + orderNo + "&retCode=SUCCESS&status=2&key=test-secret") + "\"}");
  }

  @Test
  void query_byAgentpayOrderIdAlone_findsTheOrder_andBothNumbersMustAgree() throws Exception {
    AgentPaySimulator sim = SIM.get();
    String orderNo = newOrderNo();
    String id = apply(sim, orderNo).get("agentpayOrderId").asText();

    assertThat(query(sim, Map.of("agentpayOrderId", id)).get("mchOrderNo").asText()).isEqualTo(orderNo);
    assertThat(query(sim, Map.of("agentpayOrderId", id, "mchOrderNo", "other")).get("retMsg").asText())
        .isEqualTo("order not exist");
  }

  @Test
  void query_withTheDocumentSampleReSigned_answersOrderNotExistForItsUnknownOrder() throws Exception {
    Map<String, String> p = DocumentSamples.requestParameters("agentpay/query-request.txt");
    p.put("sign", md5Upper("agentpayOrderId=Le20250311182001&mchId=LEtest067&mchOrderNo=20160427210604000490"
        + "&reqTime=20250311182001&key=test-secret"));

    HttpResponse<String> r = postForm(SIM.get(), "/api/pay/orderquery", p);

    assertThat(r.body()).isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"order not exist\"}");
  }

  @Test
  void query_withoutAnyOrderNumber_isRefused() throws Exception {
    assertThat(query(SIM.get(), Map.of()).toString()).isEqualTo(
        "{\"retCode\":\"FAIL\",\"retMsg\":\"missing parameter: mchOrderNo or agentpayOrderId\"}");
  }

  @Test
  void balance_isDebitedByAmountAndFee_andTheAnswerIsSignedAndShapedLikeTheSample() throws Exception {
    try (AgentPaySimulator sim = ownSim().options(SimulatorOptions.builder().autoAdvance(false).build()).start()) {
      String orderNo = newOrderNo();
      apply(sim, orderNo);
      Map<String, String> p = DocumentSamples.requestParameters("agentpay/balance-request.txt");
      p.put("sign", md5Upper("mchId=LEtest067&reqTime=20211111&key=test-secret"));

      HttpResponse<String> r = postForm(sim, "/api/agentpay/query_balance", p);

      long available = AgentPaySimulator.DEFAULT_AVAILABLE_PAISE - 11200;
      long total = AgentPaySimulator.DEFAULT_AVAILABLE_PAISE;
      assertThat(r.body()).isEqualTo("{\"retCode\":\"SUCCESS\",\"retMsg\":null,\"busNo\":\"" + sim.busNo()
          + "\",\"amount\":" + total + ",\"frozenAmount\":11200,\"availableAmount\":" + available
          + ",\"pendingAmount\":0,\"unsettledAmount\":0,\"sign\":\"" + md5Upper("amount=" + total + "&availableAmount="
          + available + "&busNo=" + sim.busNo() + "&frozenAmount=11200&pendingAmount=0&retCode=SUCCESS"
          + "&unsettledAmount=0&key=test-secret") + "\"}");
      List<String> sampleNames = DocumentSamples.fieldNames(DocumentSamples.json("agentpay/balance-response.json"));
      assertThat(DocumentSamples.fieldNames(JSON.readTree(r.body()))).isEqualTo(
          new ArrayList<>(sampleNames) {
            {
              add("sign");
            }
          });

      sim.completeOrder(orderNo, AgentPaySimulator.Outcome.SUCCEEDED, null);
      assertThat(sim.balance()).isEqualTo(new AgentPaySimulator.Balance(available, 0, available, 0, 0));
    }
  }

  @Test
  void failedPayout_refundsAmountAndFee_andQueryAndCallbackCarryTheErrorMessage() throws Exception {
    try (AgentPaySimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("success")) {
      sim.nextPayoutOutcome(AgentPaySimulator.Outcome.FAILED, "Rejected after secondary review");
      String orderNo = newOrderNo();
      Map<String, String> p = applyParams(orderNo, hook.url("/notify"));
      String id = JSON.readTree(postForm(sim, "/api/agentpay/apply", signed(p)).body()).get("agentpayOrderId").asText();

      sim.awaitStatus(orderNo, AgentPaySimulator.Status.FAILED, WAIT);
      JsonNode q = query(sim, Map.of("mchOrderNo", orderNo));
      NotifyReceiver.Call call = hook.awaitCalls(1, WAIT).get(0);

      assertThat(sim.balance().availableAmount()).isEqualTo(AgentPaySimulator.DEFAULT_AVAILABLE_PAISE);
      assertThat(sim.balance().frozenAmount()).isZero();
      assertThat(q.get("status").asInt()).isEqualTo(3);
      assertThat(q.get("errorMessage").asText()).isEqualTo("Rejected after secondary review");
      assertThat(DocumentSamples.fieldNames(q))
          .isEqualTo(DocumentSamples.fieldNames(DocumentSamples.json("agentpay/query-response.json")));
      assertThat(call.rawQuery()).isEqualTo("amount=10000&mchOrderNo=" + orderNo + "&fee=1200&sign="
          + md5Upper("agentpayOrderId=" + id + "&amount=10000&errorMessage=Rejected after secondary review&fee=1200"
          + "&mchOrderNo=" + orderNo + "&status=3&key=test-secret")
          + "&agentpayOrderId=" + id + "&status=3&errorMessage=Rejected+after+secondary+review");
    }
  }

  // ---- callback ------------------------------------------------------------------------------

  @Test
  void callback_isSignedInTheQueryStringWithAnEmptyBody_andRetriedUntilSuccess() throws Exception {
    try (AgentPaySimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("fail", "FAIL",
        "success")) {
      String orderNo = newOrderNo();
      postForm(sim, "/api/agentpay/apply", signed(applyParams(orderNo, hook.url("/pay/notify"))));

      WebhookDelivery acked = sim.awaitWebhook(WebhookDelivery::acknowledged, WAIT);
      AgentPaySimulator.Order o = sim.order(orderNo).orElseThrow();
      List<NotifyReceiver.Call> calls = hook.calls();

      assertThat(acked.attempt()).isEqualTo(3);
      assertThat(calls).hasSize(3);
      assertThat(sim.webhookDeliveries()).extracting(WebhookDelivery::acknowledged).containsExactly(false, false,
          true);
      NotifyReceiver.Call call = calls.get(2);
      assertThat(call.method()).isEqualTo("POST");
      assertThat(call.path()).isEqualTo("/pay/notify");
      assertThat(call.body()).isEmpty();
      assertThat(call.rawQuery()).isEqualTo("amount=10000&mchOrderNo=" + orderNo + "&fee=1200&channelPayNo="
          + o.channelPayNo() + "&sign=" + md5Upper("agentpayOrderId=" + o.agentpayOrderId() + "&amount=10000"
          + "&channelPayNo=" + o.channelPayNo() + "&fee=1200&mchOrderNo=" + orderNo + "&status=2&key=test-secret")
          + "&agentpayOrderId=" + o.agentpayOrderId() + "&status=2");
      List<String> sampleNames = names(DocumentSamples.text("agentpay/callback.txt").trim().split("\\?", 2)[1]);
      sampleNames.remove("errorMessage");
      assertThat(names(call.rawQuery())).isEqualTo(sampleNames);
      assertThat(calls.get(0).rawQuery()).isEqualTo(call.rawQuery());
    }
  }

  @Test
  void callback_stopsAfterTheSimulatorsScheduleWhenNeverAcknowledged() throws Exception {
    SimulatorOptions fastRetries = SimulatorOptions.builder().processingDelay(Duration.ofMillis(10))
        .completionDelay(Duration.ofMillis(10)).webhookTimeCompression(6000).build();
    try (AgentPaySimulator sim = ownSim().options(fastRetries).start();
        NotifyReceiver hook = NotifyReceiver.answering("ok")) {
      postForm(sim, "/api/agentpay/apply", signed(applyParams(newOrderNo(), hook.url("/notify"))));

      hook.awaitCalls(6, WAIT);
      Thread.sleep(300);

      assertThat(hook.calls()).hasSize(1 + AgentPaySimulator.CALLBACK_RETRY_SCHEDULE.size());
      assertThat(sim.webhookDeliveries()).noneMatch(WebhookDelivery::acknowledged);
    }
  }

  @Test
  void withAutoAdvanceOff_aPayoutWaitsForCompleteOrder() throws Exception {
    SimulatorOptions manual = SimulatorOptions.builder().autoAdvance(false).build();
    try (AgentPaySimulator sim = ownSim().options(manual).start(); NotifyReceiver hook = NotifyReceiver.answering(
        "success")) {
      String orderNo = newOrderNo();
      postForm(sim, "/api/agentpay/apply", signed(applyParams(orderNo, hook.url("/notify"))));
      Thread.sleep(150);
      assertThat(sim.order(orderNo).orElseThrow().status()).isEqualTo(AgentPaySimulator.Status.PROCESSING);
      assertThat(hook.calls()).isEmpty();

      AgentPaySimulator.Order done = sim.completeOrder(orderNo, AgentPaySimulator.Outcome.FAILED, null);

      assertThat(done.errorMessage()).isEqualTo("Payout failed");
      assertThat(WebhookRequest.parseForm(hook.awaitCalls(1, WAIT).get(0).rawQuery())).containsEntry("status", "3")
          .containsEntry("errorMessage", "Payout failed").doesNotContainKey("channelPayNo");
      assertThatThrownBy(() -> sim.completeOrder(orderNo, AgentPaySimulator.Outcome.SUCCEEDED, null))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> sim.completeOrder("nope", AgentPaySimulator.Outcome.SUCCEEDED, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  // ---- faults --------------------------------------------------------------------------------

  @Test
  void resetBeforeStore_dropsTheConnectionAndStoresNothing() {
    AgentPaySimulator sim = SIM.get();
    String orderNo = newOrderNo();
    sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.resetBeforeStore());

    assertThatThrownBy(() -> postForm(sim, "/api/agentpay/apply", signed(applyParams(orderNo, merchant.url("/n")))))
        .isInstanceOf(IOException.class);
    assertThat(sim.order(orderNo)).isEmpty();
  }

  @Test
  void resetAfterStore_dropsTheConnectionAfterStoringThePayout() {
    AgentPaySimulator sim = SIM.get();
    String orderNo = newOrderNo();
    sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.resetAfterStore());

    assertThatThrownBy(() -> postForm(sim, "/api/agentpay/apply", signed(applyParams(orderNo, merchant.url("/n")))))
        .isInstanceOf(IOException.class);
    assertThat(sim.order(orderNo)).isPresent();
  }

  @Test
  void httpStatus_answersTheGatewayErrorShapeAndStoresNothing() throws Exception {
    AgentPaySimulator sim = SIM.get();
    String orderNo = newOrderNo();
    sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.httpStatus(503));

    HttpResponse<String> r = postForm(sim, "/api/agentpay/apply", signed(applyParams(orderNo, merchant.url("/n"))));

    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).isEqualTo("{\"retCode\":\"FAIL\",\"retMsg\":\"system error\"}");
    assertThat(sim.order(orderNo)).isEmpty();
  }

  @Test
  void malformedBody_storesThePayoutAndAnswersBrokenJson() throws Exception {
    AgentPaySimulator sim = SIM.get();
    String orderNo = newOrderNo();
    sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.malformedBody());

    HttpResponse<String> r = postForm(sim, "/api/agentpay/apply", signed(applyParams(orderNo, merchant.url("/n"))));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> JSON.readTree(r.body())).isInstanceOf(IOException.class);
    assertThat(sim.order(orderNo)).isPresent();
  }

  @Test
  void delay_holdsTheBalanceAnswerBack() throws Exception {
    AgentPaySimulator sim = SIM.get();
    sim.faults().once(AgentPaySimulator.BALANCE_QUERY, Fault.delay(Duration.ofMillis(250)));

    long t0 = System.nanoTime();
    JsonNode b = balanceAnswer(sim);

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    assertThat(b.get("retCode").asText()).isEqualTo("SUCCESS");
  }

  @Test
  void wrongSignature_onApply_signsTheStoredAnswerWithAnotherKey() throws Exception {
    AgentPaySimulator sim = SIM.get();
    String orderNo = newOrderNo();
    sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.wrongSignature());

    JsonNode answer = apply(sim, orderNo);

    String id = answer.get("agentpayOrderId").asText();
    String right = md5Upper("agentpayOrderId=" + id + "&fee=1200&retCode=SUCCESS&retMsg=Payout application successful"
        + "&status=1&key=test-secret");
    assertThat(answer.get("sign").asText()).matches("[0-9A-F]{32}").isNotEqualTo(right);
    assertThat(sim.order(orderNo)).isPresent();
  }

  @Test
  void wrongSignature_onTheWebhook_corruptsTheCallbackSign() throws Exception {
    try (AgentPaySimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("success")) {
      sim.faults().once(Faults.WEBHOOK, Fault.wrongSignature());
      String orderNo = newOrderNo();
      postForm(sim, "/api/agentpay/apply", signed(applyParams(orderNo, hook.url("/notify"))));

      Map<String, String> q = WebhookRequest.parseForm(hook.awaitCalls(1, WAIT).get(0).rawQuery());

      AgentPaySimulator.Order o = sim.order(orderNo).orElseThrow();
      assertThat(q.get("sign")).matches("[0-9A-F]{32}").isNotEqualTo(md5Upper("agentpayOrderId=" + o.agentpayOrderId()
          + "&amount=10000&channelPayNo=" + o.channelPayNo() + "&fee=1200&mchOrderNo=" + orderNo
          + "&status=2&key=test-secret"));
    }
  }

  @Test
  void duplicateWebhook_deliversTheCallbackAgainAfterItWasAcknowledged() throws Exception {
    try (AgentPaySimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("success")) {
      sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());
      postForm(sim, "/api/agentpay/apply", signed(applyParams(newOrderNo(), hook.url("/notify"))));

      List<NotifyReceiver.Call> calls = hook.awaitCalls(2, WAIT);

      assertThat(calls.get(1).rawQuery()).isEqualTo(calls.get(0).rawQuery());
      sim.awaitWebhook(d -> d.attempt() == 2, WAIT);
      assertThat(sim.webhookDeliveries()).extracting(WebhookDelivery::acknowledged).containsExactly(true, true);
    }
  }

  @Test
  void duplicateWebhook_queuedOnApply_duplicatesThatPayoutsCallback() throws Exception {
    try (AgentPaySimulator sim = ownSim().start(); NotifyReceiver hook = NotifyReceiver.answering("success")) {
      sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.duplicateWebhook());
      postForm(sim, "/api/agentpay/apply", signed(applyParams(newOrderNo(), hook.url("/notify"))));

      assertThat(hook.awaitCalls(2, WAIT)).hasSize(2);
    }
  }

  @Test
  void start_withoutArguments_generatesCredentialsAndListensOnLoopback() throws Exception {
    try (AgentPaySimulator sim = AgentPaySimulator.start()) {
      assertThat(sim.baseUrl()).startsWith("http://127.0.0.1:");
      assertThat(sim.merchantId()).matches("LEtest[0-9]{3}");
      assertThat(sim.secretKey()).matches("[0-9a-f]{32}");
      Map<String, String> p = new LinkedHashMap<>();
      p.put("mchId", sim.merchantId());
      p.put("reqTime", "20250311182001");
      p.put("sign", md5Upper("mchId=" + sim.merchantId() + "&reqTime=20250311182001&key=" + sim.secretKey()));
      assertThat(JSON.readTree(postForm(sim, "/api/agentpay/query_balance", p).body()).get("availableAmount").asLong())
          .isEqualTo(AgentPaySimulator.DEFAULT_AVAILABLE_PAISE);
    }
  }
}
