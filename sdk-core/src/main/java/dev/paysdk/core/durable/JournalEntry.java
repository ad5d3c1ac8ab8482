package dev.paysdk.core.durable;

import dev.paysdk.core.Money;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One payout as the journal knows it. Immutable snapshot; read it again for a newer one.
 *
 * @param key provider and merchant order number
 * @param state where the payout stands
 * @param amount the amount requested, or null
 * @param providerOrderNo the gateway's order number, once known, or null
 * @param payoutStatus the gateway's neutral status, once known, or null
 * @param rawStatus the gateway's own status value, once known, or null
 * @param failureReason why the gateway says it failed, or null
 * @param fee the gateway's fee, once known, or null
 * @param refusal the gateway's refusal, for {@link JournalState#REFUSED}, or null
 * @param detail the last note: why it is unknown, why it needs attention..., or null
 * @param attempts how many reconciliations or status queries were made for it
 * @param createdAt when the intent was recorded
 * @param updatedAt when the entry last changed
 * @param nextAttemptAt when the recovery worker should look at it next, or null
 * @param leaseOwner who holds it now, or null
 * @param leaseUntil until when, or null
 */
public record JournalEntry(JournalKey key, JournalState state, Money amount, String providerOrderNo,
    PayoutStatus payoutStatus, String rawStatus, String failureReason, Money fee, RecordedRefusal refusal,
    String detail, int attempts, Instant createdAt, Instant updatedAt, Instant nextAttemptAt, String leaseOwner,
    Instant leaseUntil) {

  public JournalEntry {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }

  /** A new entry for {@code intent}, {@link JournalState#IN_FLIGHT} and held by {@code lease}. */
  public static JournalEntry inFlight(PayoutIntent intent, JournalLease lease) {
    Instant at = intent.createdAt();
    return new JournalEntry(intent.key(), JournalState.IN_FLIGHT, intent.amount(), null, null, null, null, null,
        null, null, 0, at, at, at, lease.owner(), lease.until());
  }

  /** True when someone other than {@code owner} holds a lease that has not run out at {@code now}. */
  public boolean leasedByAnotherAt(String owner, Instant now) {
    return leaseOwner != null && !leaseOwner.equals(owner) && leaseUntil != null && leaseUntil.isAfter(now);
  }

  /** How long ago the intent was recorded. */
  public Duration age(Instant now) {
    return Duration.between(createdAt, now);
  }

  /**
   * The payout as the gateway last reported it, when the journal knows its status ({@code OPEN},
   * a final status, or an entry that needs attention after the gateway reported it).
   */
  public Optional<Payout> payout() {
    if (payoutStatus == null) {
      return Optional.empty();
    }
    return Optional.of(Payout.builder().providerId(key.providerId()).merchantOrderNo(key.merchantOrderNo())
        .providerOrderNo(providerOrderNo).amount(amount).fee(fee).status(payoutStatus).rawStatus(rawStatus)
        .failureReason(failureReason).createdAt(createdAt).build());
  }

  /** This entry after {@code update}, with the lease as given. */
  public JournalEntry apply(JournalUpdate u, String newLeaseOwner, Instant newLeaseUntil) {
    return new JournalEntry(key, u.state(), amount, or(u.providerOrderNo(), providerOrderNo),
        or(u.payoutStatus(), payoutStatus), or(u.rawStatus(), rawStatus), or(u.failureReason(), failureReason),
        or(u.fee(), fee), or(u.refusal(), refusal), or(u.detail(), detail),
        u.attempts() == null ? attempts : u.attempts(), createdAt, u.at(), or(u.nextAttemptAt(), nextAttemptAt),
        newLeaseOwner, newLeaseUntil);
  }

  /** This entry held by {@code lease} (or released, when null). */
  public JournalEntry withLease(JournalLease lease) {
    return new JournalEntry(key, state, amount, providerOrderNo, payoutStatus, rawStatus, failureReason, fee, refusal,
        detail, attempts, createdAt, updatedAt, nextAttemptAt, lease == null ? null : lease.owner(),
        lease == null ? null : lease.until());
  }

  private static <T> T or(T v, T fallback) {
    return v != null ? v : fallback;
  }

  @Override
  public String toString() {
    return "JournalEntry[" + key + ", " + state + (payoutStatus == null ? "" : ", " + payoutStatus + " (" + rawStatus + ")")
        + (providerOrderNo == null ? "" : ", gateway order " + providerOrderNo) + ", attempts " + attempts
        + (detail == null ? "" : ", " + detail) + "]";
  }
}
