package dev.paysdk.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Faults queued per operation. Each call of an operation takes the next queued fault, if any. Each
 * simulator names its operations with constants ({@code AgentPaySimulator.PAYOUT_APPLY}...), and
 * {@link #WEBHOOK} names webhook deliveries. Thread-safe.
 */
public final class Faults {
  /** Operation name of webhook deliveries (for {@link Fault#duplicateWebhook()} and {@link Fault#wrongSignature()}). */
  public static final String WEBHOOK = "webhook";

  private final Map<String, Deque<Fault>> queued = new HashMap<>();

  /** The next call of {@code operation} gets {@code fault}. */
  public synchronized Faults once(String operation, Fault fault) {
    return times(operation, fault, 1);
  }

  /** The next {@code count} calls of {@code operation} get {@code fault}. */
  public synchronized Faults times(String operation, Fault fault, int count) {
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(fault, "fault == null");
    Deque<Fault> q = queued.computeIfAbsent(operation, k -> new ArrayDeque<>());
    for (int i = 0; i < count; i++) {
      q.addLast(fault);
    }
    return this;
  }

  /** Takes the next fault of {@code operation}, or null. */
  public synchronized Fault take(String operation) {
    Deque<Fault> q = queued.get(operation);
    return q == null ? null : q.pollFirst();
  }

  /** Drops every queued fault. */
  public synchronized void clear() {
    queued.clear();
  }
}
