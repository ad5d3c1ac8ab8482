package dev.paysdk.core;

/**
 * Which pay-in to retrieve. At least one number is set.
 *
 * @param merchantOrderNo the merchant's order number, or null
 * @param providerOrderNo the gateway's order number, or null
 */
public record PayInLookup(String merchantOrderNo, String providerOrderNo) {
  /**
   * A lookup.
   *
   * @param merchantOrderNo the merchant's order number, or null
   * @param providerOrderNo the gateway's order number, or null
   * @throws IllegalArgumentException when both are null or blank
   */
  public PayInLookup {
    if ((merchantOrderNo == null || merchantOrderNo.isBlank()) && (providerOrderNo == null || providerOrderNo.isBlank())) {
      throw new IllegalArgumentException("a pay-in lookup needs a merchant order number or a provider order number");
    }
  }

  /**
   * A lookup by the merchant's order number.
   *
   * @param merchantOrderNo the number
   * @return the lookup
   * @throws IllegalArgumentException when the number is null or blank
   */
  public static PayInLookup byMerchantOrderNo(String merchantOrderNo) {
    return new PayInLookup(merchantOrderNo, null);
  }

  /**
   * A lookup by the gateway's order number.
   *
   * @param providerOrderNo the number
   * @return the lookup
   * @throws IllegalArgumentException when the number is null or blank
   */
  public static PayInLookup byProviderOrderNo(String providerOrderNo) {
    return new PayInLookup(null, providerOrderNo);
  }
}
