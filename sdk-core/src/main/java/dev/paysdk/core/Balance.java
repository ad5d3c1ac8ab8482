package dev.paysdk.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A merchant balance in one currency, as the gateway reports it.
 *
 * @param currency the currency code
 * @param available what can be paid out now
 * @param frozen what is held (pending payouts, disputes), or null when not reported
 * @param pending what is on its way in, or null when not reported
 * @param total the gateway's total, or null when not reported
 */
public record Balance(String currency, Money available, Money frozen, Money pending, Money total) {
  public Balance {
    Objects.requireNonNull(currency, "currency == null");
    Objects.requireNonNull(available, "available == null");
  }

  public Optional<Money> frozenAmount() {
    return Optional.ofNullable(frozen);
  }

  public Optional<Money> pendingAmount() {
    return Optional.ofNullable(pending);
  }

  public Optional<Money> totalAmount() {
    return Optional.ofNullable(total);
  }
}
