package dev.paysdk.vexora;

import dev.paysdk.core.Capability;
import dev.paysdk.core.Money;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.http.ClientBuilderBase;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.vexora.internal.VexoraClientImpl;
import dev.paysdk.vexora.internal.VexoraConfig;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Client of the Vexora disbursement gateway: disbursements (create, query), balance and
 * callbacks, through the gateway's own operations and PaySDK's neutral API.
 *
 * <pre>{@code
 * VexoraClient vexora = VexoraClient.builder()
 *     .baseUrl("https://gateway.example/indonesia")   // the region suffix is kept
 *     .merchantNo("M100200")
 *     .appSecret(System.getenv("VEXORA_APP_SECRET"))
 *     .build();
 *
 * DisbursementResult result = vexora.payouts().disburse(DisbursementRequest.builder()
 *     .merchantOrderNo(vexora.payouts().newMerchantOrderNo())
 *     .amount(Money.of("150000", "IDR"))
 *     .accountNo("880123456789012345")
 *     .mobile("081234567890")
 *     .email("rizky.pratama@example.com")
 *     .firstName("Rizky").lastName("Pratama")
 *     .notifyUrl("https://merchant.example/hooks/vexora")
 *     .build());
 * }</pre>
 *
 * <p>Every request carries the {@code merchantNo} header (not signed) and a JSON body whose values
 * are all strings, signed with rule C (sorted {@code key=value} pairs, app secret appended, MD5
 * lower-case hex). An answer that carries a {@code sign} is verified with the same rule over the
 * fields of the JSON object that carries it (the top level, or {@code data} when the signature sits
 * there). Instances are immutable and thread-safe; build one per merchant account and share it.
 */
public interface VexoraClient extends PaymentClient {

  /** The provider id, {@code vexora}. */
  String PROVIDER_ID = "vexora";

  /**
   * The default currency, {@code IDR}. The document names no currency; its example region path and
   * {@code 08..} mobile numbers are Indonesian.
   */
  String DEFAULT_CURRENCY = "IDR";

  /**
   * The default mobile number rule: a 0 followed by 9 to 12 digits (10 to 13 digits in all). The
   * document asks for 10 digits starting with 0, yet its own example has 12 ({@code 081234567890});
   * Indonesian mobile numbers have 10 to 13 digits in national form.
   */
  String DEFAULT_MOBILE_PATTERN = "0[0-9]{9,12}";

