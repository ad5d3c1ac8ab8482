package dev.paysdk.vexora;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.internal.FrozenFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified disbursement callback. When the callback was signed, every value comes from it. When
 * it was unsigned and the client confirms such callbacks by query
 * ({@link UnsignedWebhookPolicy#CONFIRM_BY_QUERY}), the status, amount and gateway order number come
 * from the query, never from the callback.
 *
 * @param merchantOrderNo the merchant's transaction number ({@code tradeNo})
 * @param providerOrderNo the gateway's transaction number ({@code platFormTradeNo}), or null
 * @param amount the amount, or null when not reported
 * @param vexoraStatus the transaction status that counts (see {@link #verification()})
 * @param verification how the callback was trusted
 * @param confirmation the confirming query, for {@link Verification#CONFIRMED_BY_QUERY}; else null
 * @param fields the callback's fields as received (numbers as written), {@code sign} included
 */
public record DisbursementNotification(String merchantOrderNo, String providerOrderNo, Money amount,
    VexoraStatus vexoraStatus, Verification verification, DisbursementQueryResult confirmation,
    Map<String, String> fields) {

  /**
   * Copies {@code fields}.
   *
   * @throws NullPointerException when {@code vexoraStatus} or {@code verification} is null
   */
  public DisbursementNotification {
    Objects.requireNonNull(vexoraStatus, "vexoraStatus == null");
    Objects.requireNonNull(verification, "verification == null");
    fields = fields == null ? Map.of() : fields instanceof FrozenFields ? fields // verified: cannot change
        : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The gateway's transaction number, when known. */
  public Optional<String> providerOrderNoIfSent() {
    return Optional.ofNullable(providerOrderNo);
  }

  /** The amount, when known. */
  public Optional<Money> amountIfSent() {
    return Optional.ofNullable(amount);
  }

  /** The confirming query, when the callback was unsigned. */
  public Optional<DisbursementQueryResult> confirmationIfQueried() {
    return Optional.ofNullable(confirmation);
  }

  /** The status exactly as the gateway reported it, such as {@code 0015}. */
  public String rawStatus() {
    return vexoraStatus.raw();
  }

  /**
   * The neutral payout status of {@link #vexoraStatus()} ({@link VexoraStatus#payoutStatus()}):
   * {@code 0001} and unlisted codes are {@link PayoutStatus#UNKNOWN}.
   */
  public PayoutStatus status() {
    return vexoraStatus.payoutStatus();
  }

  /**
   * The neutral payout status.
   *
   * @deprecated use {@link #status()}, the name every PaySDK result gives its neutral status
   */
  @Deprecated
  public PayoutStatus payoutStatus() {
    return vexoraStatus.payoutStatus();
  }

  /**
   * The order, amount, status and how the callback was trusted; the received fields are left out,
   * since they carry the callback's signature.
   */
  @Override
  public String toString() {
    return "DisbursementNotification[merchantOrderNo=" + merchantOrderNo + ", providerOrderNo=" + providerOrderNo
        + ", amount=" + amount + ", status=" + vexoraStatus + ", verification=" + verification + "]";
  }

  /** How a callback was trusted. */
  public enum Verification {
    /** Its rule C signature matched. */
    SIGNATURE,
    /** It was unsigned; a query of the order confirmed it, and the query's values are reported. */
    CONFIRMED_BY_QUERY
  }
}
