package dev.paysdk.core;

import dev.paysdk.core.error.FieldError;
import java.util.List;

/**
 * A neutral pay-in (collection) request: the merchant asks the gateway for a checkout where a
 * customer pays.
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

  public static Builder builder() {
    return new Builder();
  }

  /** The merchant's order number, unique per pay-in. */
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

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

  /** The merchant's own id of the paying customer. */
  public String customerId() {
    return customerId;
  }

  /** What is being paid for, shown to the customer. */
  public String description() {
    return description;
  }

  /** For crypto amounts: the blockchain network to pay on, as the gateway names it; else null. */
  public String network() {
    return network;
  }

  public String notifyUrl() {
    return notifyUrl;
  }

  /** Where the customer goes after paying. */
  public String successUrl() {
    return successUrl;
  }

  /** Where the customer goes when paying failed. */
  public String failUrl() {
    return failUrl;
  }

  /** The customer's IP address, when known (helps the gateway pick language and country). */
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

    public Builder merchantOrderNo(String v) {
      this.merchantOrderNo = v;
      return this;
    }

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

    public Builder customerId(String v) {
      this.customerId = v;
      return this;
    }

    public Builder description(String v) {
      this.description = v;
      return this;
    }

    public Builder network(String v) {
      this.network = v;
      return this;
    }

    public Builder notifyUrl(String v) {
      this.notifyUrl = v;
      return this;
    }

    public Builder successUrl(String v) {
      this.successUrl = v;
      return this;
    }

    public Builder failUrl(String v) {
      this.failUrl = v;
      return this;
    }

    public Builder clientIp(String v) {
      this.clientIp = v;
      return this;
    }

    public PayInRequest build() {
      return new PayInRequest(this);
    }
  }
}
