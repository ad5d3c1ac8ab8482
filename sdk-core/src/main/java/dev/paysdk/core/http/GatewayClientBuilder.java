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
   * The merchant id the gateway assigned. Required. Printable ASCII without surrounding spaces, no
   * control or non-ASCII character, no unresolved {@code ${...}} placeholder (see
   * {@link ClientBuilderBase#requireMerchantId}).
   *
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when it cannot be a merchant id (the message does not repeat it)
   */
  public B merchantId(String merchantId) {
    this.merchantId = requireMerchantId(merchantId, "merchantId");
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

  /** True for a text that still holds a {@code ${...}} placeholder a configuration did not resolve. */
  public static boolean isPlaceholder(String value) {
    int open = value.indexOf("${");
    return open >= 0 && value.indexOf('}', open) > open;
  }
}
