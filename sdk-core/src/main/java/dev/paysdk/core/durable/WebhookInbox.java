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
 * switch (inbox.claim(event, Duration.ofMinutes(5))) {
 *   case FIRST -> {
 *     try { handle(event); inbox.complete(event); }
 *     catch (RuntimeException e) { inbox.release(event); throw e; }   // answer 500: delivered again
 *   }
 *   case DUPLICATE -> {}                  // handled before: acknowledge
 *   case IN_PROGRESS -> answer503();      // another instance is handling it now: delivered again
 * }
 * }</pre>
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
   *
   * @throws StoreUnavailableException when the store cannot record it (the lease then frees it)
   */
  void release(WebhookEvent event);
}
