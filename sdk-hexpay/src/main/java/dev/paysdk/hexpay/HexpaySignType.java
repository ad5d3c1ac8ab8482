package dev.paysdk.hexpay;

/**
 * How requests are signed, and the value sent as {@code signType}.
 */
public enum HexpaySignType {
  /**
   * SHA256withRSA with the merchant's private key over the sorted {@code key=value&} fragments
   * (the default, and the only type the document names). Needs {@code merchantPrivateKey} and
   * {@code platformPublicKey}.
   */
  RSA2("RSA2"),
  /**
   * MD5 over the sorted fragments followed by {@code key=} and the app secret, upper-case hex.
   * Offered for deployments of the platform that accept it; needs {@code appSecret}.
   */
  MD5("MD5");

  private final String wireName;

  HexpaySignType(String wireName) {
    this.wireName = wireName;
  }

  /** The value sent as {@code signType}. */
  public String wireName() {
    return wireName;
  }
}
