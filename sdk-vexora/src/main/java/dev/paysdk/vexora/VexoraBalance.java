package dev.paysdk.vexora;

import dev.paysdk.core.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The merchant balance, in the client's currency, whether the gateway sent the amounts as JSON
 * numbers or as strings. Amounts keep every decimal the gateway sent.
 *
 * @param available {@code data.availableAmount}: what can be paid out now
 * @param frozen {@code data.freezeAmount}, or null when not sent
 * @param unsettled {@code data.unsettledAmount}, or null when not sent
 * @param reply the answer's envelope
 */
public record VexoraBalance(Money available, Money frozen, Money unsettled, GatewayReply reply) {
  /**
   * Checks the required amount.
   *
   * @throws NullPointerException when {@code available} is null
   */
  public VexoraBalance {
    Objects.requireNonNull(available, "available == null");
  }

  /** The frozen amount, when sent. */
  public Optional<Money> frozenAmount() {
    return Optional.ofNullable(frozen);
  }

  /** The unsettled amount, when sent. */
  public Optional<Money> unsettledAmount() {
    return Optional.ofNullable(unsettled);
  }
}
