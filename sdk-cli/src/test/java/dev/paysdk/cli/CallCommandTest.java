package dev.paysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PaymentProvider;
import dev.paysdk.core.ProviderSettings;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.VexoraSimulator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code call} against the simulators on loopback, configured by the demo's variables. */
class CallCommandTest {

  private static Map<String, String> agentPayEnv(AgentPaySimulator sim) {
    return Map.of("PAYSDK_AGENTPAY_BASE_URL", sim.baseUrl(), "PAYSDK_AGENTPAY_MERCHANT_ID", sim.merchantId(),
        "PAYSDK_AGENTPAY_SECRET", sim.secretKey());
  }

  @Test
  void balance_printsTheMaskedExchangeAndTheBalance() {
    try (AgentPaySimulator sim = AgentPaySimulator.start()) {
      CliRun r = CliRun.run(agentPayEnv(sim), "", "call", "--gateway", "agentpay", "balance");

      assertThat(r.code).as(r.toString()).isEqualTo(ExitCode.OK);
      assertThat(r.out).contains("> POST " + sim.baseUrl() + "/api/agentpay/query_balance")
          .contains("&sign=***").contains("< 200 (").contains("\"sign\":\"***\"");
      assertThat(r.value("balance")).isEqualTo("INR: available 1000000.00 INR, frozen 0.00 INR, pending 0.00 INR");
      assertThat(r.value("result")).isEqualTo("OK: 1 balance");
      r.printsNothingOf(sim.secretKey());
      assertThat(sim.receivedRequests(AgentPaySimulator.BALANCE_QUERY)).hasSize(1);
    }
  }

  @Test
  void query_ofAnUnknownOrder_isARefusal_exit1_andAGatewayFailureToo() {
    try (AgentPaySimulator sim = AgentPaySimulator.start()) {
      CliRun unknown = CliRun.run(agentPayEnv(sim), "", "call", "-g", "agentpay", "query", "NOPE-1");
      sim.faults().times(AgentPaySimulator.BALANCE_QUERY, Fault.httpStatus(503), 10);
      CliRun failing = CliRun.run(agentPayEnv(sim), "", "call", "-g", "agentpay", "balance");

      assertThat(unknown.code).as(unknown.toString()).isEqualTo(ExitCode.MISMATCH);
      assertThat(unknown.value("result")).startsWith("FAILED: OrderNotFoundException");
      assertThat(failing.code).as(failing.toString()).isEqualTo(ExitCode.MISMATCH);
      assertThat(failing.out).contains("< 503");
    }
  }

  @Test
  void vexora_and_hexpay_balances_workFromTheirVariables() {
    try (VexoraSimulator vx = VexoraSimulator.start(); HexpaySimulator hx = HexpaySimulator.start()) {
      Map<String, String> env = new HashMap<>();
      env.put("PAYSDK_VEXORA_BASE_URL", vx.baseUrl());
      env.put("PAYSDK_VEXORA_MERCHANT_NO", vx.merchantNo());
      env.put("PAYSDK_VEXORA_SECRET", vx.appSecret());
      env.put("PAYSDK_HEXPAY_BASE_URL", hx.baseUrl());
      env.put("PAYSDK_HEXPAY_MCH_NO", hx.mchNo());
      env.put("PAYSDK_HEXPAY_APP_ID", hx.appId());
      env.put("PAYSDK_HEXPAY_PRIVATE_KEY", hx.merchantPrivateKeyPem());
      env.put("PAYSDK_HEXPAY_PLATFORM_PUBLIC_KEY", hx.platformPublicKeyPem());

      CliRun v = CliRun.run(env, "", "call", "-g", "vexora", "balance");
      CliRun h = CliRun.run(env, "", "call", "-g", "hexpay", "balance");

      assertThat(v.code).as(v.toString()).isZero();
      assertThat(v.value("balance")).startsWith("IDR: available 1000000.00 IDR");
      assertThat(h.code).as(h.toString()).isZero();
      assertThat(h.out).contains("USDT: available 10000 USDT").contains("USDC: available 10000 USDC")
          .doesNotContain("PRIVATE KEY");
    }
  }

  @Test
  void aMissingVariable_isBadInputNamingIt_andPenHasNoBalance() {
    try (PenPayoutSimulator pen = PenPayoutSimulator.start()) {
      CliRun missing = CliRun.run(Map.of("PAYSDK_AGENTPAY_BASE_URL", "http://127.0.0.1:9"), "", "call", "-g",
          "agentpay", "balance");
      CliRun penBalance = CliRun.run(Map.of("PAYSDK_PEN_BASE_URL", pen.baseUrl(), "PAYSDK_PEN_MERCHANT_ID",
          pen.merchantId(), "PAYSDK_PEN_SECRET", pen.secretKey()), "", "call", "-g", "pen", "balance");

      assertThat(missing.code).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(missing.err.strip()).startsWith("paysdk call: PAYSDK_AGENTPAY_MERCHANT_ID is not set");
      assertThat(penBalance.code).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(penBalance.err).contains("pen has no balance query");
    }
  }

  @Test
  void sandboxSettings_giveEveryProviderTheSettingsItNeeds() {
    Map<String, String> env = new HashMap<>();
    for (Gateway g : Gateway.values()) {
      for (String v : SandboxSettings.variables(g)) {
        env.put(v, v.endsWith("BASE_URL") ? "http://127.0.0.1:9" : "x");
      }
    }
    env.put("PAYSDK_HEXPAY_PRIVATE_KEY", dev.paysdk.core.sign.Keys.toPem(TestKeys.MERCHANT.getPrivate()));
    env.put("PAYSDK_HEXPAY_PLATFORM_PUBLIC_KEY", dev.paysdk.core.sign.Keys.toPem(TestKeys.PLATFORM.getPublic()));
    for (Gateway g : Gateway.values()) {
      Map<String, String> settings = SandboxSettings.settings(g, env);
      PaymentProvider p = PaymentProvider.find(g.providerId).orElseThrow();
      assertThat(p.settingNames()).as(g.cliName).containsAll(settings.keySet());
      p.create(ProviderSettings.of(settings)).close();
    }
  }
}
