package dev.paysdk.examples.demo;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.log.Masking;
import dev.paysdk.core.webhook.Webhooks;
import dev.paysdk.hexpay.BalanceCheck;
import dev.paysdk.hexpay.BatchPayoutDetail;
import dev.paysdk.hexpay.BatchPayoutRecord;
import dev.paysdk.hexpay.BatchPayoutRecordDetail;
import dev.paysdk.hexpay.BatchPayoutUpload;
import dev.paysdk.hexpay.BatchUploadResult;
import dev.paysdk.hexpay.CashierOrder;
import dev.paysdk.hexpay.CashierOrderResult;
import dev.paysdk.hexpay.Goods;
import dev.paysdk.hexpay.HexpayBalance;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayNetwork;
import dev.paysdk.testkit.HexpaySimulator;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Hexpay: balance, pay-in order, wait for the webhook of the payment, query; batch payout upload of
 * two records, batch query until the batch is final.
 */
final class HexpayFlow extends AbstractFlow {
  private final HexpayClient client;

  HexpayFlow(DemoSettings settings) {
    super(settings, "hexpay", "Hexpay crypto pay-in and batch payouts");
    HexpayClient.Builder b = HexpayClient.builder();
    if (settings.isRemote(key())) {
      b.baseUrl(remote("PAYSDK_HEXPAY_BASE_URL"))
          .mchNo(settings.require("PAYSDK_HEXPAY_MCH_NO"))
          .appId(settings.require("PAYSDK_HEXPAY_APP_ID"))
          .merchantPrivateKey(settings.requireKey("PAYSDK_HEXPAY_PRIVATE_KEY"))
          .platformPublicKey(settings.requireKey("PAYSDK_HEXPAY_PLATFORM_PUBLIC_KEY"));
      settings.get("PAYSDK_HEXPAY_APP_SECRET").ifPresent(b::appSecret);
    } else {
      HexpaySimulator sim = simulator(HexpaySimulator.start());
      b.baseUrl(sim.baseUrl())
          .mchNo(sim.mchNo())
          .appId(sim.appId())
          .merchantPrivateKey(sim.merchantPrivateKeyPem())
          .platformPublicKey(sim.platformPublicKeyPem())
          .appSecret(sim.appSecret());
    }
    client = b.build();
  }

  @Override
  public Webhooks webhooks() {
    return client.webhooks();
  }

  @Override
  public void run(WebhookEndpoint endpoint, Report report) throws Exception {
    List<HexpayBalance> balances = client.balances().query();
    report.step("balance", balances.stream().map(x -> x.available() + " available, " + x.frozen() + " frozen")
        .collect(Collectors.joining("; ")));

    String orderNo = FlowSupport.orderNo("DEMOHX");
    CashierOrder order = CashierOrder.builder()
        .merchantOrderNo(orderNo)
        .amount(Money.of("25.50", "USDT"))
        .network(HexpayNetwork.SOLANA)
        .merchantUserId("demo-customer-42")
        .goods(new Goods("Demo T-shirt", "Cotton T-shirt, size M", "shop"))
        .notifyUrl(endpoint.notifyUrl(key()))
        .build();
    CashierOrderResult created = client.payIns().createOrder(order);
    report.step("pay-in order", orderNo + ", " + order.amount() + " on " + created.network() + ": " + created.status()
        + " (raw " + created.rawState() + "), checkout " + created.checkoutUrl());
    if (!simulated()) {
      report.step("", "waiting for the payer to pay at the checkout URL above");
    }

    FlowSupport.awaitFinalWebhook(endpoint, report, key(), orderNo,
        e -> e.payInStatus().map(s -> s.isFinal()).orElse(false), FlowSupport.webhookTimeout(settings, key()));

    PayIn queried = client.payIns().retrieve(PayInLookup.byMerchantOrderNo(orderNo));
    report.step("query", queried.status() + " (raw " + queried.rawStatus() + "), paid "
        + queried.paidAmount().map(Money::toString).orElse("-"));
    if (!queried.status().isFinal()) {
      report.fail("pay-in " + orderNo + " is not final: " + queried.status());
    }

    // The gateway keeps no merchant reference for a batch: a unique purpose is how it is found again.
    String purpose = FlowSupport.orderNo("DEMO-BATCH-");
    BatchUploadResult upload = client.batchPayouts().upload(BatchPayoutUpload.of(purpose, List.of(
        new BatchPayoutRecord("0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE", Money.of("10.50", "USDT"),
            HexpayNetwork.BINANCE_SMART_CHAIN, "supplier invoice 1001", null),
        new BatchPayoutRecord("7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU", Money.of("20.30", "USDC"),
            HexpayNetwork.SOLANA, "supplier invoice 1002", null))));
    report.step("batch upload", "batch " + upload.batchNo() + " (purpose " + purpose + "), " + upload.totalCount()
        + " records, totals " + upload.totalAmounts() + ", " + upload.checkErrors().size() + " invalid records, "
        + (upload.shortfalls().isEmpty() ? "balance sufficient" : "short: " + describe(upload.shortfalls())));
    if (upload.batchNo() == null) {
      report.fail("the batch was not created");
      return;
    }

    BatchPayoutDetail batch = awaitFinalBatch(upload.batchNo(), FlowSupport.webhookTimeout(settings, key()));
    report.step("batch query", batch.auditStatus() + " (raw " + batch.rawAuditStatus() + "), " + batch.successCount()
        + " paid, " + batch.failCount() + " failed");
    for (BatchPayoutRecordDetail r : batch.records()) {
      report.step("", "record " + r.id() + " to " + Masking.maskAccount(r.recipientAddress()) + ": " + r.amount()
          + " + fee " + r.fee() + ", " + r.status() + (r.txHash() != null ? ", tx " + r.txHash() : "")
          + (r.failReason() != null ? ", reason: " + r.failReason() : ""));
    }
    if (!batch.auditStatus().isFinal()) {
      report.fail("batch " + upload.batchNo() + " is not final: " + batch.auditStatus());
    }
  }

  private BatchPayoutDetail awaitFinalBatch(String batchNo, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    BatchPayoutDetail detail = client.batchPayouts().query(batchNo);
    while (!detail.auditStatus().isFinal() && System.nanoTime() < end) {
      Thread.sleep(simulated() ? 100 : 5_000);
      detail = client.batchPayouts().query(batchNo);
    }
    return detail;
  }

  private static String describe(List<BalanceCheck> shortfalls) {
    return shortfalls.stream().map(c -> c.currency() + " needs " + c.total() + ", has " + c.available())
        .collect(Collectors.joining("; "));
  }
}
