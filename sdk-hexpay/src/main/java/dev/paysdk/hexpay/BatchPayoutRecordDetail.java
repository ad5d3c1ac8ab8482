package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import java.time.Instant;

/**
 * One record of a batch as {@code POST /v1/hexpay/batchPayment/query} reports it. A field the
 * answer leaves out (or sends empty) is null.
 *
 * @param id {@code id}: the record id
 * @param recipientAddress {@code recipientAddress}
 * @param amount {@code paymentAmount} in {@code paymentCurrency}
 * @param network {@code networkType} as sent
 * @param fee {@code feeAmount}, in the payment currency (fees are charged in the payout's currency,
 *     as the upload's balance check shows)
 * @param remarks {@code remarks}
 * @param addressTag {@code addressTag}
 * @param status {@code status} mapped
 * @param rawStatus {@code status} as sent
 * @param failReason {@code failReason}
 * @param txHash {@code txHash}: the payout's transaction hash, once sent
 * @param processedAt {@code processedAt}
 * @param createdAt {@code createdAt}
 */
public record BatchPayoutRecordDetail(
    Long id,
    String recipientAddress,
    Money amount,
    String network,
    Money fee,
    String remarks,
    String addressTag,
    BatchRecordStatus status,
    Integer rawStatus,
    String failReason,
    String txHash,
    Instant processedAt,
    Instant createdAt) {

  @Override
  public String toString() {
    return "BatchPayoutRecordDetail[id=" + id + ", recipientAddress="
        + dev.paysdk.core.log.Masking.maskAccount(recipientAddress) + ", amount=" + amount + ", status=" + status
        + " (" + rawStatus + "), failReason="
        + dev.paysdk.core.gateway.GatewayText.sanitize(failReason, java.util.Arrays.asList(recipientAddress, addressTag))
        + ", txHash=" + txHash + "]";
  }
}
