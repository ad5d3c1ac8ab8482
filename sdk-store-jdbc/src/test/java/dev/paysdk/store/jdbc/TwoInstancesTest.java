package dev.paysdk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.durable.DurablePayouts;
import dev.paysdk.core.durable.InboxWebhookProcessor;
import dev.paysdk.core.durable.JournalEntry;
import dev.paysdk.core.durable.PayoutRecoveryWorker;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookDelivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the merchant's service (two independent client stacks, each with its own pool)
 * on one database: every webhook delivery, the simulator's duplicates included, reaches both at
 * once, and each event is handled exactly once; the recovery worker runs in both, and each journal
 * entry is handled by one of them, once.
 */
class TwoInstancesTest {
  private static final SimulatorOptions FAST = SimulatorOptions.builder().processingDelay(Duration.ofMillis(20))
      .completionDelay(Duration.ofMillis(80)).build();

  abstract static class OnOneDatabase {
    abstract Supplier<DataSource> pools();

    @Test
    void sameWebhookDeliveriesToBothInstances_eachEventIsHandledExactlyOnce() throws Exception {
      int orders = 12;
      Supplier<DataSource> pools = pools();
      ConcurrentLinkedQueue<String> handled = new ConcurrentLinkedQueue<>();
      Set<String> failedOnce = ConcurrentHashMap.newKeySet();
      InboxWebhookProcessor.Handler handler = event -> {
        Thread.sleep(ThreadLocalRandom.current().nextInt(5, 25)); // widen the window of the race
        if (ThreadLocalRandom.current().nextInt(5) == 0 && failedOnce.add(event.deduplicationKey())) {
          throw new IllegalStateException("handler failed once"); // released: delivered again
        }
        handled.add(event.deduplicationKey());
      };
      try (AgentPaySimulator sim = AgentPaySimulator.start(FAST);
          MerchantInstance a = new MerchantInstance("instance-a", pools.get(), sim, handler);
          MerchantInstance b = new MerchantInstance("instance-b", pools.get(), sim, handler);
          FanOutFront front = new FanOutFront(List.of(a.url(), b.url()))) {
        sim.faults().times(AgentPaySimulator.PAYOUT_APPLY, Fault.duplicateWebhook(), orders);
        String prefix = "WH" + System.nanoTime() % 1_000_000;
        for (int i = 0; i < orders; i++) {
          a.client.payouts().create(CrashChild.request(prefix + i, i, front.url()));
        }
        for (int i = 0; i < orders; i++) {
          sim.awaitOrder(prefix + i, o -> o.status().isFinal(), Duration.ofSeconds(10));
        }
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end && !allDeliveredWithDuplicates(sim, prefix, orders)) {
          Thread.sleep(50);
        }
        assertThat(allDeliveredWithDuplicates(sim, prefix, orders)).as("every order's webhook acknowledged, then "
            + "delivered once more").isTrue();
        Map<String, Integer> counts = new HashMap<>();
        handled.forEach(k -> counts.merge(k, 1, Integer::sum));
        assertThat(counts).hasSize(orders);
        assertThat(counts.values()).containsOnly(1);
        assertThat(counts.keySet()).allSatisfy(k -> assertThat(a.store.webhookInbox().state("inr-agentpay", k))
            .isEqualTo("DONE"));
      }
    }

    @Test
    void recoveryWorkersInBothInstances_handleEachJournalEntryOnce() throws Exception {
      int orders = 20;
      Supplier<DataSource> pools = pools();
      try (AgentPaySimulator sim = AgentPaySimulator.start(FAST);
          MerchantInstance a = new MerchantInstance("instance-a", pools.get(), sim, e -> { });
          MerchantInstance b = new MerchantInstance("instance-b", pools.get(), sim, e -> { })) {
        Reconciler reconciler = Reconciler.builder().maxWait(Duration.ofSeconds(2))
            .pollInterval(Duration.ofMillis(50)).notFoundGrace(Duration.ofMillis(200)).build();
        DurablePayouts payouts = DurablePayouts.builder().client(a.client).journal(a.store.payoutJournal())
            .reconciler(reconciler).build();
        String prefix = "RW" + System.nanoTime() % 1_000_000;
        sim.faults().times(AgentPaySimulator.PAYOUT_APPLY, Fault.resetAfterStore(), orders);
        for (int i = 0; i < orders; i++) {
          PayoutRequest r = CrashChild.request(prefix + i, i, "http://127.0.0.1:9/none");
          assertThatThrownBy(() -> payouts.create(r)).isInstanceOf(OutcomeUnknownException.class);
        }
        for (int i = 0; i < orders; i++) {
          sim.awaitOrder(prefix + i, o -> o.status().isFinal(), Duration.ofSeconds(10));
        }

        ConcurrentLinkedQueue<String> reconciledBy = new ConcurrentLinkedQueue<>();
        List<PayoutRecoveryWorker> workers = new ArrayList<>();
        for (MerchantInstance m : List.of(a, b)) {
          Payouts counting = counting(m.client.payouts(), m.name, reconciledBy);
          workers.add(PayoutRecoveryWorker.builder().journal(m.store.payoutJournal())
              .payouts(m.client.providerId(), counting).reconciler(reconciler).maxEntriesPerPass(3)
              .instanceId(m.name).build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
          List<Future<Integer>> runs = new ArrayList<>();
          for (PayoutRecoveryWorker w : workers) {
            runs.add(pool.submit(() -> {
              int total = 0;
              for (int idle = 0; idle < 3; ) {
                int n = w.runOnce().handled();
                total += n;
                idle = n == 0 ? idle + 1 : 0;
              }
              return total;
            }));
          }
          int total = 0;
          for (Future<Integer> f : runs) {
            total += f.get(60, TimeUnit.SECONDS);
          }
          assertThat(total).isEqualTo(orders);
        } finally {
          pool.shutdownNow();
        }
        Map<String, Integer> perOrder = new HashMap<>();
        reconciledBy.forEach(s -> perOrder.merge(s.substring(s.indexOf(' ') + 1), 1, Integer::sum));
        assertThat(perOrder).hasSize(orders);
        assertThat(perOrder.values()).containsOnly(1);
        for (int i = 0; i < orders; i++) {
          JournalEntry e = payouts.entry(prefix + i).orElseThrow();
          assertThat(e.state().isFinal()).as("%s", e).isTrue();
        }
        assertThat(sim.payoutCount()).isEqualTo(orders);
      }
    }
  }

  static boolean allDeliveredWithDuplicates(AgentPaySimulator sim, String prefix, int orders) {
    List<WebhookDelivery> ds = sim.webhookDeliveries();
    for (int i = 0; i < orders; i++) {
      String marker = "mchOrderNo=" + prefix + i + "&";
      long acked = ds.stream().filter(d -> d.url().contains(marker) && d.acknowledged()).count();
      if (acked < 2) {
        return false;
      }
    }
    return true;
  }

  /** Records "instance order" for each query a worker makes (the reconciler finds each order on its first query). */
  static Payouts counting(Payouts real, String instance, ConcurrentLinkedQueue<String> log) {
    return new Payouts() {
      @Override
      public Payout create(PayoutRequest request) {
        throw new AssertionError("a recovery worker never sends");
      }

      @Override
      public Payout retrieve(PayoutLookup lookup) {
        log.add(instance + " " + lookup.merchantOrderNo());
        return real.retrieve(lookup);
      }
    };
  }

  @Nested
  class H2 extends OnOneDatabase {
    @Override
    Supplier<DataSource> pools() {
      String url = "jdbc:h2:mem:two_instances_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
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
