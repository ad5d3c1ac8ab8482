package dev.paysdk.core.http;

import dev.paysdk.core.Reconciler;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The options every gateway client builder shares beyond HTTP: the merchant id and secret the
 * gateway assigned, the reconciliation timing, and the "order not found" rule. Gateway builders
 * extend it, so {@code merchantId(...)} and {@code secret(...)} read and behave the same on every
 * gateway; a gateway's own wire names ({@code mchNo}, {@code merchantNo}, {@code appSecret},
 * {@code secretKey}) stay as documented aliases on its builder.
 *
 * <p>Builder policy, the same everywhere: a null given to a setter throws
 * {@link NullPointerException} naming the setter; a malformed value throws
 * {@link IllegalArgumentException} at once; a required value missing at {@code build()} throws
 * {@link IllegalStateException} with a how-to-fix message.
 *
 * @param <B> the concrete builder
 */
public abstract class GatewayClientBuilder<B extends GatewayClientBuilder<B>> extends ClientBuilderBase<B> {
  private String merchantId;
  private String secret;
  private Reconciler reconciler = Reconciler.defaults();
  private Pattern orderNotFoundPattern = OrderNotFoundMessages.DEFAULT;

  protected GatewayClientBuilder() {}

  /**
   * The merchant id the gateway assigned. Required. Letters, digits and {@code _ - . @ :} only (no
   * space, control or non-ASCII character, no unresolved {@code ${...}} placeholder), at most 64
   * characters.
   *
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when it is not of that shape (the message does not repeat it)
   */
  public B merchantId(String merchantId) {
    this.merchantId = checkMerchantId(Objects.requireNonNull(merchantId, "merchantId == null"), "merchantId");
    return self();
  }

  /**
   * The merchant's secret (the key the gateway signs with). Never logged or printed.
   *
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when blank or an unresolved {@code ${...}} placeholder
   */
  public B secret(String secret) {
    Objects.requireNonNull(secret, "secret == null");
    if (secret.isBlank() || isPlaceholder(secret)) {
      throw new IllegalArgumentException("secret is blank or an unresolved ${...} placeholder");
    }
    this.secret = secret;
    return self();
  }

  /**
   * The timing of {@code payouts().reconcile(merchantOrderNo)}. Default {@link Reconciler#defaults()}:
   * up to 2 minutes, a query every 2 seconds, "not found" believed after 10 seconds.
   *
   * @throws NullPointerException when null
   */
  public B reconciler(Reconciler reconciler) {
    this.reconciler = Objects.requireNonNull(reconciler, "reconciler == null");
    return self();
  }

  /**
   * Which refusal message of a query means "the order does not exist", which lets reconciliation
   * conclude that a payout never took effect (and may be sent again). Matched with
   * {@link java.util.regex.Matcher#find()} against the gateway's message alone (and its code alone,
   * where the gateway says so). Default {@link OrderNotFoundMessages#DEFAULT}: strict, the whole
   * message must say the order does not exist. Widen it only with care: a refusal wrongly read as
   * "not found" can pay twice.
   *
   * @throws NullPointerException when null
   */
  public B orderNotFoundPattern(Pattern pattern) {
    this.orderNotFoundPattern = Objects.requireNonNull(pattern, "orderNotFoundPattern == null");
    return self();
  }

  /** The merchant id, or null when not set. */
  protected String merchantId() {
    return merchantId;
  }

  /** The secret, or null when not set. */
  protected String secret() {
    return secret;
  }

  protected Reconciler reconciler() {
    return reconciler;
  }

  protected Pattern orderNotFoundPattern() {
    return orderNotFoundPattern;
  }

  /**
   * The merchant id.
   *
   * @param alias the gateway's own name of the setter, named in the message, or null
   * @throws IllegalStateException when it was not set
   */
  protected String requireMerchantId(String alias) {
    if (merchantId == null) {
      throw new IllegalStateException("merchantId is required: call merchantId(\"...\")"
          + (alias == null ? "" : " (or its alias " + alias + "(...))") + " with the id the gateway assigned");
    }
    return merchantId;
  }

  /**
   * The secret.
   *
   * @param alias the gateway's own name of the setter, or null
   * @throws IllegalStateException when it was not set
   */
  protected String requireSecret(String alias) {
    if (secret == null) {
      throw new IllegalStateException("secret is required: call secret(...)"
          + (alias == null ? "" : " (or its alias " + alias + "(...))") + " with the key the gateway gave you");
    }
    return secret;
  }

  /**
   * {@code value} when it is a plausible merchant id.
   *
   * @param setter named in the message
   * @throws IllegalArgumentException when it is empty, longer than 64 characters, holds a character
   *     other than ASCII letters, digits and {@code _ - . @ :}, or is an unresolved placeholder
   */
  public static String checkMerchantId(String value, String setter) {
    if (isPlaceholder(value)) {
      throw new IllegalArgumentException(setter + " is an unresolved ${...} placeholder, not a merchant id");
    }
    if (value.isEmpty() || value.length() > 64) {
      throw new IllegalArgumentException(setter + " must be 1 to 64 characters long");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
          || c == '.' || c == '@' || c == ':';
      if (!ok) {
        throw new IllegalArgumentException(setter + " may hold only ASCII letters, digits and _ - . @ : (character "
            + (i + 1) + " is not one of them)");
      }
    }
    return value;
  }

  /** True for a text that still holds a {@code ${...}} placeholder a configuration did not resolve. */
  public static boolean isPlaceholder(String value) {
    int open = value.indexOf("${");
    return open >= 0 && value.indexOf('}', open) > open;
  }
}
