package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One pay-in order of {@code GET /v1/hexpay/batch/query}. A field the answer leaves out is null.
 *
 * @param payOrderId {@code payOrderId}
 * @param appId {@code appId}
 * @param merchantOrderNo {@code mchOrderNo}
 * @param createdAt {@code createdAt}
 * @param status {@code state} mapped to the neutral status
 * @param rawState {@code state} as sent
 * @param merchantUserId {@code mchUserId}
 * @param bizCode {@code bizCode}: the channel that served the order
 * @param wayCode {@code wayCode}
 * @param network {@code network}
 * @param amount {@code amount} in {@code currency}
 * @param realPayAmount {@code realPayAmount} in {@code realPayCurrency}
 * @param realNetwork {@code realNetwork}
 * @param txHash {@code txHash}: the payment's transaction hash
 * @param successTime {@code successTime}
 * @param settleAmount {@code settleAmount} in {@code settleCurrency}
 * @param merchantFee {@code mchFeeAmount}; the answer names no currency for it (in the document's
 *     sample it is the settlement currency: settleAmount - fee = income)
 * @param merchantSettleIncome {@code mchSettleIncome}: what the merchant actually receives
 * @param settleState {@code settleState} mapped
 * @param rawSettleState {@code settleState} as sent
 */
public record OrderListItem(
    String payOrderId,
    String appId,
    String merchantOrderNo,
    Instant createdAt,
    PayInStatus status,
    Integer rawState,
    String merchantUserId,
    Integer bizCode,
    String wayCode,
    String network,
    Money amount,
    Money realPayAmount,
    String realNetwork,
    String txHash,
    Instant successTime,
    Money settleAmount,
    BigDecimal merchantFee,
    BigDecimal merchantSettleIncome,
    SettleState settleState,
    Integer rawSettleState) {

  /** {@return {@code state} as sent, as text (the name every PaySDK result uses), or null when absent} */
  public String rawStatus() {
    return rawState == null ? null : rawState.toString();
  }
}
