package dev.paysdk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.durable.JournalEntry;
import dev.paysdk.core.durable.JournalState;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.ReceivedRequest;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.WebhookReceiver;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes, really killed: a child JVM ({@link CrashChild}) sends a stream of payouts through
 * {@code DurablePayouts} on a JDBC journal to an AgentPay simulator running in this JVM (over
 * loopback) and is killed with SIGKILL before sending, after the gateway stored a payout but before
 * its answer was recorded, during reconciliation, and at random moments; then restarted, again and
 * again; a last run goes to the end. Then every merchant order number was applied at the simulator
 * exactly once (no second send, ever), and every journal entry holds the simulator's final state.
 *
 * <p>The number of kills per database is {@code -Dpaysdk.crash.kills} (4 in the normal build; the
 * {@code crash-long} profile sets 100).
 */
class CrashTest {
  private static final List<String> POINTS = List.of("after-store", "during-reconcile", "before-send",
      "during-reconcile", "random");
  /** New orders in the stream of each run, so that every run has payouts left to send. */
  private static final int ORDERS_PER_RUN = 3;

  @TempDir
  Path dir;

  @Test
  void payoutsSurviveSigkillAtEveryPoint_onH2() throws Exception {
    crashLoop(JdbcStore.embeddedUrl(dir), "H2");
  }

  @Test
  void payoutsSurviveSigkillAtEveryPoint_onPostgreSql() throws Exception {
    crashLoop(TestDatabases.newPostgresDatabaseUrl(), "PG");
  }

  private void crashLoop(String jdbcUrl, String prefix) throws Exception {
    int kills = Integer.getInteger("paysdk.crash.kills", 4);
    Random random = new Random(Long.getLong("paysdk.crash.seed", System.nanoTime()));
    SimulatorOptions fast = SimulatorOptions.builder().processingDelay(Duration.ofMillis(50))
        .completionDelay(Duration.ofMillis(150)).build();
    try (AgentPaySimulator sim = AgentPaySimulator.start(fast);
        AgentPayClient client = AgentPayClient.builder().baseUrl(sim.baseUrl()).merchantId(sim.merchantId())
            .secretKey(sim.secretKey()).build();
        WebhookReceiver receiver = WebhookReceiver.start(client.webhooks())) {
      int orders = ORDERS_PER_RUN * (kills + 1);
      for (int i = 0; i < orders; i++) {
        sim.nextPayoutOutcome(i % 3 == 0 ? AgentPaySimulator.Outcome.FAILED : AgentPaySimulator.Outcome.SUCCEEDED,
            "beneficiary bank rejected");
      }
      String orderPrefix = prefix + "CR" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
      Set<String> reached = new LinkedHashSet<>();
      for (int k = 0; k < kills; k++) {
        String point = POINTS.get(k % POINTS.size());
        Child child = Child.start(sim, receiver.url(), jdbcUrl, orderPrefix, ORDERS_PER_RUN * (k + 1),
            point.equals("random") ? "none" : point, 1 + random.nextInt(point.equals("during-reconcile") ? 2 : 3),
            dir.resolve("child-" + k + ".log"));
        String at = point.equals("random") ? child.killAfter(Duration.ofMillis(300 + random.nextInt(1500)))
            : child.killWhenAt(Duration.ofSeconds(30));
        if (at != null) {
          reached.add(at.split(" ")[1]);
        }
      }
      Child last = Child.start(sim, receiver.url(), jdbcUrl, orderPrefix, orders, "none", 1,
          dir.resolve("child-last.log"));
      assertThat(last.awaitExit(Duration.ofSeconds(90))).as("the last run finishes; its log: %s",
          last.log()).isEqualTo("DONE");

      if (kills >= 4) {
        assertThat(reached).as("kill points reached").contains("before-send", "after-store", "during-reconcile");
      }
      Map<String, Integer> applies = appliesPerOrder(sim.receivedRequests(AgentPaySimulator.PAYOUT_APPLY));
      DataSource ds = jdbcUrl.startsWith("jdbc:postgresql:") ? TestDatabases.postgresPool(jdbcUrl)
          : TestDatabases.h2Pool(jdbcUrl);
      try {
        JdbcPayoutJournal journal = JdbcStore.builder(ds).build().payoutJournal();
        List<JournalEntry> entries = journal.findAll();
        assertThat(entries).hasSize(orders);
        for (int i = 0; i < orders; i++) {
          String orderNo = orderPrefix + i;
          assertThat(applies.get(orderNo)).as("apply requests for %s", orderNo).isEqualTo(1);
          AgentPaySimulator.Order order = sim.order(orderNo).orElseThrow();
          JournalEntry e = journal.find(new dev.paysdk.core.durable.JournalKey(client.providerId(), orderNo))
              .orElseThrow();
          assertThat(e.state()).as("journal state of %s", orderNo).isEqualTo(
              order.status() == AgentPaySimulator.Status.SUCCESS ? JournalState.SUCCEEDED : JournalState.FAILED);
          assertThat(order.status().isFinal()).isTrue();
          assertThat(e.providerOrderNo()).isEqualTo(order.agentpayOrderId());
        }
      } finally {
        TestDatabases.close(ds);
      }
      assertThat(sim.payoutCount()).isEqualTo(orders);
    }
  }

  private static Map<String, Integer> appliesPerOrder(List<ReceivedRequest> requests) {
    Map<String, Integer> counts = new HashMap<>();
    for (ReceivedRequest r : requests) {
      for (String pair : r.bodyAsString().split("&")) {
        if (pair.startsWith("mchOrderNo=")) {
          counts.merge(URLDecoder.decode(pair.substring(11), StandardCharsets.UTF_8), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** One run of {@link CrashChild} in its own JVM. */
  static final class Child {
    private final Process process;
    private final Path log;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private Child(Process process, Path log) {
      this.process = process;
      this.log = log;
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            lines.add(line);
          }
        } catch (Exception ignored) {
          // the process was killed
        }
      }, "crash-child-reader");
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(AgentPaySimulator sim, String notifyUrl, String jdbcUrl, String prefix, int orders,
        String point, int occurrence, Path log) throws Exception {
      String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classpath, CrashChild.class.getName(),
          sim.baseUrl(), sim.merchantId(), sim.secretKey(), notifyUrl, jdbcUrl, prefix, String.valueOf(orders),
          point, String.valueOf(occurrence)));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
      return new Child(pb.start(), log);
    }

    /** Waits for {@code AT <point>} and kills the process with SIGKILL there; null when it never got there. */
    String killWhenAt(Duration timeout) throws Exception {
      long end = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < end) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null && line.startsWith("AT ")) {
          sigkill();
          return line;
        }
        if (line != null && (line.equals("DONE") || line.equals("TIMEOUT")) || (line == null && !process.isAlive())) {
          process.waitFor();
          return null;
        }
      }
      sigkill();
      return null;
    }

    /** Kills the process with SIGKILL after {@code delay}, wherever it is. */
    String killAfter(Duration delay) throws Exception {
      if (!process.waitFor(delay.toMillis(), TimeUnit.MILLISECONDS)) {
        sigkill();
        return "AT random";
      }
      return null;
    }

    String awaitExit(Duration timeout) throws Exception {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        sigkill();
        return "still running";
      }
      String line;
      String lastLine = "exit " + process.exitValue();
      while ((line = lines.poll(1, TimeUnit.SECONDS)) != null) {
        lastLine = line;
      }
      return lastLine;
    }

    String log() throws Exception {
      File f = log.toFile();
      return f.exists() ? Files.readString(log) : "";
    }

    private void sigkill() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally block runs
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
