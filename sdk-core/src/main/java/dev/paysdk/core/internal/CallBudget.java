package dev.paysdk.core.internal;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A time budget for the calls made inside a block on the current thread, such as the queries of a
 * reconciliation that must end within its {@code maxWait}: every call's deadline is the earlier of
 * its client's own deadline and the budget's end. Budgets nest (the inner one can only shorten).
 * Measured with {@link System#nanoTime()}, so a test clock does not stretch it. Not a public
 * contract.
 */
public final class CallBudget {
  private static final ThreadLocal<Long> END_NANOS = new ThreadLocal<>();

  private CallBudget() {}

  /** Runs {@code block} with at most {@code budget} for the calls it makes. */
  public static <T> T within(Duration budget, Supplier<T> block) {
    long end = System.nanoTime() + Math.max(0, saturatedNanos(budget));
    Long outer = END_NANOS.get();
    if (outer != null && outer - end < 0) {
      end = outer;
    }
    END_NANOS.set(end);
    try {
      return block.get();
    } finally {
      if (outer == null) {
        END_NANOS.remove();
      } else {
        END_NANOS.set(outer);
      }
    }
  }

  /** The time left in the current budget, or null when the thread has none. Zero or negative when spent. */
  public static Duration remaining() {
    Long end = END_NANOS.get();
    return end == null ? null : Duration.ofNanos(end - System.nanoTime());
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }
}
