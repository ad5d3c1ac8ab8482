package dev.paysdk.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health per gateway, and webhook metrics, through the actuator. */
class ShopObservabilityTest extends ShopTestSupport {

  @Test
  void health_showsEachGatewayUp_andHexpaysSignedAnswerVerified() throws Exception {
    HttpResponse<String> response = get("/actuator/health/paysdk");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode health = json(response);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    JsonNode components = health.path("components");
    for (String gateway : new String[] {"hexpay", "inr-agentpay", "payout-pen", "vexora"}) {
      assertThat(components.path(gateway).path("status").asText()).as(gateway + ": " + components).isEqualTo("UP");
    }
    assertThat(components.path("hexpay").path("details").path("signedAnswer").asText()).isEqualTo("verified");
    assertThat(components.path("payout-pen").path("details").path("answer").asText()).isEqualTo("not found, as expected");
  }

  @Test
  void aForgedWebhook_isAnswered400_andCountedAsRejected() throws Exception {
    HttpResponse<String> forged = post("/webhooks/vexora", "application/json",
        "{\"tradeNo\":\"1\",\"status\":\"0000\",\"sign\":\"forged\"}");
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).isEqualTo("rejected");

    HttpResponse<String> metric = get("/actuator/metrics/paysdk.webhook?tag=provider:vexora&tag=outcome:rejected");
    assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
    assertThat(json(metric).path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void handledWebhooks_areTimedByProviderAndOutcome() throws Exception {
    post("/payouts", "application/json", "{\"currency\":\"INR\",\"amount\":\"100.00\",\"accountNumber\":\"123456789012\","
        + "\"ifsc\":\"HDFC0001234\",\"name\":\"Asha Verma\",\"phone\":\"9876543210\",\"email\":\"asha.verma@example.in\"}");
    awaitWebhook(e -> e.providerId().equals("inr-agentpay"));
    JsonNode metric = json(get("/actuator/metrics/paysdk.webhook?tag=provider:inr-agentpay&tag=outcome:handled"));
    assertThat(metric.path("name").asText()).isEqualTo("paysdk.webhook");
    assertThat(metric.path("availableTags").toString()).contains("operation");
  }
}
