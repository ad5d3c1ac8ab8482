package dev.paysdk.pen;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.http.GatewayClientBuilder;
import dev.paysdk.core.internal.Validation;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Client of the PEN bank payout gateway: create, query, webhook.
 *
 * <pre>{@code
 * try (PenPayoutClient pen = PenPayoutClient.builder()
 *     .baseUrl("https://gateway.example")
 *     .merchantId("100001")
 *     .secret(secret)
 *     .build()) {
 *
 *   PenPayoutResult created = pen.payouts().payOut(PenPayoutRequest.builder()
 *       .merchantOrderNo("P123456").amount(Money.of("100.00", "PEN"))
 *       .accountName("John").accountNo("1914567890123").accountType(1).bankId(2)
 *       .idType("DNI").idCard("45678912").remark("invoice 42")
 *       .notifyUrl("https://merchant.example/hooks/pen")
 *       .build());
 * }
 * }</pre>
 *
 * <p>Every request carries the {@code MerchantId} header and a {@code Sign} header computed by the
 * client's {@link PenSigner} over the exact body bytes sent. Every answer is checked against its
 * request before it is believed: a create answer's {@code mchOrderNo} and {@code amount} (in PEN,
 * the gateway's only currency) must be those sent, a query answer's {@code mchOrderNo} and
 * {@code orderNo} those asked for, and the {@code merchantId} of either, when present, this
 * client's; an answer about another order is an {@code OutcomeUnknownException} for a create and a
 * {@code TransportException} for a query.
 *
 * <p>Provider id {@value #PROVIDER_ID}; capabilities {@link Capability#PAYOUTS} and
 * {@link Capability#WEBHOOKS}. Immutable and thread-safe: build one per merchant account, share
 * it, and {@link #close()} it when done (it releases the connection pool it built; a transport
 * given to the builder stays open).
 */
public interface PenPayoutClient extends PaymentClient {

  /** The provider id of this gateway. */
  String PROVIDER_ID = "payout-pen";

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The gateway's payout calls, also the neutral {@link dev.paysdk.core.Payouts}. */
  @Override
  PenPayouts payouts();

  /** The gateway's webhook verification. */
  @Override
  PenWebhooks webhooks();

  /**
   * Builder of {@link PenPayoutClient}. Required: {@code baseUrl}, {@code merchantId} (sent in the
   * {@code MerchantId} header), and {@code secret} (or a {@code signer}). Every HTTP option of
   * {@link dev.paysdk.core.http.ClientBuilderBase} and every shared option of
   * {@link GatewayClientBuilder} ({@code reconciler}, {@code orderNotFoundPattern}) applies.
   *
   * <p>A null given to a setter throws {@link NullPointerException} naming it; a malformed value
   * throws {@link IllegalArgumentException} at once; a required value missing at {@link #build()}
   * throws {@link IllegalStateException} saying how to fix it.
   */
  final class Builder extends GatewayClientBuilder<Builder> {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private PenSigner signer;
    private CciRule cciRule = CciRule.none();
    private boolean literalIpNotifyUrlAllowed;
    private String defaultNotifyUrl;
    private ZoneId gatewayZone = LIMA;
    private Set<String> orderNotFoundCodes = Set.of();
    private boolean guessedFinalStatusesEnabled;
    private boolean signedAnswersRequired;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The merchant secret for the default signer {@link PenSigner#ruleA}: an alias of
     * {@link #secret(String)}. Required unless {@link #signer} is set; ignored when it is.
     *
     * @throws NullPointerException when null
     * @throws IllegalArgumentException when blank
     */
    public Builder secretKey(String secretKey) {
      return secret(Objects.requireNonNull(secretKey, "secretKey == null"));
    }

    /**
     * The signature function for requests, webhooks and signed answers. Default
     * {@code PenSigner.ruleA(secret)}; change it when the gateway tells you another algorithm
     * ({@link PenSigner#hmacSha256}, {@link PenSigner#md5OfBodyPlusSecret}, or your own).
     *
     * @throws NullPointerException when null
     */
    public Builder signer(PenSigner signer) {
      this.signer = Objects.requireNonNull(signer, "signer == null");
      return this;
    }

    /**
     * Bank ids for which a payout needs {@code cciAccountNo}. Default: none, because the gateway's
     * document names the rule (required unless the bank is one of the four big banks) but not the
     * bank ids; the gateway itself rejects a missing CCI. Replaces
     * {@link #cciRequiredExceptForBankIds}.
     *
     * @throws NullPointerException when the set or an element is null
     */
    public Builder cciRequiredForBankIds(Set<Integer> bankIds) {
      this.cciRule = CciRule.only(Objects.requireNonNull(bankIds, "cciRequiredForBankIds == null"));
      return this;
    }

    /**
     * The document's own form of the CCI rule: {@code cciAccountNo} is required for every bank id
     * except these (the four big banks of your bank list). Replaces {@link #cciRequiredForBankIds}.
     *
     * @throws NullPointerException when the set or an element is null
     */
    public Builder cciRequiredExceptForBankIds(Set<Integer> bankIds) {
      this.cciRule = CciRule.allExcept(Objects.requireNonNull(bankIds, "cciRequiredExceptForBankIds == null"));
      return this;
    }

    /**
     * Whether a notify URL whose host is a literal IP address is sent. Default false: the gateway's
     * document asks for a public domain name instead of an IP address, so such a URL is rejected
     * before sending. Set true for a gateway test environment that calls an IP address.
     */
    public Builder literalIpNotifyUrlAllowed(boolean allowed) {
      this.literalIpNotifyUrlAllowed = allowed;
      return this;
    }

    /**
     * The notify URL for requests that carry none. Default none: every request must carry one.
     *
     * @throws NullPointerException when null
     * @throws IllegalArgumentException when not an absolute http or https URL
     */
    public Builder defaultNotifyUrl(String notifyUrl) {
      Objects.requireNonNull(notifyUrl, "defaultNotifyUrl == null");
      if (!Validation.isHttpUrl(notifyUrl)) {
        throw new IllegalArgumentException("defaultNotifyUrl is not an absolute http or https URL: " + notifyUrl);
      }
      this.defaultNotifyUrl = notifyUrl;
      return this;
    }

    /**
     * The time zone of the gateway's {@code completionTime} values ({@code yyyy-MM-dd HH:mm:ss},
     * without zone). Default {@code America/Lima}, the zone of the payouts' country.
     *
     * @throws NullPointerException when null
     */
    public Builder gatewayZone(ZoneId zone) {
      this.gatewayZone = Objects.requireNonNull(zone, "gatewayZone == null");
      return this;
    }

    /**
     * Query answer codes that mean "no such order". Default none. Whatever this holds, a query
     * answer is also "no such order" when it has code 200, {@code msg} {@code SUCCESS} (or none) and
     * no {@code data}, or when its {@code msg} as a whole matches {@code orderNotFoundPattern(...)}
     * (by default {@link dev.paysdk.core.internal.OrderNotFoundMessages#DEFAULT}: English, Spanish
     * or Chinese wording) and its code is not from 500 to 599. A code from 500 to 599 is "no such
     * order" only when listed here. Reconciliation relies on it: a wrong "not found" could make a
     * payout be sent twice, so list only codes the gateway confirmed.
     *
     * @throws NullPointerException when the set or an element is null
     */
    public Builder orderNotFoundCodes(Set<String> codes) {
      this.orderNotFoundCodes = Set.copyOf(Objects.requireNonNull(codes, "orderNotFoundCodes == null"));
      return this;
    }

    /**
     * Whether the undocumented status names FAIL, FAILED, FAILURE, REJECT, REJECTED and CLOSED are
     * read as {@code FAILED}, and CANCEL, CANCELLED and CANCELED as {@code CANCELLED}. Default false:
     * the gateway's document names only PROCESSING, PAYING and SUCCESS, so any other status is
     * {@code UNKNOWN} (with its raw value kept), never a final failure a merchant might pay again
     * after. Turn it on only once the gateway confirmed the names it uses ({@link PenStatuses}).
     */
    public Builder guessedFinalStatusesEnabled(boolean enabled) {
      this.guessedFinalStatusesEnabled = enabled;
      return this;
    }

    /**
     * Whether every handled answer must carry a {@code Sign} header that verifies. Default false:
     * the gateway's document shows no signature on its answers, so an unsigned answer is taken as
     * it is, while an answer that carries a {@code Sign} header must match it (otherwise a query
     * fails with {@code SignatureVerificationException} and a create with
     * {@code OutcomeUnknownException}). Turn it on for a deployment that signs every answer: an
     * unsigned answer is then never believed.
     */
    public Builder signedAnswersRequired(boolean required) {
      this.signedAnswersRequired = required;
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when baseUrl, merchantId, or both secret and signer are missing
     */
    public PenPayoutClient build() {
      var baseUrl = requireBaseUrl();
      String mid = requireMerchantId(null);
      if (signer == null && secret() == null) {
        throw new IllegalStateException("secret is required: call secret(...) (or its alias secretKey(...)) with the "
            + "merchant secret, or signer(...) with a PenSigner");
      }
      PenSigner s = signer != null ? signer : PenSigner.ruleA(secret());
      PenConfig config = new PenConfig(baseUrl, mid, s, cciRule, literalIpNotifyUrlAllowed, defaultNotifyUrl,
          gatewayZone, orderNotFoundCodes, orderNotFoundPattern(), guessedFinalStatusesEnabled, signedAnswersRequired,
          reconciler());
      return DefaultPenPayoutClient.create(config, httpOptions(), observer());
    }
  }
}
