package org.ossvalue.core.valuation.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.Estimate;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.MoneyEstimate;

class ChurnModelTest {

  /** The enterprise parameters of the docs/formulas.md worked example. */
  static final ChurnParameters ENTERPRISE =
      ChurnParameters.builder()
          .margin(new BigDecimal("0.6"))
          .perIncident(Estimate.of("0.1", "0.2", "0.3"))
          .perImpactHour(Estimate.of("0.02", "0.05", "0.08"))
          .build();

  private static final Instant AS_OF = NetCo.AS_OF;

  @Test
  void churnExposureOfP1001MatchesTheWorkedExample() {
    List<Connection> connections = NetCo.connections();
    Impacts impacts =
        ImpactEngine.create().compute(NetCo.topology(), connections, NetCo.alarms(), AS_OF);
    ChurnExposure exposure =
        ChurnModel.of(ChurnConfig.builder().putBySegment("enterprise", ENTERPRISE).build())
            .assess(connections, impacts, AS_OF);
    ChurnExposure.Entry p1001 = exposure.forConnection("P-1001").orElseThrow();
    assertEquals(Money.of("13500", "EUR"), p1001.lifetimeValue(), "450 x 0.6 / (0.01 + 0.01)");
    assertEquals(1, p1001.incidents());
    assertEquals(new BigDecimal("0.526680517977"), p1001.weightedIncidents(), "0.5^(27.75/30)");
    assertEquals(new BigDecimal("0.113615128284"), p1001.baselineProbability(), "1 - 0.99^12");
    assertEquals(new BigDecimal("1.229101239715"), p1001.hazardMultiplier().central());
    assertEquals(
        MoneyEstimate.of(
            Money.of("139.90", "EUR"), Money.of("326.11", "EUR"), Money.of("531.16", "EUR")),
        p1001.expectedLoss().rounded());
    assertTrue(p1001.explain().toString().contains("[alarm:7001, alarm:7008]"));
  }

  @Test
  void defaultsValueNothingUntilCoefficientsAreSupplied() {
    List<Connection> connections = NetCo.connections();
    Impacts impacts =
        ImpactEngine.create().compute(NetCo.topology(), connections, NetCo.alarms(), AS_OF);
    ChurnExposure exposure = ChurnModel.defaults().assess(connections, impacts, AS_OF);
    assertTrue(exposure.entries().size() > 0, "exposure is still measured");
    assertEquals(
        MoneyTotals.of(Money.zero(Money.currency("EUR")), Money.zero(Money.currency("GBP"))),
        exposure.central());
    assertTrue(exposure.ledgerEntries().isEmpty());
  }

  @Test
  void olderIncidentsWeighLessAndWithoutDecayAllWeighOne() {
    Connection c = connection("C1", "100.00");
    Impacts recent = impacts(down("C1", "2025-03-30T00:00Z/2025-03-30T01:00Z"));
    Impacts old = impacts(down("C1", "2025-01-30T00:00Z/2025-01-30T01:00Z"));
    ChurnModel model = model(ENTERPRISE);
    Money recentLoss =
        model.assess(List.of(c), recent, AS_OF).entries().get(0).expectedLoss().central();
    Money oldLoss = model.assess(List.of(c), old, AS_OF).entries().get(0).expectedLoss().central();
    assertTrue(recentLoss.compareTo(oldLoss) > 0);
    ChurnModel noDecay =
        model(ChurnParameters.builder().from(ENTERPRISE).halfLife(Duration.ZERO).build());
    assertEquals(
        noDecay.assess(List.of(c), recent, AS_OF).entries().get(0).expectedLoss(),
        noDecay.assess(List.of(c), old, AS_OF).entries().get(0).expectedLoss());
  }

  @Test
  void impactsOutsideTheLookbackAndPlannedWorkDoNotCount() {
    Connection c = connection("C1", "100.00");
    Impacts impacts =
        impacts(
            down("C1", "2024-12-01T00:00Z/2024-12-01T05:00Z"),
            ServiceImpact.builder()
                .connection("C1")
                .window(TimeWindow.parse("2025-03-20T00:00Z/2025-03-20T05:00Z"))
                .degradation(BigDecimal.ONE)
                .classification(ImpactClass.PLANNED)
                .addCauses(CauseRef.parse("plannedWork:W1"))
                .build());
    assertTrue(model(ENTERPRISE).assess(List.of(c), impacts, AS_OF).entries().isEmpty());
    ChurnModel counting =
        model(ChurnParameters.builder().from(ENTERPRISE).plannedCounts(true).build());
    assertEquals(1, counting.assess(List.of(c), impacts, AS_OF).entries().get(0).incidents());
  }

