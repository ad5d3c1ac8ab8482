package dev.paysdk.hexpay.internal;

import dev.paysdk.core.Balance;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.hexpay.HexpayBalance;
import dev.paysdk.hexpay.HexpayBalances;
import java.util.List;

/** Balances over {@link Gateway}. Immutable and thread-safe. */
final class BalancesImpl implements HexpayBalances {
  private final Gateway gateway;
  private final ResponseMapping answers;

  BalancesImpl(Gateway gateway, ResponseMapping answers) {
    this.gateway = gateway;
    this.answers = answers;
  }

  @Override
  public List<HexpayBalance> query() {
    return query(null);
  }

  @Override
  public List<HexpayBalance> query(String currency) {
    ErrorContext ctx = gateway.context(Op.BALANCE, null);
    Validation v = new Validation(ctx);
    RequestValidation.balanceCurrency(currency, v);
    v.throwIfInvalid();
    Gateway.Answer answer = gateway.call(Op.BALANCE, WireMapping.balance(gateway.params(), currency), ctx);
    return List.copyOf(gateway.read(Op.BALANCE, ctx, answer, a -> answers.balances(a.data())));
  }

  @Override
  public List<Balance> list() {
    return query().stream().map(HexpayBalance::toBalance).toList();
  }
}
