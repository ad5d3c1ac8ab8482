package dev.paysdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.paysdk.core.internal.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VexoraSimulatorTest {
  static {
    // the JDK server answers keep-alive requests ~40 ms late without it
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final String SECRET = "testsecret";
  private static final String MERCHANT = "88001234";
  private static final Duration WAIT = Duration.ofSeconds(5);

  /** The document's sample request, verbatim. */
  private static final String SAMPLE_REQUEST = """
      {
        "amount": "100.00",
        "mobile": "081234567890",
        "email": "rizky.pratama@example.com",
        "accountNo": "880123456789012345",
        "firstname": "Rizky",
        "lastname": "Pratama",
        "tradeNo": "VX20260331008901",
        "notifyUrl": "https://api.merchant.com/vexora/collection/notify",
        "sign": "7c6a180b36896a0a8c02787eeafb0e4c",
        "timestamp": "1719876543210"
      }""";

  /** The document's sample answer, verbatim. */
  private static final String SAMPLE_RESPONSE = """
      {
        "msg": "success",
        "code": "0000",
        "timestamp": 1719876543210,
        "success": true,
        "data": {
          "tradeNo": "VX20260331011223",
          "platFormTradeNo": "vx4m8k2d9pl0q7f1a",
          "status": "0015",
          "message": "Processing",
          "remark": "collection_vx_11223"
        }
      }""";

  /** Under /indonesia, moves only when a test says so (its sample notify URL must never be called). */
  private static VexoraSimulator sim;
  /** Acknowledges every webhook of the tests that do not look at them. */
  private static Merchant sink;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startSimulator() throws IOException {
    sink = new Merchant("OK");
    sim = VexoraSimulator.builder().merchantNo(MERCHANT).appSecret(SECRET).regionPrefix("/indonesia")
        .options(SimulatorOptions.builder().autoAdvance(false).build()).start();
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
    sink.close();
  }

  // ---------------------------------------------------------------- create

  @Test
  void create_theDocumentSampleSignedWithTheLiteralCanonical_isProcessingWithASignedAnswer() throws Exception {
    String sign = md5("accountNo=880123456789012345amount=100.00email=rizky.pratama@example.comfirstname=Rizky"
        + "lastname=Pratamamobile=081234567890notifyUrl=https://api.merchant.com/vexora/collection/notify"
        + "timestamp=1719876543210tradeNo=VX20260331008901testsecret");

    HttpResponse<String> r = post("/v1/vexora/disbursements", withSign(SAMPLE_REQUEST, sign));

    JsonNode answer = json(r);
    JsonNode data = answer.get("data");
    String pf = data.get("platFormTradeNo").asText();
    assertThat(pf).matches("vx[a-z0-9]{15}");
    assertThat(r.body()).matches("\\{\"msg\":\"success\",\"code\":\"0000\",\"timestamp\":[0-9]{13},\"success\":true,"
        + "\"data\":\\{\"tradeNo\":\"VX20260331008901\",\"platFormTradeNo\":\"" + pf + "\",\"status\":\"0015\","
        + "\"message\":\"Processing\",\"remark\":\"\",\"sign\":\"[0-9a-f]{32}\"}}");
    assertThat(fieldNames(answer)).isEqualTo(fieldNames(tree(SAMPLE_RESPONSE)));
    assertThat(fieldNames(data)).containsAll(fieldNames(tree(SAMPLE_RESPONSE).get("data")));
    assertThat(data.get("sign").asText())
        .isEqualTo(md5("message=ProcessingplatFormTradeNo=" + pf + "status=0015tradeNo=VX20260331008901testsecret"));
    assertThat(sim.disbursement("VX20260331008901")).get().satisfies(d -> {
      assertThat(d.status()).isEqualTo("0015");
      assertThat(d.amount()).isEqualByComparingTo("100");
      assertThat(d.fee()).isEqualByComparingTo("1.00");
    });
  }

  @Test
  void baseUrl_keepsTheRegionPrefix_andThePathWithoutItIsNotFound() throws Exception {
    assertThat(sim.baseUrl()).matches("http://127\\.0\\.0\\.1:[0-9]+/indonesia");
    String root = sim.baseUrl().substring(0, sim.baseUrl().length() - "/indonesia".length());

    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/v1/vexora/queryBalance"))
        .header("merchantNo", MERCHANT).POST(HttpRequest.BodyPublishers.ofString(signed(Map.of("timestamp", "1"))))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(404);
  }

  @Test
  void create_withAWrongSignature_isRejectedWith8000AndNothingStored() throws Exception {
    int before = sim.disbursementCount();

    JsonNode r = json(post("/v1/vexora/disbursements", withSign(SAMPLE_REQUEST.replace("VX20260331008901", "VX-BAD"),
        "7c6a180b36896a0a8c02787eeafb0e4c")));

    assertError(r, "8000", "signature verification failed");
    assertThat(sim.disbursementCount()).isEqualTo(before);
  }

  @Test
  void create_withoutARequiredField_isRejectedNamingIt() throws Exception {
    Map<String, String> p = disbursement("no-email", "100");
    p.remove("email");

    assertError(json(post("/v1/vexora/disbursements", signed(p))), "8000", "missing required parameter: email");
  }

  @Test
  void create_checksAmountMobileAndStringValues() throws Exception {
    assertError(json(post("/v1/vexora/disbursements", signed(disbursement("frac", "150.50")))), "8000",
        "invalid parameter: amount must be a whole number of at least 100");
    assertError(json(post("/v1/vexora/disbursements", signed(disbursement("small", "99")))), "8000",
        "invalid parameter: amount must be a whole number of at least 100");
    Map<String, String> badMobile = disbursement("mobile", "100");
    badMobile.put("mobile", "81234567890");
    assertError(json(post("/v1/vexora/disbursements", signed(badMobile))), "8000",
        "invalid parameter: mobile must be 10 to 13 digits starting with 0");
    String numeric = signed(disbursement("numeric", "100")).replace("\"amount\":\"100\"", "\"amount\":100");
    assertError(json(post("/v1/vexora/disbursements", numeric)), "8000", "invalid parameter: amount must be a string");

    assertThat(json(post("/v1/vexora/disbursements", signed(disbursement("whole", "100")))).get("code").asText())
        .isEqualTo("0000");
  }

  @Test
  void create_withAnExistingTradeNo_isRejectedAndNothingNewStored() throws Exception {
    post("/v1/vexora/disbursements", signed(disbursement("dup-1", "200")));
    int before = sim.disbursementCount();
    BigDecimal available = sim.balance().available();

    JsonNode r = json(post("/v1/vexora/disbursements", signed(disbursement("dup-1", "300"))));

    assertError(r, "8000", "duplicate tradeNo");
    assertThat(sim.disbursementCount()).isEqualTo(before);
    assertThat(sim.balance().available()).isEqualByComparingTo(available);
  }

  @Test
  void create_withoutOrWithAWrongMerchantHeader_isRejected() throws Exception {
    String body = signed(disbursement("hdr", "100"));
    HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v1/vexora/disbursements"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

    assertError(json(none), "8000", "merchantNo header is required");
    assertError(json(send(sim, "99999999", "/v1/vexora/disbursements", body)), "8000", "merchant does not exist");
  }

  @Test
  void create_beyondTheBalance_isRejectedWithoutStoring() throws Exception {
    try (VexoraSimulator own = VexoraSimulator.builder().merchantNo(MERCHANT).appSecret(SECRET)
        .options(SimulatorOptions.builder().autoAdvance(false).build()).start()) {
      own.setBalance(new BigDecimal("100.50"));

      assertError(json(send(own, MERCHANT, "/v1/vexora/disbursements", signed(disbursement("poor", "100")))), "8000",
          "insufficient balance");
      assertThat(own.disbursementCount()).isZero();
    }
  }

  // ---------------------------------------------------------------- query and balance

  @Test
  void query_ofAnUnknownTradeNo_answersOrderDoesNotExist() throws Exception {
    assertError(json(post("/v1/vexora/queryPayOutResult", signed(Map.of("tradeNo", "nope", "timestamp", "1")))),
        "8000", "order does not exist");
  }

  @Test
  void query_afterSuccess_answersAmountStatusAndSuccessTimeSigned() throws Exception {
    post("/v1/vexora/disbursements", signed(disbursement("q-1", "250")));
    sim.complete("q-1", VexoraSimulator.Outcome.SUCCESS, null);

    JsonNode data = json(post("/v1/vexora/queryPayOutResult", signed(Map.of("tradeNo", "q-1", "timestamp", "1"))))
        .get("data");

    assertThat(data.get("amount").asText()).isEqualTo("250");
    assertThat(data.get("status").asText()).isEqualTo("0000");
    assertThat(data.get("message").asText()).isEqualTo("Success");
    assertThat(data.get("successTime").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(data.get("sign").asText()).isEqualTo(md5("amount=250message=SuccessplatFormTradeNo="
        + data.get("platFormTradeNo").asText() + "status=0000successTime=" + data.get("successTime").asText()
        + "tradeNo=q-1testsecret"));
  }

  @Test
  void query_inTheOtherRegionShape_answersOrderAndPayAmount() throws Exception {
    post("/v1/vexora/disbursements", signed(disbursement("q-2", "300")));
    sim.queryAmountShape(VexoraSimulator.QueryAmountShape.ORDER_AND_PAY_AMOUNT);
    try {
      JsonNode processing = json(post("/v1/vexora/queryPayOutResult", signed(Map.of("tradeNo", "q-2", "timestamp", "1"))))
          .get("data");
      sim.complete("q-2", VexoraSimulator.Outcome.SUCCESS, null);
      JsonNode done = json(post("/v1/vexora/queryPayOutResult", signed(Map.of("tradeNo", "q-2", "timestamp", "1"))))
          .get("data");

      assertThat(processing.has("amount")).isFalse();
      assertThat(processing.get("orderAmount").asText()).isEqualTo("300");
      assertThat(processing.get("payAmount").asText()).isEqualTo("0");
      assertThat(processing.get("status").asText()).isEqualTo("0015");
      assertThat(done.get("payAmount").asText()).isEqualTo("300");
    } finally {
      sim.queryAmountShape(VexoraSimulator.QueryAmountShape.AMOUNT);
    }
  }

  @Test
  void balance_isDebitedByADisbursement_asStringsOrNumbers() throws Exception {
    try (VexoraSimulator own = VexoraSimulator.builder().merchantNo(MERCHANT).appSecret(SECRET)
        .options(SimulatorOptions.builder().autoAdvance(false).build()).start()) {
      send(own, MERCHANT, "/v1/vexora/disbursements", signed(disbursement("bal-1", "100.00")));

      String strings = send(own, MERCHANT, "/v1/vexora/queryBalance", signed(Map.of("timestamp", "1"))).body();
      own.balanceValues(VexoraSimulator.BalanceValues.NUMBERS);
      String numbers = send(own, MERCHANT, "/v1/vexora/queryBalance", signed(Map.of("timestamp", "1"))).body();

      String stringsSign = md5("availableAmount=999899.00freezeAmount=101.00unsettledAmount=0.00testsecret");
      assertThat(tree(strings).get("data").toString()).isEqualTo("{\"availableAmount\":\"999899.00\","
          + "\"freezeAmount\":\"101.00\",\"unsettledAmount\":\"0.00\",\"sign\":\"" + stringsSign + "\"}");
      assertThat(numbers).contains("\"data\":{\"availableAmount\":999899.00,\"freezeAmount\":101.00,"
          + "\"unsettledAmount\":0.00,\"sign\":\"" + stringsSign + "\"}");
      assertThat(own.balance()).isEqualTo(new VexoraSimulator.AccountBalance(new BigDecimal("999899.00"),
          new BigDecimal("101.00"), BigDecimal.ZERO));
    }
  }

  @Test
  void systemErrorOnNextCreate_answers5000ButStoresTheDisbursement() throws Exception {
    sim.systemErrorOnNextCreate();

    JsonNode r = json(post("/v1/vexora/disbursements", signed(disbursement("sys-1", "100"))));

    assertError(r, "5000", "system error");
    assertThat(sim.disbursement("sys-1")).get().extracting(VexoraSimulator.Disbursement::status).isEqualTo("0015");
    JsonNode q = json(post("/v1/vexora/queryPayOutResult", signed(Map.of("tradeNo", "sys-1", "timestamp", "1"))));
    assertThat(q.at("/data/status").asText()).isEqualTo("0015");
  }

  @Test
  void rejectNextQuery_answers8000Once() throws Exception {
    post("/v1/vexora/disbursements", signed(disbursement("rej-1", "100")));
    sim.rejectNextQuery();

    JsonNode first = json(post("/v1/vexora/queryPayOutResult", signed(Map.of("tradeNo", "rej-1", "timestamp", "1"))));
    JsonNode second = json(post("/v1/vexora/queryPayOutResult", signed(Map.of("tradeNo", "rej-1", "timestamp", "1"))));

    assertError(first, "8000", "request rejected, please retry later");
    assertThat(second.get("code").asText()).isEqualTo("0000");
  }

  // ---------------------------------------------------------------- schedule and webhooks

  @Test
  void schedule_succeeds_andTheSignedWebhookIsRetriedUntilOk() throws Exception {
    try (VexoraSimulator own = fastSimulator(); Merchant merchant = new Merchant("OK", "no", "no")) {
      Map<String, String> p = disbursement("hook-1", "100");
      p.put("notifyUrl", merchant.url());

      send(own, MERCHANT, "/v1/vexora/disbursements", signed(p));

      WebhookDelivery acked = own.awaitWebhook(WebhookDelivery::acknowledged, WAIT);
      assertThat(acked.attempt()).isEqualTo(3);
      assertThat(merchant.bodies).hasSize(3);
      assertThat(merchant.contentTypes.get(0)).isEqualTo("application/json");
      String pf = own.disbursement("hook-1").orElseThrow().platFormTradeNo();
      assertThat(merchant.bodies.get(0)).isEqualTo("{\"platFormTradeNo\":\"" + pf + "\",\"tradeNo\":\"hook-1\","
          + "\"amount\":\"100\",\"status\":\"0000\",\"sign\":\""
          + md5("amount=100platFormTradeNo=" + pf + "status=0000tradeNo=hook-1testsecret") + "\"}");
      assertThat(own.balance()).isEqualTo(new VexoraSimulator.AccountBalance(new BigDecimal("999899.00"),
          new BigDecimal("0.00"), BigDecimal.ZERO));
    }
  }

  @Test
  void plannedFailure_refundsTheBalance_andUnsignedWebhooksCarryNoSign() throws Exception {
    try (VexoraSimulator own = fastSimulator(); Merchant merchant = new Merchant("OK")) {
      own.signWebhooks(false).nextOutcome(VexoraSimulator.Outcome.FAILED, "Account does not exist");
      Map<String, String> p = disbursement("fail-1", "500");
      p.put("notifyUrl", merchant.url());

      send(own, MERCHANT, "/v1/vexora/disbursements", signed(p));

      VexoraSimulator.Disbursement d = own.awaitDisbursement("fail-1", x -> x.status().equals("00029"), WAIT);
      own.awaitWebhook(WebhookDelivery::acknowledged, WAIT);
      assertThat(d.message()).isEqualTo("Account does not exist");
      assertThat(merchant.bodies.get(0)).isEqualTo("{\"platFormTradeNo\":\"" + d.platFormTradeNo()
          + "\",\"tradeNo\":\"fail-1\",\"amount\":\"500\",\"status\":\"00029\"}");
      assertThat(own.balance().available()).isEqualByComparingTo("1000000.00");
      assertThat(own.balance().freeze()).isEqualByComparingTo("0");
    }
  }

  @Test
  void complete_onAFinalDisbursement_fails() throws Exception {
    post("/v1/vexora/disbursements", signed(disbursement("final-1", "100")));
    sim.complete("final-1", VexoraSimulator.Outcome.FAILED, null);

    assertThatThrownBy(() -> sim.complete("final-1", VexoraSimulator.Outcome.SUCCESS, null))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sim.complete("nope", VexoraSimulator.Outcome.SUCCESS, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sim.disbursement("final-1").orElseThrow().message()).isEqualTo("Transaction failed");
  }

  @RegisterExtension
  static final SimulatorExtension<VexoraSimulator> EXTENSION = SimulatorExtension.of(VexoraSimulator::start);

  @Test
  void extension_runsASimulatorAtTheServerRoot() throws Exception {
    VexoraSimulator viaExtension = EXTENSION.get();

    assertThat(viaExtension.baseUrl()).matches("http://127\\.0\\.0\\.1:[0-9]+");
    assertThat(viaExtension.merchantNo()).matches("[0-9]{8}");
    assertThat(viaExtension.appSecret()).matches("[0-9a-f]{32}");
  }

  @Test
  void regionPrefix_mustBeAPath() {
    assertThatThrownBy(() -> VexoraSimulator.start(SimulatorOptions.defaults(), "indonesia/"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- faults

  @Test
  void fault_delay_holdsTheAnswerBack() throws Exception {
    sim.faults().once(VexoraSimulator.BALANCE, Fault.delay(Duration.ofMillis(200)));
    long t0 = System.nanoTime();

    post("/v1/vexora/queryBalance", signed(Map.of("timestamp", "1")));

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void fault_resets_beforeStoreStoresNothing_afterStoreStoresAndDebits() throws Exception {
    sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.resetBeforeStore());
    assertThatThrownBy(() -> post("/v1/vexora/disbursements", signed(disbursement("reset-before", "100"))))
        .isInstanceOf(IOException.class);
    assertThat(sim.disbursement("reset-before")).isEmpty();

    BigDecimal available = sim.balance().available();
    sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.resetAfterStore());
    assertThatThrownBy(() -> post("/v1/vexora/disbursements", signed(disbursement("reset-after", "100"))))
        .isInstanceOf(IOException.class);
    assertThat(sim.disbursement("reset-after")).isPresent();
    assertThat(sim.balance().available()).isEqualByComparingTo(available.subtract(new BigDecimal("101")));
  }

  @Test
  void fault_httpStatus_answersTheSystemErrorShapeAndStoresNothing() throws Exception {
    sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.httpStatus(502));

    HttpResponse<String> r = post("/v1/vexora/disbursements", signed(disbursement("http-502", "100")));

    assertThat(r.statusCode()).isEqualTo(502);
    assertError(json(r), "5000", "system error");
    assertThat(sim.disbursement("http-502")).isEmpty();
  }

  @Test
  void fault_malformedBody_storesTheDisbursement() throws Exception {
    sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.malformedBody());

    HttpResponse<String> r = post("/v1/vexora/disbursements", signed(disbursement("malformed", "100")));

    assertThat(r.body()).isEqualTo("{\"code\":");
    assertThat(sim.disbursement("malformed")).isPresent();
  }

  @Test
  void fault_wrongSignature_corruptsTheAnswerSign() throws Exception {
    sim.faults().once(VexoraSimulator.DISBURSEMENT, Fault.wrongSignature());

    JsonNode data = json(post("/v1/vexora/disbursements", signed(disbursement("wrong-sign", "100")))).get("data");

    String good = md5("message=ProcessingplatFormTradeNo=" + data.get("platFormTradeNo").asText()
        + "status=0015tradeNo=wrong-signtestsecret");
    assertThat(data.get("sign").asText()).matches("[0-9a-f]{32}").isNotEqualTo(good);
    assertThat(sim.disbursement("wrong-sign")).isPresent();
  }

  @Test
  void fault_wrongSignatureAndDuplicate_onWebhooks() throws Exception {
    try (Merchant merchant = new Merchant("OK")) {
      for (String no : List.of("wh-bad", "wh-dup")) {
        Map<String, String> p = disbursement(no, "100");
        p.put("notifyUrl", merchant.url());
        post("/v1/vexora/disbursements", signed(p));
      }

      sim.faults().once(Faults.WEBHOOK, Fault.wrongSignature());
      sim.complete("wh-bad", VexoraSimulator.Outcome.SUCCESS, null);
      sim.awaitWebhook(d -> d.orderNo().equals("wh-bad"), WAIT);
      sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());
      sim.complete("wh-dup", VexoraSimulator.Outcome.SUCCESS, null);
      sim.awaitWebhook(d -> d.orderNo().equals("wh-dup") && d.attempt() == 2, WAIT);

      JsonNode bad = tree(merchant.bodies.get(0));
      String pf = bad.get("platFormTradeNo").asText();
      assertThat(bad.get("sign").asText())
          .isNotEqualTo(md5("amount=100platFormTradeNo=" + pf + "status=0000tradeNo=wh-badtestsecret"));
      assertThat(merchant.bodies).hasSize(3);
      assertThat(merchant.bodies.get(1)).isEqualTo(merchant.bodies.get(2));
    }
  }

  // ---------------------------------------------------------------- helpers

  private static VexoraSimulator fastSimulator() {
    return VexoraSimulator.builder().merchantNo(MERCHANT).appSecret(SECRET)
        .options(SimulatorOptions.builder().processingDelay(Duration.ofMillis(10)).completionDelay(Duration.ofMillis(20))
            .build()).start();
  }

  private static Map<String, String> disbursement(String tradeNo, String amount) {
    Map<String, String> p = new TreeMap<>();
    p.put("timestamp", "1719876543210");
    p.put("tradeNo", tradeNo);
    p.put("amount", amount);
    p.put("accountNo", "880123456789012345");
    p.put("mobile", "081234567890");
    p.put("email", "rizky.pratama@example.com");
    p.put("firstname", "Rizky");
    p.put("lastname", "Pratama");
    p.put("notifyUrl", sink.url());
    return p;
  }

  /** Rule C, written independently of the production canonicalizer: sorted pairs, no separator, secret. */
  private static String signed(Map<String, String> params) throws Exception {
    StringBuilder canonical = new StringBuilder();
    new TreeMap<>(params).forEach((k, v) -> {
      if (!v.isEmpty()) {
        canonical.append(k).append('=').append(v);
      }
    });
    Map<String, String> all = new TreeMap<>(params);
    all.put("sign", md5(canonical + SECRET));
    return Json.MAPPER.writeValueAsString(all);
  }

  private static final Pattern SIGN_FIELD = Pattern.compile("\"sign\"\\s*:\\s*\"[^\"]*\"");

  private static String withSign(String json, String sign) {
    return SIGN_FIELD.matcher(json).replaceFirst(Matcher.quoteReplacement("\"sign\": \"" + sign + "\""));
  }

  private static String md5(String text) throws GeneralSecurityException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertError(JsonNode r, String code, String msg) {
    assertThat(r.get("code").asText()).isEqualTo(code);
    assertThat(r.get("msg").asText()).isEqualTo(msg);
    assertThat(r.get("success").asBoolean()).isFalse();
    assertThat(r.get("data").isNull()).isTrue();
    assertThat(r.has("timestamp")).isTrue();
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return send(sim, MERCHANT, path, body);
  }

  private HttpResponse<String> send(VexoraSimulator target, String merchantNo, String path, String body)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(target.baseUrl() + path)).header("merchantNo", merchantNo)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
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
