package dev.paysdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.PayoutStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark's set-up checks that the SDK and its hand-written baseline do the same job and
 * give the same answer; these tests run that set-up and every benchmark method once, so a change
 * of the SDK that makes a comparison meaningless fails the build instead of a later benchmark run.
 */
class BenchmarksSmokeTest {

  @Test
  void signingPairsAgree() throws Exception {
    SigningBenchmark b = new SigningBenchmark();
    b.setUp();
    assertThat(b.ruleA_md5_sdk()).isEqualTo(b.ruleA_md5_jdkBaseline()).matches("[0-9A-F]{32}");
    assertThat(b.ruleC_md5_sdk()).isEqualTo(b.ruleC_md5_jdkBaseline()).matches("[0-9a-f]{32}");
    assertThat(b.rsa2Sign_sdk()).isEqualTo(b.rsa2Sign_jdkBaseline()).isEqualTo(b.rsa2Sign_jdkReusedSignature());
    assertThat(b.rsa2Verify_sdk()).isNotNull();
    assertThat(b.rsa2Verify_jdkBaseline()).isTrue();
  }

  @Test
  void ruleABaselineIsTheDocumentedRule() {
    // The baseline must be right, not only equal to the SDK: check it against rule A written out.
    String expected = RawJdk.md5Hex("amount=100&mchId=M1&key=s", true);
    assertThat(RawJdk.ruleA(Map.of("mchId", "M1", "amount", "100", "sign", "x"), "s")).isEqualTo(expected);
  }

  @Test
  void requireSameFailsOnDisagreement() {
    assertThatThrownBy(() -> RawJdk.requireSame("x", "a", "b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the SDK gives a but the baseline gives b");
  }

  @Test
  void moneyPairAgrees() {
    MoneyBenchmark b = new MoneyBenchmark();
    b.setUp();
    assertThat(b.sdk()).isEqualTo(b.bigDecimalBaseline()).isEqualTo(123450L);
  }

  @Test
  void webhookPairAgrees() {
    WebhookBenchmark b = new WebhookBenchmark();
    b.setUp();
    assertThat(b.sdk().payoutStatus()).contains(PayoutStatus.SUCCEEDED);
    assertThat(b.baseline()).isEqualTo("2");
  }

  @Test
  void httpCallVariantsAllSucceedAgainstTheSimulator() throws Exception {
    HttpCallBenchmark b = new HttpCallBenchmark();
    b.setUp();
    try {
      assertThat(b.sdk().retCode()).isEqualTo("SUCCESS");
      assertThat(b.okHttpBaseline()).contains("\"retCode\":\"SUCCESS\"");
      assertThat(b.okHttpBaselineVerified()).isEqualTo(b.sdk().available().toMinorUnits());
    } finally {
      b.tearDown();
    }
  }

  @Test
  void journalVariantsCreateThePayout_andEveryJournalRecordsIt() throws Exception {
    for (String store : new String[] {"none", "memory", "h2", "postgresql"}) {
      JournalBenchmark b = new JournalBenchmark();
      b.store = store;
      b.setUp();
      try {
        assertThat(b.payout().status()).isEqualTo(PayoutStatus.PROCESSING);
        if (!store.equals("none")) {
          assertThat(b.journalOnly().state()).isEqualTo(dev.paysdk.core.durable.JournalState.OPEN);
        }
      } finally {
        b.tearDown();
      }
    }
  }

  @Test
  void everyClientCostWorkload_doesTheSameJobAsItsBaselineAndPeers() throws Exception {
    for (java.util.Map.Entry<String, java.util.function.Supplier<Workload>> e : ClientCost.all().entrySet()) {
      try (Workload w = e.getKey().equals("hexpayBatch") ? new BatchWorkload(500) : e.getValue().get()) {
        w.check();
        for (java.util.concurrent.Callable<Object> variant : w.variants().values()) {
          assertThat(variant.call()).as(e.getKey()).isNotNull();
        }
        assertThat(w.variants()).as(e.getKey()).hasSizeGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void measure_countsTheCallingThreadsAllocation() throws Exception {
    ClientCost.Sample s = ClientCost.measure(() -> new byte[10_000], 100);
    assertThat(s.alloc()).isBetween(10_000.0, 12_000.0);
    assertThat(s.cpu()).isPositive();
  }

  @Test
  void coldStartChildren_readTheSameBalance() throws Exception {
    String[] captured = CallWorkloads.AgentPayBalance.capture();
    try (FixedAnswerServer server = FixedAnswerServer.start()
        .answer("/api/agentpay/query_balance", "application/json", captured[2])) {
      assertThat(ColdStart.sdkCall(server.baseUrl(), captured[0], captured[1]))
          .isEqualTo(ColdStart.handCall(server.baseUrl(), captured[0], captured[1]));
    }
  }

  @Test
  void throughputRun_countsCallsFromEveryThread() throws Exception {
    Throughput.Run r = Throughput.run(() -> "x", 2, 100);
    assertThat(r.callsPerSecond()).isPositive();
    assertThat(r.samples()).isPositive();
  }
}
