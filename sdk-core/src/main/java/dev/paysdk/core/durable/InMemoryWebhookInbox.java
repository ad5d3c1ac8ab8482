package dev.paysdk.core.durable;

import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link WebhookInbox} in this process's memory: each event handled once within one process,
 * forgotten on restart. For tests and single-process services; use the JDBC inbox of
 * {@code sdk-store-jdbc} for several instances or to remember across restarts. Thread-safe.
 *
 * <pre>{@code
 * WebhookInbox inbox = new InMemoryWebhookInbox();
 * InboxWebhookProcessor processor = InboxWebhookProcessor.of(inbox);
 * }</pre>
 */
public final class InMemoryWebhookInbox implements WebhookInbox {
  private final Clock clock;
  private final Map<String, Slot> slots = new HashMap<>();
  private long claims;

  private static final class Slot {
    final WebhookEvent event;
    boolean done;
    Instant leaseUntil;
    /** The token of the current claim. */
    String owner;
    /** Tokens of claims given and not yet completed or released (a late holder's included). */
    final java.util.Set<String> outstanding = new java.util.LinkedHashSet<>();

    Slot(WebhookEvent event) {
      this.event = event;
    }
  }

  /** An inbox on the system clock. */
  public InMemoryWebhookInbox() {
    this(Clock.systemUTC());
  }

  /** An inbox whose leases run on {@code clock} (for tests). */
  public InMemoryWebhookInbox(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public Claim claim(WebhookEvent event, Duration lease) {
    return claimFenced(event, lease).claim();
  }

  @Override
  public synchronized FencedClaim claimFenced(WebhookEvent event, Duration lease) {
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(lease, "lease == null");
    Instant now = clock.instant();
    Slot slot = slots.computeIfAbsent(key(event), k -> new Slot(event));
    if (slot.done) {
      return new FencedClaim(Claim.DUPLICATE, null);
    }
    if (slot.leaseUntil != null && slot.leaseUntil.isAfter(now)) {
      return new FencedClaim(Claim.IN_PROGRESS, null);
    }
    slot.leaseUntil = now.plus(lease);
    slot.owner = "claim-" + (++claims);
    slot.outstanding.add(slot.owner);
    return new FencedClaim(Claim.FIRST, slot.owner);
  }

  @Override
  public synchronized void complete(WebhookEvent event) {
    Slot slot = slots.computeIfAbsent(key(event), k -> new Slot(event));
    slot.done = true;
    slot.leaseUntil = null;
    slot.owner = null;
    slot.outstanding.clear();
  }

  @Override
  public synchronized void complete(WebhookEvent event, String token) {
    complete(event); // handled is handled, whoever holds the claim now
  }

  @Override
  public synchronized void release(WebhookEvent event) {
    Slot slot = slots.get(key(event));
    if (slot != null && !slot.done && slot.outstanding.size() <= 1) {
      free(slot);
    }
    // several holders: which one fails is unknown, so none is freed; the lease frees the claim
  }

  @Override
  public synchronized void release(WebhookEvent event, String token) {
    if (token == null) {
      release(event);
      return;
    }
    Slot slot = slots.get(key(event));
    if (slot == null || slot.done) {
      return;
    }
    slot.outstanding.remove(token);
    if (token.equals(slot.owner)) {
      free(slot);
    }
  }

  private static void free(Slot slot) {
    slot.leaseUntil = null;
    slot.owner = null;
    slot.outstanding.clear();
  }

  /** The event kept for this provider and de-duplication key, when one was claimed. */
  public synchronized Optional<WebhookEvent> find(String providerId, String deduplicationKey) {
    Slot slot = slots.get(providerId + "\n" + deduplicationKey);
    return slot == null ? Optional.empty() : Optional.of(slot.event);
  }

  /** True when the event with this provider and de-duplication key was handled (completed). */
  public synchronized boolean isCompleted(String providerId, String deduplicationKey) {
    Slot slot = slots.get(providerId + "\n" + deduplicationKey);
    return slot != null && slot.done;
  }

  private static String key(WebhookEvent event) {
    Objects.requireNonNull(event, "event == null");
    return event.providerId() + "\n" + event.deduplicationKey();
  }
}
