package dev.paysdk.hexpay;

import dev.paysdk.core.Balance;
import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.gateway.MalformedAnswerException;
import java.util.List;

/** Balances over the exchange. Immutable and thread-safe. */
record BalancesImpl(
    Exchange<HexpayAnswer> exchange,
    HexpayProtocol protocol,
    ResponseMapping answers) implements HexpayBalances {

  @Override
  public List<HexpayBalance> query() {
    return query(null);
  }

  /** A balance of one currency must be of that currency: an answer about another one is not used. */
  @Override
  public List<HexpayBalance> query(String currency) {
    return List.copyOf(exchange.call(HexpayOperations.BALANCE, null)
        .validate(v -> RequestValidation.balanceCurrency(currency, v))
        .params(() -> WireMapping.balance(protocol.params(), currency).build())
        .run(a -> {
          List<HexpayBalance> all = answers.balances(a.data());
          if (currency != null) {
            for (HexpayBalance b : all) {
              if (!b.currency().equals(currency)) {
                throw new MalformedAnswerException("the answer is about currency " + b.currency() + ", not "
                    + currency);
              }
            }
          }
          return all;
        }));
  }

  @Override
  public List<Balance> list() {
    return query().stream().map(HexpayBalance::toBalance).toList();
  }
}
