package dev.paysdk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.durable.DurablePayouts;
import dev.paysdk.core.durable.InboxWebhookProcessor;
import dev.paysdk.core.durable.InboxWebhookProcessor.Disposition;
import dev.paysdk.core.durable.InboxWebhookProcessor.Result;
import dev.paysdk.core.durable.JournalState;
import dev.paysdk.core.durable.PayoutRecoveryWorker;
import dev.paysdk.core.durable.StoreUnavailableException;
import dev.paysdk.core.durable.WebhookInbox.Claim;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.SimulatorOptions;
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
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Audit of "nothing ever paid twice" / "handled once" on the JDBC journal and inbox, H2 and PostgreSQL. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JdbcDurableAuditTest {
  private static final SimulatorOptions FAST = SimulatorOptions.builder().processingDelay(Duration.ofMillis(20))
      .completionDelay(Duration.ofSeconds(30)).build();
  private static final Reconciler RECONCILER = Reconciler.builder().maxWait(Duration.ofSeconds(2))
      .pollInterval(Duration.ofMillis(50)).notFoundGrace(Duration.ofMillis(200)).build();

  abstract static class OnOneDatabase {
    /** Each call: a new, independent pool on the same database. */
    abstract Supplier<DataSource> pools();

    static AgentPayClient client(AgentPaySimulator sim) {
      return AgentPayClient.builder().baseUrl(sim.baseUrl()).merchantId(sim.merchantId()).secretKey(sim.secretKey())
          .build();
    }

    static DurablePayouts durable(AgentPayClient c, JdbcStore store, String name, Payouts gateway) {
      return DurablePayouts.builder().payouts(c.providerId(), gateway).journal(store.payoutJournal())
          .reconciler(RECONCILER).instanceId(name).build();
    }

    static int applies(AgentPaySimulator sim, String orderNo) {
      return (int) sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY).stream()
          .filter(r -> java.util.regex.Pattern.compile("(^|&)mchOrderNo=" + orderNo + "(&|$)")
              .matcher(r.bodyAsString()).find()).count();
    }

    static List<Object> concurrently(int n, List<DurablePayouts> instances, PayoutRequest r) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(n);
      CountDownLatch go = new CountDownLatch(1);
      try {
        List<Future<Object>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          DurablePayouts p = instances.get(i % instances.size());
          fs.add(pool.submit(() -> {
            go.await();
            try {
              return p.create(r);
            } catch (RuntimeException e) {
              return e;
            }
          }));
        }
        go.countDown();
        List<Object> out = new ArrayList<>();
        for (Future<Object> f : fs) {
          out.add(f.get(15, TimeUnit.SECONDS));
        }
        return out;
      } finally {
        pool.shutdownNow();
      }
    }

    static void onlyPayoutsOrDocumentedErrors(List<Object> results) {
      assertThat(results).allSatisfy(o -> {
        if (o instanceof RuntimeException e) {
          assertThat(e).isInstanceOf(PaymentException.class);
        } else {
          assertThat(o).isInstanceOf(Payout.class);
        }
      });
    }

    @Test
    void twoInstances_separatePools_concurrentCreatesOfOneOrder_oneApplyReachesTheGateway() throws Exception {
      Supplier<DataSource> pools = pools();
      DataSource pa = pools.get();
      DataSource pb = pools.get();
      try (AgentPaySimulator sim = AgentPaySimulator.start(FAST); AgentPayClient ca = client(sim);
          AgentPayClient cb = client(sim)) {
        DurablePayouts a = durable(ca, JdbcStore.builder(pa).build(), "a", ca.payouts());
        DurablePayouts b = durable(cb, JdbcStore.builder(pb).build(), "b", cb.payouts());
        sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.delay(Duration.ofMillis(300)));
        String order = "CC" + System.nanoTime() % 1_000_000;
        List<Object> results = concurrently(16, List.of(a, b), CrashChild.request(order, 1, "http://127.0.0.1:9/n"));
        onlyPayoutsOrDocumentedErrors(results);
        assertThat(applies(sim, order)).isEqualTo(1);
        assertThat(sim.payoutCount()).isEqualTo(1);
      } finally {
        TestDatabases.close(pa);
        TestDatabases.close(pb);
      }
    }

    @Test
    void twoInstances_concurrentCreatesAfterAnUnknownOutcome_onePayoutAtTheGateway() throws Exception {
      Supplier<DataSource> pools = pools();
      DataSource pa = pools.get();
      DataSource pb = pools.get();
      try (AgentPaySimulator sim = AgentPaySimulator.start(FAST); AgentPayClient ca = client(sim);
          AgentPayClient cb = client(sim)) {
        DurablePayouts a = durable(ca, JdbcStore.builder(pa).build(), "a", ca.payouts());
        DurablePayouts b = durable(cb, JdbcStore.builder(pb).build(), "b", cb.payouts());
        String stored = "US" + System.nanoTime() % 1_000_000;
        String lost = "UL" + System.nanoTime() % 1_000_000;
        sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.resetAfterStore());
        PayoutRequest rs = CrashChild.request(stored, 1, "http://127.0.0.1:9/n");
        assertThatThrownBy(() -> a.create(rs)).isInstanceOf(OutcomeUnknownException.class);
        sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, Fault.resetBeforeStore());
        PayoutRequest rl = CrashChild.request(lost, 2, "http://127.0.0.1:9/n");
        assertThatThrownBy(() -> a.create(rl)).isInstanceOf(OutcomeUnknownException.class);

        onlyPayoutsOrDocumentedErrors(concurrently(12, List.of(a, b), rs));
        onlyPayoutsOrDocumentedErrors(concurrently(12, List.of(a, b), rl));
        assertThat(applies(sim, stored)).isEqualTo(1);
        // by design: the lost request created nothing (reconciled "not found"), and is sent once more
        assertThat(applies(sim, lost)).isEqualTo(2);
        assertThat(sim.orders()).filteredOn(o -> o.merchantOrderNo().equals(lost)).hasSize(1);
        assertThat(sim.payoutCount()).isEqualTo(2);
      } finally {
        TestDatabases.close(pa);
        TestDatabases.close(pb);
      }
    }

    @Test
    void databaseFailsAfterTheIntent_beforeTheAnswer_noSecondApply_andTheWorkerRecordsIt() throws Exception {
      Supplier<DataSource> pools = pools();
      SwitchableDataSource pa = new SwitchableDataSource(pools.get());
      DataSource pb = pools.get();
      try (AgentPaySimulator sim = AgentPaySimulator.start(FAST); AgentPayClient ca = client(sim);
          AgentPayClient cb = client(sim)) {
        Payouts downAfterSend = new Payouts() {
          @Override
          public Payout create(PayoutRequest request) {
            Payout p = ca.payouts().create(request);
            pa.down = true;
            return p;
          }

          @Override
          public Payout retrieve(PayoutLookup lookup) {
            return ca.payouts().retrieve(lookup);
          }
        };
        JdbcStore storeB = JdbcStore.builder(pb).build();
        DurablePayouts a = durable(ca, JdbcStore.builder(pa).build(), "a", downAfterSend);
        DurablePayouts b = durable(cb, storeB, "b", cb.payouts());
        String order = "DB" + System.nanoTime() % 1_000_000;
        PayoutRequest r = CrashChild.request(order, 3, "http://127.0.0.1:9/n");
        Payout first = a.create(r); // answered, not recorded
        assertThat(first.providerOrderNo()).isPresent();
        assertThat(b.entry(order).orElseThrow().state()).isEqualTo(JournalState.IN_FLIGHT);
        assertThatThrownBy(() -> a.create(r)).isInstanceOf(StoreUnavailableException.class);
        assertThat(b.create(r).providerOrderNo()).isEqualTo(first.providerOrderNo()); // read, not sent
        pa.down = false;
        assertThat(a.create(r).providerOrderNo()).isEqualTo(first.providerOrderNo());
        assertThat(applies(sim, order)).isEqualTo(1);
      } finally {
        TestDatabases.close(pb);
      }
    }

    /**
     * One instance (one JdbcWebhookInbox) receives the same event on two threads: delivery A's lease
     * runs out, delivery B takes the event over, then A's handler fails and A releases. The fencing
     * owner is looked up by event key in the instance's map, which B's claim overwrote: A's release
     * frees B's live claim, and delivery C is handled while B is still handling it.
     */
    @Test
    void sameInstance_lateReleaseOfAnExpiredClaim_freesTheClaimOfTheDeliveryThatTookOver() {
      DataSource ds = pools().get();
      MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
      try {
        JdbcWebhookInbox inbox = JdbcStore.builder(ds).clock(clock).instanceId("one").build().webhookInbox();
        WebhookEvent e = WebhookInboxContract.event("inr-agentpay", "k-same-instance");
        Duration lease = Duration.ofMinutes(2);
        assertThat(inbox.claim(e, lease)).isEqualTo(Claim.FIRST); // delivery A
        clock.advance(lease.plusSeconds(1));
        assertThat(inbox.claim(e, lease)).isEqualTo(Claim.FIRST); // delivery B takes over (A's lease ran out)
        inbox.release(e); // A's handler failed late: A releases
        assertThat(inbox.state("inr-agentpay", "k-same-instance")).as("B's claim after A's late release")
            .isEqualTo("CLAIMED");
        assertThat(inbox.claim(e, lease)).as("delivery C while B still handles the event")
            .isEqualTo(Claim.IN_PROGRESS);
      } finally {
        TestDatabases.close(ds);
      }
    }

    /**
     * Two instances: A's lease runs out, B takes over (a second run: documented). A's late failure
     * and release are fenced; A's late complete() records DONE while B still works (documented:
     * complete always records) and B's later failure cannot undo it.
     */
    @Test
    void twoInstances_leaseExpiry_lateReleaseIsFenced() {
      Supplier<DataSource> pools = pools();
      DataSource da = pools.get();
      DataSource db = pools.get();
      MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
      try {
        InboxWebhookProcessor a = InboxWebhookProcessor.of(JdbcStore.builder(da).clock(clock).instanceId("a").build()
            .webhookInbox(), Duration.ofMinutes(2));
        JdbcWebhookInbox inboxB = JdbcStore.builder(db).clock(clock).instanceId("b").build().webhookInbox();
        InboxWebhookProcessor b = InboxWebhookProcessor.of(inboxB, Duration.ofMinutes(2));
        WebhookEvent e = WebhookInboxContract.event("inr-agentpay", "k-two");
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        Result[] inner = new Result[2];
        Result ra = a.process(e, ev -> {
          handled.add("A");
          clock.advance(Duration.ofMinutes(3));
          inner[0] = b.process(e, ev2 -> {
            handled.add("B");
            inner[1] = a.process(e, ev3 -> handled.add("C")); // while B holds it
          });
          throw new IllegalStateException("A failed late");
        });
        assertThat(ra.disposition()).isEqualTo(Disposition.HANDLER_FAILED);
        assertThat(inner[1].disposition()).isEqualTo(Disposition.IN_PROGRESS);
        assertThat(inner[0].disposition()).isEqualTo(Disposition.HANDLED);
        assertThat(handled).containsExactly("A", "B");
        assertThat(inboxB.state("inr-agentpay", "k-two")).isEqualTo("DONE");
      } finally {
        TestDatabases.close(da);
        TestDatabases.close(db);
      }
    }

    @Test
    void workersInTwoInstances_concurrentWithCreates_onePayoutPerOrder() throws Exception {
      Supplier<DataSource> pools = pools();
      DataSource pa = pools.get();
      DataSource pb = pools.get();
      int orders = 6;
      try (AgentPaySimulator sim = AgentPaySimulator.start(FAST); AgentPayClient ca = client(sim);
          AgentPayClient cb = client(sim)) {
        JdbcStore sa = JdbcStore.builder(pa).build();
        JdbcStore sb = JdbcStore.builder(pb).build();
        DurablePayouts a = durable(ca, sa, "a", ca.payouts());
        DurablePayouts b = durable(cb, sb, "b", cb.payouts());
        String prefix = "WK" + System.nanoTime() % 1_000_000 + "x";
        List<PayoutRequest> rs = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
          rs.add(CrashChild.request(prefix + i, i, "http://127.0.0.1:9/n"));
          sim.faults().once(AgentPaySimulator.PAYOUT_APPLY, i % 2 == 0 ? Fault.resetAfterStore()
              : Fault.resetBeforeStore());
          PayoutRequest r = rs.get(i);
          assertThatThrownBy(() -> a.create(r)).isInstanceOf(OutcomeUnknownException.class);
        }
        List<PayoutRecoveryWorker> workers = List.of(
            PayoutRecoveryWorker.builder().journal(sa.payoutJournal()).client(ca).reconciler(RECONCILER).build(),
            PayoutRecoveryWorker.builder().journal(sb.payoutJournal()).client(cb).reconciler(RECONCILER).build());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Throwable> undocumented = Collections.synchronizedList(new ArrayList<>());
        try {
          List<Future<?>> fs = new ArrayList<>();
          for (PayoutRecoveryWorker w : workers) {
            fs.add(pool.submit(() -> w.runOnce()));
          }
          for (DurablePayouts p : List.of(a, b)) {
            fs.add(pool.submit(() -> {
              for (PayoutRequest r : rs) {
                try {
                  p.create(r);
                } catch (PaymentException e) {
                  // documented
                } catch (RuntimeException e) {
                  undocumented.add(e);
                }
              }
            }));
          }
          for (Future<?> f : fs) {
            f.get(20, TimeUnit.SECONDS);
          }
        } finally {
          pool.shutdownNow();
        }
        assertThat(undocumented).isEmpty();
        for (int i = 0; i < orders; i++) {
          String o = prefix + i;
          assertThat(sim.orders()).as(o).filteredOn(x -> x.merchantOrderNo().equals(o)).hasSizeLessThanOrEqualTo(1);
          assertThat(applies(sim, o)).as(o).isLessThanOrEqualTo(i % 2 == 0 ? 1 : 2);
        }
      } finally {
        TestDatabases.close(pa);
        TestDatabases.close(pb);
      }
    }
  }

  @Nested
  class H2 extends OnOneDatabase {
    @Override
    Supplier<DataSource> pools() {
      String url = "jdbc:h2:mem:durable_audit_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
      return () -> TestDatabases.h2Pool(url);
    }
  }

  @Nested
  class PostgreSql extends OnOneDatabase {
    @Override
    Supplier<DataSource> pools() {
      String url = TestDatabases.newPostgresDatabaseUrl();
      return () -> TestDatabases.postgresPool(url);
    }
  }
}
