package dev.paysdk.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A pay-in as the gateway reported it. {@link #rawStatus()} keeps the gateway's own value. */
public final class PayIn {
  private final String providerId;
  private final String merchantOrderNo;
  private final String providerOrderNo;
  private final Money amount;
  private final Money paidAmount;
  private final PayInStatus status;
  private final String rawStatus;
  private final String checkoutUrl;
  private final Instant createdAt;
  private final Instant paidAt;
  private final String rawResponse;

  private PayIn(Builder b) {
    this.providerId = Objects.requireNonNull(b.providerId, "providerId == null");
    this.merchantOrderNo = b.merchantOrderNo;
    this.providerOrderNo = b.providerOrderNo;
    this.amount = b.amount;
    this.paidAmount = b.paidAmount;
    this.status = Objects.requireNonNull(b.status, "status == null");
    this.rawStatus = b.rawStatus;
    this.checkoutUrl = b.checkoutUrl;
    this.createdAt = b.createdAt;
    this.paidAt = b.paidAt;
    this.rawResponse = b.rawResponse;
  }

  /** {@return a builder; provider id and status are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the provider id, such as {@code hexpay}; never null} */
  public String providerId() {
    return providerId;
  }

  /** {@return the merchant's order number, or null when the gateway did not report it} */
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /** {@return the gateway's order number, when reported} */
  public Optional<String> providerOrderNo() {
    return Optional.ofNullable(providerOrderNo);
  }

  /** {@return the ordered amount, when reported} */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** {@return what the payer actually paid (may be in another currency or differ from the order), when reported} */
  public Optional<Money> paidAmount() {
    return Optional.ofNullable(paidAmount);
  }

  /** {@return the neutral status; never null ({@link PayInStatus#UNKNOWN} for a code PaySDK does not know)} */
  public PayInStatus status() {
    return status;
  }

  /** {@return the gateway's own status value, or null when it sent none} */
  public String rawStatus() {
    return rawStatus;
  }

  /** {@return where to send the customer to pay, when the gateway gave one} */
  public Optional<String> checkoutUrl() {
    return Optional.ofNullable(checkoutUrl);
  }

  /** {@return when the gateway created the order, when reported} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** {@return when the payment succeeded, when reported} */
  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }

  /** {@return the gateway's answer, for debugging, when kept; mask it before logging} */
  public Optional<String> rawResponse() {
    return Optional.ofNullable(rawResponse);
  }

  /** {@return the pay-in's identifiers, amounts and status (no raw response)} */
  @Override
  public String toString() {
    return "PayIn[provider=" + providerId + ", merchantOrderNo=" + merchantOrderNo + ", providerOrderNo="
        + providerOrderNo + ", amount=" + amount + ", paidAmount=" + paidAmount + ", status=" + status
        + " (" + rawStatus + ")]";
  }

  /** Builder, for provider modules and test doubles. */
  public static final class Builder {
    private String providerId;
    private String merchantOrderNo;
    private String providerOrderNo;
    private Money amount;
    private Money paidAmount;
    private PayInStatus status;
    private String rawStatus;
    private String checkoutUrl;
    private Instant createdAt;
    private Instant paidAt;
    private String rawResponse;

    private Builder() {}

    /**
     * The provider id. Required.
     *
     * @param v the id, such as {@code hexpay}
     * @return this builder
     */
    public Builder providerId(String v) {
      this.providerId = v;
      return this;
    }

    /**
     * The merchant's order number. Default null.
     *
     * @param v the number, or null
     * @return this builder
     */
    public Builder merchantOrderNo(String v) {
      this.merchantOrderNo = v;
      return this;
    }

    /**
     * The gateway's order number. Default null.
     *
     * @param v the number, or null
     * @return this builder
     */
    public Builder providerOrderNo(String v) {
      this.providerOrderNo = v;
      return this;
    }

    /**
     * The ordered amount. Default null.
     *
     * @param v the amount, or null
     * @return this builder
     */
    public Builder amount(Money v) {
      this.amount = v;
      return this;
    }

    /**
     * The amount actually paid. Default null.
     *
     * @param v the amount, or null
     * @return this builder
     */
    public Builder paidAmount(Money v) {
      this.paidAmount = v;
      return this;
    }

    /**
     * The neutral status. Required.
     *
     * @param v the status
     * @return this builder
     */
    public Builder status(PayInStatus v) {
      this.status = v;
      return this;
    }

    /**
     * The gateway's own status value. Default null.
     *
     * @param v the value, or null
     * @return this builder
     */
    public Builder rawStatus(String v) {
      this.rawStatus = v;
      return this;
    }

    /**
     * The checkout URL. Default null.
     *
     * @param v the URL, or null
     * @return this builder
     */
    public Builder checkoutUrl(String v) {
      this.checkoutUrl = v;
      return this;
    }

    /**
     * The creation time. Default null.
     *
     * @param v the time, or null
     * @return this builder
     */
    public Builder createdAt(Instant v) {
      this.createdAt = v;
      return this;
    }

    /**
     * The payment time. Default null.
     *
     * @param v the time, or null
     * @return this builder
     */
    public Builder paidAt(Instant v) {
      this.paidAt = v;
      return this;
    }

    /**
     * The gateway's answer, for debugging. Default null.
     *
     * @param v the answer, or null
     * @return this builder
     */
    public Builder rawResponse(String v) {
      this.rawResponse = v;
      return this;
    }

    /**
     * The pay-in.
     *
     * @return a new pay-in
     * @throws NullPointerException when the provider id or the status is missing
     */
    public PayIn build() {
      return new PayIn(this);
    }
  }
}
