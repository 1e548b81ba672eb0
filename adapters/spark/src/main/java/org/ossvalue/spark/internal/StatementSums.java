package org.ossvalue.spark.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.Headline;
import org.ossvalue.core.statement.ValueStatement;

/**
 * Every additive per-currency figure of a statement by name ({@code headline.atRisk}, {@code
 * enabled.pulledForward}, …): what a partition emits, what the driver sums, what tests compare.
 * Each list is padded to the statement's currencies.
 */
public final class StatementSums {

  private StatementSums() {}

  /** The figures of a statement, in a fixed order. */
  public static Map<String, List<Money>> of(ValueStatement s) {
    Map<String, List<Money>> m = new LinkedHashMap<>();
    Headline h = s.headline();
    m.put("headline.connected", h.connected());
    m.put("headline.mrr", h.mrr());
    m.put("headline.enabled", h.enabled());
    m.put("headline.protectedRevenue", h.protectedRevenue());
    m.put("headline.atRisk", h.atRisk());
    m.put("headline.plannedAtRisk", h.plannedAtRisk());
    m.put("headline.lost", h.lost());
    m.put("headline.credits", h.credits());
    m.put("headline.usageLost", h.usageLost());
    m.put("headline.delayed", h.delayed());
    m.put("headline.leakage", h.leakage());
    m.put("headline.churnExposure", h.churnExposure());
    m.put("revenueAtRisk.totals", s.revenueAtRisk().totals());
    m.put("revenueAtRisk.plannedTotals", s.revenueAtRisk().plannedTotals());
    m.put("usageLost.totals", s.usageLost().totals());
    m.put("slaCredits.totals", s.slaCredits().totals());
    m.put("fulfilment.pulledForward", s.fulfilment().pulledForward());
    m.put("fulfilment.delayed", s.fulfilment().delayed());
    m.put("fulfilment.capacityLost", s.fulfilment().capacityLost());
    m.put("fulfilment.activatedMrr", s.fulfilment().activatedMrr());
    m.put("fulfilment.forecastDelay", s.fulfilment().forecastDelay());
    m.put("enabled.activated", s.enabled().activated());
    m.put("enabled.pulledForward", s.enabled().pulledForward());
    m.put("enabled.includedInActivated", s.enabled().includedInActivated());
    m.put("enabled.total", s.enabled().total());
    m.put("enabled.activatedMrr", s.enabled().activatedMrr());
    m.put("lost.credits", s.lost().credits());
    m.put("lost.usageLost", s.lost().usageLost());
    m.put("lost.delayed", s.lost().delayed());
    m.put("lost.capacityLost", s.lost().capacityLost());
    m.put("lost.total", s.lost().total());
    m.put("leakage.totals", s.leakage().totals());
    m.put("leakage.overchargeTotals", s.leakage().overchargeTotals());
    m.put("leakage.notAssessableExpected", s.leakage().notAssessableExpected());
    m.put("leakage.usageRated", s.leakage().usageRated());
    m.put("leakage.usageBilled", s.leakage().usageBilled());
    m.put("churnExposure.low", s.churnExposure().low());
    m.put("churnExposure.central", s.churnExposure().central());
    m.put("churnExposure.high", s.churnExposure().high());
    m.put("protectedRevenue.low", s.protectedRevenue().low());
    m.put("protectedRevenue.central", s.protectedRevenue().central());
    m.put("protectedRevenue.high", s.protectedRevenue().high());
    return m;
  }
}
