package dev.paysdk.hexpay;

import java.util.Locale;
import java.util.Optional;

/**
 * The blockchain networks Hexpay accepts in requests ({@code network} of a pay-in order,
 * {@code networkType} of a payout record), with their wire names.
 *
 * <p>Answers and webhooks report networks as plain text (the gateway writes them in other cases,
 * such as {@code arbitrum} or {@code binance_smart_chain}), so results keep them as strings;
 * {@link #fromWireName} reads them case-insensitively.
 */
public enum HexpayNetwork {
  /** {@code Solana}. */
  SOLANA("Solana"),
  /** {@code Ethereum}. */
  ETHEREUM("Ethereum"),
  /** {@code Polygon}. */
  POLYGON("Polygon"),
  /** {@code Arbitrum}. */
  ARBITRUM("Arbitrum"),
  /** {@code Binance_smart_chain}. */
  BINANCE_SMART_CHAIN("Binance_smart_chain"),
  /**
   * {@code Tron}. The gateway documents it as under maintenance, so requests using it are rejected
   * before sending unless the client was built with {@code tronNetworkEnabled(true)}.
   */
  TRON("Tron");

  private final String wireName;

  HexpayNetwork(String wireName) {
    this.wireName = wireName;
  }

  /** The name sent on the wire, such as {@code Binance_smart_chain}. */
  public String wireName() {
    return wireName;
  }

  /**
   * The network with this wire name or constant name, ignoring case ({@code solana},
   * {@code BINANCE_SMART_CHAIN}); empty for null or an unknown name.
   */
  public static Optional<HexpayNetwork> fromWireName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (HexpayNetwork network : values()) {
      if (network.wireName.toLowerCase(Locale.ROOT).equals(n) || network.name().toLowerCase(Locale.ROOT).equals(n)) {
        return Optional.of(network);
      }
    }
    return Optional.empty();
  }
}
