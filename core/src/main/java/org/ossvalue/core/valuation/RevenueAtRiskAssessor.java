package org.ossvalue.core.valuation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;

/** Applies a strategy to every impact in a period. */
final class RevenueAtRiskAssessor {

  private RevenueAtRiskAssessor() {}

  static RevenueAtRisk assess(
      RevenueAtRiskStrategy strategy,
      Collection<Connection> connections,
      Impacts impacts,
      ReportingPeriod period) {
    Map<String, Connection> byId = new HashMap<>();
    for (Connection c : connections) {
      byId.put(c.id(), c);
    }
    RevenueAtRisk.Builder report =
        RevenueAtRisk.builder().period(period).strategy(strategy.toString());
    for (ServiceImpact impact : impacts.all()) {
      Optional<TimeWindow> inPeriod = impact.window().intersection(period.window());
      if (inPeriod.isEmpty()) {
        continue;
      }
      Connection connection = byId.get(impact.connection());
      Optional<Money> mrr = connection == null ? Optional.empty() : connection.mrr();
      if (mrr.isEmpty()) {
        report.addUnvaluedConnections(impact.connection());
        continue;
      }
      TimeWindow window = inPeriod.get();
      RevenueAtRisk.Entry.Builder entry =
          RevenueAtRisk.Entry.builder()
              .connection(impact.connection())
              .window(window)
              .degradation(impact.degradation())
              .classification(impact.classification())
              .causes(impact.causes())
              .mrr(mrr.get())
              .amount(strategy.valueOf(mrr.get(), window, impact.degradation(), period.zone()));
      connection
          .usageRevenuePerMonth()
          .ifPresent(
              usage ->
                  entry.usageLost(
                      strategy.valueOf(usage, window, impact.degradation(), period.zone())));
      report.addEntries(entry.build());
    }
    return report.build();
  }
}
