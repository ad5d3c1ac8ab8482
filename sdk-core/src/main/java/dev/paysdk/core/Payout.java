package dev.paysdk.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payout as the gateway reported it: the answer to a create, a retrieve or a webhook.
 * {@link #rawStatus()} always holds the gateway's own status value.
 */
public final class Payout {
  private final String providerId;
  private final String merchantOrderNo;
  private final String providerOrderNo;
  private final Money amount;
  private final Money fee;
  private final PayoutStatus status;
  private final String rawStatus;
  private final String failureReason;
  private final Instant createdAt;
  private final Instant completedAt;
  private final String rawResponse;

  private Payout(Builder b) {
    this.providerId = Objects.requireNonNull(b.providerId, "providerId == null");
    this.merchantOrderNo = b.merchantOrderNo;
    this.providerOrderNo = b.providerOrderNo;
    this.amount = b.amount;
    this.fee = b.fee;
    this.status = Objects.requireNonNull(b.status, "status == null");
    this.rawStatus = b.rawStatus;
    this.failureReason = b.failureReason;
    this.createdAt = b.createdAt;
    this.completedAt = b.completedAt;
    this.rawResponse = b.rawResponse;
  }

  /** {@return a builder; provider id and status are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the provider id, such as {@code inr-agentpay}; never null} */
  public String providerId() {
    return providerId;
  }

  /** {@return the merchant's order number, or null when the gateway's answer did not carry it} */
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /** {@return the gateway's own order number, when it sent one} */
  public Optional<String> providerOrderNo() {
    return Optional.ofNullable(providerOrderNo);
  }

  /** {@return the payout amount, when the gateway reported it (after a create: the amount sent)} */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** {@return the gateway's fee, when it reported one} */
  public Optional<Money> fee() {
    return Optional.ofNullable(fee);
  }

  /** {@return the neutral status; never null ({@link PayoutStatus#UNKNOWN} for a code PaySDK does not know)} */
  public PayoutStatus status() {
    return status;
  }

  /** {@return the gateway's status value exactly as sent, such as {@code 2} or {@code PAYING}; null when none} */
  public String rawStatus() {
    return rawStatus;
  }

  /** {@return why the payout failed, when the gateway said (only for a failed payout)} */
  public Optional<String> failureReason() {
    return Optional.ofNullable(failureReason);
  }

  /** {@return when the gateway created the payout, when reported} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** {@return when the payout reached its final status, when reported} */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /**
   * {@return the gateway's answer, for debugging, when kept; it may hold personal data: mask it
   * before logging ({@link dev.paysdk.core.log.Masking#maskBody})}
   */
  public Optional<String> rawResponse() {
    return Optional.ofNullable(rawResponse);
  }

  /** {@return the payout's identifiers, amounts, status and failure reason (no raw response)} */
  @Override
  public String toString() {
    return "Payout[provider=" + providerId + ", merchantOrderNo=" + merchantOrderNo + ", providerOrderNo="
        + providerOrderNo + ", amount=" + amount + ", fee=" + fee + ", status=" + status + " (" + rawStatus + ")"
        + (failureReason == null ? "" : ", failureReason=" + failureReason) + "]";
  }

  /** Builder, for provider modules and for merchants' test doubles. */
  public static final class Builder {
    private String providerId;
    private String merchantOrderNo;
    private String providerOrderNo;
    private Money amount;
    private Money fee;
    private PayoutStatus status;
    private String rawStatus;
    private String failureReason;
    private Instant createdAt;
    private Instant completedAt;
    private String rawResponse;

    private Builder() {}

    /**
     * The provider id. Required.
     *
     * @param providerId the id, such as {@code payout-pen}
     * @return this builder
     */
    public Builder providerId(String providerId) {
      this.providerId = providerId;
      return this;
    }

    /**
     * The merchant's order number. Default null.
     *
     * @param merchantOrderNo the number, or null
     * @return this builder
     */
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /**
     * The gateway's order number. Default null.
     *
     * @param providerOrderNo the number, or null
     * @return this builder
     */
    public Builder providerOrderNo(String providerOrderNo) {
      this.providerOrderNo = providerOrderNo;
      return this;
    }

    /**
     * The payout amount. Default null.
     *
     * @param amount the amount, or null
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * The gateway's fee. Default null.
     *
     * @param fee the fee, or null
     * @return this builder
     */
    public Builder fee(Money fee) {
      this.fee = fee;
      return this;
    }

    /**
     * The neutral status. Required.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(PayoutStatus status) {
      this.status = status;
      return this;
    }

    /**
     * The gateway's own status value. Default null.
     *
     * @param rawStatus the value, or null
     * @return this builder
     */
    public Builder rawStatus(String rawStatus) {
      this.rawStatus = rawStatus;
      return this;
    }

    /**
     * Why the payout failed. Default null.
     *
     * @param failureReason the reason, or null
     * @return this builder
     */
    public Builder failureReason(String failureReason) {
      this.failureReason = failureReason;
      return this;
    }

    /**
     * The creation time. Default null.
     *
     * @param createdAt the time, or null
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * The time the final status was reached. Default null.
     *
     * @param completedAt the time, or null
     * @return this builder
     */
    public Builder completedAt(Instant completedAt) {
      this.completedAt = completedAt;
      return this;
    }

    /**
     * The gateway's answer, for debugging. Default null.
     *
     * @param rawResponse the answer, or null
     * @return this builder
     */
    public Builder rawResponse(String rawResponse) {
      this.rawResponse = rawResponse;
      return this;
    }

    /**
     * The payout.
     *
     * @return a new payout
     * @throws NullPointerException when the provider id or the status is missing
     */
    public Payout build() {
      return new Payout(this);
    }
  }
}
