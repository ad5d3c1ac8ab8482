package dev.paysdk.hexpay;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;

/**
 * One currency of {@code POST /v1/hexpay/balance/query}. Amounts keep every decimal the gateway
 * sent (balances may carry more than 6).
 *
 * @param currency {@code currency}, such as {@code USDC}
 * @param available {@code availableBalance}
 * @param frozen {@code frozenBalance} (held by pending batch payouts, among others), or null
 * @param coinFullName {@code coinFullName}, such as {@code USD Coin}, or null
 */
public record HexpayBalance(String currency, Money available, Money frozen, String coinFullName) {

  /** The neutral form: available and frozen, no pending or total. */
  public Balance toBalance() {
    return new Balance(currency, available, frozen, null, null);
  }
}
