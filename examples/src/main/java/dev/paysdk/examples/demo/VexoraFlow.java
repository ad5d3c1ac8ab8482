package dev.paysdk.examples.demo;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.webhook.Webhooks;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.vexora.VexoraBalance;
import dev.paysdk.vexora.VexoraClient;

/** Vexora: balance, disbursement, wait for the webhook, query. */
final class VexoraFlow extends AbstractFlow {
  private final VexoraClient client;

  VexoraFlow(DemoSettings settings) {
    super(settings, "vexora", "Vexora disbursements");
    VexoraClient.Builder b = VexoraClient.builder();
    if (settings.isRemote(key())) {
      b.baseUrl(remote("PAYSDK_VEXORA_BASE_URL")).merchantNo(settings.require("PAYSDK_VEXORA_MERCHANT_NO"))
          .appSecret(settings.require("PAYSDK_VEXORA_SECRET"));
    } else {
      // mounted under a region prefix, as the gateway's regional base URLs are
      VexoraSimulator sim = simulator(VexoraSimulator.start(SimulatorOptions.defaults(), "/indonesia"));
      b.baseUrl(sim.baseUrl()).merchantNo(sim.merchantNo()).appSecret(sim.appSecret());
    }
    client = b.build();
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

    String accountNumber = "880123456789012345";
    PayoutRequest request = PayoutRequest.builder()
        .merchantOrderNo(client.payouts().newMerchantOrderNo())
        .amount(Money.of("150000", client.currency()))
        .payee(Payee.builder().firstName("Rizky").lastName("Pratama").email("rizky.pratama@example.com")
            .phone("081234567890").build())
        .destination(Destination.bankAccount(accountNumber).build())
        .notifyUrl(endpoint.notifyUrl(key()))
        .remark("demo disbursement")
        .build();
    payoutFlow(client, request, "disbursement", account(accountNumber), endpoint, report);
  }
}
