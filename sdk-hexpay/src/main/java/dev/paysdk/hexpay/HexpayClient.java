package dev.paysdk.hexpay;

import dev.paysdk.core.Capability;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.http.ClientBuilderBase;
import dev.paysdk.core.http.GatewayClientBuilder;
import dev.paysdk.core.sign.Keys;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;

/**
 * Client of the Hexpay gateway (also sold as AurellixPay): crypto pay-ins through a hosted
 * checkout, the order list, balances, batch payouts and the pay-in callback.
 *
 * <pre>{@code
 * HexpayClient hexpay = HexpayClient.builder()
 *     .baseUrl("https://api.example-gateway.com")      // handed out by the gateway
 *     .merchantId("M1752564528")                        // mchNo
 *     .appId("68760330a2cf0af37c52a073")
 *     .merchantPrivateKey(privateKeyPem)                 // PEM or bare base64, PKCS#8 or PKCS#1
 *     .platformPublicKey(platformPublicKeyPem)
 *     .secret(appSecret)                                 // appSecret: order queries need it
 *     .build();
 *
 * CashierOrderResult r = hexpay.payIns().createOrder(CashierOrder.builder()
 *     .merchantOrderNo("378758439").amount(Money.of("11", "USDC")).network(HexpayNetwork.SOLANA)
 *     .merchantUserId("1230987").goods(new Goods("T-shirt", "Blue, size M", "shop")).build());
 * redirect(r.checkoutUrl());
 * }</pre>
 *
 * <p>Requests are JSON posts, except the order query and the order list, which are GET requests
 * with their parameters in the query string. Every request carries {@code mchNo}, {@code appId},
 * {@code signType}, {@code version} and a {@code sign} over all of them (nested {@code goods} and
 * {@code records} signed as the compact JSON text that is sent). An answer that carries a
 * {@code sign} is verified: 32 hex characters with the app secret (MD5), otherwise with the platform
 * public key (RSA2); a mismatch throws, and so does a successful order query answer without a
 * {@code sign} (the document marks that one as required). For a call that moves or releases funds
 * (cashier order, batch upload, batch cancel) the failure is an
 * {@link dev.paysdk.core.error.OutcomeUnknownException} whose cause is the
 * {@link dev.paysdk.core.error.SignatureVerificationException}: the request may have been executed.
 * Success is {@code code} 0 with {@code msg} SUCCESS.
 *
 * <p>Errors: an answer with another code is a {@link dev.paysdk.core.error.ProviderException};
 * when its message says the order (or batch, or record) does not exist, or its code is 5003, a
 * query throws {@link dev.paysdk.core.error.OrderNotFoundException}; a message about the signature
 * or an unknown merchant or app gives {@link dev.paysdk.core.error.AuthenticationException}, one
 * about the balance {@link dev.paysdk.core.error.InsufficientBalanceException}, one about a
 * duplicate order {@link dev.paysdk.core.error.DuplicateOrderException}. The gateway publishes no
 * code table, so these rules read its messages (Chinese and English).
 *
 * <p>Instances are immutable and thread-safe; build one per merchant account and share it.
 */
public interface HexpayClient extends PaymentClient {

