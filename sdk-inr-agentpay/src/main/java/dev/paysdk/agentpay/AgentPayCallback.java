package dev.paysdk.agentpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayoutStatus;

/**
 * A verified payout callback: the gateway's POST to the order's notify URL. Its field set was checked
 * for an ambiguous canonical form and its signature verified before any field was read. Answer it
 * with plain text {@code success} ({@link dev.paysdk.core.webhook.WebhookEvent#ack()}).
 *
 * @param merchantOrderNo the merchant order number ({@code mchOrderNo}), or null when not sent
 * @param agentpayOrderId the gateway's payout order id, or null when not sent
 * @param amount the order amount in INR (sent as paise text), or null when not sent
 * @param fee the gateway's fee in INR (sent as paise text), or null when not sent
 * @param channelPayNo the bank's reference of the transfer, the UTR, or null
 * @param rawStatus the gateway's status value as sent; never null
 * @param errorMessage why the payout failed (status 3), or null; control characters removed
 */
public record AgentPayCallback(String merchantOrderNo, String agentpayOrderId, Money amount, Money fee,
    String channelPayNo, String rawStatus, String errorMessage) {

  /** The neutral status of {@link #rawStatus()}: 0 accepted, 1 processing, 2 succeeded, 3 failed, else unknown. */
  public PayoutStatus status() {
    return AgentPayStatuses.payoutStatus(rawStatus);
  }

  /**
   * The neutral status.
   *
   * @deprecated use {@link #status()}, the name every PaySDK result uses
   */
  @Deprecated
  public PayoutStatus payoutStatus() {
    return status();
  }
}
