package dev.paysdk.agentpay;

import dev.paysdk.agentpay.internal.AgentPayConfig;
import dev.paysdk.agentpay.internal.DefaultAgentPayClient;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.http.ClientBuilderBase;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.core.sign.Signers;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Client of INR AgentPay, a gateway for INR payouts to Indian bank accounts (IFSC) and UPI
 * addresses (VPA): payout apply and query, balance, and payout callbacks.
 *
 * <pre>{@code
 * AgentPayClient agentPay = AgentPayClient.builder()
 *     .baseUrl("https://gateway.example")      // as the gateway gave it
 *     .merchantId("LEtest067")
 *     .secretKey(System.getenv("AGENTPAY_SECRET"))
 *     .build();
 *
 * ApplyResult r = agentPay.payouts().apply(PayoutApply.builder()
 *     .merchantOrderNo("202503110001").amount(Money.of("100", "INR"))
 *     .accountNo("123456789012").ifscOrVpa("HDFC0001234")
 *     .notifyUrl("https://merchant.example/hooks/agentpay").build());
 * }</pre>
 *
 * <p>One client per merchant account. Immutable and thread-safe: build it once and share it.
 * Requests are {@code application/x-www-form-urlencoded} posts signed with the gateway's MD5
 * rule (sorted {@code key=value&} fragments, {@code key=<secret>}, upper-case hex); answers that
 * carry a {@code sign} are verified with the same rule.
 */
public interface AgentPayClient extends PaymentClient {

  /** The provider id, {@code inr-agentpay}. */
  String PROVIDER_ID = "inr-agentpay";

  /** A builder with every option at its default. */
  static Builder builder() {
    return new Builder();
  }

  /** The merchant id this client sends as {@code mchId}. */
  String merchantId();

  /** Payouts: native apply and query, and the neutral payouts API. */
  @Override
  AgentPayPayouts payouts();

  /** The merchant's INR balance. */
  @Override
  AgentPayBalances balances();

  /** Payout callbacks. */
  @Override
  AgentPayWebhooks webhooks();

  /**
   * Builds an {@link AgentPayClient}. Required: {@link #baseUrl}, {@link #merchantId} and
   * {@link #secretKey} (or a {@link #signingRule}). The transport options of
   * {@link ClientBuilderBase} (timeouts, deadline, retries, proxy, a shared transport such as one
   * wrapping an existing OkHttp client, clock) apply to every call of the client.
   */
  final class Builder extends ClientBuilderBase<Builder> {
    /** Default path of the payout apply. */
    public static final String DEFAULT_APPLY_PATH = "/api/agentpay/apply";
    /** Default path of the payout query, as the gateway's document gives it. */
    public static final String DEFAULT_QUERY_PATH = "/api/pay/orderquery";
    /** Default path of the balance query. */
    public static final String DEFAULT_BALANCE_PATH = "/api/agentpay/query_balance";
    /** Default zone of {@code reqTime}: India Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Kolkata");

    private String merchantId;
    private String secretKey;
    private SigningRule signingRule;
    private ZoneId zone = DEFAULT_ZONE;
    private String applyPath = DEFAULT_APPLY_PATH;
    private String queryPath = DEFAULT_QUERY_PATH;
    private String balancePath = DEFAULT_BALANCE_PATH;
    private Pattern orderNotFoundPattern = OrderNotFoundMessages.DEFAULT;
    private Reconciler reconciler = Reconciler.defaults();

    Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The merchant id the gateway assigned (sent as {@code mchId}; not the merchant number).
     * Required.
     *
     * @throws NullPointerException when null
     */
    public Builder merchantId(String merchantId) {
      this.merchantId = Objects.requireNonNull(merchantId, "merchantId == null");
      return this;
    }

    /**
     * The merchant's secret key, used to sign requests and verify answers and callbacks. Required
     * unless {@link #signingRule} is set. Never logged or printed.
     *
     * @throws NullPointerException when null
     */
    public Builder secretKey(String secretKey) {
      this.secretKey = Objects.requireNonNull(secretKey, "secretKey == null");
      return this;
    }

    /**
     * Replaces the signing rule. Default: rule A with the {@link #secretKey}
     * ({@code Signers.md5SortedFragments(secretKey)}). For a fork of the gateway that signs
     * differently; when set, no secret key is needed.
     *
     * @throws NullPointerException when null
     */
    public Builder signingRule(SigningRule signingRule) {
      this.signingRule = Objects.requireNonNull(signingRule, "signingRule == null");
      return this;
    }

