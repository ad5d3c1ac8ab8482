package dev.paysdk.core.durable;

import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link WebhookInbox} in this process's memory: each event is handled once per process, and
 * forgotten on restart. Keys of handled events are kept for {@code retention} (default 7 days,
 * longer than any gateway's redelivery schedule), then dropped. Thread-safe.
 */
public final class InMemoryWebhookInbox implements WebhookInbox {
  private static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration retention;

  /** An inbox keeping handled keys for 7 days, on the system clock. */
  public InMemoryWebhookInbox() {
    this(Clock.systemUTC(), DEFAULT_RETENTION);
  }

  /**
   * An inbox on {@code clock}, keeping handled keys for {@code retention}.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code retention} is not positive
   */
  public InMemoryWebhookInbox(Clock clock, Duration retention) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.retention = Objects.requireNonNull(retention, "retention == null");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive: " + retention);
    }
  }

  @Override
  public Claim claim(WebhookEvent event, Duration lease) {
    Objects.requireNonNull(lease, "lease == null");
    Instant now = clock.instant();
    Claim[] answer = new Claim[1];
    entries.compute(key(event), (k, e) -> {
      if (e == null || !now.isBefore(e.until)) { // new, or a lease or retention that ran out
        answer[0] = Claim.FIRST;
        return new Entry(false, now.plus(lease));
      }
      answer[0] = e.done ? Claim.DUPLICATE : Claim.IN_PROGRESS;
      return e;
    });
    if (entries.size() > 10_000) {
      entries.values().removeIf(e -> e.done && !now.isBefore(e.until));
    }
    return answer[0];
  }

  @Override
  public void complete(WebhookEvent event) {
    entries.put(key(event), new Entry(true, clock.instant().plus(retention)));
  }

  @Override
  public void release(WebhookEvent event) {
    entries.computeIfPresent(key(event), (k, e) -> e.done ? e : null);
  }

  private static String key(WebhookEvent event) {
    return event.providerId() + '\n' + event.deduplicationKey();
  }

  /** A claim ({@code done} false, until its lease ends) or a handled event (kept until retention ends). */
  private record Entry(boolean done, Instant until) {}

  @Override
  public String toString() {
    return "InMemoryWebhookInbox[" + entries.size() + " keys]";
  }
}
