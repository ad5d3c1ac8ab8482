package dev.paysdk.examples.demo;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.log.Masking;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.Webhooks;
import dev.paysdk.testkit.GatewaySimulator;
import java.util.Optional;

/**
 * What every gateway flow holds: its name, where its calls go, its simulator (none against a real
 * endpoint), and its webhook verifier; plus the payout flow three of the gateways share.
 */
abstract class AbstractFlow implements GatewayFlow {
  protected final DemoSettings settings;
  private final String key;
  private final String title;
  private String where;
  private GatewaySimulator simulator;

  AbstractFlow(DemoSettings settings, String key, String title) {
    this.settings = settings;
    this.key = key;
    this.title = title;
  }

  /** Records that the flow runs against {@code simulator}. */
  protected final <S extends GatewaySimulator> S simulator(S simulator) {
    this.simulator = simulator;
    this.where = "simulator at " + simulator.baseUrl();
    return simulator;
  }

  /** Records that the flow runs against a real endpoint. */
  protected final String remote(String baseUrlVariable) {
    this.where = settings.require(baseUrlVariable);
    return where;
  }

  protected final boolean simulated() {
    return simulator != null;
  }

  @Override
  public final String key() {
    return key;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final String where() {
    return where;
  }

  @Override
  public abstract Webhooks webhooks();

  /**
   * The payout flow: create, wait for the final webhook, retrieve, and require a final status.
   *
   * @param operation how the gateway names the create ({@code payout apply}, {@code disbursement}...)
   * @param destinationNote how the destination reads in the report (already masked)
   */
  protected final void payoutFlow(PaymentClient client, PayoutRequest request, String operation,
      String destinationNote, WebhookEndpoint endpoint, Report report) throws InterruptedException {
    Optional<DemoJournal> journal = settings.journal();
    Payouts payouts = journal.map(j -> j.wrap(client)).orElse(client.payouts());
    Payout created = payouts.create(request);
    report.step(operation, request.merchantOrderNo() + ", " + request.amount() + " to " + destinationNote + ": "
        + FlowSupport.status(created));
    journal.ifPresent(j -> report.step("journal", j.describe(client.providerId(), request.merchantOrderNo())));
    Optional<WebhookEvent> event = FlowSupport.awaitFinalWebhook(endpoint, report, key, request.merchantOrderNo(),
        e -> e.payoutStatus().map(s -> s.isFinal()).orElse(false), FlowSupport.webhookTimeout(settings, key));
    if (journal.isPresent() && event.isPresent()) {
      journal.get().record(client, event.get());
      report.step("journal", journal.get().describe(client.providerId(), request.merchantOrderNo()));
    }
    Payout queried = payouts.retrieve(PayoutLookup.byMerchantOrderNo(request.merchantOrderNo()));
    report.step("query", FlowSupport.status(queried));
    FlowSupport.requireFinal(report, queried);
  }

  /** {@code account ********9012}. */
  protected static String account(String accountNumber) {
    return "account " + Masking.maskAccount(accountNumber);
  }

  @Override
  public final void close() {
    if (simulator != null) {
      simulator.close();
    }
  }
}
