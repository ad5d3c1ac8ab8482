package dev.paysdk.pen;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.http.ClientBuilderBase;
import dev.paysdk.core.internal.CallExecutor;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.pen.internal.CciRule;
import dev.paysdk.pen.internal.DefaultPenPayoutClient;
import dev.paysdk.pen.internal.PenConfig;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Client of the PEN bank payout gateway: create, query, webhook.
 *
 * <pre>{@code
 * PenPayoutClient pen = PenPayoutClient.builder()
 *     .baseUrl("https://gateway.example")
 *     .merchantId("100001")
 *     .secretKey(secret)
 *     .build();
 *
 * PenPayoutResult created = pen.payouts().payOut(PenPayoutRequest.builder()
 *     .merchantOrderNo("P123456").amount(Money.of("100.00", "PEN"))
 *     .accountName("John").accountNo("1914567890123").accountType(1).bankId(2)
 *     .idType("DNI").idCard("45678912").remark("invoice 42")
 *     .notifyUrl("https://merchant.example/hooks/pen")
 *     .build());
 * }</pre>
 *
 * <p>Every request carries the {@code MerchantId} header and a {@code Sign} header computed by the
 * client's {@link PenSigner} over the exact body bytes sent. Provider id {@value #PROVIDER_ID};
 * capabilities {@link Capability#PAYOUTS} and {@link Capability#WEBHOOKS}. Immutable and
 * thread-safe: build one per merchant account and share it.
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
   * Builder of {@link PenPayoutClient}. Required: {@code baseUrl}, {@code merchantId}, and
   * {@code secretKey} (or a {@code signer}). Every HTTP option of {@link ClientBuilderBase} applies.
   */
  final class Builder extends ClientBuilderBase<Builder> {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private String merchantId;
    private String secretKey;
    private PenSigner signer;
    private CciRule cciRule = CciRule.none();
    private boolean literalIpNotifyUrlAllowed;
    private String defaultNotifyUrl;
    private ZoneId gatewayZone = LIMA;
    private Set<String> orderNotFoundCodes = Set.of();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The merchant id the gateway assigned, sent in the {@code MerchantId} header. Required.
     *
     * @throws NullPointerException when null
     * @throws IllegalArgumentException when blank
     */
    public Builder merchantId(String merchantId) {
      Objects.requireNonNull(merchantId, "merchantId == null");
      if (merchantId.isBlank()) {
        throw new IllegalArgumentException("merchantId is blank");
      }
      this.merchantId = merchantId;
      return this;
    }

    /**
     * The merchant secret for the default signer {@link PenSigner#ruleA}. Required unless
     * {@link #signer} is set; ignored when it is.
     *
     * @throws NullPointerException when null
     * @throws IllegalArgumentException when empty
     */
    public Builder secretKey(String secretKey) {
      Objects.requireNonNull(secretKey, "secretKey == null");
      if (secretKey.isEmpty()) {
        throw new IllegalArgumentException("secretKey is empty");
      }
      this.secretKey = secretKey;
      return this;
    }

    /**
     * The signature function for requests, webhooks and signed answers. Default
     * {@code PenSigner.ruleA(secretKey)}; change it when the gateway tells you another algorithm
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
      this.cciRule = CciRule.only(Objects.requireNonNull(bankIds, "bankIds == null"));
      return this;
    }

    /**
     * The document's own form of the CCI rule: {@code cciAccountNo} is required for every bank id
     * except these (the four big banks of your bank list). Replaces {@link #cciRequiredForBankIds}.
     *
     * @throws NullPointerException when the set or an element is null
     */
    public Builder cciRequiredExceptForBankIds(Set<Integer> bankIds) {
      this.cciRule = CciRule.allExcept(Objects.requireNonNull(bankIds, "bankIds == null"));
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
      Objects.requireNonNull(notifyUrl, "notifyUrl == null");
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
      this.gatewayZone = Objects.requireNonNull(zone, "zone == null");
      return this;
    }

    /**
     * Query answer codes that mean "no such order". Default none. Whatever this holds, a query
     * answer is also "no such order" when it has code 200, {@code msg} {@code SUCCESS} and no
     * {@code data}, or when its {@code msg} as a whole says the order does not exist
     * ({@link dev.paysdk.core.internal.OrderNotFoundMessages#DEFAULT}: English, Spanish or Chinese
     * wording) and its code is not from 500 to 599. A code from 500 to 599 is "no such order" only
     * when listed here. Reconciliation relies on it: a wrong "not found" could make a payout be sent
     * twice, so list only codes the gateway confirmed.
     *
     * @throws NullPointerException when the set or an element is null
     */
    public Builder orderNotFoundCodes(Set<String> codes) {
      this.orderNotFoundCodes = Set.copyOf(Objects.requireNonNull(codes, "codes == null"));
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when baseUrl, merchantId, or both secretKey and signer are missing
     */
    public PenPayoutClient build() {
      var baseUrl = requireBaseUrl();
      String mid = require(merchantId, "merchantId");
      if (signer == null && secretKey == null) {
        throw new IllegalStateException("secretKey is required: call secretKey(...) with the merchant secret, "
            + "or signer(...) with a PenSigner");
      }
      PenSigner s = signer != null ? signer : PenSigner.ruleA(secretKey);
      var http = httpOptions();
      PenConfig config = new PenConfig(baseUrl, mid, s, cciRule, literalIpNotifyUrlAllowed, defaultNotifyUrl,
          gatewayZone, orderNotFoundCodes);
      return new DefaultPenPayoutClient(config, new CallExecutor(http));
    }
  }
}
