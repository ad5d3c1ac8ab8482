package dev.paysdk.core;

/**
 * Which payout to retrieve: by the merchant's order number, the gateway's order number, or both.
 * At least one is set.
 *
 * @param merchantOrderNo the merchant's order number, or null
 * @param providerOrderNo the gateway's order number, or null
 */
public record PayoutLookup(String merchantOrderNo, String providerOrderNo) {
  public PayoutLookup {
    if (isBlank(merchantOrderNo) && isBlank(providerOrderNo)) {
      throw new IllegalArgumentException("a payout lookup needs a merchant order number or a provider order number");
    }
  }

  public static PayoutLookup byMerchantOrderNo(String merchantOrderNo) {
    return new PayoutLookup(merchantOrderNo, null);
  }

  public static PayoutLookup byProviderOrderNo(String providerOrderNo) {
    return new PayoutLookup(null, providerOrderNo);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
