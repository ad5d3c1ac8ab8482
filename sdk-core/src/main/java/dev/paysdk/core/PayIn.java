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

  public static Builder builder() {
    return new Builder();
  }

  public String providerId() {
    return providerId;
  }

  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  public Optional<String> providerOrderNo() {
    return Optional.ofNullable(providerOrderNo);
  }

  /** The ordered amount, when reported. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** What the payer actually paid (may be in another currency), when reported. */
  public Optional<Money> paidAmount() {
    return Optional.ofNullable(paidAmount);
  }

  public PayInStatus status() {
    return status;
  }

  public String rawStatus() {
    return rawStatus;
  }

  /** Where to send the customer to pay, when the gateway gave one. */
  public Optional<String> checkoutUrl() {
    return Optional.ofNullable(checkoutUrl);
  }

  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }

  /** The gateway's answer, for debugging; mask before logging. */
  public Optional<String> rawResponse() {
    return Optional.ofNullable(rawResponse);
  }

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

    public Builder providerId(String v) {
      this.providerId = v;
      return this;
    }

    public Builder merchantOrderNo(String v) {
      this.merchantOrderNo = v;
      return this;
    }

    public Builder providerOrderNo(String v) {
      this.providerOrderNo = v;
      return this;
    }

    public Builder amount(Money v) {
      this.amount = v;
      return this;
    }

    public Builder paidAmount(Money v) {
      this.paidAmount = v;
      return this;
    }

    public Builder status(PayInStatus v) {
      this.status = v;
      return this;
    }

    public Builder rawStatus(String v) {
      this.rawStatus = v;
      return this;
    }

    public Builder checkoutUrl(String v) {
      this.checkoutUrl = v;
      return this;
    }

    public Builder createdAt(Instant v) {
      this.createdAt = v;
      return this;
    }

    public Builder paidAt(Instant v) {
      this.paidAt = v;
      return this;
    }

    public Builder rawResponse(String v) {
      this.rawResponse = v;
      return this;
    }

    public PayIn build() {
      return new PayIn(this);
    }
  }
}