  @Test
  void touchingImpactsAreOneIncidentWithTheirHoursWeightedByDegradation() {
    Connection c = connection("C1", "100.00");
    Impacts impacts =
        Impacts.builder()
            .asOf(AS_OF)
            .all(
                List.of(
                    impact("C1", "2025-03-10T00:00Z/2025-03-10T02:00Z", "0.5"),
                    impact("C1", "2025-03-10T02:00Z/2025-03-10T03:00Z", "1")))
            .build();
    ChurnExposure.Entry e = model(ENTERPRISE).assess(List.of(c), impacts, AS_OF).entries().get(0);
    assertEquals(1, e.incidents());
    assertEquals(new BigDecimal("2"), e.impactHours(), "0.5 x 2 h + 1 x 1 h");
  }

  @Test
  void theLinearUpliftIsExact() {
    ChurnConfig config =
        ChurnConfig.builder()
            .fallback(
                ChurnParameters.builder()
                    .halfLife(Duration.ZERO)
                    .perIncident(Estimate.of("0.5", "1", "1.5"))
                    .build())
            .uplift(ChurnUplift.linear())
            .build();
    ChurnExposure.Entry e =
        ChurnModel.of(config)
            .assess(
                List.of(connection("C1", "100.00")),
                impacts(down("C1", "2025-03-10T00:00Z/2025-03-10T01:00Z")),
                AS_OF)
            .entries()
            .get(0);
    assertEquals(Estimate.of("1.5", "2", "2.5"), e.hazardMultiplier());
  }

  @Test
  void aTerminatedConnectionIsValuedButMarkedSoTheGuardCanExcludeIt() {
    Connection ended =
        Connection.builder()
            .from(connection("C1", "100.00"))
            .termination(Instant.parse("2025-03-20T00:00:00Z"))
            .build();
    ChurnExposure.Entry e =
        model(ENTERPRISE)
            .assess(
                List.of(ended), impacts(down("C1", "2025-03-10T00:00Z/2025-03-10T01:00Z")), AS_OF)
            .entries()
            .get(0);
    assertEquals(Instant.parse("2025-03-20T00:00:00Z"), e.terminated().orElseThrow());
  }

  @Test
  void ledgerEntriesCarryTheCentralAmountAndTheRange() {
    ChurnExposure exposure =
        model(ENTERPRISE)
            .assess(
                List.of(connection("C1", "100.00")),
                impacts(down("C1", "2025-03-10T00:00Z/2025-03-10T01:00Z")),
                AS_OF);
    LedgerEntry entry = exposure.ledgerEntries().get(0);
    assertEquals(exposure.entries().get(0).expectedLoss().central(), entry.amount());
    assertEquals(exposure.entries().get(0).expectedLoss(), entry.range().orElseThrow());
    assertTrue(exposure.low().get("EUR").compareTo(exposure.high().get("EUR")) < 0);
  }

  @Test
  void invalidParametersAreRefusedWithTheAttributeNamed() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> ChurnParameters.builder().baselineMonthlyChurn(BigDecimal.ONE).build());
    assertEquals("baselineMonthlyChurn must be in (0, 1), was 1", e.getMessage());
  }

  private static ChurnModel model(ChurnParameters p) {
    return ChurnModel.of(ChurnConfig.builder().fallback(p).build());
  }

  private static Impacts impacts(ServiceImpact... impacts) {
    return Impacts.builder().asOf(AS_OF).all(List.of(impacts)).build();
  }

  private static ServiceImpact down(String c, String interval) {
    return impact(c, interval, "1");
  }

  private static ServiceImpact impact(String c, String interval, String d) {
    return ServiceImpact.builder()
        .connection(c)
        .window(TimeWindow.parse(interval))
        .degradation(new BigDecimal(d))
        .classification(ImpactClass.UNPLANNED)
        .addCauses(CauseRef.parse("alarm:1"))
        .build();
  }

  static Connection connection(String id, String mrr) {
    return Connection.builder()
        .id(id)
        .account("A")
        .activation(Instant.parse("2024-01-01T00:00:00Z"))
        .addRecurringCharges(RecurringCharge.monthly(Money.of(mrr, "EUR")))
        .attributes(Map.of())
        .build();
  }
}