  /**
   * The text of the default rule for "the gateway says the order does not exist", matched against
   * each message of a query rejected with code {@code 8000} (its {@code msg}, its
   * {@code data.message}), each alone: the pattern of {@link OrderNotFoundMessages#DEFAULT}, PaySDK's
   * shared strict rule, compiled with its flags ({@code CASE_INSENSITIVE | UNICODE_CASE}). It is
   * anchored: the whole message must state that the order does not exist ("Order does not exist",
   * "order not found", "No such order", "订单不存在"...). "Transaction type does not exist", "orderNo
   * not exists or sign error", "Merchant order channel not found" or "The order is not found yet,
   * please retry later" do not match, nor does "merchant does not exist".
   */
  String DEFAULT_ORDER_NOT_FOUND_MESSAGE = OrderNotFoundMessages.DEFAULT.pattern();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** {@value #PROVIDER_ID}. */
  @Override
  String providerId();

  /** {@link Capability#PAYOUTS}, {@link Capability#BALANCES} and {@link Capability#WEBHOOKS}. */
  @Override
  Set<Capability> capabilities();

  /** Disbursements: native operations and the neutral {@link dev.paysdk.core.Payouts}. */
  @Override
  VexoraDisbursements payouts();

  /** Balance: native query and the neutral {@link dev.paysdk.core.Balances}. */
  @Override
  VexoraBalances balances();

  /** Callback verification. */
  @Override
  VexoraWebhooks webhooks();

  /** The currency of every amount this client sends and reports. */
  String currency();

  /**
   * Builder of {@link VexoraClient}. Required: {@link #baseUrl}, {@link #merchantNo} and
   * {@link #appSecret} (or {@link #signingRule}). Every HTTP option of {@link ClientBuilderBase}
   * is available (timeouts, deadline, retry policy, proxy, transport, clock).
   */
  final class Builder extends ClientBuilderBase<Builder> {
    private String merchantNo;
    private String appSecret;
    private SigningRule signingRule;
    private String currency = DEFAULT_CURRENCY;
    private AmountFormat amountFormat = AmountFormat.TWO_DECIMALS;
    private Pattern mobilePattern = Pattern.compile(DEFAULT_MOBILE_PATTERN);
    private UnsignedWebhookPolicy unsignedWebhooks = UnsignedWebhookPolicy.REJECT;
    private boolean requireSignedResponses;
    private Pattern orderNotFoundMessage = OrderNotFoundMessages.DEFAULT;
    private OrderNoGenerator orderNoGenerator;

    Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Required. The merchant number the gateway issued; sent in the {@code merchantNo} header of every call. */
    public Builder merchantNo(String merchantNo) {
      this.merchantNo = Objects.requireNonNull(merchantNo, "merchantNo == null");
      return this;
    }

    /** Required unless {@link #signingRule} is set. The app secret: the salt of rule C signatures. */
    public Builder appSecret(String appSecret) {
      this.appSecret = Objects.requireNonNull(appSecret, "appSecret == null");
      return this;
    }

    /**
     * Replaces the signing rule of requests, answers and callbacks. Default rule C with the app
     * secret ({@code Signers.md5SaltedPairs(appSecret)}); change it only for a deployment that signs
     * differently.
     */
    public Builder signingRule(SigningRule signingRule) {
      this.signingRule = Objects.requireNonNull(signingRule, "signingRule == null");
      return this;
    }

    /**
     * The currency of the merchant's region: every amount sent must be in it, and every amount
     * reported is read in it. Default {@value VexoraClient#DEFAULT_CURRENCY}.
     *
     * @throws IllegalArgumentException when PaySDK does not know the currency
     */
    public Builder currency(String currency) {
      Objects.requireNonNull(currency, "currency == null");
      if (!Money.isKnownCurrency(currency)) {
        throw new IllegalArgumentException("unknown currency '" + currency + "' (expected an ISO 4217 code such as IDR)");
      }
      this.currency = currency;
      return this;
    }

    /** How the amount is written on the wire. Default {@link AmountFormat#TWO_DECIMALS} ({@code "100.00"}). */
    public Builder amountFormat(AmountFormat amountFormat) {
      this.amountFormat = Objects.requireNonNull(amountFormat, "amountFormat == null");
      return this;
    }

    /**
     * The rule a mobile number must match, in full, before sending; the only rule applied to it.
     * Default {@value VexoraClient#DEFAULT_MOBILE_PATTERN} (national form: digits only, starting with
     * 0, no country code). A replacement is honoured as given, so a pattern without the leading 0
     * accepts numbers without it.
     *
     * @throws NullPointerException when null
     */
    public Builder mobilePattern(Pattern mobilePattern) {
      this.mobilePattern = Objects.requireNonNull(mobilePattern, "mobilePattern == null");
      return this;
    }

    /**
     * {@link #mobilePattern(Pattern)} from a regular expression.
     *
     * @throws IllegalArgumentException when the expression is invalid
     */
    public Builder mobilePattern(String regex) {
      Objects.requireNonNull(regex, "mobilePattern == null");
      try {
        return mobilePattern(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("mobilePattern is not a valid regular expression: " + regex, e);
      }
    }

    /** What to do with a callback without {@code sign}. Default {@link UnsignedWebhookPolicy#REJECT}. */
    public Builder unsignedWebhooks(UnsignedWebhookPolicy policy) {
      this.unsignedWebhooks = Objects.requireNonNull(policy, "unsignedWebhooks == null");
      return this;
    }

    /**
     * When true, an answer without {@code sign} is rejected: a query or balance answer with a
     * {@link dev.paysdk.core.error.SignatureVerificationException}, a disbursement answer with an
     * {@link dev.paysdk.core.error.OutcomeUnknownException} (the request was sent and may have been
     * taken; reconcile). Default false: the document's answers carry no signature (nor, it seems, do
     * the gateway's refusals), so only a signature that is present is checked (and must match).
     */
    public Builder requireSignedResponses(boolean requireSignedResponses) {
      this.requireSignedResponses = requireSignedResponses;
      return this;
    }

    /**
     * The rule that recognises, in a query rejected with code {@code 8000}, a message saying the
     * order does not exist (then {@link dev.paysdk.core.error.OrderNotFoundException}, which lets
     * reconciliation conclude that the payout was never created). Any other rejection stays a
     * plain {@link dev.paysdk.core.error.ProviderException}. Matched with {@code find()} against
     * {@code msg} and {@code data.message}, each alone. Default {@link OrderNotFoundMessages#DEFAULT}
     * (the pattern {@link VexoraClient#DEFAULT_ORDER_NOT_FOUND_MESSAGE}, case-insensitive), which
     * requires the whole message to say so. A replacement should be as strict: a false "not found"
     * lets reconciliation report that a payout may be sent again.
     *
     * @throws NullPointerException when null
     */
    public Builder orderNotFoundMessage(Pattern orderNotFoundMessage) {
      this.orderNotFoundMessage = Objects.requireNonNull(orderNotFoundMessage, "orderNotFoundMessage == null");
      return this;
    }

    /**
     * The generator behind {@link VexoraDisbursements#newMerchantOrderNo()}. Default
     * {@link OrderNoGenerator#defaults()} on this builder's clock.
     */
    public Builder orderNoGenerator(OrderNoGenerator orderNoGenerator) {
      this.orderNoGenerator = Objects.requireNonNull(orderNoGenerator, "orderNoGenerator == null");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when {@code baseUrl}, {@code merchantNo} or {@code appSecret}
     *     (without a {@code signingRule}) is missing
     */
    public VexoraClient build() {
      var baseUrl = requireBaseUrl();
      require(merchantNo, "merchantNo");
      SigningRule rule = signingRule != null ? signingRule : Signers.md5SaltedPairs(require(appSecret, "appSecret"));
      HttpOptions http = httpOptions();
      OrderNoGenerator ids = orderNoGenerator != null ? orderNoGenerator
          : OrderNoGenerator.defaults().toBuilder().clock(http.clock()).build();
      return new VexoraClientImpl(new VexoraConfig(baseUrl, http, merchantNo, rule, currency, amountFormat,
          mobilePattern, unsignedWebhooks, requireSignedResponses, orderNotFoundMessage, ids));
    }
  }
}
