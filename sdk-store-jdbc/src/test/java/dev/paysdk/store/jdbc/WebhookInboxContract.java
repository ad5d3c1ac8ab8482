package dev.paysdk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.durable.WebhookInbox;
import dev.paysdk.core.durable.WebhookInbox.Claim;
import dev.paysdk.core.webhook.WebhookAck;
import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebhookInbox} must do, run against each implementation: in-memory, H2 and
 * PostgreSQL. Subclasses give a fresh inbox on {@link #clock}, and another handle on the same store.
 */
abstract class WebhookInboxContract {
  static final Duration LEASE = Duration.ofMinutes(2);

  final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
  WebhookInbox inbox;

  abstract WebhookInbox newInbox();

  abstract WebhookInbox sameStoreElsewhere();

  abstract void closeStore();

  @BeforeEach
  void open() {
    inbox = newInbox();
  }

  @AfterEach
  void close() {
    closeStore();
  }

  static WebhookEvent event(String provider, String key) {
    return WebhookEvent.builder().providerId(provider).type(WebhookEvent.Type.PAYOUT_STATUS).merchantOrderNo("PO-1")
        .providerOrderNo("Le1").payoutStatus(PayoutStatus.SUCCEEDED).rawStatus("2")
        .fields(Map.of("status", "2", "mchOrderNo", "PO-1")).deduplicationKey(key)
        .ack(WebhookAck.plainText("success")).build();
  }

  @Test
  void claim_ofANewEvent_isFirst_andAfterCompleteEveryDeliveryIsADuplicate() {
    WebhookEvent e = event("inr-agentpay", "inr-agentpay:Le1:2");
    assertThat(inbox.claim(e, LEASE)).isEqualTo(Claim.FIRST);
    inbox.complete(e);
    assertThat(inbox.claim(e, LEASE)).isEqualTo(Claim.DUPLICATE);
    assertThat(sameStoreElsewhere().claim(e, LEASE)).isEqualTo(Claim.DUPLICATE);
    clock.advance(LEASE.multipliedBy(10));
    assertThat(sameStoreElsewhere().claim(e, LEASE)).isEqualTo(Claim.DUPLICATE);
  }

  @Test
  void claim_whileAnotherClaimHoldsIt_isInProgress_untilTheLeaseRunsOut() {
    WebhookEvent e = event("inr-agentpay", "k1");
    assertThat(inbox.claim(e, LEASE)).isEqualTo(Claim.FIRST);
    assertThat(sameStoreElsewhere().claim(e, LEASE)).isEqualTo(Claim.IN_PROGRESS);
    clock.advance(LEASE.minusSeconds(1));
    assertThat(sameStoreElsewhere().claim(e, LEASE)).isEqualTo(Claim.IN_PROGRESS);
    clock.advance(Duration.ofSeconds(2));
    assertThat(sameStoreElsewhere().claim(e, LEASE)).isEqualTo(Claim.FIRST);
    assertThat(inbox.claim(e, LEASE)).isEqualTo(Claim.IN_PROGRESS);
  }

  @Test
  void release_afterAFailedHandler_makesTheNextDeliveryFirst() {
    WebhookEvent e = event("inr-agentpay", "k1");
    assertThat(inbox.claim(e, LEASE)).isEqualTo(Claim.FIRST);
    inbox.release(e);
    assertThat(sameStoreElsewhere().claim(e, LEASE)).isEqualTo(Claim.FIRST);
    sameStoreElsewhere().complete(e);
    assertThat(inbox.claim(e, LEASE)).isEqualTo(Claim.DUPLICATE);
  }

  @Test
  void theSameKeyFromAnotherProvider_isAnotherEvent() {
    assertThat(inbox.claim(event("inr-agentpay", "same"), LEASE)).isEqualTo(Claim.FIRST);
    assertThat(inbox.claim(event("payout-pen", "same"), LEASE)).isEqualTo(Claim.FIRST);
  }

  @Test
  void concurrentClaimsOfOneEvent_giveExactlyOneFirst() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Claim>> claims = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        WebhookInbox in = i % 2 == 0 ? inbox : sameStoreElsewhere();
        claims.add(pool.submit(() -> {
          start.await();
          return in.claim(event("inr-agentpay", "race"), LEASE);
        }));
      }
      start.countDown();
      List<Claim> got = new ArrayList<>();
      for (Future<Claim> f : claims) {
        got.add(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(got).filteredOn(c -> c == Claim.FIRST).hasSize(1);
      assertThat(got).filteredOn(c -> c == Claim.IN_PROGRESS).hasSize(threads - 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
