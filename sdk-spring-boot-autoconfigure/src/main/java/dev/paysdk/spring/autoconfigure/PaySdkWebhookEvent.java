package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.webhook.WebhookEvent;
import java.util.Objects;

/**
 * Published (synchronously, on the request's thread) for each verified webhook the first time it
 * arrives: its signature was checked and the webhook inbox had not seen its de-duplication key.
 * A listener that throws makes the endpoint answer HTTP 500 and release the event, so the gateway
 * delivers it again; a listener that returns makes the endpoint answer the gateway's
 * acknowledgement.
 *
 * <pre>{@code
 * @EventListener
 * void on(PaySdkWebhookEvent e) {
 *   e.webhook().payoutStatus().ifPresent(s -> orders.update(e.webhook().merchantOrderNo(), s));
 * }
 * }</pre>
 *
 * @param webhook the verified event
 */
public record PaySdkWebhookEvent(WebhookEvent webhook) {
  public PaySdkWebhookEvent {
    Objects.requireNonNull(webhook, "webhook == null");
  }

  /** The provider id of the gateway that sent it, such as {@code vexora}. */
  public String providerId() {
    return webhook.providerId();
  }
}
