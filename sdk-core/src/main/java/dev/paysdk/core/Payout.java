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

  public static Builder builder() {
    return new Builder();
  }

  public String providerId() {
    return providerId;
  }

  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /** The gateway's own order number, when it sent one. */
  public Optional<String> providerOrderNo() {
    return Optional.ofNullable(providerOrderNo);
  }

  /** The payout amount, when the gateway reported it. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** The gateway's fee, when it reported one. */
  public Optional<Money> fee() {
    return Optional.ofNullable(fee);
  }

  public PayoutStatus status() {
    return status;
  }

  /** The gateway's status value exactly as sent, such as {@code 2} or {@code PAYING}. */
  public String rawStatus() {
    return rawStatus;
  }

  /** Why the payout failed, when the gateway said. */
  public Optional<String> failureReason() {
    return Optional.ofNullable(failureReason);
  }

  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /**
   * The gateway's answer, for debugging. It may hold personal data: mask it before logging
   * ({@link dev.paysdk.core.log.Masking#maskBody}).
   */
  public Optional<String> rawResponse() {
    return Optional.ofNullable(rawResponse);
  }

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

    public Builder providerId(String providerId) {
      this.providerId = providerId;
      return this;
    }

    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    public Builder providerOrderNo(String providerOrderNo) {
      this.providerOrderNo = providerOrderNo;
      return this;
    }

    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    public Builder fee(Money fee) {
      this.fee = fee;
      return this;
    }

    public Builder status(PayoutStatus status) {
      this.status = status;
      return this;
    }

    public Builder rawStatus(String rawStatus) {
      this.rawStatus = rawStatus;
      return this;
    }

    public Builder failureReason(String failureReason) {
      this.failureReason = failureReason;
      return this;
    }

    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public Builder completedAt(Instant completedAt) {
      this.completedAt = completedAt;
      return this;
    }

    public Builder rawResponse(String rawResponse) {
      this.rawResponse = rawResponse;
      return this;
    }

    public Payout build() {
      return new Payout(this);
    }
  }
}
