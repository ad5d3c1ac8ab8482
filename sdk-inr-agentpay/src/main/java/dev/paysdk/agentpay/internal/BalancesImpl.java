package dev.paysdk.agentpay.internal;

import static dev.paysdk.agentpay.AgentPayClient.PROVIDER_ID;

import dev.paysdk.agentpay.AgentPayBalance;
import dev.paysdk.agentpay.AgentPayBalances;
import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.internal.WireParams;
import java.io.IOException;
import java.util.List;

/** The balance query. Immutable, thread-safe. */
final class BalancesImpl implements AgentPayBalances {
  static final String BALANCE = "balance.query";

  private final Exchange exchange;
  private final AgentPayConfig config;

  BalancesImpl(Exchange exchange) {
    this.exchange = exchange;
    this.config = exchange.config();
  }

  @Override
  public AgentPayBalance query() {
    ErrorContext ctx = ErrorContext.of(PROVIDER_ID, BALANCE);
    String reqTime = Wire.reqTime(config.httpOptions().clock(), config.zone());
    WireParams params = Wire.balance(config.merchantId(), reqTime, config.signingRule());
    Answer a = exchange.read(config.balancePath(), params, ctx, AgentPayErrors::readRefusal);
    Money available;
    try {
      available = a.paise(Wire.AVAILABLE_AMOUNT);
      if (available == null) {
        throw new IOException("no " + Wire.AVAILABLE_AMOUNT);
      }
      return new AgentPayBalance(a.paise(Wire.AMOUNT), a.paise(Wire.FROZEN_AMOUNT), available,
          a.paise(Wire.PENDING_AMOUNT), a.paise(Wire.UNSETTLED_AMOUNT), a.text(Wire.BUS_NO), a.retCode(), a.retMsg());
    } catch (IOException e) {
      throw new TransportException(ctx, "the gateway's answer cannot be read (" + e.getMessage() + ")",
          a.httpStatus(), e);
    }
  }

  @Override
  public List<Balance> list() {
    return List.of(query().toBalance());
  }
}
