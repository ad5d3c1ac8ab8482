package dev.paysdk.hexpay.internal;

import dev.paysdk.core.Capability;
import dev.paysdk.hexpay.HexpayBalances;
import dev.paysdk.hexpay.HexpayBatchPayouts;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayPayIns;
import dev.paysdk.hexpay.HexpayWebhooks;
import java.util.Set;

/** The {@link HexpayClient}: one gateway, four APIs over it. Immutable and thread-safe. */
public final class HexpayClientImpl implements HexpayClient {
  private static final Set<Capability> CAPABILITIES =
      Set.of(Capability.PAYINS, Capability.BALANCES, Capability.WEBHOOKS, Capability.BATCH_PAYOUTS);

  private final HexpayConfig config;
  private final HexpayPayIns payIns;
  private final HexpayBalances balances;
  private final HexpayWebhooks webhooks;
  private final HexpayBatchPayouts batchPayouts;

  /** Built by {@link HexpayClient.Builder#build()}. */
  public HexpayClientImpl(HexpayConfig config) {
    this.config = config;
    Gateway gateway = new Gateway(config);
    ResponseMapping answers = new ResponseMapping(config.zone());
    this.payIns = new PayInsImpl(gateway, answers);
    this.balances = new BalancesImpl(gateway, answers);
    this.webhooks = new WebhooksImpl(config);
    this.batchPayouts = new BatchPayoutsImpl(gateway, answers);
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
