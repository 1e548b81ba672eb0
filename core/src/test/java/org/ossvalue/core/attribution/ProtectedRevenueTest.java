package org.ossvalue.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ossvalue.core.attribution.NetCoRecords.t;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.RevenueAttribution;
import org.ossvalue.core.Severity;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

class ProtectedRevenueTest {

  private static final RevenueAtRiskStrategy CALENDAR = RevenueAtRiskStrategy.calendarAccurate();

  /**
   * docs/formulas.md, "Protected revenue": 4,464.00 EUR a month is 0.10 EUR a minute in March; a
   * 100-minute outage detected by its alarm and restored under a ticket.
   */
  @Test
  void oneTicketedOutageProtectsFifteenThirtyAndShapleySplitsIt() {
    Topology network = Topology.builder().resource("R-1").service("S-1", "R-1").build();
    Connection c =
        Connection.builder()
            .id("C-1")
            .account("A-1")
            .addRealizedBy("S-1")
            .addRecurringCharges(RecurringCharge.monthly(Money.of("4464.00", "EUR")))
            .activation(t("2025-01-01T00:00:00Z"))
            .build();
    Cause alarm =
        Cause.alarm("A-1")
            .element("R-1")
            .severity(Severity.CRITICAL)
            .raised(t("2025-03-10T10:00:00Z"))
            .cleared(t("2025-03-10T11:40:00Z"))
            .build();
    TroubleTicket ticket =
        TroubleTicket.builder()
            .id("TT-1")
            .created(t("2025-03-10T10:05:00Z"))
            .resolved(t("2025-03-10T11:40:00Z"))
            .status("resolved")
            .addAlarms("A-1")
            .build();
    Impacts impacts =
        ImpactEngine.create().compute(network, List.of(c), List.of(alarm), NetCo.AS_OF);
    RevenueAtRisk risk = CALENDAR.assess(List.of(c), impacts, NetCo.MARCH);
    ProtectedRevenue p =
        CounterfactualModel.defaults()
            .assess(risk, List.of(c), List.of(alarm), List.of(ticket), List.of());

    assertEquals(MoneyTotals.of(Money.of("10.00", "EUR")), p.actual());
    // baseline: 0 + 30 + 100 × 2 = 230 minutes × 0.10 × 1.1 (change) = 25.30
    assertEquals(MoneyTotals.of(Money.of("25.30", "EUR")), p.baseline(Bound.CENTRAL));
    assertEquals(MoneyTotals.of(Money.of("15.30", "EUR")), p.central());
    // low: (10 + 150) × 0.10 × 1.05 − 10 = 6.80; high: (60 + 300) × 0.10 × 1.2 − 10 = 33.20
    assertEquals(MoneyTotals.of(Money.of("6.80", "EUR")), p.low());
    assertEquals(MoneyTotals.of(Money.of("33.20", "EUR")), p.high());

    Game g = p.game(Money.currency("EUR"));
    OssFunction f = OssFunction.FAULT_MANAGEMENT;
    OssFunction i = OssFunction.INCIDENT_MANAGEMENT;
    OssFunction ch = OssFunction.CHANGE_MANAGEMENT;
    assertValue("3.3", g, Set.of(f)); // 25.30 − 200 × 0.10 × 1.1
    assertValue("11", g, Set.of(i)); // 25.30 − 130 × 0.10 × 1.1
    assertValue("2.3", g, Set.of(ch)); // 25.30 − 230 × 0.10
    assertValue("14.3", g, Set.of(f, i));
    assertValue("15.3", g, Set.of(f, i, ch));
    List<RevenueAttribution> shares = p.attribute(AttributionStrategy.shapley());
    assertEquals(
        "[RevenueAttribution{pool=15.30 EUR, shares=[faultManagement=3.15 EUR,"
            + " incidentManagement=10.50 EUR, problemManagement=0.00 EUR,"
            + " changeManagement=1.65 EUR]}]",
        shares.toString());
  }

  @Test
  void netCoCreditsOnlyTheFunctionsItsRecordsShowAtWork() {
    ProtectedRevenue p = netCo();
    assertEquals(10, p.entries().size(), "every unplanned revenue-at-risk entry, P-1006 twice");
    assertEquals(
        "[changeManagement, faultManagement, incidentManagement, problemManagement]"
            + " on [alarm:7001, alarm:7008, problem:SP-8001, ticket:TT-5001]",
        credit(p, "P-1001"));
    assertEquals(
        "[changeManagement, faultManagement, incidentManagement, problemManagement]"
            + " on [alarm:7001, problem:SP-8001, ticket:TT-5001]",
        credit(p, "P-1002"),
        "TT-5001 links alarm 7001, the shared cause");
    assertEquals(
        "[changeManagement, faultManagement, incidentManagement] on [alarm:7002, alarm:7003,"
            + " ticket:TT-5002]",
        credit(p, "P-1003"),
        "TT-5002 names SVC-2003, which realises P-1003");
    assertEquals("[changeManagement, faultManagement] on [alarm:7004]", credit(p, "P-1004"));
    assertEquals(
        "[changeManagement, faultManagement, incidentManagement] on [alarm:7004, ticket:TT-5003]",
        credit(p, "P-1008"));
    assertEquals("[changeManagement, faultManagement] on [alarm:7006]", credit(p, "P-1010"));
  }

