package dev.paysdk.examples.demo;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.log.Masking;
import dev.paysdk.core.webhook.Webhooks;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.vexora.VexoraBalance;
import dev.paysdk.vexora.VexoraClient;

/** Vexora: balance, disbursement, wait for the webhook, query. */
final class VexoraFlow implements GatewayFlow {
  private final DemoSettings settings;
  private final VexoraSimulator simulator;
  private final VexoraClient client;
  private final String where;

  VexoraFlow(DemoSettings settings) {
    this.settings = settings;
    VexoraClient.Builder b = VexoraClient.builder();
    if (settings.isRemote("vexora")) {
      simulator = null;
      where = settings.require("PAYSDK_VEXORA_BASE_URL");
      b.baseUrl(where).merchantNo(settings.require("PAYSDK_VEXORA_MERCHANT_NO"))
          .appSecret(settings.require("PAYSDK_VEXORA_SECRET"));
    } else {
      // mounted under a region prefix, as the gateway's regional base URLs are
      simulator = VexoraSimulator.start(SimulatorOptions.defaults(), "/indonesia");
      where = "simulator at " + simulator.baseUrl();
      b.baseUrl(simulator.baseUrl()).merchantNo(simulator.merchantNo()).appSecret(simulator.appSecret());
    }
    client = b.build();
  }

  @Override
  public String key() {
    return "vexora";
  }

  @Override
  public String title() {
    return "Vexora disbursements";
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
    VexoraBalance balance = client.balances().query();
    report.step("balance", "available " + balance.available() + ", frozen " + balance.frozen()
        + ", unsettled " + balance.unsettled());

    String orderNo = client.payouts().newMerchantOrderNo();
    String account = "880123456789012345";
    PayoutRequest request = PayoutRequest.builder()
        .merchantOrderNo(orderNo)
        .amount(Money.of("150000", client.currency()))
        .payee(Payee.builder().firstName("Rizky").lastName("Pratama").email("rizky.pratama@example.com")
            .phone("081234567890").build())
        .destination(Destination.bankAccount(account).build())
        .notifyUrl(endpoint.notifyUrl(key()))
        .remark("demo disbursement")
        .build();
    Payout created = client.payouts().create(request);
    report.step("disbursement", orderNo + ", " + request.amount() + " to account " + Masking.maskAccount(account)
        + ": " + FlowSupport.status(created));

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
