package dev.paysdk.benchmarks;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.core.http.okhttp.OkHttpTransport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * One client, many threads: the SDK's AgentPay balance query against the same call written by hand,
 * both on one shared {@link OkHttpClient} (one connection pool), against a loopback server that
 * answers at once. Runs alternate between the two; while they run, the worker threads are sampled,
 * and every sample that finds a worker BLOCKED on a monitor is counted with the lock's class, so a
 * lock that serializes calls shows by name.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.paysdk.benchmarks.Throughput [threads] [seconds] [rounds]
 * </pre>
 */
public final class Throughput {
  private Throughput() {}

  /** Calls per second of one run, and the blocked samples seen, by lock. */
  record Run(double callsPerSecond, long samples, Map<String, Long> blockedOn) {}

  static Run run(Callable<Object> call, int threads, long millis) throws InterruptedException {
    LongAdder calls = new LongAdder();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch done = new CountDownLatch(threads);
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        ready.countDown();
        try {
          while (!stop.get()) {
            call.call();
            calls.increment();
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        } finally {
          done.countDown();
        }
      }, "throughput-" + i);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
    ready.await();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] ids = workers.stream().mapToLong(Thread::getId).toArray();
    Map<String, Long> blocked = new HashMap<>();
    long samples = 0;
    long start = System.nanoTime();
    long c0 = calls.sum();
    long end = start + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < end) {
      Thread.sleep(10);
      for (ThreadInfo info : mx.getThreadInfo(ids)) {
        samples++;
        if (info != null && info.getThreadState() == Thread.State.BLOCKED && info.getLockInfo() != null) {
          blocked.merge(info.getLockInfo().getClassName(), 1L, Long::sum);
        }
      }
    }
    long c1 = calls.sum();
    double seconds = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    done.await(30, TimeUnit.SECONDS);
    return new Run((c1 - c0) / seconds, samples, blocked);
  }

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    long millis = (args.length > 1 ? Long.parseLong(args[1]) : 5) * 1000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    OkHttpClient shared = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(threads, 5, TimeUnit.MINUTES))
        .dispatcher(new Dispatcher())
        .build();
    try (CallWorkloads.AgentPayBalance w = new CallWorkloads.AgentPayBalance(shared)) {
      w.check();
      Map<String, Callable<Object>> variants = w.variants();
      List<String> labels = new ArrayList<>(variants.keySet());
      // warm-up: both, briefly
      for (String l : labels) {
        run(variants.get(l), threads, 2 * millis);
      }
      Map<String, List<Run>> runs = new HashMap<>();
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < labels.size(); k++) {
          String l = labels.get((k + round) % labels.size());
          runs.computeIfAbsent(l, x -> new ArrayList<>()).add(run(variants.get(l), threads, millis));
        }
      }
      System.out.printf(Locale.ROOT, "# %d threads, one client, %d runs of %d s each per variant, alternating%n",
          threads, rounds, millis / 1000);
      double[] sdk = runs.get(labels.get(0)).stream().mapToDouble(Run::callsPerSecond).toArray();
      double[] hand = runs.get(labels.get(1)).stream().mapToDouble(Run::callsPerSecond).toArray();
      for (String l : labels) {
        List<Run> rs = runs.get(l);
        long samples = rs.stream().mapToLong(Run::samples).sum();
        Map<String, Long> blocked = new HashMap<>();
        rs.forEach(r -> r.blockedOn().forEach((k, v) -> blocked.merge(k, v, Long::sum)));
        System.out.printf(Locale.ROOT, "%-26s calls/s %s; worker samples BLOCKED on a monitor: %.2f %% %s%n", l,
            rs.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.callsPerSecond())).toList(),
            100.0 * blocked.values().stream().mapToLong(Long::longValue).sum() / samples, blocked);
      }
      double[] ratios = new double[sdk.length];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = sdk[i] / hand[i];
      }
      System.out.println("sdk / by hand, calls per second: " + ClientCost.ratio(ratios) + " (median [p10-p90] of runs)");
    } finally {
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  /** The SDK client of the throughput run: the shared {@link OkHttpClient} as its transport. */
  static AgentPayClient client(OkHttpClient shared, String baseUrl, String merchantId, String secret) {
    return AgentPayClient.builder().baseUrl(baseUrl).merchantId(merchantId).secretKey(secret)
        .transport(OkHttpTransport.builder().okHttpClient(shared).build()).build();
  }
}
