package dev.paysdk.hexpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.HexpaySimulator.WebhookSigning;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookDelivery;
import dev.paysdk.testkit.WebhookReceiver;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pay-in webhooks of the embedded Hexpay simulator received by a local endpoint and verified by the
 * client: MD5 signing, wrong signatures, duplicates and the states other than paid.
 */
class HexpayWebhookSimulatorIntegrationTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private static SimulatorOptions manual() {
    return SimulatorOptions.builder().autoAdvance(false).build();
  }

  private static HexpayClient.Builder clientOf(HexpaySimulator sim) {
    return HexpaySimulatorIntegrationTest.clientOf(sim);
  }

  private static CashierOrder.Builder order(String merchantOrderNo, String amount, String notifyUrl) {
    return HexpaySimulatorIntegrationTest.order(merchantOrderNo, amount, notifyUrl);
  }

  private static BigDecimal available(HexpayClient client, String currency) {
    return HexpaySimulatorIntegrationTest.available(client, currency);
  }

  private static WebhookEvent eventFor(WebhookReceiver hook, String merchantOrderNo) {
    return HexpaySimulatorIntegrationTest.eventFor(hook, merchantOrderNo);
  }

  private static List<WebhookDelivery> deliveriesOf(HexpaySimulator sim, String merchantOrderNo) {
    return sim.webhookDeliveries().stream().filter(d -> d.orderNo().equals(merchantOrderNo)).toList();
  }

  @Test
  void webhook_signedWithTheAppSecret_isVerifiedAsMd5() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual(), WebhookSigning.MD5)) {
      HexpayClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        CashierOrderResult created = client.payIns().createOrder(order("IT-MD5-1", "2.25", hook.url()).build());

        sim.pay(created.payOrderId());

        WebhookDelivery d = sim.awaitWebhook(w -> w.orderNo().equals("IT-MD5-1"), WAIT);
        assertThat(d.acknowledged()).isTrue();
        assertThat(WebhookRequest.parseForm(d.body()).get("sign")).matches("[0-9A-F]{32}");
        WebhookEvent event = eventFor(hook, "IT-MD5-1");
        assertThat(event.payInStatus()).contains(PayInStatus.SUCCEEDED);
        assertThat(event.amount()).contains(Money.of("2.25", "USDC"));
        // the same body is refused by a client that lacks the secret
        HexpayClient withoutSecret = HexpayClient.builder().baseUrl(sim.baseUrl()).mchNo(sim.mchNo()).appId(sim.appId())
            .merchantPrivateKey(sim.merchantPrivateKeyPem()).platformPublicKey(sim.platformPublicKeyPem()).build();
        WebhookRequest replay = WebhookRequest.builder().header("Content-Type", d.contentType()).body(d.body()).build();
        assertThatThrownBy(() -> withoutSecret.webhooks().verify(replay))
            .isInstanceOf(SignatureVerificationException.class);
      }
    }
  }

  @Test
  void webhook_withAWrongSignature_isRejectedNotAcknowledgedAndRetried() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        CashierOrderResult created = client.payIns().createOrder(order("IT-BADSIG-1", "4", hook.url()).build());
        sim.faults().once(Faults.WEBHOOK, Fault.wrongSignature());

        sim.pay(created.payOrderId());

        sim.awaitWebhook(d -> d.orderNo().equals("IT-BADSIG-1") && d.attempt() == 3, WAIT);
        List<WebhookDelivery> deliveries = deliveriesOf(sim, "IT-BADSIG-1");
        assertThat(deliveries).allSatisfy(d -> {
          assertThat(d.acknowledged()).isFalse();
          assertThat(d.responseStatus()).isEqualTo(400);
        });
        // every retry carries the same (wrong) body
        assertThat(deliveries).extracting(WebhookDelivery::body).containsOnly(deliveries.get(0).body());
        assertThat(hook.events()).isEmpty();
        assertThat(hook.rejections()).hasSizeGreaterThanOrEqualTo(3)
            .allSatisfy(e -> assertThat(e).isInstanceOf(SignatureVerificationException.class));
        assertThat(sim.payIn("IT-BADSIG-1").orElseThrow().state()).isEqualTo(2);
      }
    }
  }

  @Test
  void webhook_deliveredTwice_carriesTheSameDeduplicationKeyBothTimes() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        CashierOrderResult created = client.payIns().createOrder(order("IT-DUP-1", "6", hook.url()).build());
        sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());

        sim.pay(created.payOrderId());

        sim.awaitWebhook(d -> d.orderNo().equals("IT-DUP-1") && d.attempt() == 2, WAIT);
        assertThat(deliveriesOf(sim, "IT-DUP-1")).hasSize(2).allSatisfy(d -> assertThat(d.acknowledged()).isTrue());
        assertThat(hook.events()).hasSize(2);
        assertThat(hook.events()).extracting(WebhookEvent::deduplicationKey)
            .containsExactly("hexpay:" + created.payOrderId() + ":2", "hexpay:" + created.payOrderId() + ":2");
      }
    }
  }

  @Test
  void webhooksOfFailedCancelledAndClosedOrders_reportThoseStatuses_andCreditNothing() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        String failed = client.payIns().createOrder(order("IT-ST-3", "1", hook.url()).build()).payOrderId();
        String cancelled = client.payIns().createOrder(order("IT-ST-4", "1", hook.url()).build()).payOrderId();
        String closed = client.payIns().createOrder(order("IT-ST-6", "1", hook.url()).build()).payOrderId();

        sim.failPayIn(failed);
        sim.cancelPayIn(cancelled);
        sim.closePayIn(closed);

        for (String no : List.of("IT-ST-3", "IT-ST-4", "IT-ST-6")) {
          sim.awaitWebhook(d -> d.orderNo().equals(no) && d.acknowledged(), WAIT);
        }
        assertThat(eventFor(hook, "IT-ST-3").payInStatus()).contains(PayInStatus.FAILED);
        assertThat(eventFor(hook, "IT-ST-3").deduplicationKey()).isEqualTo("hexpay:" + failed + ":3");
        assertThat(eventFor(hook, "IT-ST-4").payInStatus()).contains(PayInStatus.CANCELLED);
        assertThat(eventFor(hook, "IT-ST-6").payInStatus()).contains(PayInStatus.CLOSED);
        assertThat(eventFor(hook, "IT-ST-3").providerEvent(HexpayPayInNotification.class).realPayAmount()).isNull();
        TradeOrder c = client.payIns().query(PayInLookup.byProviderOrderNo(cancelled));
        assertThat(c.status()).isEqualTo(PayInStatus.CANCELLED);
        assertThat(c.cancelTime()).isNotNull();
        assertThat(c.realPayAmount()).isNull();
        assertThat(available(client, "USDC")).isEqualByComparingTo("10000");
      }
    }
  }
}
