package dev.paysdk.hexpay;

import dev.paysdk.core.Money;

/**
 * A cashier (checkout) order: {@code POST /v1/hexpay/trade/order}. The gateway answers with a
 * checkout URL to send the customer to. Every documented field is here; the merchant number, app
 * id, {@code signType}, {@code version} and {@code sign} come from the client. Immutable.
 *
 * <pre>{@code
 * CashierOrder order = CashierOrder.builder()
 *     .merchantOrderNo("378758439")
 *     .amount(Money.of("11", "USDC"))
 *     .network(HexpayNetwork.SOLANA)
 *     .merchantUserId("1230987")
 *     .goods(new Goods("T-shirt", "Blue, size M", "shop"))
 *     .build();
 * }</pre>
 *
 * <p>Nothing is checked when building; {@link HexpayPayIns#createOrder} checks every field and
 * reports all errors together before sending.
 */
public final class CashierOrder {
  private final String merchantOrderNo;
  private final Money amount;
  private final String defaultCurrency;
  private final HexpayNetwork network;
  private final Integer bizCode;
  private final String merchantUserId;
  private final Goods goods;
  private final String notifyUrl;
  private final String successUrl;
  private final String failUrl;
  private final String clientIp;
  private final Boolean autoChangeCurrency;
  private final Boolean merchantCoversFee;

  private CashierOrder(Builder b) {
    this.merchantOrderNo = b.merchantOrderNo;
    this.amount = b.amount;
    this.defaultCurrency = b.defaultCurrency;
    this.network = b.network;
    this.bizCode = b.bizCode;
    this.merchantUserId = b.merchantUserId;
    this.goods = b.goods;
    this.notifyUrl = b.notifyUrl;
    this.successUrl = b.successUrl;
    this.failUrl = b.failUrl;
    this.clientIp = b.clientIp;
    this.autoChangeCurrency = b.autoChangeCurrency;
    this.merchantCoversFee = b.merchantCoversFee;
  }

  /** A new builder; every field starts unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this order's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.merchantOrderNo = merchantOrderNo;
    b.amount = amount;
    b.defaultCurrency = defaultCurrency;
    b.network = network;
    b.bizCode = bizCode;
    b.merchantUserId = merchantUserId;
    b.goods = goods;
    b.notifyUrl = notifyUrl;
    b.successUrl = successUrl;
    b.failUrl = failUrl;
    b.clientIp = clientIp;
    b.autoChangeCurrency = autoChangeCurrency;
    b.merchantCoversFee = merchantCoversFee;
    return b;
  }

  /** {@code mchOrderNo}: the merchant's unique order number, at most 64 characters. Required. */
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /**
   * {@code amount} and {@code currency}: positive, at most 20 digits of which at most 6 decimals.
   * Required.
   */
  public Money amount() {
    return amount;
  }

  /** {@code defaultCurrency}: the fiat currency to offer first on an on-ramp channel, or null. */
  public String defaultCurrency() {
    return defaultCurrency;
  }

  /** {@code network}. Required. */
  public HexpayNetwork network() {
    return network;
  }

  /** {@code bizCode}: channel number, or null to let the gateway choose (recommended). */
  public Integer bizCode() {
    return bizCode;
  }

  /** {@code mchUserId}: the merchant's id of the paying user, at most 32 characters. Required. */
  public String merchantUserId() {
    return merchantUserId;
  }

  /** {@code goods}. Required. */
  public Goods goods() {
    return goods;
  }

  /** {@code notifyUrl}, at most 256 characters, or null for the one set in the merchant back office. */
  public String notifyUrl() {
    return notifyUrl;
  }

  /** {@code successUrl}, at most 256 characters, or null for the back office setting. */
  public String successUrl() {
    return successUrl;
  }

  /** {@code failUrl}, at most 256 characters, or null for the back office setting. */
  public String failUrl() {
    return failUrl;
  }

  /** {@code clientIp}: the paying user's IP address, at most 32 characters, or null. */
  public String clientIp() {
    return clientIp;
  }

  /** {@code autoChangeCurrency}: price in the payer's local currency, or null for the gateway default. */
  public Boolean autoChangeCurrency() {
    return autoChangeCurrency;
  }

  /** {@code mchCoverFee}: the merchant bears the fee, or null for the gateway default. */
  public Boolean merchantCoversFee() {
    return merchantCoversFee;
  }

  @Override
  public String toString() {
    return "CashierOrder[merchantOrderNo=" + merchantOrderNo + ", amount=" + amount + ", network=" + network + "]";
  }

  /** Builder; every setter accepts null (meaning "not set"). */
  public static final class Builder {
    private String merchantOrderNo;
    private Money amount;
    private String defaultCurrency;
    private HexpayNetwork network;
    private Integer bizCode;
    private String merchantUserId;
    private Goods goods;
    private String notifyUrl;
    private String successUrl;
    private String failUrl;
    private String clientIp;
    private Boolean autoChangeCurrency;
    private Boolean merchantCoversFee;

    private Builder() {}

    /** See {@link CashierOrder#merchantOrderNo()}. */
    public Builder merchantOrderNo(String v) {
      this.merchantOrderNo = v;
      return this;
    }

    /** See {@link CashierOrder#amount()}. */
    public Builder amount(Money v) {
      this.amount = v;
      return this;
    }

    /** See {@link CashierOrder#defaultCurrency()}. */
    public Builder defaultCurrency(String v) {
      this.defaultCurrency = v;
      return this;
    }

    /** See {@link CashierOrder#network()}. */
    public Builder network(HexpayNetwork v) {
      this.network = v;
      return this;
    }

    /** See {@link CashierOrder#bizCode()}. */
    public Builder bizCode(Integer v) {
      this.bizCode = v;
      return this;
    }

    /** See {@link CashierOrder#merchantUserId()}. */
    public Builder merchantUserId(String v) {
      this.merchantUserId = v;
      return this;
    }

    /** See {@link CashierOrder#goods()}. */
    public Builder goods(Goods v) {
      this.goods = v;
      return this;
    }

    /** See {@link CashierOrder#notifyUrl()}. */
    public Builder notifyUrl(String v) {
      this.notifyUrl = v;
      return this;
    }

    /** See {@link CashierOrder#successUrl()}. */
    public Builder successUrl(String v) {
      this.successUrl = v;
      return this;
    }

    /** See {@link CashierOrder#failUrl()}. */
    public Builder failUrl(String v) {
      this.failUrl = v;
      return this;
    }

    /** See {@link CashierOrder#clientIp()}. */
    public Builder clientIp(String v) {
      this.clientIp = v;
      return this;
    }

    /** See {@link CashierOrder#autoChangeCurrency()}. */
    public Builder autoChangeCurrency(Boolean v) {
      this.autoChangeCurrency = v;
      return this;
    }

    /** See {@link CashierOrder#merchantCoversFee()}. */
    public Builder merchantCoversFee(Boolean v) {
      this.merchantCoversFee = v;
      return this;
    }

    /** The order; not validated until it is sent. */
    public CashierOrder build() {
      return new CashierOrder(this);
    }
  }
}
