package dev.paysdk.vexora;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.testkit.VexoraSimulator.Outcome;
import dev.paysdk.testkit.WebhookDelivery;
import dev.paysdk.testkit.WebhookReceiver;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Disbursement webhooks of the embedded Vexora simulator received by a local endpoint and verified
 * by the client: unsigned callbacks, wrong signatures and duplicates.
 */
class VexoraWebhookSimulatorIntegrationTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String REGION = "/indonesia";

  private static SimulatorOptions fast() {
    return VexoraSimulatorIntegrationTest.fast();
  }

  private static SimulatorOptions manual() {
    return VexoraSimulatorIntegrationTest.manual();
  }

  private static VexoraClient.Builder clientOf(VexoraSimulator sim) {
    return VexoraSimulatorIntegrationTest.clientOf(sim);
  }

  private static PayoutRequest payout(String merchantOrderNo, String amount, String notifyUrl) {
    return VexoraSimulatorIntegrationTest.payout(merchantOrderNo, amount, notifyUrl);
  }

  private static WebhookEvent single(WebhookReceiver hook) {
    return VexoraSimulatorIntegrationTest.single(hook);
  }

  @Test
  void unsignedWebhook_isRejectedByDefault_notAcknowledged_andRetried() {
    try (VexoraSimulator sim = VexoraSimulator.start(fast(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        sim.signWebhooks(false);

        client.payouts().create(payout("VX-IT-UNSIGNED-1", "100", hook.url()));

        sim.awaitWebhook(d -> d.orderNo().equals("VX-IT-UNSIGNED-1") && d.attempt() == 3, WAIT);
        assertThat(sim.webhookDeliveries()).allSatisfy(d -> {
          assertThat(d.acknowledged()).isFalse();
          assertThat(d.body()).doesNotContain("\"sign\"");
        });
        assertThat(hook.events()).isEmpty();
        assertThat(hook.rejections()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(e -> assertThat(e)
            .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("carries no signature"));
      }
    }
  }

  @Test
  void unsignedWebhook_withConfirmationByQuery_isAcceptedWithTheStatusTheQueryReports() {
    try (VexoraSimulator sim = VexoraSimulator.start(manual(), REGION)) {
      VexoraClient client = clientOf(sim).unsignedWebhooks(UnsignedWebhookPolicy.CONFIRM_BY_QUERY).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        sim.signWebhooks(false);
        Payout created = client.payouts().create(payout("VX-IT-CONFIRM-1", "300000", hook.url()));

        // an unsigned callback claiming success while the gateway still processes: the query decides
        WebhookEvent claimed = client.webhooks().verify(WebhookRequest.builder()
            .header("Content-Type", "application/json")
            .body("{\"platFormTradeNo\":\"" + created.providerOrderNo().orElseThrow()
                + "\",\"tradeNo\":\"VX-IT-CONFIRM-1\",\"amount\":\"300000.00\",\"status\":\"0000\"}")
            .build());
        assertThat(claimed.payoutStatus()).contains(PayoutStatus.PROCESSING);
        assertThat(claimed.rawStatus()).isEqualTo("0015");
        assertThat(sim.receivedRequests(VexoraSimulator.QUERY)).hasSize(1);

        sim.complete("VX-IT-CONFIRM-1", Outcome.SUCCESS, null);

        WebhookDelivery d = sim.awaitWebhook(w -> w.orderNo().equals("VX-IT-CONFIRM-1"), WAIT);
        assertThat(d.acknowledged()).isTrue();
        assertThat(d.body()).doesNotContain("\"sign\"");
        WebhookEvent event = single(hook);
        assertThat(event.payoutStatus()).contains(PayoutStatus.SUCCEEDED);
        DisbursementNotification n = event.providerEvent(DisbursementNotification.class);
        assertThat(n.verification()).isEqualTo(DisbursementNotification.Verification.CONFIRMED_BY_QUERY);
        assertThat(n.confirmationIfQueried()).isPresent();
        assertThat(n.amount()).isEqualTo(Money.of("300000", "IDR"));
        assertThat(sim.receivedRequests(VexoraSimulator.QUERY)).hasSize(2);
      }
    }
  }

  @Test
  void webhookWithAWrongSignature_isRejectedEvenWhenUnsignedOnesMayBeConfirmed() {
    try (VexoraSimulator sim = VexoraSimulator.start(fast(), REGION)) {
      VexoraClient client = clientOf(sim).unsignedWebhooks(UnsignedWebhookPolicy.CONFIRM_BY_QUERY).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        sim.faults().once(Faults.WEBHOOK, Fault.wrongSignature());

        client.payouts().create(payout("VX-IT-BADSIG-1", "100", hook.url()));

        sim.awaitWebhook(d -> d.orderNo().equals("VX-IT-BADSIG-1") && d.attempt() == 2, WAIT);
        assertThat(sim.webhookDeliveries()).noneSatisfy(d -> assertThat(d.acknowledged()).isTrue());
        assertThat(hook.events()).isEmpty();
        assertThat(hook.rejections()).allSatisfy(e -> assertThat(e).isInstanceOf(SignatureVerificationException.class));
        assertThat(sim.receivedRequests(VexoraSimulator.QUERY)).isEmpty();
      }
    }
  }

  @Test
  void webhookDeliveredTwice_carriesTheSameDeduplicationKeyBothTimes() {
    try (VexoraSimulator sim = VexoraSimulator.start(fast(), REGION)) {
      VexoraClient client = clientOf(sim).build();
      try (WebhookReceiver hook = WebhookReceiver.start(client.webhooks())) {
        sim.faults().once(Faults.WEBHOOK, Fault.duplicateWebhook());

        Payout created = client.payouts().create(payout("VX-IT-DUP-HOOK-1", "100", hook.url()));

        sim.awaitWebhook(d -> d.orderNo().equals("VX-IT-DUP-HOOK-1") && d.attempt() == 2, WAIT);
        assertThat(sim.webhookDeliveries()).hasSize(2).allSatisfy(d -> assertThat(d.acknowledged()).isTrue());
        String key = "vexora:" + created.providerOrderNo().orElseThrow() + ":0000";
        assertThat(hook.events()).extracting(WebhookEvent::deduplicationKey).containsExactly(key, key);
      }
    }
  }
}
