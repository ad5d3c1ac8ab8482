package dev.paysdk.examples;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PaymentRouter;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.vexora.VexoraClient;

/**
 * One neutral payout API in front of three gateways: the {@link PaymentRouter} picks the gateway
 * by the payout's currency, and a payout no route accepts fails with the list of routes.
 */
public final class RouterByCurrency {
  private RouterByCurrency() {}

  public static void main(String[] args) throws Exception {
    try (AgentPaySimulator inr = AgentPaySimulator.start();
        PenPayoutSimulator pen = PenPayoutSimulator.start();
        VexoraSimulator idr = VexoraSimulator.start(SimulatorOptions.defaults(), "/indonesia")) {
      PaymentRouter router = PaymentRouter.builder()
          .routeCurrency("INR", AgentPayClient.builder().baseUrl(inr.baseUrl()).merchantId(inr.merchantId())
              .secretKey(inr.secretKey()).build())
          .routeCurrency("PEN", PenPayoutClient.builder().baseUrl(pen.baseUrl()).merchantId(pen.merchantId())
              .secretKey(pen.secretKey()).build())
          .routeCurrency("IDR", VexoraClient.builder().baseUrl(idr.baseUrl()).merchantNo(idr.merchantNo())
              .appSecret(idr.appSecret()).build())
          .build();

      Payout rupees = router.payouts().create(PayoutRequest.builder()
          .merchantOrderNo("ROUTE-INR-1").amount(Money.of("100", "INR"))
          .payee(Payee.builder().name("Asha Verma").build())
          .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
          .notifyUrl("https://merchant.example/webhooks/agentpay").build());
      System.out.println("INR went to " + rupees.providerId() + ": " + rupees.status());

      Payout soles = router.payouts().create(PayoutRequest.builder()
          .merchantOrderNo("ROUTE-PEN-1").amount(Money.of("80.50", "PEN"))
          .payee(Payee.builder().name("Lucia Quispe").identityDocument("DNI", "45678912").build())
          .destination(Destination.bankAccount("19412345678901").bankId("2").accountType("1").build())
          .notifyUrl("https://merchant.example/webhooks/pen").build());
      System.out.println("PEN went to " + soles.providerId() + ": " + soles.status());

      Payout rupiah = router.payouts().create(PayoutRequest.builder()
          .merchantOrderNo("ROUTE-IDR-1").amount(Money.of("250000", "IDR"))
          .payee(Payee.builder().firstName("Rizky").lastName("Pratama").email("rizky@example.com")
              .phone("081234567890").build())
          .destination(Destination.bankAccount("880123456789012345").build())
          .notifyUrl("https://merchant.example/webhooks/vexora").build());
      System.out.println("IDR went to " + rupiah.providerId() + ": " + rupiah.status());

      try {
        router.payouts().create(PayoutRequest.builder().merchantOrderNo("ROUTE-BRL-1")
            .amount(Money.of("10", "BRL")).destination(Destination.bankAccount("1234").build()).build());
      } catch (InvalidRequestException e) {
        System.out.println("BRL: " + e.getMessage());
      }
    }
  }
}
