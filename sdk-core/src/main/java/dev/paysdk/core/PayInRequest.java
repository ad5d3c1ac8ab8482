package dev.paysdk.core;

import dev.paysdk.core.error.FieldError;
import java.util.List;

/**
 * A neutral pay-in (collection) request: the merchant asks the gateway for a checkout where a
 * customer pays. Immutable. Every field may be null here; the gateway client's validation names
 * every missing or invalid field at once, before anything is sent.
 *
 * <pre>{@code
 * PayInRequest request = PayInRequest.builder()
 *     .merchantOrderNo("PI-20261122-0001")
 *     .amount("25.50", "USDT")                 // or .amount(Money.of("25.50", "USDT"))
 *     .network("Solana")
 *     .notifyUrl("https://merchant.example/webhooks/hexpay")
 *     .build();
 * }</pre>
 */
public final class PayInRequest {
  private final String merchantOrderNo;
  private final AmountInput amount;
  private final String customerId;
  private final String description;
  private final String network;
  private final String notifyUrl;
  private final String successUrl;
  private final String failUrl;
  private final String clientIp;

  private PayInRequest(Builder b) {
    this.merchantOrderNo = b.merchantOrderNo;
    this.amount = b.amount;
    this.customerId = b.customerId;
    this.description = b.description;
    this.network = b.network;
    this.notifyUrl = b.notifyUrl;
    this.successUrl = b.successUrl;
    this.failUrl = b.failUrl;
    this.clientIp = b.clientIp;
  }

  /** {@return a builder with every field unset} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the merchant's order number, unique per pay-in; null when not given} */
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /**
   * {@return the amount to collect; null when not given, or when the text given to
   * {@link Builder#amount(String, String)} was not a valid amount (see {@link #inputErrors()})}
   */
  public Money amount() {
    return amount.money();
  }

  /**
   * What was wrong with the values given to the builder that could not become this request's types:
   * the amount text given to {@link Builder#amount(String, String)} when it is not a valid amount
   * (fields {@code amount} and {@code amount.currency}). Empty otherwise. A gateway client reports
   * these with every other field error of the request, before anything is sent.
   *
   * @return the errors, in order; never null
   */
  public List<FieldError> inputErrors() {
    return amount.errors();
  }

  /** {@return the merchant's own id of the paying customer, or null} */
  public String customerId() {
    return customerId;
  }

  /** {@return what is being paid for, shown to the customer, or null} */
  public String description() {
    return description;
  }

  /** {@return for crypto amounts, the blockchain network to pay on as the gateway names it; else null} */
  public String network() {
    return network;
  }

  /** {@return the URL the gateway calls back with the result, or null when the gateway has it configured} */
  public String notifyUrl() {
    return notifyUrl;
  }

  /** {@return where the customer goes after paying, or null} */
  public String successUrl() {
    return successUrl;
  }

  /** {@return where the customer goes when paying failed, or null} */
  public String failUrl() {
    return failUrl;
  }

  /** {@return the customer's IP address (helps the gateway pick language and country), or null} */
  public String clientIp() {
    return clientIp;
  }

  /** Builder; every setter accepts null. */
  public static final class Builder {
    private String merchantOrderNo;
    private AmountInput amount = AmountInput.NONE;
    private String customerId;
    private String description;
    private String network;
    private String notifyUrl;
    private String successUrl;
    private String failUrl;
    private String clientIp;

    private Builder() {}

    /**
     * The merchant's order number, unique per pay-in.
     *
     * @param v the number
     * @return this builder
     */
    public Builder merchantOrderNo(String v) {
      this.merchantOrderNo = v;
      return this;
    }

    /**
     * The amount to collect.
     *
     * @param v the amount
     * @return this builder
     */
    public Builder amount(Money v) {
      this.amount = AmountInput.of(v);
      return this;
    }

    /**
     * The amount as decimal text and currency code. Read like {@link Money#of(String, String)}, but
     * an invalid amount does not throw here: it is kept in {@link PayInRequest#inputErrors()} and
     * reported with every other field error when the gateway client validates the request.
     * {@link PayInRequest#amount()} is then null.
     *
     * @param amount the amount, such as {@code "25.50"}; null means "not given"
     * @param currency the currency code, such as {@code USDT}
     * @return this builder
     */
    public Builder amount(String amount, String currency) {
      this.amount = AmountInput.parse(amount, currency);
      return this;
    }

    /**
     * The merchant's own id of the paying customer.
     *
     * @param v the id
     * @return this builder
     */
    public Builder customerId(String v) {
      this.customerId = v;
      return this;
    }

    /**
     * What is being paid for, shown to the customer.
     *
     * @param v the text
     * @return this builder
     */
    public Builder description(String v) {
      this.description = v;
      return this;
    }

    /**
     * For crypto amounts, the network to pay on, as the gateway names it ({@code Solana}...).
     *
     * @param v the network
     * @return this builder
     */
    public Builder network(String v) {
      this.network = v;
      return this;
    }

    /**
     * The URL the gateway calls back with the result.
     *
     * @param v an absolute http(s) URL
     * @return this builder
     */
    public Builder notifyUrl(String v) {
      this.notifyUrl = v;
      return this;
    }

    /**
     * Where the customer goes after paying.
     *
     * @param v an absolute http(s) URL
     * @return this builder
     */
    public Builder successUrl(String v) {
      this.successUrl = v;
      return this;
    }

    /**
     * Where the customer goes when paying failed.
     *
     * @param v an absolute http(s) URL
     * @return this builder
     */
    public Builder failUrl(String v) {
      this.failUrl = v;
      return this;
    }

    /**
     * The customer's IP address.
     *
     * @param v the address
     * @return this builder
     */
    public Builder clientIp(String v) {
      this.clientIp = v;
      return this;
    }

    /**
     * The request. Never throws: every problem is reported by the gateway client's validation.
     *
     * @return a new request
     */
    public PayInRequest build() {
      return new PayInRequest(this);
    }
  }
}
