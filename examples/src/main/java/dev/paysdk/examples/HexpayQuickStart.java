package dev.paysdk.examples;

import dev.paysdk.core.Money;
import dev.paysdk.hexpay.BatchPayoutDetail;
import dev.paysdk.hexpay.BatchPayoutRecord;
import dev.paysdk.hexpay.BatchPayoutUpload;
import dev.paysdk.hexpay.BatchUploadResult;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayNetwork;
import dev.paysdk.testkit.HexpaySimulator;

/**
 * Quick start: a USDT payout with Hexpay. The gateway pays out in batches, so a single payout is a
 * batch of one record; the batch is reviewed, executed, and its records carry the transaction hash.
 */
public final class HexpayQuickStart {
  private HexpayQuickStart() {}

  public static void main(String[] args) throws Exception {
    try (HexpaySimulator gateway = HexpaySimulator.start()) {
      HexpayClient hexpay = HexpayClient.builder()
          .baseUrl(gateway.baseUrl())
          .mchNo(gateway.mchNo())
          .appId(gateway.appId())
          .merchantPrivateKey(gateway.merchantPrivateKeyPem())
          .platformPublicKey(gateway.platformPublicKeyPem())
          .build();

      BatchUploadResult upload = hexpay.batchPayouts().upload(BatchPayoutUpload.of("QS-HX-0001",
          java.util.List.of(BatchPayoutRecord.of("0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE",
              Money.of("15.25", "USDT"), HexpayNetwork.ETHEREUM))));
      System.out.println("uploaded: batch " + upload.batchNo() + ", runnable " + upload.runnable());

      BatchPayoutDetail batch = hexpay.batchPayouts().query(upload.batchNo());
      for (int i = 0; i < 50 && !batch.auditStatus().isFinal(); i++) {
        Thread.sleep(100);
        batch = hexpay.batchPayouts().query(upload.batchNo());
      }
      System.out.println("batch " + batch.batchNo() + ": " + batch.auditStatus());
      batch.records().forEach(r -> System.out.println("  " + r));
    }
  }
}
