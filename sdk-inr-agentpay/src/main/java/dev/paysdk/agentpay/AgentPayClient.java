package dev.paysdk.agentpay;

import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.http.GatewayClientBuilder;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.core.sign.Signers;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Client of INR AgentPay, a gateway for INR payouts to Indian bank accounts (IFSC) and UPI
 * addresses (VPA): payout apply and query, balance, and payout callbacks.
 *
 * <pre>{@code
 * try (AgentPayClient agentPay = AgentPayClient.builder()
 *     .baseUrl("https://gateway.example")      // as the gateway gave it
 *     .merchantId("LEtest067")
 *     .secret(System.getenv("AGENTPAY_SECRET"))
 *     .build()) {
 *   ApplyResult r = agentPay.payouts().apply(PayoutApply.builder()
 *       .merchantOrderNo("202503110001").amount(Money.of("100", "INR"))
 *       .accountNo("123456789012").ifscOrVpa("HDFC0001234")
 *       .notifyUrl("https://merchant.example/hooks/agentpay").build());
 * }
 * }</pre>
 *
 * <p>One client per merchant account. Immutable and thread-safe: build it once, share it, and
 * {@link #close()} it when done (it releases the HTTP transport it built; a shared
 * {@link Builder#transport transport} stays open). Requests are
 * {@code application/x-www-form-urlencoded} posts signed with the gateway's MD5 rule (sorted
 * {@code key=value&} fragments, {@code key=<secret>}, upper-case hex).
 *
 * <p>Answers: the document shows a {@code sign} on the apply and query answers, so by default they
 * must carry a valid one ({@link Builder#requireSignedAnswers}); an unsigned or wrongly signed apply
 * answer is an {@link dev.paysdk.core.error.OutcomeUnknownException}, a query answer a
 * {@link dev.paysdk.core.error.SignatureVerificationException}. Unsigned refusals
 * ({@code retCode} other than {@code SUCCESS}/{@code 0}) are read as refusals, as the gateway sends
 * them. A balance answer's signature is checked when it carries one (the document's sample has none).
 * An answer that reports a failed payout (status 3) is never believed without a valid signature.
 *
 * <p>Which order an answer is about: a query answer names {@code mchOrderNo} and
 * {@code agentpayOrderId}, and one that names another order than the one asked for is not used (a
 * {@link dev.paysdk.core.error.TransportException}). The document's apply answer names neither the
 * merchant order number nor the amount (a {@code mchOrderNo} it carries anyway is checked), and the
 * balance answer names nothing that identifies the request: for those the SDK relies on the
 * transport, which sends every money-moving call on a connection of its own.
 *
 * <p>Reads (query, balance) that are retried are built anew for each attempt: a fresh
 * {@code reqTime} and signature. {@code reqTime} has a resolution of one second and the gateway's
 * requests carry no nonce, so two attempts within the same second are identical on the wire.
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
   * Releases the HTTP transport this client built (not a shared one). Calls made afterwards throw
   * {@link IllegalStateException}; webhook verification keeps working. Idempotent.
   */
  @Override
  void close();

  /**
   * Builds an {@link AgentPayClient}. Required: {@link #baseUrl}, {@link #merchantId} and
   * {@link #secret} (or its alias {@link #secretKey}, or a {@link #signingRule}). The options of
   * {@link GatewayClientBuilder} ({@link #reconciler}, {@link #orderNotFoundPattern}) and the transport
   * options (timeouts, deadline, retries, proxy, a shared transport such as one wrapping an existing
   * OkHttp client, clock, observer) apply to every call of the client.
   *
   * <p>Builder policy: a null given to a setter throws {@link NullPointerException} naming it; a
   * malformed value throws {@link IllegalArgumentException} at once; a required value missing at
   * {@link #build()} throws {@link IllegalStateException} saying how to fix it.
   */
  final class Builder extends GatewayClientBuilder<Builder> {
    /** Default path of the payout apply. */
    public static final String DEFAULT_APPLY_PATH = "/api/agentpay/apply";
    /** Default path of the payout query, as the gateway's document gives it. */
    public static final String DEFAULT_QUERY_PATH = "/api/pay/orderquery";
    /** Default path of the balance query. */
    public static final String DEFAULT_BALANCE_PATH = "/api/agentpay/query_balance";
    /** Default zone of {@code reqTime}: India Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Kolkata");

    private SigningRule signingRule;
    private ZoneId zone = DEFAULT_ZONE;
    private String applyPath = DEFAULT_APPLY_PATH;
    private String queryPath = DEFAULT_QUERY_PATH;
    private String balancePath = DEFAULT_BALANCE_PATH;
    private boolean requireSignedAnswers = true;

    Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The merchant id the gateway assigned, sent as {@code mchId} (not the merchant number). Required.
     *
     * @throws NullPointerException when null
     * @throws IllegalArgumentException when it holds anything but ASCII letters, digits and
     *     {@code _ - . @ :}, or is longer than 64 characters
     */
    @Override
    public Builder merchantId(String merchantId) {
      return super.merchantId(merchantId);
    }

    /**
     * The merchant's secret key, used to sign requests and verify answers and callbacks. Required
     * unless {@link #signingRule} is set. Never logged or printed.
     *
     * @throws NullPointerException when null
     * @throws IllegalArgumentException when blank or an unresolved {@code ${...}} placeholder
     */
    @Override
    public Builder secret(String secret) {
      return super.secret(secret);
    }

    /**
     * The gateway's name for {@link #secret}: the same setting.
     *
     * @throws NullPointerException when null
     * @throws IllegalArgumentException as {@link #secret}
     */
    public Builder secretKey(String secretKey) {
      return secret(Objects.requireNonNull(secretKey, "secretKey == null"));
    }

    /**
     * Replaces the signing rule. Default: rule A with the {@link #secret}
     * ({@code Signers.md5SortedFragments(secret)}). For a fork of the gateway that signs
     * differently; when set, no secret is needed.
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
     * Whether the apply and query answers the gateway handled must carry a valid {@code sign}.
     * Default {@code true}: the document shows them signed, and an unsigned answer may be anyone's.
     * Turn it off only for a deployment that does not sign them; a {@code sign} that is present is
     * still verified, and an unsigned answer reporting a failed payout (status 3) is still never
     * believed (an apply then ends in {@link dev.paysdk.core.error.OutcomeUnknownException}, a query
     * in {@link dev.paysdk.core.error.TransportException}), because the merchant would pay again on
     * its word.
     */
    public Builder requireSignedAnswers(boolean requireSignedAnswers) {
      this.requireSignedAnswers = requireSignedAnswers;
      return this;
    }

    /**
     * Which refusal of a payout query means "the order does not exist" (thrown as
     * {@link dev.paysdk.core.error.OrderNotFoundException}, which lets reconciliation conclude that
     * an apply never took effect and may be sent again). The pattern is searched ({@code find}) in
     * the answer's {@code retMsg} alone and in its {@code retCode} alone, never in the two joined, so
     * an anchored pattern ({@code ^...$}) sees exactly one of them. A refusal of the merchant or its
     * signature ("mchId not exist", "IP not in white list", "sign error"...) is an
     * {@link dev.paysdk.core.error.AuthenticationException}, and a failure of the gateway itself
     * ("system error", "timeout, please query") a {@link dev.paysdk.core.error.TransportException},
     * before this pattern is consulted.
     *
     * <p>The gateway's document does not say how it answers a query for an unknown order. The
     * default is strict: the whole message (or code) must say that the order does not exist, such as
     * {@code Order does not exist}, {@code order not exist}, {@code Order 202503110001 not found},
     * {@code ORDER_NOT_EXIST}, {@code no such order} or {@code 订单不存在}. A message that says
     * something else as well is not "not found": {@code Order query failed: mchId not exist},
     * {@code Order channel not found}, {@code agentpayOrderId not exist}, {@code order query
     * interface not exist}. Set a pattern here for the exact wording of your gateway, such as
     * {@code Pattern.compile("^代付订单不存在$")} or a code {@code Pattern.compile("^E404$")}. Widen it
     * only with care: a refusal wrongly read as "not found" makes reconciliation report that a payout
     * may be sent again, which can pay twice.
     *
     * @throws NullPointerException when null
     */
    @Override
    public Builder orderNotFoundPattern(java.util.regex.Pattern pattern) {
      return super.orderNotFoundPattern(pattern);
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when the base URL, the merchant id, or the secret (with no
     *     signing rule given) is missing
     */
    public AgentPayClient build() {
      String merchantId = requireMerchantId(null);
      SigningRule rule = signingRule != null ? signingRule : Signers.md5SortedFragments(requireSecret("secretKey"));
      BaseUrl baseUrl = requireBaseUrl();
      HttpOptions http = httpOptions();
      AgentPayProtocol protocol = new AgentPayProtocol(rule, orderNotFoundPattern());
      AgentPayGateway.Operations operations =
          AgentPayGateway.Operations.of(applyPath, queryPath, balancePath, requireSignedAnswers);
      Wire wire = new Wire(merchantId, zone, http.clock());
      Reconciler reconciler = reconciler();
      return new DefaultAgentPayClient(Exchange.create(protocol, baseUrl, http, observer()), protocol, wire,
          operations, reconciler);
    }

    @Override
    public String toString() {
      return "AgentPayClient.Builder[merchantId=" + merchantId() + ", zone=" + zone + "]";
    }
  }
}
