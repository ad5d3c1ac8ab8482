package dev.paysdk.hexpay;

import dev.paysdk.core.http.BaseUrl;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.sign.Canonicalizer;
import dev.paysdk.core.sign.Canonicalizers;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A client's settings and the signing rules made from them. Immutable. Built by
 * {@code HexpayClient.Builder}, which checks what is required. Not a public contract.
 */
final class HexpayConfig {
  private final BaseUrl baseUrl;
  private final String mchNo;
  private final String appId;
  private final HexpaySignType signType;
  private final String version;
  private final ZoneId zone;
  private final String defaultGoodsType;
  private final boolean tronNetworkEnabled;
  private final ResponseSignatureScope responseSignatureScope;
  private final HttpOptions httpOptions;
  private final java.util.regex.Pattern orderNotFoundPattern;
  private final SigningRule requestRule;
  private final SignatureVerifier verifier;

  private HexpayConfig(Builder b) {
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl == null");
    this.mchNo = Objects.requireNonNull(b.mchNo, "mchNo == null");
    this.appId = Objects.requireNonNull(b.appId, "appId == null");
    this.signType = Objects.requireNonNull(b.signType, "signType == null");
    this.version = Objects.requireNonNull(b.version, "version == null");
    this.zone = Objects.requireNonNull(b.zone, "zone == null");
    this.defaultGoodsType = Objects.requireNonNull(b.defaultGoodsType, "defaultGoodsType == null");
    this.tronNetworkEnabled = b.tronNetworkEnabled;
    this.responseSignatureScope = Objects.requireNonNull(b.responseSignatureScope, "responseSignatureScope == null");
    this.httpOptions = Objects.requireNonNull(b.httpOptions, "httpOptions == null");
    this.orderNotFoundPattern = Objects.requireNonNull(b.orderNotFoundPattern, "orderNotFoundPattern == null");
    Canonicalizer rsaCanonical = b.canonicalForm == HexpayCanonicalForm.TRAILING_AMPERSAND
        ? Canonicalizers.sortedFragments()
        : Canonicalizers.sortedFragmentsExcluding(Set.of("sign", "signType"), false);
    SigningRule md5 = b.appSecret == null ? null : Signers.md5SortedFragments(b.appSecret);
    SigningRule rsaVerify = b.platformPublicKey == null ? null
        : new SigningRule(rsaCanonical, Signers.sha256WithRsa(null, b.platformPublicKey));
    if (signType == HexpaySignType.RSA2) {
      this.requestRule = new SigningRule(rsaCanonical,
          Signers.sha256WithRsa(Objects.requireNonNull(b.merchantPrivateKey, "merchantPrivateKey == null"), null));
    } else {
      this.requestRule = Objects.requireNonNull(md5, "appSecret == null");
    }
    this.verifier = new SignatureVerifier(rsaVerify, md5);
  }

  /** A new builder; {@code HexpayClient.Builder} fills and checks it. */
  public static Builder builder() {
    return new Builder();
  }

  /** The gateway's base URL; paths are resolved against it, keeping any path prefix. */
  public BaseUrl baseUrl() {
    return baseUrl;
  }

  /** {@code mchNo} sent with every request. */
  public String mchNo() {
    return mchNo;
  }

  /** {@code appId} sent with every request. */
  public String appId() {
    return appId;
  }

  /** How requests are signed and the {@code signType} sent. */
  public HexpaySignType signType() {
    return signType;
  }

  /** {@code version} sent with every request. */
  public String version() {
    return version;
  }

  /** The zone of the gateway's {@code yyyy-MM-dd HH:mm:ss} times. */
  public ZoneId zone() {
    return zone;
  }

  /** {@code goodsType} of orders made through the neutral API. */
  public String defaultGoodsType() {
    return defaultGoodsType;
  }

  /** Whether requests may use the Tron network. */
  public boolean tronNetworkEnabled() {
    return tronNetworkEnabled;
  }

  /** Which fields an answer's {@code sign} covers. */
  public ResponseSignatureScope responseSignatureScope() {
    return responseSignatureScope;
  }

  /** Timeouts, retries, transport and clock of every call. */
  public HttpOptions httpOptions() {
    return httpOptions;
  }

