package dev.paysdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The client's own cost, SDK against hand-written, measured on the calling thread only: its CPU time
 * ({@code ThreadMXBean#getCurrentThreadCpuTime}) and the bytes it allocated
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), next to wall time. The fixed-answer
 * server runs on other threads, so its work and allocation are not counted. Variants run in paired
 * rounds (each round runs every variant once, the order rotating), so slow phases of a shared machine
 * hit both sides of a ratio; a ratio is computed per round, and the report gives the median with the
 * 10th and 90th percentiles of the rounds' ratios.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.paysdk.benchmarks.ClientCost [rounds] [workload...]
 * </pre>
 */
public final class ClientCost {
  /** Keeps results alive so the JIT cannot drop the work. */
  static volatile int sink;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ClientCost() {}

  /** Every workload, by name, in report order. */
  static Map<String, Supplier<Workload>> all() {
    Map<String, Supplier<Workload>> m = new java.util.LinkedHashMap<>();
    m.put("ruleA", SigningWorkloads.RuleA::new);
    m.put("rsa2Sign", SigningWorkloads.Rsa2Sign::new);
    m.put("rsa2Verify", SigningWorkloads.Rsa2Verify::new);
    m.put("agentPayCallback", WebhookWorkloads.AgentPayForm::new);
    m.put("hexpayCallback", WebhookWorkloads.HexpayJson::new);
    m.put("agentPayBalance", CallWorkloads.AgentPayBalance::new);
    m.put("vexoraQuery", CallWorkloads.VexoraQuery::new);
    m.put("hexpayBatch", BatchWorkload::new);
    m.put("freshConnection", () -> new FreshConnectionWorkload(false));
    m.put("freshConnectionTls", () -> new FreshConnectionWorkload(true));
    return m;
  }

  /** Per operation: thread CPU ns, bytes allocated, wall ns. */
  record Sample(double cpu, double alloc, double wall) {}

  /** Runs {@code op} {@code n} times on this thread and returns its cost per operation. */
  static Sample measure(Callable<Object> op, int n) throws Exception {
    long tid = Thread.currentThread().getId();
    long a0 = THREADS.getThreadAllocatedBytes(tid);
    long c0 = THREADS.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    int h = 0;
    for (int i = 0; i < n; i++) {
      Object r = op.call();
      h += r == null ? 0 : System.identityHashCode(r);
    }
    long w1 = System.nanoTime();
    long c1 = THREADS.getCurrentThreadCpuTime();
    long a1 = THREADS.getThreadAllocatedBytes(tid);
    sink += h;
    return new Sample((c1 - c0) / (double) n, (a1 - a0) / (double) n, (w1 - w0) / (double) n);
  }

  /** One workload's results: per variant, one sample per measured round. */
  record Result(String workload, List<String> labels, List<List<Sample>> samples) {}

  static Result run(Workload w, int warmupRounds, int rounds) throws Exception {
    w.check();
    List<Map.Entry<String, Callable<Object>>> vs = new ArrayList<>(w.variants().entrySet());
    List<List<Sample>> samples = new ArrayList<>();
    for (int i = 0; i < vs.size(); i++) {
      samples.add(new ArrayList<>());
    }
    int n = w.opsPerRound();
    for (int round = 0; round < warmupRounds + rounds; round++) {
      for (int k = 0; k < vs.size(); k++) {
        int v = (k + round) % vs.size();
        Sample s = measure(vs.get(v).getValue(), n);
        if (round >= warmupRounds) {
          samples.get(v).add(s);
        }
      }
    }
    return new Result(w.name(), vs.stream().map(Map.Entry::getKey).toList(), samples);
  }

  /** The p-th percentile (0..1) of {@code values}, by the nearest rank. */
  static double percentile(double[] values, double p) {
    double[] v = values.clone();
    Arrays.sort(v);
    int i = (int) Math.round(p * (v.length - 1));
    return v[Math.max(0, Math.min(v.length - 1, i))];
  }

  static String report(Result r) {
    StringBuilder sb = new StringBuilder();
    List<Sample> sdk = r.samples().get(0);
    for (int v = 0; v < r.labels().size(); v++) {
      List<Sample> s = r.samples().get(v);
      double[] cpu = s.stream().mapToDouble(Sample::cpu).toArray();
      double[] alloc = s.stream().mapToDouble(Sample::alloc).toArray();
      double[] wall = s.stream().mapToDouble(Sample::wall).toArray();
      sb.append(String.format(Locale.ROOT, "%-22s %-26s cpu %s  alloc %s  wall %s", r.workload(), r.labels().get(v),
          time(percentile(cpu, 0.5)), bytes(percentile(alloc, 0.5)), time(percentile(wall, 0.5))));
      if (v > 0) {
        List<Sample> base = s;
        double[] rc = new double[sdk.size()];
        double[] ra = new double[sdk.size()];
        double[] rw = new double[sdk.size()];
        for (int i = 0; i < rc.length; i++) {
          rc[i] = sdk.get(i).cpu() / base.get(i).cpu();
          ra[i] = sdk.get(i).alloc() / base.get(i).alloc();
          rw[i] = sdk.get(i).wall() / base.get(i).wall();
        }
        sb.append(String.format(Locale.ROOT, "  | sdk/this: cpu %s  alloc %s  wall %s", ratio(rc), ratio(ra), ratio(rw)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String ratio(double[] r) {
    return String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", percentile(r, 0.5), percentile(r, 0.1), percentile(r, 0.9));
  }

  static String time(double ns) {
    return ns >= 1e6 ? String.format(Locale.ROOT, "%.2f ms", ns / 1e6)
        : ns >= 1e3 ? String.format(Locale.ROOT, "%.1f us", ns / 1e3) : String.format(Locale.ROOT, "%.0f ns", ns);
  }

  static String bytes(double b) {
    return b >= 1 << 20 ? String.format(Locale.ROOT, "%.2f MB", b / (1 << 20))
        : b >= 1024 ? String.format(Locale.ROOT, "%.1f KB", b / 1024) : String.format(Locale.ROOT, "%.0f B", b);
  }

  /**
   * Runs the workloads named (all when none) for {@code rounds} measured rounds each (default 15),
   * after 5 warm-up rounds, and prints each variant's cost and the SDK's ratio to it.
   */
  public static void main(String[] args) throws Exception {
    int rounds = 15;
    List<String> names = new ArrayList<>();
    for (String a : args) {
      if (a.matches("\\d+")) {
        rounds = Integer.parseInt(a);
      } else {
        names.add(a);
      }
    }
    System.out.println("# thread CPU, thread allocation and wall per operation, medians of " + rounds
        + " rounds; ratios: median [p10-p90] of the per-round ratios");
    for (Map.Entry<String, Supplier<Workload>> e : all().entrySet()) {
      if (!names.isEmpty() && !names.contains(e.getKey())) {
        continue;
      }
      try (Workload w = e.getValue().get()) {
        System.out.print(report(run(w, 5, rounds)));
        System.out.flush();
      }
    }
  }
}
