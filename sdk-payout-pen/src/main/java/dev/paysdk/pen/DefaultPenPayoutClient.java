package dev.paysdk.pen;

import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.gateway.GatewayClient;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.observe.PaySdkObserver;

/** The client: the payouts and webhooks APIs built from one configuration, over one exchange. Immutable. */
final class DefaultPenPayoutClient extends GatewayClient implements PenPayoutClient {
  private final PenConfig config;
  private final PenPayouts payouts;
  private final PenWebhooks webhooks;

  private DefaultPenPayoutClient(PenConfig config, Exchange<PenAnswer> exchange, PaySdkObserver observer) {
    super(PenGateway.DESCRIPTOR, exchange);
    this.config = config;
    this.payouts = new DefaultPenPayouts(config, exchange);
    this.webhooks = new DefaultPenWebhooks(config, observer);
  }

  /** A client over a new exchange, which builds its transport from {@code http} unless it carries a shared one. */
  static DefaultPenPayoutClient create(PenConfig config, HttpOptions http, PaySdkObserver observer) {
    Exchange<PenAnswer> exchange = Exchange.create(new PenProtocol(config), config.baseUrl(), http, observer);
    return new DefaultPenPayoutClient(config, exchange, observer);
  }

  @Override
  public PenPayouts payouts() {
    return payouts;
  }

  @Override
  public PenWebhooks webhooks() {
    return webhooks;
  }

  @Override
  public String toString() {
    return "PenPayoutClient[" + config.baseUrl() + ", merchantId=" + config.merchantId() + ", " + config.signer() + "]";
  }
}
