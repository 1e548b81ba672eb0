package org.ossvalue.benchmarks.impact;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.ossvalue.benchmarks.workload.Workload;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
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

  Totals totals(RevenueAtRisk risk) {
    Map<String, BigDecimal> unplanned = new HashMap<>();
    risk.unplanned().all().forEach(m -> unplanned.put(m.currency().getCurrencyCode(), m.amount()));
    Map<String, BigDecimal> planned = new HashMap<>();
    risk.planned().all().forEach(m -> planned.put(m.currency().getCurrencyCode(), m.amount()));
    Map<String, BigDecimal> lost = new HashMap<>();
    for (RevenueAtRisk.Entry e : risk.entries()) {
      if (e.classification() == ImpactClass.UNPLANNED) {
        lost.merge(
            e.mrr().currency().getCurrencyCode(),
            e.mrr().amount().multiply(e.degradation()).multiply(e.window().seconds()),
            BigDecimal::add);
      }
    }
    Map<String, BigDecimal> sold = new HashMap<>();
    TimeWindow month = workload.period().window();
    for (Connection c : workload.connections()) {
      Money mrr = c.mrr().orElse(null);
      TimeWindow active = c.activeWindow(month).orElse(null);
      if (mrr != null && active != null) {
        sold.merge(
            mrr.currency().getCurrencyCode(),
            mrr.amount().multiply(active.seconds()),
            BigDecimal::add);
      }
    }
    Map<String, BigDecimal> availability = new HashMap<>();
    sold.forEach(
        (code, s) ->
            availability.put(
                code, Totals.availability(lost.getOrDefault(code, BigDecimal.ZERO), s)));
    return new Totals(unplanned, planned, availability);
  }
}