  @Test
  void netCoActualLossIsTheUnplannedRevenueAtRiskAndTheBaselineFollowsTheFormula() {
    ProtectedRevenue p = netCo();
    assertEquals(netCoRisk().unplanned(), p.actual());
    assertEquals(Money.of("111.42", "EUR"), p.actual().get("EUR").rounded());
    ProtectedRevenue.Entry p1001 = entry(p, "P-1001");
    // 450 × (0 + 30 + 230 × 2) ÷ 44,640 × 1.25 × 1.1
    BigDecimal expected =
        new BigDecimal("450")
            .multiply(new BigDecimal("490"))
            .multiply(new BigDecimal("1.375"))
            .divide(new BigDecimal("44640"), 30, RoundingMode.HALF_EVEN);
    BigDecimal gap = p1001.baseline(Bound.CENTRAL).amount().subtract(expected).abs();
    assertTrue(gap.compareTo(new BigDecimal("1E-18")) < 0, p1001.toString());
    assertEquals(Money.of("6.79", "EUR"), p1001.baseline(Bound.CENTRAL).rounded());
    assertEquals(Money.of("4.47", "EUR"), p1001.protectedAt(Bound.CENTRAL).rounded());
  }

  @Test
  void netCoRangeIsOrderedAndEveryCurrencySplitsExactly() {
    ProtectedRevenue p = netCo();
    for (String code : List.of("EUR", "GBP")) {
      Money low = p.low().get(code);
      Money central = p.central().get(code);
      Money high = p.high().get(code);
      assertTrue(low.compareTo(central) <= 0 && central.compareTo(high) <= 0, code + " " + p);
    }
    for (RevenueAttribution a : p.attribute(AttributionStrategy.shapley())) {
      assertEquals(p.central().get(a.pool().currency()).rounded(), a.pool());
      assertEquals(4, a.shares().size());
    }
  }

  @Test
  void netCoFiguresAtDefaultParameters() {
    ProtectedRevenue p = netCo();
    assertEquals(
        "central [32.22 EUR, 1.29 GBP], low [14.78 EUR, 0.48 GBP], high [71.74 EUR, 2.74 GBP]",
        "central "
            + p.central().rounded()
            + ", low "
            + p.low().rounded()
            + ", high "
            + p.high().rounded(),
        "docs/attribution.md");
    List<RevenueAttribution> shares = p.attribute(AttributionStrategy.shapley());
    assertEquals(
        "[RevenueAttribution{pool=32.22 EUR, shares=[faultManagement=1.56 EUR,"
            + " incidentManagement=16.47 EUR, problemManagement=2.11 EUR,"
            + " changeManagement=12.08 EUR]}, RevenueAttribution{pool=1.29 GBP,"
            + " shares=[faultManagement=0.85 GBP, incidentManagement=0.00 GBP,"
            + " problemManagement=0.00 GBP, changeManagement=0.44 GBP]}]",
        shares.toString());
  }

  @Test
  void riskValuedWithAnotherStrategyIsRefused() {
    RevenueAtRisk flat =
        RevenueAtRiskStrategy.flatRate().assess(NetCo.connections(), netCoImpacts(), NetCo.MARCH);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CounterfactualModel.defaults()
                    .assess(flat, NetCo.connections(), NetCo.alarms(), List.of(), List.of()));
    assertEquals(
        "risk must be valued with this model's strategy"
            + " RevenueAtRiskStrategy.calendarAccurate(), was RevenueAtRiskStrategy.flatRate()",
        e.getMessage());
  }

  @Test
  void parametersArePrintableAndValidated() {
    assertEquals(
        "{detectionDelayMinutes without faultManagement=30 (10 to 60), restoreMultiplier without"
            + " incidentManagement=2 (1.5 to 3), recurrence without problemManagement=0.25 (0.1 to"
            + " 0.5), changeCausedShare without changeManagement=0.1 (0.05 to 0.2)}",
        CounterfactualConfig.defaults().parameters().toString());
    IllegalArgumentException order =
        assertThrows(IllegalArgumentException.class, () -> ParameterRange.of("3", "2", "1"));
    assertEquals("range must have low <= central <= high, was 2 (3 to 1)", order.getMessage());
    IllegalArgumentException multiplier =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CounterfactualConfig.builder()
                    .restoreMultiplier(ParameterRange.of("0.5", "2", "3"))
                    .build());
    assertEquals("restoreMultiplier must be >= 1, was 2 (0.5 to 3)", multiplier.getMessage());
  }

  private static void assertValue(String expected, Game g, Set<OssFunction> s) {
    assertEquals(0, new BigDecimal(expected).compareTo(g.value(s)), "v" + s + " = " + g.value(s));
  }

  private static String credit(ProtectedRevenue p, String connection) {
    ProtectedRevenue.Entry e = entry(p, connection);
    return new TreeSet<>(e.credited()) + " on " + e.evidence();
  }

  private static ProtectedRevenue.Entry entry(ProtectedRevenue p, String connection) {
    return p.entries().stream()
        .filter(e -> e.connection().equals(connection))
        .findFirst()
        .orElseThrow();
  }

  private static Impacts netCoImpacts() {
    return ImpactEngine.create()
        .compute(NetCo.topology(), NetCo.connections(), NetCo.alarms(), NetCo.AS_OF);
  }

  private static RevenueAtRisk netCoRisk() {
    return CALENDAR.assess(NetCo.connections(), netCoImpacts(), NetCo.MARCH);
  }

  private static ProtectedRevenue netCo() {
    return CounterfactualModel.defaults()
        .assess(
            netCoRisk(),
            NetCo.connections(),
            NetCo.alarms(),
            NetCoRecords.tickets(),
            NetCoRecords.problems());
  }
}
