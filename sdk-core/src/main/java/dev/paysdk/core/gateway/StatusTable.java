package dev.paysdk.core.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A gateway's status codes and the neutral status each stands for. An unmapped code is never
 * guessed: it reads as the table's unknown value, and the raw code is kept by the caller.
 * Immutable.
 *
 * <pre>{@code
 * static final StatusTable<PayoutStatus> PAYOUT = StatusTable.builder(PayoutStatus.UNKNOWN)
 *     .map("0", PayoutStatus.ACCEPTED).map("1", PayoutStatus.PROCESSING)
 *     .map("2", PayoutStatus.SUCCEEDED).map("3", PayoutStatus.FAILED).build();
 * }</pre>
 *
 * @param <S> the neutral status type
 */
public final class StatusTable<S> {
  private final Map<String, S> entries;
  private final S unknown;

  private StatusTable(Map<String, S> entries, S unknown) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    this.unknown = unknown;
  }

  /** A builder whose unmapped codes read as {@code unknown}. */
  public static <S> Builder<S> builder(S unknown) {
    return new Builder<>(Objects.requireNonNull(unknown, "unknown == null"));
  }

  /** The neutral status of {@code raw} (compared as trimmed text), or the unknown value. */
  public S of(String raw) {
    if (raw == null) {
      return unknown;
    }
    S s = entries.get(raw.strip());
    return s == null ? unknown : s;
  }

  /** Every mapped code, in the order it was mapped, for value-by-value tests and documentation. */
  public Map<String, S> entries() {
    return entries;
  }

  /** The status of unmapped codes. */
  public S unknown() {
    return unknown;
  }

  /** Builder. */
  public static final class Builder<S> {
    private final Map<String, S> entries = new LinkedHashMap<>();
    private final S unknown;

    private Builder(S unknown) {
      this.unknown = unknown;
    }

    /** {@code raw} stands for {@code status}. */
    public Builder<S> map(String raw, S status) {
      Objects.requireNonNull(raw, "raw == null");
      Objects.requireNonNull(status, "status == null");
      if (entries.putIfAbsent(raw, status) != null) {
        throw new IllegalArgumentException("code '" + raw + "' is mapped twice");
      }
      return this;
    }

    public StatusTable<S> build() {
      return new StatusTable<>(entries, unknown);
    }
  }
}
