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
  /**
   * A balance.
   *
   * @param currency the currency code; never null
   * @param available what can be paid out now; never null
   * @param frozen what is held, or null
   * @param pending what is on its way in, or null
   * @param total the gateway's total, or null
   * @throws NullPointerException when {@code currency} or {@code available} is null
   */
  public Balance {
    Objects.requireNonNull(currency, "currency == null");
    Objects.requireNonNull(available, "available == null");
  }

  /** {@return the frozen amount, when the gateway reports one} */
  public Optional<Money> frozenAmount() {
    return Optional.ofNullable(frozen);
  }

  /** {@return the pending amount, when the gateway reports one} */
  public Optional<Money> pendingAmount() {
    return Optional.ofNullable(pending);
  }

  /** {@return the gateway's total, when it reports one} */
  public Optional<Money> totalAmount() {
    return Optional.ofNullable(total);
  }
}
