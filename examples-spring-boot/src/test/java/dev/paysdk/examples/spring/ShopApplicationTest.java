package dev.paysdk.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.VexoraSimulator;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Payouts through the router, a checkout, balances and webhooks, end to end against the simulators. */
class ShopApplicationTest extends ShopTestSupport {
  private static final String INR_PAYOUT = "{\"currency\":\"INR\",\"amount\":\"100.00\",\"accountNumber\":\"123456789012\","
      + "\"ifsc\":\"HDFC0001234\",\"name\":\"Asha Verma\",\"phone\":\"9876543210\",\"email\":\"asha.verma@example.in\"}";
  private static final String PEN_PAYOUT = "{\"currency\":\"PEN\",\"amount\":\"150.00\",\"accountNumber\":\"19412345678901\","
      + "\"bankId\":\"2\",\"accountType\":\"1\",\"cci\":\"00219400254640654321\",\"name\":\"Lucia Quispe\","
      + "\"email\":\"lucia.quispe@example.pe\",\"phone\":\"987654321\",\"documentType\":\"DNI\",\"documentNumber\":\"45678912\"}";
  private static final String IDR_PAYOUT = "{\"currency\":\"IDR\",\"amount\":\"150000\",\"accountNumber\":\"880123456789012345\","
      + "\"firstName\":\"Rizky\",\"lastName\":\"Pratama\",\"email\":\"rizky.pratama@example.com\",\"phone\":\"081234567890\"}";

  @Autowired
  AgentPaySimulator agentPay;
  @Autowired
  PenPayoutSimulator pen;
  @Autowired
  VexoraSimulator vexora;
  @Autowired
  HexpaySimulator hexpay;

  /** Sends a payout through the shop, checks its JSON, and waits for its final webhook. */
  private WebhookEvent payAndAwaitWebhook(String body, String provider, String currency) throws Exception {
    HttpResponse<String> created = post("/payouts", "application/json", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode payout = json(created);
    assertThat(payout.path("providerId").asText()).isEqualTo(provider);
    assertThat(payout.path("status").asText()).isIn("ACCEPTED", "PROCESSING");
    String orderNo = payout.path("merchantOrderNo").asText();
    assertThat(orderNo).hasSize(20);
    JsonNode amount = payout.path("amount");
    if (!amount.isMissingNode()) {
      assertThat(amount.path("amount").isTextual()).as("amounts are strings: %s", amount).isTrue();
      assertThat(amount.path("currency").asText()).isEqualTo(currency);
    }
    WebhookEvent event = awaitWebhook(e -> orderNo.equals(e.merchantOrderNo())
        && e.payoutStatus().map(s -> s.isFinal()).orElse(false));
    assertThat(event.providerId()).isEqualTo(provider);

    JsonNode now = json(get("/payouts/" + provider + "/" + orderNo));
    assertThat(now.path("status").asText()).isEqualTo(event.payoutStatus().orElseThrow().name());
    return event;
  }

  @Test
  void payoutsInEachCurrency_goToTheirGateway_answerAsJson_andTheirWebhooksArriveAsEvents() throws Exception {
    payAndAwaitWebhook(INR_PAYOUT, "inr-agentpay", "INR");
    payAndAwaitWebhook(PEN_PAYOUT, "payout-pen", "PEN");
    payAndAwaitWebhook(IDR_PAYOUT, "vexora", "IDR");
    assertThat(agentPay.webhookDeliveries()).isNotEmpty().allMatch(d -> d.acknowledged());
    assertThat(pen.webhookDeliveries()).isNotEmpty().allMatch(d -> d.acknowledged());
    assertThat(vexora.webhookDeliveries()).isNotEmpty().allMatch(d -> d.acknowledged());
  }

  @Test
  void aWebhookDeliveredTwice_isAcknowledgedTwice_butPublishedOnce() throws Exception {
    agentPay.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());
    WebhookEvent event = payAndAwaitWebhook(INR_PAYOUT, "inr-agentpay", "INR");
    agentPay.awaitWebhook(d -> d.orderNo().equals(event.providerOrderNo().orElse("?")) && d.attempt() >= 1
        && agentPay.webhookDeliveries().stream().filter(x -> x.body().equals(d.body()) && x.acknowledged()).count() >= 2,
        Duration.ofSeconds(10));
    assertThat(orderBook.received()).filteredOn(e -> e.deduplicationKey().equals(event.deduplicationKey())).hasSize(1);
  }

  @Test
  void aHexpayCheckout_isAPayInAsJson_andItsPaymentArrivesAsAWebhookEvent() throws Exception {
    HttpResponse<String> created = post("/checkouts?amount=25.50&currency=USDT", "application/x-www-form-urlencoded", "");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode payIn = json(created);
    assertThat(payIn.path("providerId").asText()).isEqualTo("hexpay");
    assertThat(payIn.path("status").asText()).isEqualTo("CREATED");
    assertThat(payIn.path("rawStatus").asText()).isEqualTo("0");
    assertThat(payIn.path("createdAt").asText()).as("an ISO-8601 instant").endsWith("Z");
    String orderNo = payIn.path("merchantOrderNo").asText();

    hexpay.pay(hexpay.payIn(orderNo).orElseThrow().payOrderId());
    WebhookEvent paid = awaitWebhook(e -> orderNo.equals(e.merchantOrderNo())
        && e.payInStatus().map(s -> s.isFinal()).orElse(false));
    assertThat(paid.payInStatus()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("SUCCEEDED"));
    JsonNode now = json(get("/checkouts/" + orderNo));
    assertThat(now.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(now.path("paidAmount").path("currency").asText()).as(now.toString()).isEqualTo("USDT");
    assertThat(new BigDecimal(now.path("paidAmount").path("amount").asText())).isEqualByComparingTo("25.50");
  }

  @Test
  void balances_areAJsonListWithExactAmountStrings() throws Exception {
    JsonNode inr = json(get("/balances/inr-agentpay"));
    assertThat(inr.isArray()).as(inr.toString()).isTrue();
    assertThat(inr.get(0).path("currency").asText()).isEqualTo("INR");
    assertThat(inr.get(0).path("available").path("amount").isTextual()).isTrue();
    assertThat(inr.get(0).path("available").path("currency").asText()).isEqualTo("INR");
    assertThat(new BigDecimal(inr.get(0).path("available").path("amount").asText())).isPositive();

    JsonNode usd = json(get("/balances/hexpay"));
    assertThat(usd).extracting(b -> b.path("currency").asText()).contains("USDT", "USDC");
  }
}
