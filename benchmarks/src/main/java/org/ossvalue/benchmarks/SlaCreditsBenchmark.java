package org.ossvalue.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.core.valuation.sla.SlaEngine;
import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.core.valuation.sla.SlaPresets;

/**
 * SLA credits for a whole base over one month of impacts: by default 1,000,000 connections, each
 * under one of three policies (Business Gold, Business Silver, telco per hour), a fifth of them
 * impacted one to three times (some degraded, some planned). The baseline, in the same run, is
 * calendar-accurate revenue at risk over the same impacts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class SlaCreditsBenchmark {

  private static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");
  private static final String[] AGREEMENTS = {"GOLD", "SILVER", "PER-HOUR"};
  private static final String[] DEGRADATION = {"1", "1", "1", "0.5", "0.25"};

  /** How many connections the base has. */
  @Param({"1000000"})
  public int connections;

  private List<Connection> base;
  private Impacts impacts;
  private SlaEngine engine;

  /** Builds the base, its impacts and the engine; the same seed gives the same data. */
  @Setup(Level.Trial)
  public void setUp() {
    Random r = new Random(42);
    Instant activation = Instant.parse("2024-01-01T00:00:00Z");
    base = new ArrayList<>(connections);
    List<ServiceImpact> all = new ArrayList<>();
    long monthMinutes = MARCH.window().duration().toMinutes();
    for (int i = 0; i < connections; i++) {
      String id = String.format("C%07d", i);
      base.add(
          Connection.builder()
              .id(id)
              .account("A" + (i / 3))
              .activation(activation)
              .addRecurringCharges(
                  RecurringCharge.monthly(
                      Money.of(
                          BigDecimal.valueOf(2_000 + r.nextInt(200_000), 2),
                          Money.currency("EUR"))))
              .sla(AGREEMENTS[i % AGREEMENTS.length])
              .build());
      if (r.nextInt(5) == 0) {
        Instant cursor = MARCH.from();
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
          cursor = cursor.plus(Duration.ofMinutes(1 + r.nextInt((int) (monthMinutes / 4))));
          Instant end = cursor.plus(Duration.ofMinutes(1 + r.nextInt(600)));
          if (!end.isBefore(MARCH.to())) {
            break;
          }
          all.add(
              ServiceImpact.builder()
                  .connection(id)
                  .window(TimeWindow.of(cursor, end))
                  .degradation(new BigDecimal(DEGRADATION[r.nextInt(DEGRADATION.length)]))
                  .classification(r.nextInt(10) == 0 ? ImpactClass.PLANNED : ImpactClass.UNPLANNED)
                  .addCauses(CauseRef.of(CauseKind.ALARM, "A" + r.nextInt(50_000)))
                  .build());
          cursor = end;
        }
      }
    }
    impacts = Impacts.builder().asOf(MARCH.to()).all(all).build();
    engine =
        SlaEngine.of(
            SlaPolicy.of("GOLD", SlaPresets.businessGold()),
            SlaPolicy.of("SILVER", SlaPresets.businessSilver()),
            SlaPolicy.of("PER-HOUR", SlaPresets.telcoPerHour()));
    impacts.forConnection(base.get(0).id()); // build the per-connection index outside the timing
  }

  /** SLA availability and credits for every connection and its billing period. */
  @Benchmark
  public MoneyTotals slaCredits() {
    return engine.assess(base, impacts, MARCH).totals();
  }

  /** Baseline: calendar-accurate revenue at risk over the same impacts. */
  @Benchmark
  public MoneyTotals revenueAtRiskBaseline() {
    return RevenueAtRiskStrategy.calendarAccurate().assess(base, impacts, MARCH).unplanned();
  }
}
