package org.ossvalue.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ossvalue.core.internal.Decimals;

/**
 * Normalising money amounts (no trailing zeros, scale never negative), as every {@code Money.of}
 * does: the core's {@code Decimals.normalize} against the baseline it replaced, {@code
 * stripTrailingZeros()} (one division per trailing zero), over amounts shaped as the statement
 * makes them — minutes of impact windows (seconds ÷ 60 at scale 20, mostly whole or half minutes)
 * and pro-rata money (MRR × minutes ÷ minutes of the month at scale 20).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecimalsBenchmark {

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal MARCH_MINUTES = BigDecimal.valueOf(31 * 24 * 60);

  BigDecimal[] amounts;

  @Setup
  public void setUp() {
    amounts = amounts(1_000, 42);
  }

  /** Amounts as the statement divides them, half minutes of windows and half pro-rata money. */
  static BigDecimal[] amounts(int n, long seed) {
    Random r = new Random(seed);
    BigDecimal[] out = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      if (i % 2 == 0) {
        long seconds = r.nextInt(4) == 0 ? r.nextInt(86_400) : 30L * r.nextInt(2_880);
        out[i] = BigDecimal.valueOf(seconds).divide(SIXTY, 20, RoundingMode.HALF_EVEN);
      } else {
        BigDecimal mrr = BigDecimal.valueOf(1_000 + r.nextInt(500_000), 2);
        BigDecimal minutes = BigDecimal.valueOf(r.nextInt(44_640));
        out[i] = mrr.multiply(minutes).divide(MARCH_MINUTES, 20, RoundingMode.HALF_EVEN);
      }
    }
    return out;
  }

  /** The core's normalisation: at most two divisions. */
  @Benchmark
  public void normalize(Blackhole bh) {
    for (BigDecimal a : amounts) {
      bh.consume(Decimals.normalize(a));
    }
  }

  /** The baseline: the JDK's stripping, one division per zero. */
  @Benchmark
  public void stripTrailingZeros(Blackhole bh) {
    for (BigDecimal a : amounts) {
      bh.consume(strip(a));
    }
  }

  /** What {@code Decimals.normalize} computed before, kept here as the baseline. */
  static BigDecimal strip(BigDecimal value) {
    if (value.scale() == 0) {
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }
}
