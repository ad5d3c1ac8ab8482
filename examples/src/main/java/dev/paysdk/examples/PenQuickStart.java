package dev.paysdk.examples;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.testkit.PenPayoutSimulator;
import java.time.Duration;

/** Quick start: a PEN bank payout in Peru. Runs against the embedded simulator. */
public final class PenQuickStart {
  private PenQuickStart() {}

  public static void main(String[] args) throws Exception {
    try (PenPayoutSimulator gateway = PenPayoutSimulator.start()) {
      PenPayoutClient pen = PenPayoutClient.builder()
          .baseUrl(gateway.baseUrl())
          .merchantId(gateway.merchantId())
          .secretKey(gateway.secretKey())
          .build();

      PayoutRequest request = PayoutRequest.builder()
          .merchantOrderNo("QS-PEN-0001")
          .amount(Money.of("150.00", "PEN"))
          .payee(Payee.builder().name("Lucia Quispe").identityDocument("DNI", "45678912").build())
          .destination(Destination.bankAccount("19412345678901").bankId("2").accountType("1")
              .cci("00219400254640654321").build())
          .notifyUrl("https://merchant.example/webhooks/pen")
          .build();

      Payout payout = pen.payouts().create(request);
      System.out.println("created:   " + payout);

      gateway.awaitStatus("QS-PEN-0001", PenPayoutSimulator.Status.SUCCESS, Duration.ofSeconds(5));
      System.out.println("retrieved: " + pen.payouts().retrieve(PayoutLookup.byMerchantOrderNo("QS-PEN-0001")));
    }
  }
}
