package dev.paysdk.examples.demo;

import dev.paysdk.agentpay.AgentPayBalance;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.log.Masking;
import dev.paysdk.core.webhook.Webhooks;
import dev.paysdk.testkit.AgentPaySimulator;

/** INR AgentPay: balance, payout apply to an IFSC account, wait for the callback, query. */
final class AgentPayFlow implements GatewayFlow {
  private final DemoSettings settings;
  private final AgentPaySimulator simulator;
  private final AgentPayClient client;
  private final String where;

  AgentPayFlow(DemoSettings settings) {
    this.settings = settings;
    AgentPayClient.Builder b = AgentPayClient.builder();
    if (settings.isRemote("agentpay")) {
      simulator = null;
      where = settings.require("PAYSDK_AGENTPAY_BASE_URL");
      b.baseUrl(where).merchantId(settings.require("PAYSDK_AGENTPAY_MERCHANT_ID"))
          .secretKey(settings.require("PAYSDK_AGENTPAY_SECRET"));
    } else {
      simulator = AgentPaySimulator.start();
      where = "simulator at " + simulator.baseUrl();
      b.baseUrl(simulator.baseUrl()).merchantId(simulator.merchantId()).secretKey(simulator.secretKey());
    }
    client = b.build();
  }

  @Override
  public String key() {
    return "agentpay";
  }

  @Override
  public String title() {
    return "INR AgentPay";
  }

  @Override
  public String where() {
    return where;
  }

  @Override
  public Webhooks webhooks() {
    return client.webhooks();
  }

  @Override
  public void run(WebhookEndpoint endpoint, Report report) throws Exception {
    AgentPayBalance balance = client.balances().query();
    report.step("balance", "available " + balance.available() + ", frozen " + balance.frozen());

    String orderNo = FlowSupport.orderNo("DEMOAP");
    String account = "123456789012";
    PayoutRequest request = PayoutRequest.builder()
        .merchantOrderNo(orderNo)
        .amount(Money.of("100", "INR"))
        .payee(Payee.builder().name("Asha Verma").phone("9876543210").email("asha.verma@example.in").build())
        .destination(Destination.bankAccount(account).ifsc("HDFC0001234").build())
        .notifyUrl(endpoint.notifyUrl(key()))
        .remark("demo payout")
        .build();
    Payout applied = client.payouts().create(request);
    report.step("payout apply", orderNo + ", " + request.amount() + " to account " + Masking.maskAccount(account)
        + " (IFSC HDFC0001234): " + FlowSupport.status(applied));

    FlowSupport.awaitFinalWebhook(endpoint, report, key(), orderNo,
        e -> e.payoutStatus().map(s -> s.isFinal()).orElse(false), FlowSupport.webhookTimeout(settings, key()));

    Payout queried = client.payouts().retrieve(PayoutLookup.byMerchantOrderNo(orderNo));
    report.step("query", FlowSupport.status(queried));
    FlowSupport.requireFinal(report, queried);
  }

  @Override
  public void close() {
    if (simulator != null) {
      simulator.close();
    }
  }
}
