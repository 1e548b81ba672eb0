package org.ossvalue.core.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.Scenario;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.topology.ImpactEngine;

/**
 * The assessor's fast path (months worked out once per period, only impacted connections looked up)
 * gives exactly what valuing each impact with {@link RevenueAtRiskStrategy#valueOf} gives.
 */
class RevenueAtRiskAssessorTest {

  private static final List<ReportingPeriod> PERIODS =
      List.of(
          ReportingPeriod.month("2025-03", "UTC"),
          ReportingPeriod.of(
              Instant.parse("2025-02-15T00:00:00Z"),
              Instant.parse("2025-04-15T00:00:00Z"),
              ZoneId.of("Europe/Berlin")),
          ReportingPeriod.of(
              Instant.parse("2025-03-10T12:00:00Z"),
              Instant.parse("2025-03-20T12:00:00Z"),
              ZoneId.of("America/New_York")));

  @Test
  void fastPathValuesEveryImpactExactlyAsValueOfDoes() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = Scenario.of(seed);
              Impacts impacts =
                  ImpactEngine.create()
                      .compute(s.topology, s.connections, s.causes, Scenario.AS_OF);
              for (ReportingPeriod period : PERIODS) {
                for (RevenueAtRiskStrategy strategy :
                    List.of(
                        RevenueAtRiskStrategy.calendarAccurate(),
                        RevenueAtRiskStrategy.flatRate())) {
                  assertEquals(
                      reference(strategy, s.connections, impacts, period),
                      strategy.assess(s.connections, impacts, period),
                      strategy + " " + period + " " + s);
                }
              }
            });
  }

  /** The assessor as first written: a map of every connection, valueOf per impact. */
  static RevenueAtRisk reference(
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