  /** This provider's id: {@code hexpay}. */
  String PROVIDER_ID = "hexpay";

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** {@value #PROVIDER_ID}. */
  @Override
  String providerId();

  /** Pay-ins, balances, webhooks and batch payouts. */
  @Override
  Set<Capability> capabilities();

  /** Pay-ins: cashier order, order query, order list, and the neutral pay-in API. */
  @Override
  HexpayPayIns payIns();

  /** Balances per currency. */
  @Override
  HexpayBalances balances();

  /** Pay-in callback verification. */
  @Override
  HexpayWebhooks webhooks();

  /** Batch payouts: upload, query, cancel. */
  HexpayBatchPayouts batchPayouts();

  /**
   * Builder of {@link HexpayClient}. Required: {@code baseUrl}, {@code merchantId} (the gateway's
   * {@code mchNo}), {@code appId}, and with the default {@link HexpaySignType#RSA2}
   * {@code merchantPrivateKey} and {@code platformPublicKey} (with {@link HexpaySignType#MD5},
   * {@code secret} instead). The app secret ({@code secret}, alias {@code appSecret}) is optional to
   * build, but the gateway signs its order-query answers with MD5 and that secret (the document's
   * sample): without it every {@code payIns().query(...)} and {@code retrieve(...)} fails
   * verification. Every setter rejects null at once. The HTTP options (timeouts, deadline, retries,
   * proxy, transport) are those of {@link ClientBuilderBase}.
   */
  final class Builder extends GatewayClientBuilder<Builder> {
    private String appId;
    private PrivateKey merchantPrivateKey;
    private PublicKey platformPublicKey;
    private HexpaySignType signType = HexpaySignType.RSA2;
    private String version = "v1.0";
    private ZoneId zone = ZoneOffset.UTC;
    private String defaultGoodsType = "shop";
    private boolean tronNetworkEnabled;
    private HexpayCanonicalForm canonicalForm = HexpayCanonicalForm.TRAILING_AMPERSAND;
    private ResponseSignatureScope responseSignatureScope = ResponseSignatureScope.DATA_FIELDS;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * {@code mchNo}: the merchant number, at most 30 characters. Required. The gateway's name for
     * {@link #merchantId(String)}.
     */
    public Builder mchNo(String mchNo) {
      return merchantId(Objects.requireNonNull(mchNo, "mchNo == null"));
    }

    /** {@code appId}: the application id created in the merchant back office, at most 64 characters. Required. */
    public Builder appId(String appId) {
      this.appId = requireMerchantId(appId, "appId");
      return this;
    }

    /**
     * The merchant's RSA private key that signs requests, as PEM or bare base64 (PKCS#8 or PKCS#1).
     * Required with {@link HexpaySignType#RSA2}.
     *
     * @throws IllegalArgumentException when the text is not such a key (the message never echoes it)
     */
    public Builder merchantPrivateKey(String pemOrBase64) {
      this.merchantPrivateKey = Keys.rsaPrivateKey(Objects.requireNonNull(pemOrBase64, "merchantPrivateKey == null"));
      return this;
    }

    /** The merchant's RSA private key that signs requests. Required with {@link HexpaySignType#RSA2}. */
    public Builder merchantPrivateKey(PrivateKey key) {
      this.merchantPrivateKey = Objects.requireNonNull(key, "merchantPrivateKey == null");
      return this;
    }

    /**
     * The gateway's RSA public key that verifies RSA-signed answers and callbacks, as PEM or bare
     * base64 (X.509 SubjectPublicKeyInfo or PKCS#1). Required with {@link HexpaySignType#RSA2}.
     *
     * @throws IllegalArgumentException when the text is not such a key
     */
    public Builder platformPublicKey(String pemOrBase64) {
      this.platformPublicKey = Keys.rsaPublicKey(Objects.requireNonNull(pemOrBase64, "platformPublicKey == null"));
      return this;
    }

    /** The gateway's RSA public key. Required with {@link HexpaySignType#RSA2}. */
    public Builder platformPublicKey(PublicKey key) {
      this.platformPublicKey = Objects.requireNonNull(key, "platformPublicKey == null");
      return this;
    }

    /**
     * The application's secret (the gateway's {@code appSecret}; the same as {@link #secret}), which
     * verifies MD5-signed answers (the order query's answer is signed this way, so order queries
     * need it) and MD5-signed callbacks, and signs requests with {@link HexpaySignType#MD5}. Optional
     * to build with RSA2; without it an MD5-signed answer is rejected, never accepted unchecked.
     *
     * @throws IllegalArgumentException when it is blank
     */
    public Builder appSecret(String appSecret) {
      return secret(Objects.requireNonNull(appSecret, "appSecret == null"));
    }

    /** How requests are signed, and the {@code signType} sent. Default {@link HexpaySignType#RSA2}. */
    public Builder signType(HexpaySignType signType) {
      this.signType = Objects.requireNonNull(signType, "signType == null");
      return this;
    }

    /**
     * {@code version} sent with every request, at most 10 characters. Default {@code v1.0}, as the
     * document's samples send (its balance sample sends {@code 1.0}).
     */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version == null");
      return this;
    }

    /**
     * The zone of the gateway's {@code yyyy-MM-dd HH:mm:ss} times, which carry none: used to read
     * them into {@link java.time.Instant}s and to write the order list's time range. Default UTC,
     * because the document's callback sample is only consistent in UTC: its {@code createdAt}
     * (09:00:22) and {@code updatedAt} (09:26:25) frame its epoch-millisecond {@code successTime}
     * (09:05:05 UTC) and precede its {@code reqTime} (09:28:53 UTC). Change it if your gateway
     * deployment reports local time.
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone == null");
      return this;
    }

    /**
     * The {@code goodsType} of orders created through the neutral {@code payIns().create(...)},
     * whose request has only a description. Default {@code shop}, the document sample's value.
     *
     * @throws IllegalArgumentException when it is blank
     */
    public Builder defaultGoodsType(String goodsType) {
      Objects.requireNonNull(goodsType, "defaultGoodsType == null");
      if (goodsType.isBlank()) {
        throw new IllegalArgumentException("defaultGoodsType is blank");
      }
      this.defaultGoodsType = goodsType;
      return this;
    }

    /**
     * Whether requests may use {@link HexpayNetwork#TRON}. Default false: the gateway documents Tron
     * as under maintenance, so such requests are rejected before sending. Enable it once the gateway
     * says Tron is back.
     */
    public Builder tronNetworkEnabled(boolean enabled) {
      this.tronNetworkEnabled = enabled;
      return this;
    }

    /**
     * The canonical string of RSA2 signatures (requests, answers, callbacks). Default
     * {@link HexpayCanonicalForm#TRAILING_AMPERSAND}.
     */
    public Builder canonicalForm(HexpayCanonicalForm form) {
      this.canonicalForm = Objects.requireNonNull(form, "canonicalForm == null");
      return this;
    }

    /**
     * Which fields an answer's {@code sign} covers. Default {@link ResponseSignatureScope#DATA_FIELDS}.
     */
    public Builder responseSignatureScope(ResponseSignatureScope scope) {
      this.responseSignatureScope = Objects.requireNonNull(scope, "responseSignatureScope == null");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when a required setting is missing or too long, naming the
     *     setter to call
     */
    public HexpayClient build() {
      HexpayConfig.Builder c = HexpayConfig.builder()
          .baseUrl(requireBaseUrl())
          .mchNo(maxLength(requireMerchantId("mchNo"), "merchantId", 30))
          .appId(maxLength(require(appId, "appId"), "appId", 64))
          .signType(signType)
          .version(maxLength(require(version, "version"), "version", 10))
          .appSecret(secret())
          .orderNotFoundPattern(orderNotFoundPattern())
          .zone(zone)
          .defaultGoodsType(defaultGoodsType)
          .tronNetworkEnabled(tronNetworkEnabled)
          .canonicalForm(canonicalForm)
          .responseSignatureScope(responseSignatureScope)
          .httpOptions(httpOptions());
      if (signType == HexpaySignType.RSA2) {
        c.merchantPrivateKey(require(merchantPrivateKey, "merchantPrivateKey"))
            .platformPublicKey(require(platformPublicKey, "platformPublicKey"));
      } else {
        requireSecret("appSecret");
        c.merchantPrivateKey(merchantPrivateKey).platformPublicKey(platformPublicKey);
      }
      return DefaultHexpayClient.create(c.build(), observer());
    }

    private static String maxLength(String value, String setter, int max) {
      if (value.length() > max) {
        throw new IllegalStateException(setter + " is " + value.length() + " characters long, the gateway allows at most "
            + max + ": check the value given to " + setter + "(...)");
      }
      return value;
    }
  }
}
