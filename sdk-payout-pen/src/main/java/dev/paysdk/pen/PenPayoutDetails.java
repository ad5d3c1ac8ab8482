package dev.paysdk.pen;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A payout order as the gateway reports it in a query answer or a webhook.
 *
 * @param merchantId the merchant id the gateway sent, or null
 * @param merchantOrderNo the merchant's order number (wire {@code mchOrderNo})
 * @param orderNo the gateway's order number
 * @param channelOrderNo the paying channel's order number, or null
 * @param amount the amount as reported, or null when not sent
 * @param fee the fee as reported (up to 4 decimals in webhooks), or null; the gateway sends it only
 *     for paid orders
 * @param orderStatus the gateway's status value exactly as sent
 * @param status the neutral status ({@link PenStatuses}, under the client's status setting)
 * @param completionTime the completion time as the gateway wrote it ({@code yyyy-MM-dd HH:mm:ss},
 *     gateway local time), or null; sent only for paid orders
 * @param completedAt {@code completionTime} in the client's gateway time zone
 *     ({@link PenPayoutClient.Builder#gatewayZone}), or null
 * @param resultDesc the gateway's description of the status exactly as sent, or null (the neutral
 *     {@code failureReason} is this text made safe to print)
 */
public record PenPayoutDetails(String merchantId, String merchantOrderNo, String orderNo, String channelOrderNo,
    Money amount, Money fee, String orderStatus, PayoutStatus status, LocalDateTime completionTime,
    Instant completedAt, String resultDesc) {

  /** The gateway's status value exactly as sent: the same as {@link #orderStatus()}. */
  public String rawStatus() {
    return orderStatus;
  }
}
