package dev.paysdk.testkit.internal.hexpay;

import dev.paysdk.testkit.HexpaySimulator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The merchant's balances per coin (available and frozen). Callers hold the gateway's lock. */
final class HexpayLedger {
  static final Map<String, String> FULL_NAMES = Map.of("USDT", "Tether USD", "USDC", "USD Coin");

  private final Map<String, BigDecimal> available = new LinkedHashMap<>();
  private final Map<String, BigDecimal> frozen = new LinkedHashMap<>();

  HexpayLedger() {
    for (String c : new String[] {"USDT", "USDC"}) {
      available.put(c, HexpaySimulator.INITIAL_BALANCE);
      frozen.put(c, BigDecimal.ZERO);
    }
  }

  static String requireCoin(String currency) {
    if (!FULL_NAMES.containsKey(currency)) {
      throw new IllegalArgumentException("the simulator keeps USDT and USDC balances, not " + currency);
    }
    return currency;
  }

  BigDecimal available(String currency) {
    return available.get(requireCoin(currency));
  }

  BigDecimal frozen(String currency) {
    return frozen.get(requireCoin(currency));
  }

  void credit(String currency, BigDecimal amount) {
    available.merge(requireCoin(currency), amount, BigDecimal::add);
  }

  /** available to frozen. */
  void freeze(String currency, BigDecimal amount) {
    available.merge(requireCoin(currency), amount.negate(), BigDecimal::add);
    frozen.merge(currency, amount, BigDecimal::add);
  }

  /** frozen back to available. */
  void release(String currency, BigDecimal amount) {
    frozen.merge(requireCoin(currency), amount.negate(), BigDecimal::add);
    available.merge(currency, amount, BigDecimal::add);
  }

  /** frozen paid out. */
  void debitFrozen(String currency, BigDecimal amount) {
    frozen.merge(requireCoin(currency), amount.negate(), BigDecimal::add);
  }

  void set(String currency, BigDecimal availableAmount, BigDecimal frozenAmount) {
    available.put(requireCoin(currency), availableAmount);
    frozen.put(currency, frozenAmount);
  }

  HexpaySimulator.CoinBalance snapshot(String currency) {
    return new HexpaySimulator.CoinBalance(currency, available(currency), frozen(currency));
  }
}
