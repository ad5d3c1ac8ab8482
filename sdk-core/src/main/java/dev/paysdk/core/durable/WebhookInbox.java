package dev.paysdk.core.durable;

import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Duration;

/**
 * Where verified webhook events are recorded so that each is handled once, even when the gateway
 * delivers it several times, to several instances of the merchant's service, across restarts.
 * Implementations: {@code InMemoryWebhookInbox} (one process) and the JDBC inbox of
 * {@code sdk-store-jdbc} (instances sharing a database).
 *
 * <pre>{@code
 * WebhookEvent event = client.webhooks().verify(raw);
 * WebhookInbox.FencedClaim held = inbox.claimFenced(event, Duration.ofMinutes(5));
 * switch (held.claim()) {
 *   case FIRST -> {
 *     try { handle(event); inbox.complete(event, held.token()); }
 *     catch (RuntimeException e) { inbox.release(event, held.token()); throw e; } // 500: delivered again
 *   }
 *   case DUPLICATE -> {}                  // handled before: acknowledge
 *   case IN_PROGRESS -> answer503();      // another instance is handling it now: delivered again
 * }
 * }</pre>
 *
 * <p>The token fences the holder: a handler that outlived its lease (another delivery took the event
 * over) and then fails cannot free the claim of the one that took over. {@link InboxWebhookProcessor}
 * does all of this.
 *
 * <p>Implementations must be safe for concurrent use, by threads and by processes sharing the
 * store: for one de-duplication key, exactly one {@link #claim} returns {@link Claim#FIRST} until
 * that claim is released or its lease runs out.
 */
public interface WebhookInbox {

  /** The answer of {@link #claim}. */
  enum Claim {
    /** This caller holds the event: handle it, then {@link #complete} (or {@link #release} on failure). */
    FIRST,
    /** The event was handled before: acknowledge it to the gateway without handling it again. */
    DUPLICATE,
    /**
     * Another holder is handling it now (its lease has not run out): do not handle it, and answer
     * the gateway with an error so that it delivers again later.
     */
    IN_PROGRESS
  }

  /**
   * A claim and, for {@link Claim#FIRST}, the token of this holder for {@link #complete(WebhookEvent, String)}
   * and {@link #release(WebhookEvent, String)}.
   *
   * @param claim what the claim answered
   * @param token this holder's token when {@code claim} is {@link Claim#FIRST}; null otherwise, or
   *     when the inbox does not fence its claims
   */
  record FencedClaim(Claim claim, String token) {
    /** Requires a claim. */
    public FencedClaim {
      java.util.Objects.requireNonNull(claim, "claim == null");
    }
  }

  /**
   * {@link #claim}, with the token that identifies this holder. The default gives no token (the
   * implementations in PaySDK all fence their claims).
   *
   * @throws StoreUnavailableException when the store cannot answer
   */
  default FencedClaim claimFenced(WebhookEvent event, Duration lease) {
    return new FencedClaim(claim(event, lease), null);
  }

  /**
   * {@link #complete(WebhookEvent)} by the holder of {@code token} (the event was handled: it is
   * recorded as handled whoever holds the claim now).
   *
   * @throws StoreUnavailableException when the store cannot record it
   */
  default void complete(WebhookEvent event, String token) {
    complete(event);
  }

  /**
   * Gives up the claim made with {@code token}, and only that one: when another delivery took the
   * event over after this holder's lease ran out, nothing is released.
   *
   * @throws StoreUnavailableException when the store cannot record it (the lease then frees it)
   */
  default void release(WebhookEvent event, String token) {
    release(event);
  }

  /**
   * Atomically claims {@code event} by its provider id and de-duplication key, keeping the verified
   * event. A claim that was neither completed nor released is given to the next caller once
   * {@code lease} has passed (its holder is taken to have died).
   *
   * @throws StoreUnavailableException when the store cannot answer; answer the gateway with an
   *     error so that it delivers again
   */
  Claim claim(WebhookEvent event, Duration lease);

  /**
   * Marks a claimed event as handled: every later delivery is a {@link Claim#DUPLICATE}.
   *
   * @throws StoreUnavailableException when the store cannot record it
   */
  void complete(WebhookEvent event);

  /**
   * Gives a claimed event up (its handling failed): the next delivery is a {@link Claim#FIRST}.
   * Without the claim's token this cannot tell holders apart: when this inbox gave the event to more
   * than one holder that has not finished (a lease ran out and another delivery took over), it
   * releases nothing and the lease frees the claim; prefer {@link #release(WebhookEvent, String)}.
   *
   * @throws StoreUnavailableException when the store cannot record it (the lease then frees it)
   */
  void release(WebhookEvent event);
}
