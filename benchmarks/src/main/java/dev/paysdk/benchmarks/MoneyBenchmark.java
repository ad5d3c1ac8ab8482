package dev.paysdk.benchmarks;

import dev.paysdk.core.Money;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * An amount text turned into INR paise: {@code Money.of(text, "INR").toMinorUnits()} (which also
 * checks the currency, the sign and the number of decimals) against a bare {@link BigDecimal}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class MoneyBenchmark {
  // Not a constant: the JIT must not fold the parse away.
  private String amount;

  @Setup
  public void setUp() {
    amount = "1234.50";
    RawJdk.requireSame("paise", Money.of(amount, "INR").toMinorUnits(), bigDecimalBaseline());
  }

  @Benchmark
  public long sdk() {
    return Money.of(amount, "INR").toMinorUnits();
  }

  @Benchmark
  public long bigDecimalBaseline() {
    return new BigDecimal(amount).movePointRight(2).longValueExact();
  }
}
