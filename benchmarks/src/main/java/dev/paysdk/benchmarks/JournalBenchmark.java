package dev.paysdk.benchmarks;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.durable.DurablePayouts;
import dev.paysdk.core.durable.InMemoryPayoutJournal;
import dev.paysdk.core.durable.JournalEntry;
import dev.paysdk.core.durable.JournalKey;
import dev.paysdk.core.durable.JournalLease;
import dev.paysdk.core.durable.JournalState;
import dev.paysdk.core.durable.JournalUpdate;
import dev.paysdk.core.durable.PayoutIntent;
import dev.paysdk.core.durable.PayoutJournal;
import dev.paysdk.store.jdbc.JdbcStore;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.SimulatorOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The payout journal's cost per payout. {@code payout}: a whole payout apply over loopback against
 * the embedded AgentPay simulator, through {@code DurablePayouts} on each journal, against the same
 * call without a journal ({@code store = none}, the baseline). {@code journalOnly}: just the journal's
 * writes of one payout (record the intent, record the answer), without the gateway. Journals: in
 * memory, embedded H2 in a file ({@code JdbcStore.embedded}), and PostgreSQL on loopback (embedded
 * PostgreSQL from Maven Central, default settings, so each commit is flushed to disk).
 * {@link #setUp()} checks that every variant creates the payout and, with a journal, records it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class JournalBenchmark {
  private static final AtomicLong ORDERS = new AtomicLong();

  @Param({"none", "memory", "h2", "postgresql"})
  public String store;

  private AgentPaySimulator simulator;
  private AgentPayClient client;
  private Payouts payouts;
  private PayoutJournal journal;
  private JdbcStore jdbc;
  private EmbeddedPostgres postgres;
  private JdbcConnectionPool pgPool;
  private Path h2Dir;
  private String runPrefix;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    simulator = AgentPaySimulator.builder().availableBalance(Long.MAX_VALUE / 4)
        .options(SimulatorOptions.builder().autoAdvance(false).build()).start();
    client = AgentPayClient.builder().baseUrl(simulator.baseUrl()).merchantId(simulator.merchantId())
        .secretKey(simulator.secretKey()).build();
    runPrefix = "B" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    switch (store) {
      case "none" -> journal = null;
      case "memory" -> journal = new InMemoryPayoutJournal();
      case "h2" -> {
        h2Dir = Files.createTempDirectory("paysdk-bench-h2");
        jdbc = JdbcStore.embedded(h2Dir);
        journal = jdbc.payoutJournal();
      }
      case "postgresql" -> {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres?user=postgres");
        pgPool = JdbcConnectionPool.create(ds);
        jdbc = JdbcStore.builder(pgPool).build();
        journal = jdbc.payoutJournal();
      }
      default -> throw new IllegalArgumentException("unknown store " + store);
    }
    payouts = journal == null ? client.payouts()
        : DurablePayouts.builder().client(client).journal(journal).build();

    Payout p = payout();
    RawJdk.requireSame("status of a created payout", PayoutStatus.PROCESSING, p.status());
    RawJdk.requireSame("payouts at the simulator", 1, simulator.payoutCount());
    if (journal != null) {
      JournalEntry e = journal.find(new JournalKey(client.providerId(), p.merchantOrderNo())).orElseThrow();
      RawJdk.requireSame("journal state", JournalState.OPEN, e.state());
      RawJdk.requireSame("journaled gateway order", p.providerOrderNo().orElseThrow(), e.providerOrderNo());
      JournalEntry only = journalOnly();
      RawJdk.requireSame("journal-only state", JournalState.OPEN, only.state());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    client.close();
    simulator.close();
    if (jdbc != null) {
      jdbc.close();
    }
    if (pgPool != null) {
      pgPool.dispose();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /** One payout apply over loopback, with the journal's writes when there is a journal. */
  @Benchmark
  public Payout payout() {
    return payouts.create(request(runPrefix + ORDERS.incrementAndGet()));
  }

  /** The journal's writes for one payout, without the gateway: the intent, then the gateway's answer. */
  @Benchmark
  public JournalEntry journalOnly() {
    if (journal == null) {
      return null;
    }
    JournalKey key = new JournalKey(client.providerId(), runPrefix + "J" + ORDERS.incrementAndGet());
    Instant now = Instant.now();
    journal.begin(new PayoutIntent(key, Money.of("100", "INR"), now), new JournalLease("bench", now.plusSeconds(300)));
    Payout answer = Payout.builder().providerId(key.providerId()).merchantOrderNo(key.merchantOrderNo())
        .providerOrderNo("Le" + key.merchantOrderNo()).status(PayoutStatus.PROCESSING).rawStatus("1").build();
    return journal.record(key, "bench", JournalUpdate.answered(answer, now).nextAttemptAt(now.plus(Duration.ofMinutes(1)))
        .releaseLease().build()).orElseThrow();
  }

  private static PayoutRequest request(String orderNo) {
    return PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of("100", "INR"))
        .payee(Payee.builder().name("Asha Verma").phone("9876543210").email("asha@example.in").build())
        .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
        .notifyUrl("https://merchant.example/hooks/agentpay").build();
  }
}
