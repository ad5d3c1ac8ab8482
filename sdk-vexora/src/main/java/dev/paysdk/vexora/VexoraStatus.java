package dev.paysdk.vexora;

import dev.paysdk.core.PayoutStatus;
import java.util.Objects;

/**
 * A transaction status exactly as the gateway reported it, with its meaning.
 *
 * <table>
 *   <caption>Status codes</caption>
 *   <tr><th>raw</th><th>{@link Kind}</th><th>{@link PayoutStatus}</th></tr>
 *   <tr><td>{@code 0000}</td><td>SUCCESS</td><td>SUCCEEDED</td></tr>
 *   <tr><td>{@code 0001}</td><td>PARTIAL_SUCCESS</td><td>UNKNOWN (kept as reported)</td></tr>
 *   <tr><td>{@code 0015}</td><td>PROCESSING</td><td>PROCESSING</td></tr>
 *   <tr><td>{@code 00029}</td><td>FAILED</td><td>FAILED</td></tr>
 *   <tr><td>anything else</td><td>UNRECOGNIZED</td><td>UNKNOWN</td></tr>
 * </table>
 *
 * <p>{@code 0001} (partial success, documented for collections) has no neutral counterpart:
 * SUCCEEDED would claim the whole amount arrived, FAILED would invite a second payout of money that
 * was partly paid, PROCESSING would promise a change the gateway never announced. It maps to the
 * non-final UNKNOWN, so it needs a person's look; {@link #raw()} stays {@code 0001}.
 *
 * @param raw the status as sent, such as {@code 0015}; never null
 */
public record VexoraStatus(String raw) {
  /**
   * Wraps a raw status.
   *
   * @throws NullPointerException when {@code raw} is null
   */
  public VexoraStatus {
    Objects.requireNonNull(raw, "raw == null");
  }

  /** What the raw value means. */
  public Kind kind() {
    return VexoraStatuses.kind(raw);
  }

  /** The neutral payout status (see the table above). */
  public PayoutStatus payoutStatus() {
    return VexoraStatuses.payoutStatus(raw);
  }

  @Override
  public String toString() {
    return raw + " (" + kind() + ")";
  }

  /** The meaning of a raw status. */
  public enum Kind {
    /** {@code 0000}: the money was paid. */
    SUCCESS,
    /** {@code 0001}: partly successful (documented for collections). */
    PARTIAL_SUCCESS,
    /** {@code 0015}: in progress. */
    PROCESSING,
    /** {@code 00029}: failed. */
    FAILED,
    /** Any other value: failed or unknown, the gateway does not say which. */
    UNRECOGNIZED
  }
}
