package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A pay-in order as {@code GET /v1/hexpay/trade/query} reports it. Times are read in the client's
 * zone ({@code yyyy-MM-dd HH:mm:ss}, see {@code HexpayClient.Builder.zone}). A field the answer
 * leaves out (or sends empty) is null.
 *
 * @param payOrderId {@code payOrderId}
 * @param merchantNo {@code mchNo}
 * @param merchantOrderNo {@code mchOrderNo}
 * @param merchantName {@code mchName}
 * @param merchantUserId {@code mchUserId}
 * @param amount {@code amount}: the order amount (the answer does not name its currency)
 * @param refundAmount {@code refundAmount}, same currency as {@code amount}
 * @param status {@code state} mapped to the neutral status
 * @param rawState {@code state} as sent
 * @param waitNetwork {@code waitNetwork}: the network the payment is awaited on
 * @param waitPayCurrency {@code waitPayCurrency}: the currency the payment is awaited in
 * @param wayCode {@code wayCode}: payment method
 * @param realPayAmount {@code realPayAmount} in {@code realPayCurrency}: what the payer actually paid
 * @param realNetwork {@code realNetwork}: the network the payer actually used
 * @param goods {@code goods}
 * @param createdAt {@code createdAt}
 * @param expiredTime {@code expiredTime}
 * @param updatedAt {@code updatedAt}
 * @param cancelTime {@code cancelTime}
 * @param paySuccessTime {@code paySuccessTime}
 */
public record TradeOrder(
    String payOrderId,
    String merchantNo,
    String merchantOrderNo,
    String merchantName,
    String merchantUserId,
    BigDecimal amount,
    BigDecimal refundAmount,
    PayInStatus status,
    Integer rawState,
    String waitNetwork,
    String waitPayCurrency,
    String wayCode,
    Money realPayAmount,
    String realNetwork,
    Goods goods,
    Instant createdAt,
    Instant expiredTime,
    Instant updatedAt,
    Instant cancelTime,
    Instant paySuccessTime) {

  /** {@return {@code state} as sent, as text (the name every PaySDK result uses), or null when absent} */
  public String rawStatus() {
    return rawState == null ? null : rawState.toString();
  }
}
