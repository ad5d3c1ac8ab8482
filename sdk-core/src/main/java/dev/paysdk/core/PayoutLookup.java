package dev.paysdk.core;

/**
 * Which payout to retrieve: by the merchant's order number, the gateway's order number, or both.
 * At least one is set. The provider id says which gateway holds the payout: a
 * {@link PaymentRouter} sends the lookup to that gateway's client alone; a gateway's own client
 * ignores it.
 *
 * <pre>{@code
 * router.payouts().retrieve(PayoutLookup.byMerchantOrderNo("PO-1").withProviderId("payout-pen"));
 * }</pre>
 *
 * @param merchantOrderNo the merchant's order number, or null
 * @param providerOrderNo the gateway's order number, or null
 * @param providerId the id of the gateway that holds the payout (such as {@code payout-pen}), or
 *     null when the caller does not say
 */
public record PayoutLookup(String merchantOrderNo, String providerOrderNo, String providerId) {

  /**
   * A lookup.
   *
   * @param merchantOrderNo the merchant's order number, or null
   * @param providerOrderNo the gateway's order number, or null
   * @param providerId the gateway's provider id, or null
   * @throws IllegalArgumentException when both order numbers are null or blank, or the provider id
   *     is blank
   */
  public PayoutLookup {
    if (isBlank(merchantOrderNo) && isBlank(providerOrderNo)) {
      throw new IllegalArgumentException("a payout lookup needs a merchant order number or a provider order number");
    }
    if (providerId != null && providerId.isBlank()) {
      throw new IllegalArgumentException("providerId is blank: give a provider id such as payout-pen, or null");
    }
  }

  /**
   * A lookup without a provider id.
   *
   * @param merchantOrderNo the merchant's order number, or null
   * @param providerOrderNo the gateway's order number, or null
   * @throws IllegalArgumentException when both are null or blank
   */
  public PayoutLookup(String merchantOrderNo, String providerOrderNo) {
    this(merchantOrderNo, providerOrderNo, null);
  }

  /**
   * A lookup by the merchant's order number.
   *
   * @param merchantOrderNo the merchant's order number
   * @return the lookup, without a provider id
   * @throws IllegalArgumentException when the number is null or blank
   */
  public static PayoutLookup byMerchantOrderNo(String merchantOrderNo) {
    return new PayoutLookup(merchantOrderNo, null, null);
  }

  /**
   * A lookup by the gateway's order number.
   *
   * @param providerOrderNo the gateway's order number
   * @return the lookup, without a provider id
   * @throws IllegalArgumentException when the number is null or blank
   */
  public static PayoutLookup byProviderOrderNo(String providerOrderNo) {
    return new PayoutLookup(null, providerOrderNo, null);
  }

  /**
   * The same lookup, naming the gateway that holds the payout.
   *
   * @param id the provider id, such as {@code payout-pen}; null removes it
   * @return a new lookup
   * @throws IllegalArgumentException when the id is blank
   */
  public PayoutLookup withProviderId(String id) {
    return new PayoutLookup(merchantOrderNo, providerOrderNo, id);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
