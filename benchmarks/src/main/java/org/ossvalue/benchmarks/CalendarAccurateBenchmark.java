package org.ossvalue.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
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
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * Valuing windows with the calendar-accurate strategy, as the counterfactual does for every
 * stretched impact window (about ten per impact): the strategy's {@code valueOf}, in 128-bit
 * integers where the numbers fit and reusing the calendar month of the window before, against the
 * baseline it replaced, {@code BigDecimal} and {@code Money}'s operations per calendar-month part
 * with the months worked out per window. 100 impacts of 10 minutes to 2 days starting anywhere in
 * March and April 2025 (some across the month end, Europe/Paris), ten stretched windows each, at
 * degradation 1 or 0.5, on MRRs of 10.00 to 5,000.00.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CalendarAccurateBenchmark {

  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final RevenueAtRiskStrategy STRATEGY = RevenueAtRiskStrategy.calendarAccurate();

  Valuation[] valuations;

  /** One window to value. */
  record Valuation(Money monthly, TimeWindow window, BigDecimal degradation) {}

  @Setup
  public void setUp() {
    valuations = valuations(1_000, 42);
  }

  /**
   * {@code n} valuations shaped as the counterfactual's: per impact (a start anywhere in March and
   * April, a length of 10 minutes to 2 days), ten stretched lengths of 1 to 3 times its own.
   */
  static Valuation[] valuations(int n, long seed) {
    Random r = new Random(seed);
    Instant march = Instant.parse("2025-03-01T00:00:00Z");
    Valuation[] out = new Valuation[n];
    for (int i = 0; i < n; i += 10) {
      Instant start = march.plusSeconds(r.nextInt(61 * 86_400));
      long seconds = 600 + r.nextInt(2 * 86_400);
      Money monthly =
          Money.of(BigDecimal.valueOf(1_000 + r.nextInt(500_000), 2).toPlainString(), "EUR");
      BigDecimal degradation = r.nextBoolean() ? BigDecimal.ONE : new BigDecimal("0.5");
      for (int j = i; j < Math.min(n, i + 10); j++) {
        long stretched = seconds + (long) (seconds * 2 * r.nextDouble());
        out[j] =
            new Valuation(monthly, TimeWindow.of(start, start.plusSeconds(stretched)), degradation);
      }
    }
    return out;
  }

  /** The strategy: integers where they fit. */
  @Benchmark
  public void strategy(Blackhole bh) {
    for (Valuation v : valuations) {
      bh.consume(STRATEGY.valueOf(v.monthly(), v.window(), v.degradation(), ZONE));
    }
  }

  /** The baseline: what the strategy computed before, with BigDecimal. */
  @Benchmark
  public void decimals(Blackhole bh) {
    for (Valuation v : valuations) {
      bh.consume(decimals(v));
    }
  }

  /** The strategy's former computation, kept here as the baseline. */
  static Money decimals(Valuation v) {
    Money total = Money.zero(v.monthly().currency());
    for (TimeWindow month : ReportingPeriod.of(v.window(), ZONE).calendarMonths()) {
      TimeWindow part = month.intersection(v.window()).orElseThrow();
      total =
          total.plus(
              v.monthly()
                  .times(v.degradation().multiply(part.seconds()))
                  .dividedBy(month.seconds()));
    }
    return total;
  }
}
