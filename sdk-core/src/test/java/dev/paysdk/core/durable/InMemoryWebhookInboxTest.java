package dev.paysdk.core.durable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.durable.WebhookInbox.Claim;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InMemoryWebhookInboxTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T00:00:00Z"));
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
  };
  private final InMemoryWebhookInbox inbox = new InMemoryWebhookInbox(clock, Duration.ofDays(7));

  private static WebhookEvent event(String provider, String key) {
    return WebhookEvent.builder().providerId(provider).type(WebhookEvent.Type.PAYOUT_STATUS).deduplicationKey(key)
        .ack(WebhookAck.plainText("SUCCESS")).build();
  }

  @Test
  void claim_isFirstOnce_inProgressWhileHeld_andDuplicateOnceCompleted() {
    WebhookEvent e = event("vexora", "k1");
    assertThat(inbox.claim(e, Duration.ofMinutes(5))).isEqualTo(Claim.FIRST);
    assertThat(inbox.claim(e, Duration.ofMinutes(5))).isEqualTo(Claim.IN_PROGRESS);
    inbox.complete(e);
    assertThat(inbox.claim(e, Duration.ofMinutes(5))).isEqualTo(Claim.DUPLICATE);
    assertThat(inbox.claim(event("hexpay", "k1"), Duration.ofMinutes(5))).as("another provider's key").isEqualTo(Claim.FIRST);
  }

  @Test
  void release_orAnExpiredLease_givesTheEventToTheNextClaim() {
    WebhookEvent e = event("vexora", "k2");
    inbox.claim(e, Duration.ofMinutes(5));
    inbox.release(e);
    assertThat(inbox.claim(e, Duration.ofMinutes(5))).isEqualTo(Claim.FIRST);
    now.set(now.get().plus(Duration.ofMinutes(5)));
    assertThat(inbox.claim(e, Duration.ofMinutes(5))).isEqualTo(Claim.FIRST);
  }

  @Test
  void handledKeys_areForgottenAfterRetention() {
    WebhookEvent e = event("payout-pen", "k3");
    inbox.claim(e, Duration.ofMinutes(5));
    inbox.complete(e);
    now.set(now.get().plus(Duration.ofDays(6)));
    assertThat(inbox.claim(e, Duration.ofMinutes(5))).isEqualTo(Claim.DUPLICATE);
    now.set(now.get().plus(Duration.ofDays(1)));
    assertThat(inbox.claim(e, Duration.ofMinutes(5))).isEqualTo(Claim.FIRST);
  }
}
