package dev.paysdk.agentpay;

import dev.paysdk.core.Balance;
import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.gateway.Operation;
import java.util.List;

/** The balance query. Immutable, thread-safe. */
record DefaultAgentPayBalances(
    Exchange<AgentPayAnswer> exchange,
    Wire wire,
    Operation operation) implements AgentPayBalances {

  @Override
  public AgentPayBalance query() {
    return exchange.call(operation, null).params(wire::balance).run(AgentPayReaders::balance);
  }

  @Override
  public List<Balance> list() {
    return List.of(query().toBalance());
  }
}
