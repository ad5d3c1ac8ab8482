package dev.paysdk.pen;

/**
 * A verified payout webhook of the gateway.
 *
 * @param payout the order as the webhook reports it
 * @param deduplicationKey {@code payout-pen:<orderNo>:<orderStatus>}: the same for every delivery of
 *     this event (the gateway retries for about 17 hours), different for a later status of the same
 *     order
 */
public record PenPayoutNotification(PenPayoutDetails payout, String deduplicationKey) {

  /** The gateway's {@code orderStatus} exactly as sent. */
  public String rawStatus() {
    return payout.orderStatus();
  }

  /** The neutral status of {@link #rawStatus()}. */
  public dev.paysdk.core.PayoutStatus status() {
    return payout.status();
  }
}
