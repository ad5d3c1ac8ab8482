package dev.paysdk.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Operation metrics: every gateway call the shop makes is timed as {@code paysdk.operation}, tagged
 * by provider, operation, outcome and whether it moves money, never by order or amount. Needs the
 * gateway clients to report to their observer (the gateway kit of issue 11).
 */
class ShopOperationMetricsTest extends ShopTestSupport {

  @Test
  void aBalanceQuery_isTimedAsAPaySdkOperation_withLowCardinalityTags() throws Exception {
    assertThat(get("/balances/vexora").statusCode()).isEqualTo(200);
    HttpResponse<String> metric = get("/actuator/metrics/paysdk.operation?tag=provider:vexora&tag=outcome:success");
    assertThat(metric.statusCode()).as("paysdk.operation after a Vexora balance query: " + metric.body()).isEqualTo(200);
    JsonNode m = json(metric);
    assertThat(m.path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1.0);
    assertThat(m.path("availableTags").toString()).contains("operation", "money.moving").doesNotContain("merchantOrderNo");
  }

  @Test
  void aPayout_isTimedAsMoneyMoving_andItsAttemptsAreCounted() throws Exception {
    post("/payouts", "application/json", "{\"currency\":\"PEN\",\"amount\":\"150.00\",\"accountNumber\":\"19412345678901\","
        + "\"bankId\":\"2\",\"accountType\":\"1\",\"cci\":\"00219400254640654321\",\"name\":\"Lucia Quispe\","
        + "\"email\":\"lucia.quispe@example.pe\",\"phone\":\"987654321\",\"documentType\":\"DNI\",\"documentNumber\":\"45678912\"}");
    HttpResponse<String> metric = get("/actuator/metrics/paysdk.operation?tag=provider:payout-pen&tag=money.moving:true");
    assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
    assertThat(get("/actuator/metrics/paysdk.operation.attempts?tag=provider:payout-pen").statusCode()).isEqualTo(200);
  }
}
