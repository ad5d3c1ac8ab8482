package dev.paysdk.examples;

import dev.paysdk.core.Money;
import dev.paysdk.hexpay.BalanceCheck;
import dev.paysdk.hexpay.BatchPayoutRecord;
import dev.paysdk.hexpay.BatchPayoutUpload;
import dev.paysdk.hexpay.BatchUploadResult;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayNetwork;
import dev.paysdk.testkit.HexpaySimulator;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Hexpay batch payout that the balance cannot cover: the upload's answer says, per currency, what
 * the batch needs (amounts plus fees) and what is available, so the merchant sees before funding why
 * the batch cannot run. The batch waits for review and can be cancelled while it does.
 */
public final class HexpayBatchPayoutShortfall {
  private HexpayBatchPayoutShortfall() {}

  public static void main(String[] args) throws Exception {
    try (HexpaySimulator gateway = HexpaySimulator.start()) {
      gateway.setBalance("USDT", new BigDecimal("5.00"));
      HexpayClient hexpay = HexpayClient.builder()
          .baseUrl(gateway.baseUrl()).mchNo(gateway.mchNo()).appId(gateway.appId())
          .merchantPrivateKey(gateway.merchantPrivateKeyPem()).platformPublicKey(gateway.platformPublicKeyPem())
          .build();

      // No merchant reference exists for a batch: a unique purpose is how it is found again.
      BatchUploadResult result = hexpay.batchPayouts().upload(BatchPayoutUpload.of("payroll-2026-11-w47", List.of(
          new BatchPayoutRecord("TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE", Money.of("10.50", "USDT"),
              HexpayNetwork.BINANCE_SMART_CHAIN, "Payout remark 1", "tag1"),
          new BatchPayoutRecord("TSNEZdKsoDHQMeZwihtdoBiN46zP8ulvDE", Money.of("20.30", "USDC"),
              HexpayNetwork.BINANCE_SMART_CHAIN, "Payout remark 2", "tag2"))));

      System.out.println("batch " + result.batchNo() + ": " + result.totalCount() + " records, totals "
          + result.totalAmounts());
      for (BalanceCheck c : result.shortfalls()) {
        System.out.println("short of " + c.shortfall() + ": needs " + c.paymentAmount() + " + fee " + c.fee() + " = "
            + c.total() + ", available " + c.available());
      }
      if (!result.runnable()) {
        System.out.println("cancelled: " + hexpay.batchPayouts().cancel(result.batchNo()));
      }
    }
  }
}
