package dev.paysdk.agentpay.internal;

import dev.paysdk.agentpay.AgentPayBalances;
import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.agentpay.AgentPayPayouts;
import dev.paysdk.agentpay.AgentPayWebhooks;
import dev.paysdk.core.Capability;
import java.util.Objects;
import java.util.Set;

/** The {@link AgentPayClient}. Immutable, thread-safe; built by {@link AgentPayClient.Builder}. */
public final class DefaultAgentPayClient implements AgentPayClient {
  private static final Set<Capability> CAPABILITIES = Set.of(Capability.PAYOUTS, Capability.BALANCES, Capability.WEBHOOKS);

  private final AgentPayConfig config;
  private final PayoutsImpl payouts;
  private final BalancesImpl balances;
  private final WebhooksImpl webhooks;

  public DefaultAgentPayClient(AgentPayConfig config) {
    this.config = Objects.requireNonNull(config, "config == null");
    Exchange exchange = new Exchange(config);
    this.payouts = new PayoutsImpl(exchange);
    this.balances = new BalancesImpl(exchange);
    this.webhooks = new WebhooksImpl(config.signingRule());
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
  public String merchantId() {
    return config.merchantId();
  }

  @Override
  public AgentPayPayouts payouts() {
    return payouts;
  }

  @Override
  public AgentPayBalances balances() {
    return balances;
  }

  @Override
  public AgentPayWebhooks webhooks() {
    return webhooks;
  }

  @Override
  public String toString() {
    return "AgentPayClient[baseUrl=" + config.baseUrl() + ", merchantId=" + config.merchantId() + "]";
  }
}
