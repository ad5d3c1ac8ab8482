package dev.paysdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every example program runs to its end against the simulators and shows what it is about. */
class ExamplesTest {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void capture() {
    original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(original);
  }

  private String output() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void agentPayQuickStart_paysAndRetrievesTheSucceededPayout() throws Exception {
    AgentPayQuickStart.main(new String[0]);
    assertThat(output()).contains("created:").contains("retrieved: Payout[provider=inr-agentpay")
        .contains("status=SUCCEEDED");
  }

  @Test
  void penQuickStart_paysAndRetrievesTheSucceededPayout() throws Exception {
    PenQuickStart.main(new String[0]);
    assertThat(output()).contains("retrieved: Payout[provider=payout-pen").contains("status=SUCCEEDED");
  }

  @Test
  void vexoraQuickStart_paysUnderARegionPrefixedBaseUrl() throws Exception {
    VexoraQuickStart.main(new String[0]);
    assertThat(output()).contains("retrieved: Payout[provider=vexora").contains("status=SUCCEEDED");
  }

  @Test
  void hexpayQuickStart_completesABatchOfOne() throws Exception {
    HexpayQuickStart.main(new String[0]);
    assertThat(output()).contains("runnable true").contains(": COMPLETED").contains("SUCCEEDED");
  }

  @Test
  void payoutTimeoutReconciled_findsThePayoutAndNeverSendsItTwice() throws Exception {
    PayoutTimeoutReconciled.main(new String[0]);
    assertThat(output()).contains("do not resend").contains("reconciled: the gateway has it")
        .contains("payouts held by the gateway: 1");
  }

  @Test
  void routerByCurrency_sendsEachCurrencyToItsGatewayAndListsTheRoutesOtherwise() throws Exception {
    RouterByCurrency.main(new String[0]);
    assertThat(output())
        .contains("INR went to inr-agentpay")
        .contains("PEN went to payout-pen")
        .contains("IDR went to vexora")
        .contains("BRL: ").contains("currency INR -> inr-agentpay");
  }

  @Test
  void jettyWebhookEndpoint_receivesTheFinalCallbackThroughTheServletHelper() throws Exception {
    JettyWebhookEndpoint.main(new String[0]);
    assertThat(output()).contains("callback: HOOK-0001 is SUCCEEDED");
  }

  @Test
  void hexpayCheckoutWithWebhook_receivesTheVerifiedPaymentWebhook() throws Exception {
    HexpayCheckoutWithWebhook.main(new String[0]);
    assertThat(output()).contains("send the customer to: http://127.0.0.1:").contains("webhook: WebhookEvent[hexpay")
        .contains("status=SUCCEEDED");
  }

  @Test
  void hexpayBatchPayoutShortfall_showsWhatTheBatchNeedsAndCancelsIt() throws Exception {
    HexpayBatchPayoutShortfall.main(new String[0]);
    assertThat(output()).contains("short of").contains("USDT").contains("available 5")
        .contains("cancelled: ");
  }
}
