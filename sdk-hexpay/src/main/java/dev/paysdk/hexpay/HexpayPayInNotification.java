package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.internal.FrozenFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A verified pay-in status callback, typed. Time fields accept both forms the gateway sends: epoch
 * milliseconds (as {@code successTime} and {@code reqTime} in the document's sample) and
 * {@code yyyy-MM-dd HH:mm:ss} in the client's zone. A field the callback leaves out is null.
 *
 * @param payOrderId {@code payOrderId}
 * @param merchantOrderNo {@code mchOrderNo}
 * @param amount {@code amount} in {@code currency}: the order amount
 * @param status {@code state} mapped
 * @param rawState {@code state} as sent
 * @param merchantNo {@code mchNo}
 * @param merchantName {@code mchName}
 * @param appId {@code appId}
 * @param merchantUserId {@code mchUserId}
 * @param wayCode {@code wayCode}
 * @param payWay {@code payWay}, such as {@code USDC(Arbitrum)} (sent, though not in the field table)
 * @param realNetwork {@code realNetwork}
 * @param realPayAmount {@code realPayAmount} in {@code realPayCurrency}
 * @param refundAmount {@code refundAmount}
 * @param settleAmount {@code settleAmount} in {@code settleCurrency} (for a fiat payment, the
 *     stablecoin amount settled)
 * @param settleState {@code settleState} mapped, when sent
 * @param rawSettleState {@code settleState} as sent
 * @param successUrl {@code successUrl}
 * @param failUrl {@code failUrl}
 * @param reqTime {@code reqTime}: when the gateway sent the callback
 * @param createdAt {@code createdAt}
 * @param successTime {@code successTime}
 * @param updatedAt {@code updatedAt}
 * @param fields every received field, decoded, including {@code sign}
 */
public record HexpayPayInNotification(
    String payOrderId,
    String merchantOrderNo,
    Money amount,
    PayInStatus status,
    Integer rawState,
    String merchantNo,
    String merchantName,
    String appId,
    String merchantUserId,
    String wayCode,
    String payWay,
    String realNetwork,
    Money realPayAmount,
    BigDecimal refundAmount,
    Money settleAmount,
    SettleState settleState,
    Integer rawSettleState,
    String successUrl,
    String failUrl,
    Instant reqTime,
    Instant createdAt,
    Instant successTime,
    Instant updatedAt,
    Map<String, String> fields) {
  /** Copies {@code fields}, keeping their order (verified fields, which cannot change, are kept as they are). */
  public HexpayPayInNotification {
    fields = fields == null ? Map.of() : fields instanceof FrozenFields ? fields
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }

  @Override
  public String toString() {
    return "HexpayPayInNotification[payOrderId=" + payOrderId + ", merchantOrderNo=" + merchantOrderNo + ", amount="
        + amount + ", status=" + status + " (" + rawState + "), realPayAmount=" + realPayAmount + "]";
  }

  /** {@return {@code state} as sent, as text (the name every PaySDK result uses), or null when absent} */
  public String rawStatus() {
    return rawState == null ? null : rawState.toString();
  }
}