  /** Which refusal message of a lookup means "no such order". */
  java.util.regex.Pattern orderNotFoundPattern() {
    return orderNotFoundPattern;
  }

  /** Signs requests. */
  public SigningRule requestRule() {
    return requestRule;
  }

  /** Verifies answers and callbacks. */
  public SignatureVerifier verifier() {
    return verifier;
  }

  @Override
  public String toString() {
    return "HexpayConfig[baseUrl=" + baseUrl + ", mchNo=" + mchNo + ", appId=" + appId + ", signType=" + signType
        + ", version=" + version + ", zone=" + zone + "]";
  }

  /** Builder. */
  public static final class Builder {
    private BaseUrl baseUrl;
    private String mchNo;
    private String appId;
    private HexpaySignType signType = HexpaySignType.RSA2;
    private String version;
    private PrivateKey merchantPrivateKey;
    private PublicKey platformPublicKey;
    private String appSecret;
    private ZoneId zone;
    private String defaultGoodsType;
    private boolean tronNetworkEnabled;
    private HexpayCanonicalForm canonicalForm = HexpayCanonicalForm.TRAILING_AMPERSAND;
    private ResponseSignatureScope responseSignatureScope = ResponseSignatureScope.DATA_FIELDS;
    private HttpOptions httpOptions;
    private java.util.regex.Pattern orderNotFoundPattern = dev.paysdk.core.internal.OrderNotFoundMessages.DEFAULT;

    private Builder() {}

    /** See {@link HexpayConfig#orderNotFoundPattern()}. */
    public Builder orderNotFoundPattern(java.util.regex.Pattern v) {
      this.orderNotFoundPattern = v;
      return this;
    }

    /** See {@link HexpayConfig#baseUrl()}. Required. */
    public Builder baseUrl(BaseUrl v) {
      this.baseUrl = v;
      return this;
    }

    /** See {@link HexpayConfig#mchNo()}. Required. */
    public Builder mchNo(String v) {
      this.mchNo = v;
      return this;
    }

    /** See {@link HexpayConfig#appId()}. Required. */
    public Builder appId(String v) {
      this.appId = v;
      return this;
    }

    /** See {@link HexpayConfig#signType()}. Default RSA2. */
    public Builder signType(HexpaySignType v) {
      this.signType = v;
      return this;
    }

    /** See {@link HexpayConfig#version()}. Required. */
    public Builder version(String v) {
      this.version = v;
      return this;
    }

    /** Signs requests; required with RSA2. */
    public Builder merchantPrivateKey(PrivateKey v) {
      this.merchantPrivateKey = v;
      return this;
    }

    /** Verifies RSA-signed answers and callbacks, or null. */
    public Builder platformPublicKey(PublicKey v) {
      this.platformPublicKey = v;
      return this;
    }

    /** Verifies MD5-signed answers and callbacks (and signs with MD5), or null. */
    public Builder appSecret(String v) {
      this.appSecret = v;
      return this;
    }

    /** See {@link HexpayConfig#zone()}. Required. */
    public Builder zone(ZoneId v) {
      this.zone = v;
      return this;
    }

    /** See {@link HexpayConfig#defaultGoodsType()}. Required. */
    public Builder defaultGoodsType(String v) {
      this.defaultGoodsType = v;
      return this;
    }

    /** See {@link HexpayConfig#tronNetworkEnabled()}. Default false. */
    public Builder tronNetworkEnabled(boolean v) {
      this.tronNetworkEnabled = v;
      return this;
    }

    /** The canonical string of RSA2 signatures. Default trailing ampersand. */
    public Builder canonicalForm(HexpayCanonicalForm v) {
      this.canonicalForm = v;
      return this;
    }

    /** See {@link HexpayConfig#responseSignatureScope()}. Default data fields. */
    public Builder responseSignatureScope(ResponseSignatureScope v) {
      this.responseSignatureScope = v;
      return this;
    }

    /** See {@link HexpayConfig#httpOptions()}. Required. */
    public Builder httpOptions(HttpOptions v) {
      this.httpOptions = v;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws NullPointerException when a required setting is missing (the client builder checks them first)
     */
    public HexpayConfig build() {
      return new HexpayConfig(this);
    }
  }
}
