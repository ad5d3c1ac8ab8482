package dev.paysdk.core.durable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.durable.InboxWebhookProcessor.Disposition;
import dev.paysdk.core.durable.InboxWebhookProcessor.Result;
import dev.paysdk.core.testsupport.FakeClock;
import dev.paysdk.core.webhook.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Audit of the in-memory webhook inbox through InboxWebhookProcessor. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class InboxDurableAuditTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final InMemoryWebhookInbox inbox = new InMemoryWebhookInbox(clock);
  private final InboxWebhookProcessor processor = InboxWebhookProcessor.of(inbox, Duration.ofMinutes(2));
  private final WebhookEvent event = DurablePayoutsTest.event("fake-pay", "PO-1", PayoutStatus.SUCCEEDED);

  @Test
  void sameEvent_deliveredConcurrently_isHandledOnce() throws Exception {
    List<String> handled = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Result>> fs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        fs.add(pool.submit(() -> {
          go.await();
          return processor.process(event, e -> {
            Thread.sleep(20);
            handled.add(e.deduplicationKey());
          });
        }));
      }
      go.countDown();
      for (Future<Result> f : fs) {
        assertThat(f.get(5, TimeUnit.SECONDS).disposition()).isIn(Disposition.HANDLED, Disposition.DUPLICATE,
            Disposition.IN_PROGRESS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(handled).hasSize(1);
  }

  @Test
  void handlerFailure_releasesTheClaim_andTheRedeliveryIsHandled() {
    Result failed = processor.process(event, e -> {
      throw new IllegalStateException("boom");
    });
    assertThat(failed.disposition()).isEqualTo(Disposition.HANDLER_FAILED);
    List<String> handled = new ArrayList<>();
    assertThat(processor.process(event, e -> handled.add("again")).disposition()).isEqualTo(Disposition.HANDLED);
    assertThat(handled).containsExactly("again");
  }

  /**
   * Delivery A's handler outlives its lease; delivery B takes the event over (second run: documented).
   * Then A's handler fails and A releases: the in-memory release is not fenced, so it frees B's live
   * claim, and delivery C is handed the event while B is still handling it: a third, concurrent run.
   * Expected: C is IN_PROGRESS (B's claim still runs), as the JDBC inbox's fenced release does across
   * instances.
   */
  @Test
  void lateReleaseOfAnExpiredClaim_doesNotFreeTheClaimOfTheHolderThatTookOver() throws Exception {
    List<String> handled = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch bHolding = new CountDownLatch(1);
    CountDownLatch bMayFinish = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Result>[] b = new Future[1];
      Result a = processor.process(event, e -> {
        handled.add("A");
        clock.advance(Duration.ofMinutes(3)); // A's lease runs out while it works
        b[0] = pool.submit(() -> processor.process(event, e2 -> {
          handled.add("B");
          bHolding.countDown();
          bMayFinish.await(5, TimeUnit.SECONDS);
        }));
        bHolding.await(5, TimeUnit.SECONDS);
        throw new IllegalStateException("A failed late");
      });
      assertThat(a.disposition()).isEqualTo(Disposition.HANDLER_FAILED);
      Result c = processor.process(event, e -> handled.add("C"));
      bMayFinish.countDown();
      assertThat(b[0].get(5, TimeUnit.SECONDS).disposition()).isEqualTo(Disposition.HANDLED);
      assertThat(c.disposition()).as("delivery C while B still holds the event").isEqualTo(Disposition.IN_PROGRESS);
      assertThat(handled).containsExactly("A", "B");
    } finally {
      bMayFinish.countDown();
      pool.shutdownNow();
    }
  }
}
