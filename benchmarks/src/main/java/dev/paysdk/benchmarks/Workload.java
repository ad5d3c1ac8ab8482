package dev.paysdk.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * One job done several ways, measured by {@link ClientCost}: the SDK first, then the hand-written
 * baseline (the same job with the SDK's own OkHttp and Jackson, or with the JDK), then the peers
 * merchants would otherwise use. {@link #check()} proves that every variant does the same job (same
 * bytes, same answer) and refuses to go on otherwise; {@code BenchmarksSmokeTest} runs it in every
 * build.
 */
abstract class Workload implements AutoCloseable {
  private final String name;
  private final Map<String, Callable<Object>> variants = new LinkedHashMap<>();

  Workload(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  /** Adds a variant; the first is the SDK, the second the baseline every ratio divides by. */
  protected final void variant(String label, Callable<Object> op) {
    variants.put(label, op);
  }

  Map<String, Callable<Object>> variants() {
    return variants;
  }

  /** Operations per measured round: enough for about 100 ms of work. */
  abstract int opsPerRound();

  /**
   * Proves the variants do the same job.
   *
   * @throws IllegalStateException when they do not: the comparison would be meaningless
   */
  abstract void check() throws Exception;

  @Override
  public void close() throws Exception {}
}
