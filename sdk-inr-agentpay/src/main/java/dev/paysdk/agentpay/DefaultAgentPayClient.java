package dev.paysdk.agentpay;

import dev.paysdk.agentpay.AgentPayGateway.Operations;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.gateway.GatewayClient;

/** The {@link AgentPayClient}. Immutable, thread-safe; built by {@link AgentPayClient.Builder}. */
final class DefaultAgentPayClient extends GatewayClient implements AgentPayClient {
  private final Exchange<AgentPayAnswer> exchange;
  private final Wire wire;
  private final DefaultAgentPayPayouts payouts;
  private final DefaultAgentPayBalances balances;
  private final DefaultAgentPayWebhooks webhooks;

  DefaultAgentPayClient(Exchange<AgentPayAnswer> exchange, AgentPayProtocol protocol, Wire wire, Operations operations,
      Reconciler reconciler) {
    super(AgentPayGateway.DESCRIPTOR, exchange);
    this.exchange = exchange;
    this.wire = wire;
    this.payouts = new DefaultAgentPayPayouts(exchange, wire, operations, reconciler);
    this.balances = new DefaultAgentPayBalances(exchange, wire, operations.balance());
    this.webhooks = new DefaultAgentPayWebhooks(protocol.rule(), exchange.observer());
  }

  @Override
  public String merchantId() {
    return wire.merchantId();
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
    return "AgentPayClient[" + exchange + ", merchantId=" + wire.merchantId() + "]";
  }
}
