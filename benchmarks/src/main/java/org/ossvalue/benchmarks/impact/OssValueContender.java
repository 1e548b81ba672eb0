package org.ossvalue.benchmarks.impact;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.ossvalue.benchmarks.workload.Workload;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * ossvalue as users call it: {@code ImpactEngine.compute}, then {@code
 * RevenueAtRiskStrategy.calendarAccurate().assess}, then revenue-weighted availability from the
 * entries and the connections' active windows.
 */
public final class OssValueContender implements Contender {

  private final Workload workload;
  private final ImpactEngine engine;
  private final String name;

  /** ossvalue with this engine. */
  public OssValueContender(Workload workload, ImpactEngine engine, String name) {
    this.workload = workload;
    this.engine = engine;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  /** The impacts alone (for tests and profiling). */
  public Impacts impacts() {
    return engine.compute(
        workload.topology(), workload.connections(), workload.causes(), workload.asOf());
  }

  @Override
  public Totals compute() {
    Impacts impacts = impacts();
    RevenueAtRisk risk =
        RevenueAtRiskStrategy.calendarAccurate()
            .assess(workload.connections(), impacts, workload.period());
    return totals(risk);
  }

  private static double seconds(Instant start, Instant end) {
    Duration d = Duration.between(start, end);
    return d.getSeconds() + d.getNano() / 1e9;
  }

  Totals totals(RevenueAtRisk risk) {
    Map<String, BigDecimal> unplanned = new HashMap<>();
    risk.unplanned().all().forEach(m -> unplanned.put(m.currency().getCurrencyCode(), m.amount()));
    Map<String, BigDecimal> planned = new HashMap<>();
    risk.planned().all().forEach(m -> planned.put(m.currency().getCurrencyCode(), m.amount()));
    // Revenue-weighted availability = 1 - lost / sold revenue-minutes. Within one calendar month,
    // calendar-accurate revenue at risk is MRR x d x minutes / month minutes, so the lost
    // revenue-minutes are the unplanned total times the month's length; the sold ones are summed
    // over the connections' active windows (a ratio, in double precision like the SQL contender).
    double monthSeconds = seconds(workload.period().from(), workload.period().to());
    Map<String, double[]> sold = new HashMap<>();
    Instant from = workload.period().from();
    Instant to = workload.period().to();
    for (Connection c : workload.connections()) {
      Money mrr = c.mrr().orElse(null);
      Instant activation = c.activation().orElse(null);
      if (mrr == null || activation == null) {
        continue;
      }
      Instant start = activation.isAfter(from) ? activation : from;
      Instant end = c.termination().filter(t -> t.isBefore(to)).orElse(to);
      if (start.isBefore(end)) {
        sold.computeIfAbsent(mrr.currency().getCurrencyCode(), k -> new double[1])[0] +=
            mrr.amount().doubleValue() * seconds(start, end);
      }
    }
    Map<String, double[]> lost = new HashMap<>();
    unplanned.forEach(
        (code, amount) -> lost.put(code, new double[] {amount.doubleValue() * monthSeconds}));
    Map<String, BigDecimal> availability = new HashMap<>();
    sold.forEach(
        (code, s) ->
            availability.put(
                code,
                Totals.availability(
                    BigDecimal.valueOf(lost.getOrDefault(code, new double[1])[0]),
                    BigDecimal.valueOf(s[0]))));
    return new Totals(unplanned, planned, availability);
  }
}
