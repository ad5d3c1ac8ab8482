package dev.paysdk.examples;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.testkit.AgentPaySimulator;

/**
 * Quick start: an INR payout to a bank account (IFSC) with INR AgentPay. Runs against the embedded
 * simulator; in production, the base URL, merchant id and secret are the ones the gateway gave you.
 */
public final class AgentPayQuickStart {
  private AgentPayQuickStart() {}

  public static void main(String[] args) throws Exception {
    try (AgentPaySimulator gateway = AgentPaySimulator.start()) {
      AgentPayClient agentPay = AgentPayClient.builder()
          .baseUrl(gateway.baseUrl())
          .merchantId(gateway.merchantId())
          .secretKey(gateway.secretKey())
          .build();

      PayoutRequest request = PayoutRequest.builder()
          .merchantOrderNo("QS-AP-0001")
          .amount(Money.of("250", "INR"))
          .payee(Payee.builder().name("Asha Verma").phone("9876543210").build())
          .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
          .notifyUrl("https://merchant.example/webhooks/agentpay")
          .build();

      Payout payout = agentPay.payouts().create(request);
      System.out.println("created:   " + payout);

      gateway.awaitStatus("QS-AP-0001", AgentPaySimulator.Status.SUCCESS, java.time.Duration.ofSeconds(5));
      System.out.println("retrieved: " + agentPay.payouts().retrieve(PayoutLookup.byMerchantOrderNo("QS-AP-0001")));
    }
  }
}
