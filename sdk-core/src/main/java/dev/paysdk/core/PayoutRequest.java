package dev.paysdk.core;

import dev.paysdk.core.error.FieldError;
import java.util.List;

/**
 * A neutral payout request. The merchant order number is the idempotency key of the payout: use a
 * new one for each payout, and the same one when reconciling or resending after a gateway said
 * the order does not exist.
 *
 * <pre>{@code
 * PayoutRequest request = PayoutRequest.builder()
 *     .merchantOrderNo("PO-20261122-0001")
 *     .amount(Money.of("100", "INR"))
 *     .payee(Payee.builder().name("Asha Verma").phone("9876543210").build())
 *     .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
 *     .notifyUrl("https://merchant.example/hooks/agentpay")
 *     .build();
 * }</pre>
 */
public final class PayoutRequest {
  private final String merchantOrderNo;
  private final AmountInput amount;
  private final Payee payee;
  private final Destination destination;
  private final String notifyUrl;
  private final String remark;

  private PayoutRequest(Builder b) {
    this.merchantOrderNo = b.merchantOrderNo;
    this.amount = b.amount;
    this.payee = b.payee == null ? Payee.builder().build() : b.payee;
    this.destination = b.destination;
    this.notifyUrl = b.notifyUrl;
    this.remark = b.remark;
  }

  /** {@return a builder with every field unset} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this request's values (an invalid amount text included)} */
  public Builder toBuilder() {
    Builder b = new Builder().merchantOrderNo(merchantOrderNo).payee(payee).destination(destination)
        .notifyUrl(notifyUrl).remark(remark);
    b.amount = amount;
    return b;
  }

  /** {@return the merchant's order number, the payout's idempotency key; null when not given} */
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /**
   * {@return the amount to pay out; null when not given, or when the text given to
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

  /** {@return the payee; never null (an empty payee when none was given), its fields may be} */
  public Payee payee() {
    return payee;
  }

  /** {@return where the money goes, or null when not given} */
  public Destination destination() {
    return destination;
  }

  /** {@return the URL the gateway calls back with the result, or null when the gateway has it configured} */
  public String notifyUrl() {
    return notifyUrl;
  }

  /** {@return a free-text remark sent to the gateway where it takes one, or null} */
  public String remark() {
    return remark;
  }

  /** {@return the request with its account numbers masked and its personal data hidden} */
  @Override
  public String toString() {
    return "PayoutRequest[merchantOrderNo=" + merchantOrderNo + ", amount=" + amountText() + ", payee=" + payee
        + ", destination=" + destination + ", notifyUrl=" + notifyUrl + "]";
  }

  private String amountText() {
    if (amount.money() != null || amount.errors().isEmpty()) {
      return String.valueOf(amount.money());
    }
    return "(invalid: " + amount.errors().size() + " error(s))";
  }

  /**
   * Builder. Missing required values are reported by the provider's validation (all at once), not
   * here, so that one round shows every problem.
   */
  public static final class Builder {
    private String merchantOrderNo;
    private AmountInput amount = AmountInput.NONE;
    private Payee payee;
    private Destination destination;
    private String notifyUrl;
    private String remark;

    private Builder() {}

    /**
     * The merchant's order number: a new one for each payout, the same one when reconciling.
     *
     * @param merchantOrderNo the number
     * @return this builder
     */
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /**
     * The amount to pay out.
     *
     * @param amount the amount
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = AmountInput.of(amount);
      return this;
    }

    /**
     * The amount as decimal text and currency code, as a form or an API call gives them. Read like
     * {@link Money#of(String, String)}, but an invalid amount does not throw here: it is kept in
     * {@link PayoutRequest#inputErrors()} and reported with every other field error of the request
     * when the gateway client validates it, so that one round shows every problem.
     * {@link PayoutRequest#amount()} is then null.
     *
     * @param amount the amount, such as {@code "100.50"}; null means "not given"
     * @param currency the currency code, such as {@code PEN}
     * @return this builder
     */
    public Builder amount(String amount, String currency) {
      this.amount = AmountInput.parse(amount, currency);
      return this;
    }

    /**
     * The payee. Default an empty payee.
     *
     * @param payee the payee, or null for an empty one
     * @return this builder
     */
    public Builder payee(Payee payee) {
      this.payee = payee;
      return this;
    }

    /**
     * Where the money goes.
     *
     * @param destination the destination
     * @return this builder
     */
    public Builder destination(Destination destination) {
      this.destination = destination;
      return this;
    }

    /**
     * The URL the gateway calls back with the result. Default null (the gateway's configured one).
     *
     * @param notifyUrl an absolute http(s) URL, or null
     * @return this builder
     */
    public Builder notifyUrl(String notifyUrl) {
      this.notifyUrl = notifyUrl;
      return this;
    }

    /**
     * A free-text remark. Default null.
     *
     * @param remark the remark, or null
     * @return this builder
     */
    public Builder remark(String remark) {
      this.remark = remark;
      return this;
    }

    /**
     * The request. Never throws: every problem is reported by the gateway client's validation.
     *
     * @return a new request
     */
    public PayoutRequest build() {
      return new PayoutRequest(this);
    }
  }
}
