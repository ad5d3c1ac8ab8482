package dev.paysdk.examples.demo;

import dev.paysdk.agentpay.AgentPayBalance;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.webhook.Webhooks;
import dev.paysdk.testkit.AgentPaySimulator;

/** INR AgentPay: balance, payout apply to an IFSC account, wait for the callback, query. */
final class AgentPayFlow extends AbstractFlow {
  private final AgentPayClient client;

  AgentPayFlow(DemoSettings settings) {
    super(settings, "agentpay", "INR AgentPay");
    AgentPayClient.Builder b = AgentPayClient.builder();
    if (settings.isRemote(key())) {
      b.baseUrl(remote("PAYSDK_AGENTPAY_BASE_URL")).merchantId(settings.require("PAYSDK_AGENTPAY_MERCHANT_ID"))
          .secretKey(settings.require("PAYSDK_AGENTPAY_SECRET"));
    } else {
      AgentPaySimulator sim = simulator(AgentPaySimulator.start());
      b.baseUrl(sim.baseUrl()).merchantId(sim.merchantId()).secretKey(sim.secretKey());
    }
    client = b.build();
  }

  @Override
  public Webhooks webhooks() {
    return client.webhooks();
  }

  @Override
  public void run(WebhookEndpoint endpoint, Report report) throws Exception {
    AgentPayBalance balance = client.balances().query();
    report.step("balance", "available " + balance.available() + ", frozen " + balance.frozen());

    String accountNumber = "123456789012";
    PayoutRequest request = PayoutRequest.builder()
        .merchantOrderNo(FlowSupport.orderNo("DEMOAP"))
        .amount(Money.of("100", "INR"))
        .payee(Payee.builder().name("Asha Verma").phone("9876543210").email("asha.verma@example.in").build())
        .destination(Destination.bankAccount(accountNumber).ifsc("HDFC0001234").build())
        .notifyUrl(endpoint.notifyUrl(key()))
        .remark("demo payout")
        .build();
    payoutFlow(client, request, "payout apply", account(accountNumber) + " (IFSC HDFC0001234)", endpoint,
        report);
  }
}
