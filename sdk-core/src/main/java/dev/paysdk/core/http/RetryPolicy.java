package dev.paysdk.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How reads are retried, and how money-moving calls are retried when they provably never left.
 * Exponential backoff with full jitter: before retry {@code n} (1-based) the client waits a random
 * time in {@code [0, min(maxBackoff, initialBackoff * 2^(n-1))]}, and never past the overall
 * deadline. Immutable.
 *
 * <p>What is retried is fixed by PaySDK's money rules, not by this policy: reads on connect
 * failure, timeout, HTTP 429 and 5xx; money-moving calls only when the request provably never left.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final DoubleSupplier random;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.random = b.random;
  }

  /** 3 attempts, backoff from 200 ms up to 2 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxAttempts = maxAttempts;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.random = random;
    return b;
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The wait before retry number {@code retry} (1 for the first retry), jitter applied. */
  public Duration backoff(int retry) {
    long base = initialBackoff.toMillis();
    long cap = maxBackoff.toMillis();
    long exp = retry >= 31 || base > (cap >> (retry - 1)) ? cap : base * (1L << (retry - 1));
    return Duration.ofMillis((long) (exp * random.getAsDouble()));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + "]";
  }

  /** Builder. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(2);
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /** Attempts in all, at least 1. Default 3. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * First backoff before jitter. Default 200 ms.
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = notNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Largest backoff before jitter. Default 2 s.
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = notNegative(maxBackoff, "maxBackoff");
      return this;
    }

    private static Duration notNegative(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + d);
      }
      return d;
    }

    /** Source of jitter in [0, 1), for tests. Default a thread-local random. */
    public Builder jitter(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /**
     * The policy.
     *
     * @throws IllegalStateException when {@code initialBackoff} is larger than {@code maxBackoff}
     */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalStateException("initialBackoff (" + initialBackoff + ") is larger than maxBackoff ("
            + maxBackoff + ")");
      }
      return new RetryPolicy(this);
    }
  }
}