    /**
     * The time zone of {@code reqTime} ({@code yyyyMMddHHmmss}, from the builder's
     * {@link #clock}). Default {@code Asia/Kolkata}, the gateway's local time.
     *
     * @throws NullPointerException when null
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone == null");
      return this;
    }

    /**
     * Path of the payout apply, after the base URL. Default {@value #DEFAULT_APPLY_PATH}.
     *
     * @throws NullPointerException when null
     */
    public Builder applyPath(String path) {
      this.applyPath = Objects.requireNonNull(path, "applyPath == null");
      return this;
    }

    /**
     * Path of the payout query. Default {@value #DEFAULT_QUERY_PATH}, as the gateway's document
     * says (some deployments of the same platform use {@code /api/agentpay/query_order}).
     *
     * @throws NullPointerException when null
     */
    public Builder queryPath(String path) {
      this.queryPath = Objects.requireNonNull(path, "queryPath == null");
      return this;
    }

    /**
     * Path of the balance query. Default {@value #DEFAULT_BALANCE_PATH}.
     *
     * @throws NullPointerException when null
     */
    public Builder balancePath(String path) {
      this.balancePath = Objects.requireNonNull(path, "balancePath == null");
      return this;
    }

    /**
     * Which refusal of a payout query means "the order does not exist" (thrown as
     * {@link dev.paysdk.core.error.OrderNotFoundException}, which lets reconciliation conclude that
     * an apply never took effect and may be sent again). The pattern is searched ({@code find}) in
     * the answer's {@code retMsg} alone and in its {@code retCode} alone, never in the two joined, so
     * an anchored pattern ({@code ^...$}) sees exactly one of them. A refusal of the merchant or its
     * signature ("mchId not exist", "IP not in white list", "sign error"...) is an
     * {@link dev.paysdk.core.error.AuthenticationException} before this pattern is consulted.
     *
     * <p>The gateway's document does not say how it answers a query for an unknown order. The
     * default, {@link OrderNotFoundMessages#DEFAULT}, is strict: the whole message (or code) must
     * say that the order does not exist, such as {@code Order does not exist}, {@code order not
     * exist}, {@code Order 202503110001 not found}, {@code ORDER_NOT_EXIST}, {@code no such order}
     * or {@code 订单不存在}. A message that says something else as well is not "not found":
     * {@code Order query failed: mchId not exist}, {@code Order channel not found},
     * {@code agentpayOrderId not exist}, {@code order query interface not exist}. Set a pattern
     * here for the exact wording of your gateway, such as {@code Pattern.compile("^代付订单不存在$")}
     * or a code {@code Pattern.compile("^E404$")}. Widen it only with care: a refusal wrongly read as
     * "not found" makes reconciliation report that a payout may be sent again, which can pay twice.
     *
     * @throws NullPointerException when null
     */
    public Builder orderNotFoundPattern(Pattern pattern) {
      this.orderNotFoundPattern = Objects.requireNonNull(pattern, "orderNotFoundPattern == null");
      return this;
    }

    /**
     * The timing of {@link AgentPayPayouts#reconcile(String)}. Default
     * {@link Reconciler#defaults()}: up to 2 minutes, a query every 2 seconds, "not found" believed
     * after 10 seconds.
     *
     * @throws NullPointerException when null
     */
    public Builder reconciler(Reconciler reconciler) {
      this.reconciler = Objects.requireNonNull(reconciler, "reconciler == null");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when the base URL, the merchant id, or the secret key (with no
     *     signing rule given) is missing
     */
    public AgentPayClient build() {
      require(merchantId, "merchantId");
      SigningRule rule = signingRule != null ? signingRule : Signers.md5SortedFragments(require(secretKey, "secretKey"));
      return new DefaultAgentPayClient(new AgentPayConfig(requireBaseUrl(), merchantId, rule, zone, applyPath,
          queryPath, balancePath, orderNotFoundPattern, reconciler, httpOptions()));
    }

    @Override
    public String toString() {
      return "AgentPayClient.Builder[merchantId=" + merchantId + ", zone=" + zone + "]";
    }
  }
}
