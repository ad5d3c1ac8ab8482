package dev.paysdk.examples.demo;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.webhook.Webhooks;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.testkit.PenPayoutSimulator;

/** PEN: payout create, wait for the webhook, query. */
final class PenFlow extends AbstractFlow {
  private final PenPayoutClient client;

  PenFlow(DemoSettings settings) {
    super(settings, "pen", "PEN bank payouts");
    PenPayoutClient.Builder b = PenPayoutClient.builder();
    if (settings.isRemote(key())) {
      b.baseUrl(remote("PAYSDK_PEN_BASE_URL")).merchantId(settings.require("PAYSDK_PEN_MERCHANT_ID"))
          .secretKey(settings.require("PAYSDK_PEN_SECRET"));
    } else {
      PenPayoutSimulator sim = simulator(PenPayoutSimulator.start());
      b.baseUrl(sim.baseUrl()).merchantId(sim.merchantId()).secretKey(sim.secretKey());
    }
    // The gateway wants a domain name in notify URLs; only a local endpoint (no tunnel) has a bare IP.
    client = b.literalIpNotifyUrlAllowed(settings.publicUrl().isEmpty()).build();
  }

  @Override
  public Webhooks webhooks() {
    return client.webhooks();
  }

  @Override
  public void run(WebhookEndpoint endpoint, Report report) throws Exception {
    String accountNumber = "19412345678901";
    PayoutRequest request = PayoutRequest.builder()
        .merchantOrderNo(FlowSupport.orderNo("DEMOPEN"))
        .amount(Money.of("150.00", "PEN"))
        .payee(Payee.builder().name("Lucia Quispe").email("lucia.quispe@example.pe").phone("987654321")
            .identityDocument("DNI", "45678912").build())
        .destination(Destination.bankAccount(accountNumber).bankId("2").accountType("1")
            .cci("00219400254640654321").build())
        .notifyUrl(endpoint.notifyUrl(key()))
        .remark("demo payout")
        .build();
    payoutFlow(client, request, "payout create", account(accountNumber), endpoint, report);
  }
}
