package dev.paysdk.hexpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Money;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.SimulatorOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batch payouts of the client against the embedded Hexpay simulator, over real HTTP on loopback. */
class HexpayBatchPayoutSimulatorIntegrationTest {
  private static final String ADDRESS_A = "TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE";
  private static final String ADDRESS_B = "TSNEZdKsoDHQMeZwihtdoBiN46zP8ulvDE";
  private static final String FAILING = "0xDeadBeef00000000000000000000000000000001";

  private static SimulatorOptions fast() {
    return SimulatorOptions.builder().processingDelay(Duration.ofMillis(20)).completionDelay(Duration.ofMillis(30))
        .build();
  }

  private static SimulatorOptions manual() {
    return SimulatorOptions.builder().autoAdvance(false).build();
  }

  private static BatchPayoutRecord record(String address, String amount, String currency) {
    return new BatchPayoutRecord(address, Money.of(amount, currency), HexpayNetwork.BINANCE_SMART_CHAIN,
        "remark " + amount, null);
  }

  private static HexpayBalance balance(HexpayClient client, String currency) {
    List<HexpayBalance> balances = client.balances().query(currency);
    assertThat(balances).hasSize(1);
    return balances.get(0);
  }

  private static BatchPayoutDetail awaitFinal(HexpayClient client, String batchNo) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    BatchPayoutDetail d = client.batchPayouts().query(batchNo);
    while (!d.auditStatus().isFinal() && System.nanoTime() < end) {
      Thread.sleep(20);
      d = client.batchPayouts().query(batchNo);
    }
    return d;
  }

  @Test
  void runnableBatch_isPaidOut_withATransactionHashPerRecord() throws InterruptedException {
    try (HexpaySimulator sim = HexpaySimulator.start(fast())) {
      HexpayClient client = HexpaySimulatorIntegrationTest.clientOf(sim).build();

      BatchUploadResult r = client.batchPayouts().upload(BatchPayoutUpload.of("IT payroll #1",
          List.of(record(ADDRESS_A, "10.50", "USDT"), record(ADDRESS_B, "20.30", "USDC"))));

      assertThat(r.batchNo()).startsWith("BP");
      assertThat(r.runnable()).isTrue();
      assertThat(r.totalCount()).isEqualTo(2);
      assertThat(r.totalAmounts()).containsExactly(Money.of("10.5", "USDT"), Money.of("20.3", "USDC"));
      assertThat(r.checkErrors()).isEmpty();
      assertThat(r.balanceChecks()).isEmpty();
      assertThat(r.applyTime()).isNotNull();

      BatchPayoutDetail d = awaitFinal(client, r.batchNo());
      assertThat(d.auditStatus()).isEqualTo(BatchAuditStatus.COMPLETED);
      assertThat(d.batchNo()).isEqualTo(r.batchNo());
      assertThat(d.purpose()).isEqualTo("IT payroll #1");
      assertThat(d.auditOpinion()).isEqualTo("Approved");
      assertThat(d.successCount()).isEqualTo(2);
      assertThat(d.failCount()).isZero();
      assertThat(d.totalAmount()).isEqualByComparingTo("30.8");
      assertThat(d.records()).hasSize(2).allSatisfy(rec -> {
        assertThat(rec.status()).isEqualTo(BatchRecordStatus.SUCCEEDED);
        assertThat(rec.txHash()).matches("0x[0-9a-f]{64}");
        assertThat(rec.processedAt()).isNotNull();
      });
      BatchPayoutRecordDetail first = d.records().get(0);
      assertThat(first.recipientAddress()).isEqualTo(ADDRESS_A);
      assertThat(first.amount()).isEqualTo(Money.of("10.5", "USDT"));
      assertThat(first.fee()).isEqualTo(Money.of("1", "USDT"));
      assertThat(first.network()).isEqualTo("Binance_smart_chain");
      assertThat(first.remarks()).isEqualTo("remark 10.50");

      // amount + fee paid out of each currency; nothing left frozen
      assertThat(balance(client, "USDT").available().amount()).isEqualByComparingTo("9988.5");
      assertThat(balance(client, "USDT").frozen().amount()).isEqualByComparingTo("0");
      assertThat(balance(client, "USDC").available().amount()).isEqualByComparingTo("9978.7");
    }
  }

  @Test
  void batchBeyondTheBalance_showsTheShortfallWithTheExactFigures_andIsRejectedAtReview() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = HexpaySimulatorIntegrationTest.clientOf(sim).build();
      sim.setBalance("USDT", new BigDecimal("5"));

      BatchUploadResult r = client.batchPayouts().upload(BatchPayoutUpload.of("IT short #1",
          List.of(record(ADDRESS_A, "10.50", "USDT"))));

      assertThat(r.runnable()).isFalse();
      assertThat(r.balanceSufficient()).isFalse();
      assertThat(r.checkErrors()).isEmpty();
      assertThat(r.shortfalls()).singleElement().satisfies(c -> {
        assertThat(c.currency()).isEqualTo("USDT");
        assertThat(c.paymentAmount()).isEqualTo(Money.of("10.5", "USDT"));
        assertThat(c.fee()).isEqualTo(Money.of("1", "USDT"));
        assertThat(c.total()).isEqualTo(Money.of("11.5", "USDT"));
        assertThat(c.available()).isEqualTo(Money.of("5", "USDT"));
        assertThat(c.shortfall()).isEqualTo(Money.of("6.5", "USDT"));
        assertThat(c.satisfied()).isFalse();
        assertThat(c.rawSatisfied()).isZero();
        assertThat(c.validCount()).isEqualTo(1);
        assertThat(c.errorCount()).isZero();
      });
      // created pending review, nothing frozen
      assertThat(r.batchNo()).isNotNull();
      assertThat(client.batchPayouts().query(r.batchNo()).auditStatus()).isEqualTo(BatchAuditStatus.PENDING_REVIEW);
      assertThat(balance(client, "USDT").frozen().amount()).isEqualByComparingTo("0");

      sim.approveBatch(r.batchNo());

      BatchPayoutDetail d = client.batchPayouts().query(r.batchNo());
      assertThat(d.auditStatus()).isEqualTo(BatchAuditStatus.REJECTED);
      assertThat(d.rejectReason()).isEqualTo("insufficient balance");
      assertThat(d.records()).allSatisfy(rec -> assertThat(rec.status()).isEqualTo(BatchRecordStatus.CANCELLED));
      assertThat(balance(client, "USDT").available().amount()).isEqualByComparingTo("5");
    }
  }

  @Test
  void recordTheGatewayFails_endsFailedWithItsReason_andItsMoneyComesBack() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = HexpaySimulatorIntegrationTest.clientOf(sim).build();
      sim.failPayoutsTo(FAILING, "address is blacklisted");
      BatchUploadResult r = client.batchPayouts().upload(BatchPayoutUpload.of("IT mixed #1",
          List.of(record(ADDRESS_A, "10", "USDT"), record(FAILING, "7", "USDT"))));
      assertThat(balance(client, "USDT").frozen().amount()).isEqualByComparingTo("19");

      sim.completeBatch(r.batchNo());

      BatchPayoutDetail d = client.batchPayouts().query(r.batchNo());
      assertThat(d.auditStatus()).isEqualTo(BatchAuditStatus.COMPLETED);
      assertThat(d.successCount()).isEqualTo(1);
      assertThat(d.failCount()).isEqualTo(1);
      BatchPayoutRecordDetail failed = d.records().get(1);
      assertThat(failed.recipientAddress()).isEqualTo(FAILING);
      assertThat(failed.status()).isEqualTo(BatchRecordStatus.FAILED);
      assertThat(failed.rawStatus()).isEqualTo(3);
      assertThat(failed.failReason()).isEqualTo("address is blacklisted");
      assertThat(failed.txHash()).isNull();
      assertThat(d.records().get(0).status()).isEqualTo(BatchRecordStatus.SUCCEEDED);
      // only the paid record's 10 + 1 left the balance
      assertThat(balance(client, "USDT").available().amount()).isEqualByComparingTo("9989");
      assertThat(balance(client, "USDT").frozen().amount()).isEqualByComparingTo("0");
    }
  }

  @Test
  void pendingBatch_cancelled_releasesItsFrozenBalance() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = HexpaySimulatorIntegrationTest.clientOf(sim).build();
      BatchUploadResult r = client.batchPayouts().upload(BatchPayoutUpload.of("IT cancel #1",
          List.of(record(ADDRESS_B, "25", "USDC"))));
      assertThat(balance(client, "USDC").available().amount()).isEqualByComparingTo("9974");
      assertThat(balance(client, "USDC").frozen().amount()).isEqualByComparingTo("26");

      BatchCancelResult c = client.batchPayouts().cancel(r.batchNo());

      assertThat(c.batchNo()).isEqualTo(r.batchNo());
      assertThat(c.status()).isEqualTo(BatchAuditStatus.CANCELLED);
      assertThat(c.rawStatus()).isEqualTo(5);
      assertThat(c.purpose()).isEqualTo("IT cancel #1");
      assertThat(balance(client, "USDC").available().amount()).isEqualByComparingTo("10000");
      assertThat(balance(client, "USDC").frozen().amount()).isEqualByComparingTo("0");
      BatchPayoutDetail d = client.batchPayouts().query(r.batchNo());
      assertThat(d.auditStatus()).isEqualTo(BatchAuditStatus.CANCELLED);
      assertThat(d.records()).singleElement()
          .satisfies(rec -> assertThat(rec.status()).isEqualTo(BatchRecordStatus.CANCELLED));
    }
  }

  @Test
  void executingOrCompletedBatch_cannotBeCancelled() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = HexpaySimulatorIntegrationTest.clientOf(sim).build();
      String batchNo = client.batchPayouts().upload(BatchPayoutUpload.of("IT refuse #1",
          List.of(record(ADDRESS_A, "3", "USDT")))).batchNo();
      sim.approveBatch(batchNo);

      assertThatThrownBy(() -> client.batchPayouts().cancel(batchNo))
          .isInstanceOfSatisfying(BatchCancelRefusedException.class, e -> {
            assertThat(e.batchNo()).isEqualTo(batchNo);
            assertThat(e.providerCode()).isEqualTo(String.valueOf(HexpaySimulator.CODE_BATCH_NOT_CANCELLABLE));
            assertThat(e.getMessage()).contains("only a batch pending review");
          });
      assertThat(client.batchPayouts().query(batchNo).auditStatus()).isEqualTo(BatchAuditStatus.EXECUTING);

      sim.completeBatch(batchNo);

      assertThatThrownBy(() -> client.batchPayouts().cancel(batchNo))
          .isInstanceOf(BatchCancelRefusedException.class);
      assertThat(client.batchPayouts().query(batchNo).auditStatus()).isEqualTo(BatchAuditStatus.COMPLETED);
      assertThat(balance(client, "USDT").available().amount()).isEqualByComparingTo("9996");
    }
  }

  @Test
  void invalidRecord_isReportedWithItsIndex_andNoBatchIsCreated() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      // the opt-in lets a Tron record through the client's checks; the gateway still refuses it
      HexpayClient client = HexpaySimulatorIntegrationTest.clientOf(sim).tronNetworkEnabled(true).build();

      BatchUploadResult r = client.batchPayouts().upload(BatchPayoutUpload.of("IT invalid #1", List.of(
          record(ADDRESS_A, "2", "USDT"),
          new BatchPayoutRecord(ADDRESS_B, Money.of("3", "USDT"), HexpayNetwork.TRON, null, null))));

      assertThat(r.batchNo()).isNull();
      assertThat(r.runnable()).isFalse();
      assertThat(r.checkErrors()).singleElement().satisfies(e -> {
        assertThat(e.index()).isEqualTo(1);
        assertThat(e.recipientAddress()).isEqualTo(ADDRESS_B);
        assertThat(e.message()).contains("Tron is under maintenance");
      });
      assertThat(sim.batchCount()).isZero();
      assertThat(balance(client, "USDT").frozen().amount()).isEqualByComparingTo("0");
    }
  }

  @Test
  void uploadWhoseAnswerIsLost_isOutcomeUnknown_sayingHowToFindTheBatch_andIsNotResent() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = HexpaySimulatorIntegrationTest.clientOf(sim).build();
      sim.faults().once(HexpaySimulator.BATCH_UPLOAD, Fault.resetAfterStore());

      assertThatThrownBy(() -> client.batchPayouts().upload(BatchPayoutUpload.of("payroll 2026-11 #0042",
          List.of(record(ADDRESS_A, "12", "USDT")))))
          .isInstanceOf(OutcomeUnknownException.class)
          .hasMessageContaining("purpose 'payroll 2026-11 #0042'")
          .hasMessageContaining("frozen balance")
          .hasMessageContaining("upload again only once sure that no such batch exists");

      assertThat(sim.receivedRequests(HexpaySimulator.BATCH_UPLOAD)).hasSize(1);
      assertThat(sim.batchCount()).isEqualTo(1);
      // the recovery the message points at: the frozen balance shows the batch
      assertThat(balance(client, "USDT").frozen().amount()).isEqualByComparingTo("13");
    }
  }

  @Test
  void uploadWhoseAnswerFailsVerification_isOutcomeUnknown_causedByTheSignature_andTheBatchExistsOnce() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = HexpaySimulatorIntegrationTest.clientOf(sim).build();
      sim.faults().once(HexpaySimulator.BATCH_UPLOAD, Fault.wrongSignature());

      assertThatThrownBy(() -> client.batchPayouts().upload(BatchPayoutUpload.of("payroll 2026-11 #0043",
          List.of(record(ADDRESS_A, "12", "USDT")))))
          .isInstanceOf(OutcomeUnknownException.class)
          .hasCauseInstanceOf(dev.paysdk.core.error.SignatureVerificationException.class)
          .hasMessageContaining("purpose 'payroll 2026-11 #0043'");

      assertThat(sim.receivedRequests(HexpaySimulator.BATCH_UPLOAD)).hasSize(1);
      assertThat(sim.batchCount()).isEqualTo(1);
      assertThat(balance(client, "USDT").frozen().amount()).isEqualByComparingTo("13");
    }
  }

  @Test
  void unknownBatch_isNotFound() {
    try (HexpaySimulator sim = HexpaySimulator.start(manual())) {
      HexpayClient client = HexpaySimulatorIntegrationTest.clientOf(sim).build();

      assertThatThrownBy(() -> client.batchPayouts().query("BP20990101000000001"))
          .isInstanceOf(OrderNotFoundException.class);
      assertThatThrownBy(() -> client.batchPayouts().cancel("BP20990101000000001"))
          .isInstanceOf(OrderNotFoundException.class);
    }
  }
}
