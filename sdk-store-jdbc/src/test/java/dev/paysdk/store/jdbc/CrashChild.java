package dev.paysdk.store.jdbc;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.durable.DurablePayouts;
import dev.paysdk.core.durable.JournalEntry;
import dev.paysdk.core.durable.PayoutRecoveryWorker;
import dev.paysdk.core.error.PaymentException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The merchant's process of {@link CrashTest}: sends a fixed stream of payouts through
 * {@link DurablePayouts} on a JDBC journal, runs the recovery worker, and keeps going until every
 * journal entry is final; then prints {@code DONE}. When told a kill point, it prints
 * {@code AT <point> <order>} when it gets there and waits to be killed (SIGKILL from the test).
 *
 * <p>Arguments: simulator base URL, merchant id, secret, notify URL, JDBC URL, order prefix, order
 * count, kill point ({@code none}, {@code before-send}, {@code after-store}, {@code during-reconcile}),
 * the occurrence of the kill point to stop at.
 */
public final class CrashChild {
  static final Duration LEASE = Duration.ofSeconds(3);

  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String merchantId = args[1];
    String secret = args[2];
    String notifyUrl = args[3];
    String jdbcUrl = args[4];
    String prefix = args[5];
    int count = Integer.parseInt(args[6]);
    KillPoints kill = new KillPoints(args[7], Integer.parseInt(args[8]));

    DataSource ds = jdbcUrl.startsWith("jdbc:postgresql:") ? TestDatabases.postgresPool(jdbcUrl)
        : TestDatabases.h2Pool(jdbcUrl);
    JdbcStore store = JdbcStore.builder(ds).build();
    AgentPayClient client = AgentPayClient.builder().baseUrl(baseUrl).merchantId(merchantId).secretKey(secret)
        .connectTimeout(Duration.ofMillis(500)).readTimeout(Duration.ofSeconds(1)).callTimeout(Duration.ofSeconds(1))
        .deadline(Duration.ofMillis(1500)).build();
    Payouts gateway = kill.around(client.payouts());
    Reconciler reconciler = Reconciler.builder().maxWait(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
        .notFoundGrace(Duration.ofMillis(400)).build();
    DurablePayouts payouts = DurablePayouts.builder().payouts(client.providerId(), gateway)
        .journal(store.payoutJournal()).reconciler(reconciler).lease(LEASE).pollOpenAfter(Duration.ofMillis(200))
        .build();
    PayoutRecoveryWorker worker = PayoutRecoveryWorker.builder().journal(store.payoutJournal())
        .payouts(client.providerId(), gateway).reconciler(reconciler).lease(LEASE)
        .retryBackoff(Duration.ofMillis(100), Duration.ofMillis(400)).maxAttempts(10_000).build();

    worker.runOnce();
    for (int i = 0; i < count; i++) {
      createQuietly(payouts, request(prefix + i, i, notifyUrl));
    }
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      worker.runOnce();
      boolean allFinal = true;
      for (int i = 0; i < count; i++) {
        Optional<JournalEntry> e = payouts.entry(prefix + i);
        if (e.isEmpty() || !e.get().state().isFinal()) {
          allFinal = false;
          if (e.isEmpty() || e.get().state() == dev.paysdk.core.durable.JournalState.NOT_CREATED
              || !e.get().state().isRecoverable()) {
            createQuietly(payouts, request(prefix + i, i, notifyUrl));
          }
        }
      }
      if (allFinal) {
        System.out.println("DONE");
        System.out.flush();
        System.exit(0);
      }
      Thread.sleep(100);
    }
    System.out.println("TIMEOUT");
    System.exit(3);
  }

  private static void createQuietly(DurablePayouts payouts, PayoutRequest request) {
    try {
      payouts.create(request);
    } catch (PaymentException e) {
      // unknown outcomes, an entry held by the process killed before: the journal follows them up
    }
  }

  static PayoutRequest request(String orderNo, int i, String notifyUrl) {
    return PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of(String.valueOf(100 + i), "INR"))
        .payee(Payee.builder().name("Asha Verma").phone("9876543210").email("asha@example.in").build())
        .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
        .notifyUrl(notifyUrl).build();
  }

  /** Stops the process at a chosen point of the payout flow, for the test to kill it there. */
  static final class KillPoints {
    private final String point;
    private int remaining;

    KillPoints(String point, int occurrence) {
      this.point = point;
      this.remaining = occurrence;
    }

    Payouts around(Payouts real) {
      return new Payouts() {
        @Override
        public Payout create(PayoutRequest request) {
          reach("before-send", request.merchantOrderNo());
          Payout p = real.create(request);
          reach("after-store", request.merchantOrderNo());
          return p;
        }

        @Override
        public Payout retrieve(PayoutLookup lookup) {
          reach("during-reconcile", lookup.merchantOrderNo());
          return real.retrieve(lookup);
        }
      };
    }

    private synchronized void reach(String here, String orderNo) {
      if (!here.equals(point) || --remaining > 0) {
        return;
      }
      System.out.println("AT " + here + " " + orderNo);
      System.out.flush();
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
