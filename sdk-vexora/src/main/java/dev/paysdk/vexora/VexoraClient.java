package dev.paysdk.vexora;

import dev.paysdk.core.Capability;
import dev.paysdk.core.Money;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.http.GatewayClientBuilder;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.internal.OrderNotFoundMessages;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.core.sign.Signers;
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
 *     .merchantId("M100200")                          // the gateway's merchantNo
 *     .secret(System.getenv("VEXORA_APP_SECRET"))     // the gateway's app secret
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
 * lower-case hex). Answers are signed with the same rule over the fields of the JSON object that
 * carries {@code sign} (the top level, or {@code data} when the signature sits there); by default a
 * handled answer must carry a valid signature ({@link Builder#requireSignedResponses}), while a
 * refusal may come unsigned, as the gateway sends them.
 *
 * <p>Every answer is checked against its request: the disbursement and query answers name the
 * order ({@code data.tradeNo}), and one about another order is never used (an unknown outcome for a
 * disbursement, a transport failure for a query); the document's disbursement answer carries no
 * amount, so only the order is checked. The balance answer names nothing that could be checked
 * against its request. Every query or balance attempt is built anew, with a fresh {@code timestamp}
 * and signature.
 *
 * <p>Instances are immutable and thread-safe; build one per merchant account, share it, and
 * {@link #close()} it when done (it releases the transport it built, not one given to its builder).
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
   * The text of the default rule for "the gateway says the order does not exist"
   * ({@link GatewayClientBuilder#orderNotFoundPattern}), matched against each message of a query
   * rejected with code {@code 8000} (its {@code msg}, its
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
   * Builder of {@link VexoraClient}. Required: {@link #baseUrl}, {@link #merchantId} (alias
   * {@link #merchantNo}) and {@link #secret} (alias {@link #appSecret}; or a {@link #signingRule}).
   * Every HTTP option of {@link dev.paysdk.core.http.ClientBuilderBase} is available (timeouts,
   * deadline, retry policy, proxy, transport, clock, observer), and the shared gateway options of
   * {@link GatewayClientBuilder} ({@code reconciler}, {@code orderNotFoundPattern}). A null given to
   * a setter throws {@link NullPointerException} naming it; a missing required value throws
   * {@link IllegalStateException} at {@link #build()}, saying what to call.
   */
  final class Builder extends GatewayClientBuilder<Builder> {
    private SigningRule signingRule;
    private String currency = DEFAULT_CURRENCY;
    private AmountFormat amountFormat = AmountFormat.TWO_DECIMALS;
    private Pattern mobilePattern = Pattern.compile(DEFAULT_MOBILE_PATTERN);
    private UnsignedWebhookPolicy unsignedWebhooks = UnsignedWebhookPolicy.REJECT;
    private boolean requireSignedResponses = true;
    private OrderNoGenerator orderNoGenerator;

    Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The gateway's name for {@link #merchantId}: the merchant number the gateway issued, sent in the
     * {@code merchantNo} header of every call.
     *
     * @throws NullPointerException when null
     * @throws IllegalArgumentException when it is not a plausible merchant id (see {@link #merchantId})
     */
    public Builder merchantNo(String merchantNo) {
      Objects.requireNonNull(merchantNo, "merchantNo == null");
      return merchantId(requireMerchantId(merchantNo, "merchantNo"));
    }

    /**
     * The gateway's name for {@link #secret}: the app secret, the salt of rule C signatures. Required
     * unless {@link #signingRule} is set.
     *
     * @throws NullPointerException when null
     * @throws IllegalArgumentException when blank or an unresolved placeholder
     */
    public Builder appSecret(String appSecret) {
      Objects.requireNonNull(appSecret, "appSecret == null");
      return secret(appSecret);
    }

    /**
     * Replaces the signing rule of requests, answers and callbacks. Default rule C with the app
     * secret ({@code Signers.md5SaltedPairs(secret)}); change it only for a deployment that signs
     * differently. When set, no secret is needed.
     *
     * @throws NullPointerException when null
     */
    public Builder signingRule(SigningRule signingRule) {
      this.signingRule = Objects.requireNonNull(signingRule, "signingRule == null");
      return this;
    }

    /**
     * The currency of the merchant's region: every amount sent must be in it, and every amount
     * reported is read in it. Default {@value VexoraClient#DEFAULT_CURRENCY}.
     *
     * @throws NullPointerException when null
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

    /**
     * How the amount is written on the wire. Default {@link AmountFormat#TWO_DECIMALS} ({@code "100.00"}).
     *
     * @throws NullPointerException when null
     */
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
     * @throws NullPointerException when null
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

    /**
     * What to do with a callback without {@code sign}. Default {@link UnsignedWebhookPolicy#REJECT}.
     *
     * @throws NullPointerException when null
     */
    public Builder unsignedWebhooks(UnsignedWebhookPolicy policy) {
      this.unsignedWebhooks = Objects.requireNonNull(policy, "unsignedWebhooks == null");
      return this;
    }

    /**
     * Whether a handled answer (code {@code 0000}) must carry a valid signature. Default true: rule C
     * covers the gateway's answers, so an unsigned one is not believed: a query or balance answer
     * fails with a {@link dev.paysdk.core.error.SignatureVerificationException}, a disbursement
     * answer with an {@link dev.paysdk.core.error.OutcomeUnknownException} (the request was sent
     * and may have been taken; reconcile). Refusals (code {@code 8000}) and system errors are read
     * whether signed or not, as the gateway sends them unsigned; a signature that is present must
     * match in every case.
     *
     * <p>Set false only for a deployment that does not sign its answers: a signature is then
     * checked only when present. Even then, an unsigned answer that reports a failed payout
     * ({@code 00029}) is never believed (an unknown outcome for a disbursement, a transport failure
     * for a query), since it could make the merchant pay again.
     */
    public Builder requireSignedResponses(boolean requireSignedResponses) {
      this.requireSignedResponses = requireSignedResponses;
      return this;
    }

    /**
     * The rule that recognises, in a query rejected with code {@code 8000}, a message saying the
     * order does not exist: now {@link #orderNotFoundPattern}, which this calls.
     *
     * @throws NullPointerException when null
     * @deprecated use {@link #orderNotFoundPattern(Pattern)}, the same option on every gateway
     */
    @Deprecated
    public Builder orderNotFoundMessage(Pattern orderNotFoundMessage) {
      Objects.requireNonNull(orderNotFoundMessage, "orderNotFoundMessage == null");
      return orderNotFoundPattern(orderNotFoundMessage);
    }

    /**
     * The generator behind {@link VexoraDisbursements#newMerchantOrderNo()}. Default
     * {@link OrderNoGenerator#defaults()} on this builder's clock.
     *
     * @throws NullPointerException when null
     */
    public Builder orderNoGenerator(OrderNoGenerator orderNoGenerator) {
      this.orderNoGenerator = Objects.requireNonNull(orderNoGenerator, "orderNoGenerator == null");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when {@code baseUrl}, {@code merchantId} or {@code secret}
     *     (without a {@code signingRule}) is missing; the message says what to call
     */
    public VexoraClient build() {
      BaseUrl baseUrl = requireBaseUrl();
      String merchantNo = requireMerchantId("merchantNo");
      SigningRule rule = signingRule != null ? signingRule : Signers.md5SaltedPairs(requireSecret("appSecret"));
      HttpOptions http = httpOptions();
      OrderNoGenerator ids = orderNoGenerator != null ? orderNoGenerator
          : OrderNoGenerator.defaults().toBuilder().clock(http.clock()).build();
      return DefaultVexoraClient.create(new VexoraConfig(baseUrl, merchantNo, rule, currency, amountFormat,
          mobilePattern, unsignedWebhooks, requireSignedResponses, orderNotFoundPattern(), ids, reconciler()), http,
          observer());
    }
  }
}
