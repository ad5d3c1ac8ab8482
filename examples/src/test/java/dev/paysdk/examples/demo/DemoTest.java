package dev.paysdk.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's flow end to end, in process: all four gateways against their simulators, with the
 * webhooks going through the real Jetty endpoint and verified by the SDK.
 */
class DemoTest {

  @Test
  void demo_againstTheSimulators_reachesAFinalStatusForEveryGatewayWithVerifiedWebhooks() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.Result result = new Demo(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(result.failures()).as(out).isEmpty();
    assertThat(result.webhooks()).as(out).allMatch(WebhookEndpoint.Received::verified);
    assertThat(result.webhooks()).extracting(WebhookEndpoint.Received::gateway)
        .contains("agentpay", "pen", "vexora", "hexpay");
    result.webhooks().forEach(w -> assertThat(w.event().payoutStatus().map(s -> s.isFinal())
        .or(() -> w.event().payInStatus().map(s -> s.isFinal()))).contains(true));
    assertThat(out)
        .contains("INR AgentPay", "PEN bank payouts", "Vexora disbursements", "Hexpay")
        .contains("balance", "payout apply", "payout create", "disbursement", "pay-in order", "batch upload",
            "batch query")
        .contains("signature verified")
        .contains("OK: 4 of 4 gateway flows reached a final status");
    // account numbers are printed masked only
    assertThat(out).doesNotContain("123456789012", "19412345678901", "880123456789012345");
  }

  @Test
  void demo_runsOnlyTheGatewaysNamedInPaysdkDemoProviders() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.Result result = new Demo(Map.of("PAYSDK_DEMO_PROVIDERS", "pen,vexora"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(result.ok()).as(out).isTrue();
    assertThat(out).contains("PEN bank payouts", "Vexora disbursements").doesNotContain("INR AgentPay", "Hexpay");
    assertThat(result.webhooks()).extracting(WebhookEndpoint.Received::gateway).containsOnly("pen", "vexora");
  }

  @Test
  void demo_withPaysdkDemoJournal_sendsEachPayoutThroughTheJournalOnTheEmbeddedDatabase(@TempDir Path dir)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.Result result = new Demo(Map.of("PAYSDK_DEMO_PROVIDERS", "agentpay,pen", "PAYSDK_DEMO_JOURNAL",
        dir.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(result.ok()).as(out).isTrue();
    assertThat(out).containsPattern("journal +OPEN .*, in " + java.util.regex.Pattern.quote(dir.toString()))
        .containsPattern("journal +SUCCEEDED \\(raw 2\\)")
        .containsPattern("journal +SUCCEEDED \\(raw SUCCESS\\)");
    assertThat(dir.resolve("paysdk.mv.db")).exists();
  }

  @Test
  void demo_rejectsAnUnknownGatewayName() {
    assertThatThrownBy(() -> new Demo(Map.of("PAYSDK_DEMO_PROVIDERS", "pen,acmepay"), System.out).run())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acmepay")
        .hasMessageContaining("agentpay,pen,vexora,hexpay");
  }

  @Test
  void demo_withARemoteGatewayMissingItsCredentials_failsNamingTheVariable() {
    assertThatThrownBy(() -> new Demo(Map.of("PAYSDK_DEMO_PROVIDERS", "agentpay",
        "PAYSDK_AGENTPAY_BASE_URL", "https://sandbox.invalid"), System.out).run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PAYSDK_AGENTPAY_MERCHANT_ID");
  }
}
