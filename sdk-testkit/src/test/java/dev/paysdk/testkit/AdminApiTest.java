package dev.paysdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.sign.Signers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin HTTP API that {@link GatewaySimulator#enableAdminApi()} mounts, driven with the JDK client. */
class AdminApiTest {
  private static final String SECRET = "admin-test-secret";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SimulatorOptions MANUAL = SimulatorOptions.builder().autoAdvance(false).build();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private AgentPaySimulator sim;
  private NotifyReceiver merchant;

  @BeforeEach
  void start() throws Exception {
    sim = AgentPaySimulator.builder().options(MANUAL).merchantId("LEtest067").secretKey(SECRET).start();
    sim.enableAdminApi();
    merchant = NotifyReceiver.answering("success");
  }

  @AfterEach
  void stop() {
    sim.close();
    merchant.close();
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path));
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode ok(String method, String path, String json) throws Exception {
    HttpResponse<String> r = send(method, path, json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> apply(String orderNo) throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mchId", "LEtest067");
    p.put("mchOrderNo", orderNo);
    p.put("amount", "10000");
    p.put("currency", "INR");
    p.put("accountNo", "12312312");
    p.put("accountBankCode", "BANK");
    p.put("notifyUrl", merchant.url("/notify"));
    p.put("extra", "{\"value\":\"AIRP0000001\"}");
    p.put("sign", Signers.md5SortedFragments(SECRET).sign(p));
    StringBuilder form = new StringBuilder();
    p.forEach((k, v) -> form.append(form.length() == 0 ? "" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/agentpay/apply"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void describe_namesTheGatewayItsOperationsAndTheFaultKinds() throws Exception {
    JsonNode d = ok("GET", "/_admin", null);

    assertThat(d.get("gateway").asText()).isEqualTo("agentpay");
    assertThat(d.get("baseUrl").asText()).isEqualTo(sim.baseUrl());
    assertThat(d.get("operations").toString()).contains(AgentPaySimulator.PAYOUT_APPLY, Faults.WEBHOOK);
    assertThat(d.get("faultKinds").toString()).contains("RESET_AFTER_STORE");
  }

  @Test
  void queuedFault_takesEffectOnTheNextCallOfThatOperationOnly() throws Exception {
    ok("POST", "/_admin/faults", "{\"operation\":\"" + AgentPaySimulator.PAYOUT_APPLY
        + "\",\"kind\":\"http-status\",\"status\":503}");

    assertThat(apply("ADM-1").statusCode()).isEqualTo(503);
    assertThat(sim.payoutCount()).isZero();
    assertThat(apply("ADM-2").statusCode()).isEqualTo(200);
    assertThat(sim.payoutCount()).isEqualTo(1);
  }

  @Test
  void adminRequests_areNotRecordedAsGatewayCalls() throws Exception {
    ok("GET", "/_admin/orders", null);

    assertThat(sim.receivedRequests()).isEmpty();
  }

  @Test
  void badRequests_areAnswered400WithTheReason() throws Exception {
    HttpResponse<String> unknownOp = send("POST", "/_admin/faults", "{\"operation\":\"nope\",\"kind\":\"delay\"}");
    HttpResponse<String> noOrder = send("POST", "/_admin/orders/complete", "{\"order\":\"X\",\"outcome\":\"FAILED\"}");
    HttpResponse<String> noRoute = send("GET", "/_admin/nothing", null);

    assertThat(unknownOp.statusCode()).isEqualTo(400);
    assertThat(unknownOp.body()).contains("unknown operation 'nope'");
    assertThat(noOrder.statusCode()).isEqualTo(400);
    assertThat(noOrder.body()).contains("no order X");
    assertThat(noRoute.statusCode()).isEqualTo(404);
  }

  @Test
  void orders_complete_trigger_andReplay_workOnEitherOrderNumber() throws Exception {
    apply("ADM-3");
    JsonNode list = ok("GET", "/_admin/orders", null).get("orders");
    assertThat(list).hasSize(1);
    String gatewayNo = list.get(0).get("gatewayOrderNo").asText();
    assertThat(list.get(0).get("status").asText()).isEqualTo("1");
    assertThat(list.get(0).get("final").asBoolean()).isFalse();

    JsonNode done = ok("POST", "/_admin/orders/complete?order=ADM-3&outcome=failed&reason=Account%20closed", null);
    assertThat(done.get("status").asText()).isEqualTo("3");
    assertThat(sim.order("ADM-3").orElseThrow().errorMessage()).isEqualTo("Account closed");
    List<NotifyReceiver.Call> first = merchant.awaitCalls(1, Duration.ofSeconds(3));

    JsonNode triggered = ok("POST", "/_admin/webhooks/trigger", "{\"order\":\"" + gatewayNo + "\",\"url\":\""
        + merchant.url("/other") + "\",\"wrongSignature\":true}");
    assertThat(triggered.get("acknowledged").asBoolean()).isTrue();
    JsonNode replayed = ok("POST", "/_admin/webhooks/replay", "{\"order\":\"ADM-3\",\"url\":\""
        + merchant.url("/replay") + "\"}");
    assertThat(replayed.get("responseStatus").asInt()).isEqualTo(200);

    List<NotifyReceiver.Call> calls = merchant.awaitCalls(3, Duration.ofSeconds(3));
    Map<String, String> original = dev.paysdk.core.webhook.WebhookRequest.parseForm(first.get(0).rawQuery());
    Map<String, String> tampered = dev.paysdk.core.webhook.WebhookRequest.parseForm(calls.get(1).rawQuery());
    assertThat(calls.get(1).path()).isEqualTo("/other");
    assertThat(tampered.get("status")).isEqualTo("3");
    assertThat(tampered.get("sign")).isNotEqualTo(original.get("sign"));
    assertThat(calls.get(2).path()).isEqualTo("/replay");
    assertThat(calls.get(2).rawQuery()).isEqualTo(first.get(0).rawQuery());
    assertThat(ok("GET", "/_admin/webhooks", null).get("deliveries")).hasSize(3);
  }

  @Test
  void vexora_listsItsDisbursements_andTriggersARuleCSignedWebhookToAnyUrl() throws Exception {
    try (VexoraSimulator vx = VexoraSimulator.builder().options(MANUAL).appSecret("vx-secret").start()) {
      vx.enableAdminApi();
      Map<String, String> p = new LinkedHashMap<>();
      p.put("timestamp", "1719876543210");
      p.put("tradeNo", "VX-ADM-1");
      p.put("amount", "100.00");
      p.put("accountNo", "880123456789012345");
      p.put("mobile", "081234567890");
      p.put("email", "rizky@example.com");
      p.put("firstname", "Rizky");
      p.put("lastname", "Pratama");
      p.put("notifyUrl", merchant.url("/vx"));
      p.put("sign", Signers.md5SaltedPairs("vx-secret").sign(p));
      HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(vx.baseUrl()
          + "/v1/vexora/disbursements")).header("Content-Type", "application/json").header("merchantNo", vx.merchantNo())
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(p))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(created.body()).contains("\"code\":\"0000\"");

      JsonNode orders = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(vx.baseUrl() + "/_admin/orders"))
          .build(), HttpResponse.BodyHandlers.ofString()).body()).get("orders");
      assertThat(orders).hasSize(1);
      assertThat(orders.get(0).get("merchantOrderNo").asText()).isEqualTo("VX-ADM-1");
      assertThat(orders.get(0).get("amount").asText()).isEqualTo("100.00");

      WebhookDelivery d = vx.sendWebhook(orders.get(0).get("gatewayOrderNo").asText(), merchant.url("/vx-now"), false);
      assertThat(d.acknowledged()).isFalse(); // the receiver answers "success", Vexora expects "OK"
      JsonNode body = JSON.readTree(merchant.awaitCalls(1, Duration.ofSeconds(3)).get(0).bodyText());
      Map<String, String> fields = new LinkedHashMap<>();
      body.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
      assertThat(fields).containsEntry("tradeNo", "VX-ADM-1").containsEntry("status", VexoraSimulator.STATUS_PROCESSING);
      assertThat(fields.get("sign")).isEqualTo(Signers.md5SaltedPairs("vx-secret").sign(fields));
    }
  }
}
