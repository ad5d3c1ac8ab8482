package dev.paysdk.spring.test;

import dev.paysdk.core.Money;
import dev.paysdk.hexpay.CashierOrder;
import dev.paysdk.hexpay.Goods;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayNetwork;
import dev.paysdk.testkit.HexpaySimulator;

/** Creates the order the Hexpay health indicator queries; loaded only when sdk-hexpay is present. */
final class HexpayProbe {
  private HexpayProbe() {}

  static void create(HexpaySimulator sim, String merchantOrderNo) {
    try (HexpayClient client = HexpayClient.builder().baseUrl(sim.baseUrl()).mchNo(sim.mchNo()).appId(sim.appId())
        .merchantPrivateKey(sim.merchantPrivateKeyPem()).platformPublicKey(sim.platformPublicKeyPem())
        .appSecret(sim.appSecret()).build()) {
      client.payIns().createOrder(CashierOrder.builder().merchantOrderNo(merchantOrderNo)
          .amount(Money.of("1.00", "USDT")).network(HexpayNetwork.SOLANA).merchantUserId("health-probe")
          .goods(new Goods("Health probe", "Order the health indicator queries", "probe"))
          .notifyUrl("http://127.0.0.1:9/never-paid").build());
    }
  }
}
