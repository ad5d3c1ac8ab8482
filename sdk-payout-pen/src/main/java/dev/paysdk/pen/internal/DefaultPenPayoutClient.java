package dev.paysdk.pen.internal;

import dev.paysdk.core.Capability;
import dev.paysdk.core.internal.CallExecutor;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.pen.PenPayouts;
import dev.paysdk.pen.PenWebhooks;
import java.util.Set;

/** The client: holds the payouts and webhooks APIs built from one configuration. Immutable. */
public final class DefaultPenPayoutClient implements PenPayoutClient {
  private static final Set<Capability> CAPABILITIES = Set.of(Capability.PAYOUTS, Capability.WEBHOOKS);

  private final PenConfig config;
  private final PenPayouts payouts;
  private final PenWebhooks webhooks;

  public DefaultPenPayoutClient(PenConfig config, CallExecutor executor) {
    this.config = config;
    this.payouts = new PenPayoutsImpl(config, executor);
    this.webhooks = new PenWebhooksImpl(config);
  }

  @Override
  public String providerId() {
    return PROVIDER_ID;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
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
