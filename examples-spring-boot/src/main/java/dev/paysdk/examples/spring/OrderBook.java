package dev.paysdk.examples.spring;

import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.spring.autoconfigure.PaySdkWebhookEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the shop learns of status changes: the starter publishes each verified webhook once, after
 * its signature and de-duplication checks. A real shop would update its orders here; throwing makes
 * the gateway deliver the webhook again.
 */
@Component
public class OrderBook {
  private final List<WebhookEvent> received = new CopyOnWriteArrayList<>();

  @EventListener
  public void on(PaySdkWebhookEvent event) {
    received.add(event.webhook());
  }

  /** Every verified, first-seen webhook so far. */
  public List<WebhookEvent> received() {
    return List.copyOf(received);
  }
}
