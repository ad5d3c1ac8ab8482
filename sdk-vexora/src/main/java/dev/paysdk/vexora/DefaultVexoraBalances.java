package dev.paysdk.vexora;

import dev.paysdk.core.Balance;
import dev.paysdk.core.gateway.Exchange;
import java.util.List;

/**
 * The balance query, native and neutral, on the client's exchange. The answer names no order, so
 * nothing in it can be checked against the request. Immutable and thread-safe.
 */
record DefaultVexoraBalances(
    Exchange<VexoraAnswer> exchange,
    VexoraConfig config,
    VexoraOperations operations) implements VexoraBalances {

  @Override
  public VexoraBalance query() {
    return exchange.call(operations.balance(), null)
        .params(() -> VexoraWire.balance(exchange.options().clock().millis()))
        .run(answer -> VexoraWire.balance(answer, config.currency()));
  }

  @Override
  public List<Balance> list() {
    VexoraBalance b = query();
    return List.of(new Balance(config.currency(), b.available(), b.frozen(), b.unsettled(), null));
  }

  @Override
  public String toString() {
    return "VexoraBalances[" + config.baseUrl() + "]";
  }
}
