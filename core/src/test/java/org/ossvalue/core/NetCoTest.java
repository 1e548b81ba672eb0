package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ossvalue.core.NetCo.w;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/** Reproduces fixtures-dev README sections 1 to 3 ("NetCo", March 2025) with the core API. */
class NetCoTest {

  private final List<Connection> connections = NetCo.connections();
  private final Impacts impacts =
      ImpactEngine.create().compute(NetCo.topology(), connections, NetCo.alarms(), NetCo.AS_OF);
  private final RevenueAtRisk risk =
      RevenueAtRiskStrategy.calendarAccurate().assess(connections, impacts, NetCo.MARCH);

  // --- §1 connections and MRR ---

  @Test
  void mrrPerProductFollowsRecurringChargesNormalisedToAMonth() {
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("P-1001", "450.00 EUR"),
            Map.entry("P-1002", "320.00 EUR"),
            Map.entry("P-1003", "780.00 EUR"),
            Map.entry("P-1004", "450.00 EUR"),
            Map.entry("P-1005", "89.90 EUR"),
            Map.entry("P-1006", "59.00 EUR"),
            Map.entry("P-1007", "89.90 EUR"),
            Map.entry("P-1008", "42.01 EUR"),
            Map.entry("P-1009", "25.00 EUR"),
            Map.entry("P-1010", "1200.00 GBP"),
            Map.entry("P-1011", "150.00 GBP"),
            Map.entry("P-1012", "120.00 EUR"));
    for (Connection c : connections) {
      assertEquals(expected.get(c.id()), c.mrr().orElseThrow().toString(), c.id());
    }
  }

  @Test
  void activeMrrTotalsPerCurrencyAndSegmentAreNeverMixed() {
    List<Connection> active =
        connections.stream()
            .filter(c -> c.isActiveAt(NetCo.t("2025-03-31T00:00:00Z")))
            .collect(Collectors.toList());
    MoneyTotals totals =
        active.stream().map(c -> c.mrr().orElseThrow()).collect(MoneyTotals.collector());
    assertEquals(Money.of("2215.91", "EUR"), totals.get("EUR"));
    assertEquals(Money.of("1350.00", "GBP"), totals.get("GBP"));

    Map<String, MoneyTotals> bySegment = new TreeMap<>();
    for (Connection c : active) {
      bySegment.merge(
          c.segment().orElseThrow(), MoneyTotals.of(c.mrr().orElseThrow()), MoneyTotals::plus);
    }
    assertEquals(Money.of("2000.00", "EUR"), bySegment.get("enterprise").get("EUR"));
    assertEquals(Money.of("148.90", "EUR"), bySegment.get("smb").get("EUR"));
    assertEquals(Money.of("67.01", "EUR"), bySegment.get("residential").get("EUR"));
  }

  @Test
  void pendingConnectionHasContractedMrrButNoActiveWindow() {
    Connection p1007 = byId("P-1007");
    assertEquals(Money.of("89.90", "EUR"), p1007.mrr().orElseThrow());
    assertTrue(p1007.activeWindow(NetCo.MARCH.window()).isEmpty());
  }

  @Test
  void terminatedConnectionEarnedFourteenThirtyFirstsOfMarch() {
    Connection p1012 = byId("P-1012");
    TimeWindow active = p1012.activeWindow(NetCo.MARCH.window()).orElseThrow();
    Money earned =
        RevenueAtRiskStrategy.calendarAccurate()
            .valueOf(p1012.mrr().orElseThrow(), active, BigDecimal.ONE, NetCo.MARCH.zone());
    assertEquals(Money.of("54.19", "EUR"), earned.rounded());
  }

  // --- §2 impacts ---

  @Test
  void overlappingOutagesAreCountedOnce() {
    List<ServiceImpact> p1001 = impacts.forConnection("P-1001");
    assertEquals(1, p1001.size());
    ServiceImpact only = p1001.get(0);
    assertEquals(w("2025-03-04T02:10:00Z", "2025-03-04T06:00:00Z"), only.window());
    assertEquals(new BigDecimal("230"), only.minutes());
    assertEquals(0, only.degradation().compareTo(BigDecimal.ONE));
    assertEquals(Set.of(CauseRef.parse("alarm:7001"), CauseRef.parse("alarm:7008")), only.causes());
  }

  @Test
  void everyImpactWindowMatchesTheReadme() {
    assertImpacts("P-1002", "2025-03-04T02:10:00Z/2025-03-04T05:40:00Z 1 unplanned [alarm:7001]");
    assertImpacts("P-1005", "2025-03-04T02:10:00Z/2025-03-04T05:40:00Z 1 unplanned [alarm:7001]");
    assertImpacts(
        "P-1006",
        "2025-03-04T02:10:00Z/2025-03-04T05:40:00Z 1 unplanned [alarm:7001]",
        "2025-03-28T09:00:00Z/2025-04-01T00:00:00Z 0.25 unplanned [alarm:7007]");
    assertImpacts("P-1012", "2025-03-04T02:10:00Z/2025-03-04T05:40:00Z 1 unplanned [alarm:7001]");
    assertImpacts(
        "P-1003", "2025-03-10T11:00:00Z/2025-03-10T11:45:00Z 1 unplanned [alarm:7002, alarm:7003]");
    assertImpacts("P-1004", "2025-03-18T22:00:00Z/2025-04-01T00:00:00Z 0.5 unplanned [alarm:7004]");
    assertImpacts("P-1008", "2025-03-18T22:00:00Z/2025-04-01T00:00:00Z 0.5 unplanned [alarm:7004]");
    assertImpacts(
        "P-1010",
        "2025-03-02T01:00:00Z/2025-03-02T03:00:00Z 1 planned [alarm:7009]",
        "2025-03-25T14:15:00Z/2025-03-25T16:45:00Z 1 unplanned [alarm:7006]");
    assertImpacts("P-1007");
    assertImpacts("P-1009");
    assertImpacts("P-1011");
  }

  @Test
  void minutesPerProductMatchTheReadme() {
    assertEquals(minutes(230), minutesOf("P-1001"));
    assertEquals(minutes(210), minutesOf("P-1002"));
    assertEquals(minutes(45), minutesOf("P-1003"));
    assertEquals(minutes(18840), minutesOf("P-1004"));
    assertEquals(minutes(210 + 5220), minutesOf("P-1006"));
    assertEquals(minutes(18840), minutesOf("P-1008"));
    assertEquals(minutes(120 + 150), minutesOf("P-1010"));
  }

  @Test
  void sharedAggregationAlarmReachesSixConnectionsOfWhichFiveAreValued() {
    Set<String> reach = NetCo.topology().reach("RES-AGG-MUC-01", connections);
    assertEquals(Set.of("P-1001", "P-1002", "P-1005", "P-1006", "P-1012", "P-1007"), reach);
    Set<String> impacted =
        impacts.all().stream()
            .filter(i -> i.causes().contains(CauseRef.parse("alarm:7001")))
            .map(ServiceImpact::connection)
            .collect(Collectors.toSet());
    assertEquals(Set.of("P-1001", "P-1002", "P-1005", "P-1006", "P-1012"), impacted);
  }

  @Test
  void oneRedundantPathDownAloneImpactsNothing() {
    assertEquals(
        0,
        impacts.degradationAt("P-1003", NetCo.t("2025-03-10T09:00:00Z")).signum(),
        "7002 alone (08:00-12:00) leaves the other PE up");
  }

  // --- §3 revenue at risk ---

  @Test
  void revenueAtRiskPerProductMatchesTheReadmeExactly() {
    assertExact("P-1001", "2.318548", "2.32");
    assertExact("P-1002", "1.505376", "1.51");
    assertExact("P-1003", "0.786290", "0.79");
    assertExact("P-1004", "94.959677", "94.96");
    assertExact("P-1005", "0.422916", "0.42");
    assertExact("P-1006", "2.002352", "2.00");
    assertExact("P-1008", "8.865013", "8.87");
    assertExact("P-1012", "0.564516", "0.56");
    assertExact("P-1010", "4.032258", "4.03");
  }

  @Test
  void totalsAreSummedUnroundedAndRoundedOnlyForDisplay() {
    assertEquals(Money.of("111.42", "EUR"), risk.unplanned().get("EUR").rounded());
    assertEquals(
        "111.424690",
        risk.unplanned()
            .get("EUR")
            .amount()
            .setScale(6, java.math.RoundingMode.DOWN)
            .toPlainString());
    MoneyTotals sumOfDisplayed =
        risk.entries().stream()
            .filter(e -> e.classification() == ImpactClass.UNPLANNED)
            .map(e -> e.amount().rounded())
            .collect(MoneyTotals.collector());
    assertEquals(Money.of("111.43", "EUR"), sumOfDisplayed.get("EUR"), "the trap the README names");
    assertEquals(Money.of("4.03", "GBP"), risk.unplanned().get("GBP").rounded());
  }

  @Test
  void plannedWorkIsReportedApart() {
    assertEquals(MoneyTotals.of(Money.of("3.23", "GBP")), risk.planned().rounded());
    assertEquals(Money.of("4.03", "GBP"), risk.unplannedFor("P-1010").orElseThrow().rounded());
  }

  @Test
  void usageRevenueLostIsProRataOfMonthlyUsage() {
    assertEquals(MoneyTotals.of(Money.of("0.06", "EUR")), risk.usageLost().rounded());
  }

  private void assertExact(String connection, String exactPrefix, String display) {
    Money amount = risk.unplannedFor(connection).orElseThrow();
    assertTrue(
        amount.amount().toPlainString().startsWith(exactPrefix),
        connection + " exact " + amount + " should start with " + exactPrefix);
    assertEquals(display, amount.roundedAmount().toPlainString(), connection);
  }

  private void assertImpacts(String connection, String... expected) {
    List<String> actual =
        impacts.forConnection(connection).stream()
            .map(
                i ->
                    i.window().start()
                        + "/"
                        + i.window().end()
                        + " "
                        + i.degradation().toPlainString()
                        + " "
                        + i.classification()
                        + " "
                        + i.causes())
            .collect(Collectors.toList());
    assertEquals(List.of(expected), actual, connection);
  }

  private BigDecimal minutesOf(String connection) {
    return impacts.forConnection(connection).stream()
        .map(ServiceImpact::minutes)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal minutes(long m) {
    return BigDecimal.valueOf(m);
  }

  private Connection byId(String id) {
    return connections.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
