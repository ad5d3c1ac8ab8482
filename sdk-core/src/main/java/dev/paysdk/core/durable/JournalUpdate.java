package dev.paysdk.core.durable;

import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A change to a journal entry: its new state, and the values that change with it. A null value
 * leaves the stored one as it is. Immutable; built with {@link #to(JournalState, Instant)}.
 *
 * <pre>{@code
 * JournalUpdate.to(JournalState.UNKNOWN, now).detail("no answer (timeout)").nextAttemptAt(now).releaseLease().build();
 * JournalUpdate.answered(payout, now).nextAttemptAt(now.plusSeconds(60)).releaseLease().build();
 * }</pre>
 */
public final class JournalUpdate {
  private final JournalState state;
  private final Instant at;
  private final String providerOrderNo;
  private final PayoutStatus payoutStatus;
  private final String rawStatus;
  private final String failureReason;
  private final Money fee;
  private final RecordedRefusal refusal;
  private final String detail;
  private final Integer attempts;
  private final Instant nextAttemptAt;
  private final boolean releaseLease;

  private JournalUpdate(Builder b) {
    this.state = b.state;
    this.at = b.at;
    this.providerOrderNo = b.providerOrderNo;
    this.payoutStatus = b.payoutStatus;
    this.rawStatus = b.rawStatus;
    this.failureReason = b.failureReason;
    this.fee = b.fee;
    this.refusal = b.refusal;
    this.detail = b.detail;
    this.attempts = b.attempts;
    this.nextAttemptAt = b.nextAttemptAt;
    this.releaseLease = b.releaseLease;
  }

  /** An update to {@code state}, made at {@code at}. */
  public static Builder to(JournalState state, Instant at) {
    return new Builder(Objects.requireNonNull(state, "state == null"), Objects.requireNonNull(at, "at == null"));
  }

  /** An update to what the gateway reported: {@link JournalState#OPEN} or a final state, with the payout's values. */
  public static Builder answered(Payout payout, Instant at) {
    Objects.requireNonNull(payout, "payout == null");
    return to(JournalState.of(payout.status()), at).payout(payout);
  }

  public JournalState state() {
    return state;
  }

  /** When the change was made; becomes the entry's {@code updatedAt}. */
  public Instant at() {
    return at;
  }

  public String providerOrderNo() {
    return providerOrderNo;
  }

  public PayoutStatus payoutStatus() {
    return payoutStatus;
  }

  public String rawStatus() {
    return rawStatus;
  }

  public String failureReason() {
    return failureReason;
  }

  public Money fee() {
    return fee;
  }

  public RecordedRefusal refusal() {
    return refusal;
  }

  public String detail() {
    return detail;
  }

  /** The new attempt count, or null to keep it. */
  public Integer attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  /**
   * True when the holder gives its lease up with this change. A final state always clears the lease;
   * a change made without a lease ({@code owner == null}) never clears someone else's.
   */
  public boolean releaseLease() {
    return releaseLease;
  }

  @Override
  public String toString() {
    return "JournalUpdate[" + state + (payoutStatus == null ? "" : ", " + payoutStatus)
        + (detail == null ? "" : ", " + detail) + "]";
  }

  /** Builder of a {@link JournalUpdate}. */
  public static final class Builder {
    private final JournalState state;
    private final Instant at;
    private String providerOrderNo;
    private PayoutStatus payoutStatus;
    private String rawStatus;
    private String failureReason;
    private Money fee;
    private RecordedRefusal refusal;
    private String detail;
    private Integer attempts;
    private Instant nextAttemptAt;
    private boolean releaseLease;

    private Builder(JournalState state, Instant at) {
      this.state = state;
      this.at = at;
    }

    /** The gateway's values of {@code payout}: status, raw status, gateway order number, failure reason, fee. */
    public Builder payout(Payout payout) {
      Objects.requireNonNull(payout, "payout == null");
      return payoutStatus(payout.status()).rawStatus(payout.rawStatus())
          .providerOrderNo(payout.providerOrderNo().orElse(null)).failureReason(payout.failureReason().orElse(null))
          .fee(payout.fee().orElse(null));
    }

    public Builder providerOrderNo(String v) {
      this.providerOrderNo = v;
      return this;
    }

    public Builder payoutStatus(PayoutStatus v) {
      this.payoutStatus = v;
      return this;
    }

    public Builder rawStatus(String v) {
      this.rawStatus = v;
      return this;
    }

    public Builder failureReason(String v) {
      this.failureReason = v;
      return this;
    }

    public Builder fee(Money v) {
      this.fee = v;
      return this;
    }

    public Builder refusal(RecordedRefusal v) {
      this.refusal = v;
      return this;
    }

    /** A note for the people reading the journal; never a secret or a full account number. */
    public Builder detail(String v) {
      this.detail = v;
      return this;
    }

    public Builder attempts(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("attempts < 0: " + v);
      }
      this.attempts = v;
      return this;
    }

    public Builder nextAttemptAt(Instant v) {
      this.nextAttemptAt = v;
      return this;
    }

    /** The holder gives its lease up. */
    public Builder releaseLease() {
      this.releaseLease = true;
      return this;
    }

    public JournalUpdate build() {
      return new JournalUpdate(this);
    }
  }
}
