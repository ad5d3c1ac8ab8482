package dev.paysdk.hexpay;

import dev.paysdk.core.Money;

/**
 * One record of a batch payout upload.
 *
 * @param recipientAddress {@code recipientAddress}: the wallet address to pay. Required
 * @param amount {@code paymentAmount} and {@code paymentCurrency}: USDT or USDC, positive, at most
 *     6 decimals. Required
 * @param network {@code networkType}. Required
 * @param remarks {@code remarks}, or null
 * @param addressTag {@code addressTag}: memo or tag of the address, or null
 */
public record BatchPayoutRecord(
    String recipientAddress, Money amount, HexpayNetwork network, String remarks, String addressTag) {

  /** A record without remarks or tag. */
  public static BatchPayoutRecord of(String recipientAddress, Money amount, HexpayNetwork network) {
    return new BatchPayoutRecord(recipientAddress, amount, network, null, null);
  }

  @Override
  public String toString() {
    return "BatchPayoutRecord[recipientAddress=" + dev.paysdk.core.log.Masking.maskAccount(recipientAddress)
        + ", amount=" + amount + ", network=" + network + ", remarks="
        + dev.paysdk.core.log.Masking.maskFreeText(remarks) + "]";
  }
}
