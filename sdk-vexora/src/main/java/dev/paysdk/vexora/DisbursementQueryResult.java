package dev.paysdk.vexora;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A disbursement as the query reports it. Regions answer in one of two shapes: with {@code amount},
 * or with {@code orderAmount} and {@code payAmount}; both are read, and absent ones are null.
 * Amounts are in the client's currency.
 *
 * @param merchantOrderNo the merchant's transaction number ({@code data.tradeNo})
 * @param providerOrderNo the gateway's transaction number ({@code data.platFormTradeNo}), or null
 * @param amount {@code data.amount}, or null in the other answer shape
 * @param orderAmount {@code data.orderAmount}, or null
 * @param payAmount {@code data.payAmount}, or null
 * @param vexoraStatus the transaction status ({@code data.status})
 * @param message {@code data.message} with control characters removed, or null
 * @param successTime {@code data.successTime} exactly as sent, or null (its format is not documented)
 * @param dataFields every field of {@code data} as received (numbers as written, objects as JSON text)
 * @param reply the answer's envelope
 */
public record DisbursementQueryResult(String merchantOrderNo, String providerOrderNo, Money amount,
    Money orderAmount, Money payAmount, VexoraStatus vexoraStatus, String message, String successTime,
    Map<String, String> dataFields, GatewayReply reply) {

  /** Copies {@code dataFields} (null means none). */
  public DisbursementQueryResult {
    dataFields = dataFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dataFields));
  }

  /** The order's amount in whichever shape it came: {@code amount}, else {@code orderAmount}. */
  public Optional<Money> reportedAmount() {
    return Optional.ofNullable(amount != null ? amount : orderAmount);
  }

  /** {@code data.payAmount}, when the region sends it. */
  public Optional<Money> payAmountIfSent() {
    return Optional.ofNullable(payAmount);
  }

  /** {@code data.successTime}, when sent. */
  public Optional<String> successTimeIfSent() {
    return Optional.ofNullable(successTime);
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
   * The typed values and the envelope; {@link #dataFields()} is left out, since it may carry the
   * answer's signature.
   */
  @Override
  public String toString() {
    return "DisbursementQueryResult[merchantOrderNo=" + merchantOrderNo + ", providerOrderNo=" + providerOrderNo
        + ", amount=" + amount + ", orderAmount=" + orderAmount + ", payAmount=" + payAmount + ", status=" + vexoraStatus
        + ", message=" + message + ", successTime=" + successTime + ", reply=" + reply + "]";
  }
}
