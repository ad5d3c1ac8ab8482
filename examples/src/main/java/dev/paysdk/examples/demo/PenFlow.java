package dev.paysdk.examples.demo;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.log.Masking;
import dev.paysdk.core.webhook.Webhooks;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.testkit.PenPayoutSimulator;

/** PEN: payout create, wait for the webhook, query. */
final class PenFlow implements GatewayFlow {
  private final DemoSettings settings;
  private final PenPayoutSimulator simulator;
  private final PenPayoutClient client;
  private final String where;

  PenFlow(DemoSettings settings) {
    this.settings = settings;
    PenPayoutClient.Builder b = PenPayoutClient.builder();
    if (settings.isRemote("pen")) {
      simulator = null;
      where = settings.require("PAYSDK_PEN_BASE_URL");
      b.baseUrl(where).merchantId(settings.require("PAYSDK_PEN_MERCHANT_ID"))
          .secretKey(settings.require("PAYSDK_PEN_SECRET"));
    } else {
      simulator = PenPayoutSimulator.start();
      where = "simulator at " + simulator.baseUrl();
      b.baseUrl(simulator.baseUrl()).merchantId(simulator.merchantId()).secretKey(simulator.secretKey());
    }
    // The gateway wants a domain name in notify URLs; only a local endpoint (no tunnel) has a bare IP.
    client = b.literalIpNotifyUrlAllowed(settings.publicUrl().isEmpty()).build();
  }

  @Override
  public String key() {
    return "pen";
  }

  @Override
  public String title() {
    return "PEN bank payouts";
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
    String orderNo = FlowSupport.orderNo("DEMOPEN");
    String account = "19412345678901";
    PayoutRequest request = PayoutRequest.builder()
        .merchantOrderNo(orderNo)
        .amount(Money.of("150.00", "PEN"))
        .payee(Payee.builder().name("Lucia Quispe").email("lucia.quispe@example.pe").phone("987654321")
            .identityDocument("DNI", "45678912").build())
        .destination(Destination.bankAccount(account).bankId("2").accountType("1").cci("00219400254640654321").build())
        .notifyUrl(endpoint.notifyUrl(key()))
        .remark("demo payout")
        .build();
    Payout created = client.payouts().create(request);
    report.step("payout create", orderNo + ", " + request.amount() + " to account " + Masking.maskAccount(account)
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
