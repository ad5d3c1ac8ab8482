package dev.paysdk.examples;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.vexora.VexoraClient;
import java.time.Duration;

/**
 * Quick start: a Vexora disbursement. The base URL carries the region ({@code .../indonesia}); the
 * SDK keeps it when it appends the API paths.
 */
public final class VexoraQuickStart {
  private VexoraQuickStart() {}

  public static void main(String[] args) throws Exception {
    try (VexoraSimulator gateway = VexoraSimulator.start(SimulatorOptions.defaults(), "/indonesia")) {
      VexoraClient vexora = VexoraClient.builder()
          .baseUrl(gateway.baseUrl())
          .merchantNo(gateway.merchantNo())
          .appSecret(gateway.appSecret())
          .build();

      String tradeNo = vexora.payouts().newMerchantOrderNo();
      PayoutRequest request = PayoutRequest.builder()
          .merchantOrderNo(tradeNo)
          .amount(Money.of("100000", "IDR"))
          .payee(Payee.builder().firstName("Rizky").lastName("Pratama").email("rizky.pratama@example.com")
              .phone("081234567890").build())
          .destination(Destination.bankAccount("880123456789012345").build())
          .notifyUrl("https://merchant.example/webhooks/vexora")
          .build();

      Payout payout = vexora.payouts().create(request);
      System.out.println("created:   " + payout);

      gateway.awaitDisbursement(tradeNo, d -> d.status().equals(VexoraSimulator.STATUS_SUCCESS), Duration.ofSeconds(5));
      System.out.println("retrieved: " + vexora.payouts().retrieve(PayoutLookup.byMerchantOrderNo(tradeNo)));
    }
  }
}
