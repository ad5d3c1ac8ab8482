package dev.paysdk.examples;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.Fault;

/**
 * A payout whose create times out after the gateway stored it. The SDK does not resend it: it
 * throws {@link OutcomeUnknownException}, and reconciliation by merchant order number finds the
 * payout. Only when the gateway says the order does not exist is it safe to send again, with the
 * same merchant order number.
 */
public final class PayoutTimeoutReconciled {
  private PayoutTimeoutReconciled() {}

  public static void main(String[] args) throws Exception {
    try (AgentPaySimulator gateway = AgentPaySimulator.start()) {
      AgentPayClient agentPay = AgentPayClient.builder()
          .baseUrl(gateway.baseUrl())
          .merchantId(gateway.merchantId())
          .secretKey(gateway.secretKey())
          .build();

      // the gateway stores the payout, then the connection drops before its answer
      gateway.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.resetAfterStore());

      PayoutRequest request = PayoutRequest.builder()
          .merchantOrderNo("RECON-0001")
          .amount(Money.of("500", "INR"))
          .payee(Payee.builder().name("Ravi Kumar").build())
          .destination(Destination.upi("ravi.kumar@okbank"))
          .notifyUrl("https://merchant.example/webhooks/agentpay")
          .build();

      try {
        agentPay.payouts().create(request);
      } catch (OutcomeUnknownException e) {
        System.out.println("create: " + e.getMessage());
        Reconciliation r = agentPay.payouts().reconcile(request.merchantOrderNo());
        if (r.found()) {
          System.out.println("reconciled: the gateway has it, " + r.payout());
        } else {
          System.out.println("reconciled: the gateway never created it; sending again");
          agentPay.payouts().create(request);
        }
      }
      System.out.println("payouts held by the gateway: " + gateway.payoutCount());
    }
  }
}
