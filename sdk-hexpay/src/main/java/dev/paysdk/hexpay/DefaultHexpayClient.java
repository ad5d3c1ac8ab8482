package dev.paysdk.hexpay;

import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.gateway.GatewayClient;
import dev.paysdk.core.observe.PaySdkObserver;

/** The {@link HexpayClient}: one exchange, four APIs over it. Immutable and thread-safe. */
final class DefaultHexpayClient extends GatewayClient implements HexpayClient {
  private final HexpayConfig config;
  private final HexpayPayIns payIns;
  private final HexpayBalances balances;
  private final HexpayWebhooks webhooks;
  private final HexpayBatchPayouts batchPayouts;

  private DefaultHexpayClient(HexpayConfig config, Exchange<HexpayAnswer> exchange, HexpayProtocol protocol,
      PaySdkObserver observer) {
    super(HexpayProvider.DESCRIPTOR, exchange);
    this.config = config;
    ResponseMapping answers = new ResponseMapping(config.zone());
    this.payIns = new PayInsImpl(exchange, protocol, config, answers);
    this.balances = new BalancesImpl(exchange, protocol, answers);
    this.webhooks = new WebhooksImpl(config, observer);
    this.batchPayouts = new BatchPayoutsImpl(exchange, protocol, config, answers);
  }

  static DefaultHexpayClient create(HexpayConfig config, PaySdkObserver observer) {
    HexpayProtocol protocol = new HexpayProtocol(config);
    return new DefaultHexpayClient(config, Exchange.create(protocol, config.baseUrl(), config.httpOptions(), observer),
        protocol, observer);
  }

  @Override
  public HexpayPayIns payIns() {
    return payIns;
  }

  @Override
  public HexpayBalances balances() {
    return balances;
  }

  @Override
  public HexpayWebhooks webhooks() {
    return webhooks;
  }

  @Override
  public HexpayBatchPayouts batchPayouts() {
    return batchPayouts;
  }

  @Override
  public String toString() {
    return "HexpayClient[" + config + "]";
  }
}
