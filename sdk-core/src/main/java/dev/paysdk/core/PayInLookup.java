package dev.paysdk.core;

/**
 * Which pay-in to retrieve. At least one number is set.
 *
 * @param merchantOrderNo the merchant's order number, or null
 * @param providerOrderNo the gateway's order number, or null
 */
public record PayInLookup(String merchantOrderNo, String providerOrderNo) {
  public PayInLookup {
    if ((merchantOrderNo == null || merchantOrderNo.isBlank()) && (providerOrderNo == null || providerOrderNo.isBlank())) {
      throw new IllegalArgumentException("a pay-in lookup needs a merchant order number or a provider order number");
    }
  }

  public static PayInLookup byMerchantOrderNo(String merchantOrderNo) {
    return new PayInLookup(merchantOrderNo, null);
  }

  public static PayInLookup byProviderOrderNo(String providerOrderNo) {
    return new PayInLookup(null, providerOrderNo);
  }
}
