package org.ossvalue.core.valuation.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.NetCoRecords;
import org.ossvalue.core.topology.ImpactEngine;

/** Reproduces fixtures-dev README section 4 (SLA credits, March 2025) from SLA terms. */
class NetCoSlaCreditsTest {

  private final List<Connection> connections = NetCo.connections();
  private final Impacts impacts =
      ImpactEngine.create().compute(NetCo.topology(), connections, NetCo.alarms(), NetCo.AS_OF);
  private final SlaEngine engine =
      SlaEngine.of(
          NetCoRecords.slaTerms().stream().map(SlaPolicy::fromTerms).collect(Collectors.toList()));
  private final SlaCredits credits = engine.assess(connections, impacts, NetCo.MARCH);

  @Test
  void creditTotalsAre190Point50EurAnd120Gbp() {
    assertEquals(
        MoneyTotals.of(Money.of("190.50", "EUR"), Money.of("120.00", "GBP")),
        credits.totals().rounded());
    assertEquals(Money.of("190.5", "EUR"), credits.totals().get("EUR"), "exact, not just rounded");
  }

  @Test
  void eachCreditMatchesTheReadme() {
    assertCredit("P-1001", "230", "99.4848", "112.50 EUR");
    assertCredit("P-1003", "45", "99.8992", "78.00 EUR");
    assertCredit("P-1010", "150", "99.6640", "120.00 GBP");
    assertCredit("P-1004", "0", "100.0000", "0.00 EUR");
    assertCredit("P-1005", "210", "99.5296", "0.00 EUR");
    assertEquals(5, credits.entries().size(), "only the five connections with an SLA");
  }

  @Test
  void plannedMinutesOfP1010AreExcludedAndExplained() {
    SlaCredit p1010 = only("P-1010");
    List<Availability.Exclusion> excluded = p1010.availability().exclusions();
    assertEquals(1, excluded.size());
    assertEquals(ExclusionReason.PLANNED_WORK, excluded.get(0).reason());
    assertEquals(new BigDecimal("120"), excluded.get(0).minutes());
    assertTrue(p1010.explain().toString().contains("120 min: planned work [alarm:7009]"));
  }

  @Test
  void countingPlannedWorkWouldWronglyGive300Gbp() {
    SlaEngine counted =
        SlaEngine.of(
            NetCoRecords.slaTerms().stream()
                .map(t -> SlaPolicy.fromTerms(SlaTermsWithPlannedCounted.of(t)))
                .collect(Collectors.toList()));
    SlaCredit p1010 =
        counted.assess(connections, impacts, NetCo.MARCH).forConnection("P-1010").get(0);
    assertEquals("99.3952", p1010.availability().percentText());
    assertEquals(Money.of("300.00", "GBP"), p1010.credit().rounded());
  }

  @Test
  void p1005IsJustAboveItsSilverThreshold() {
    SlaCredit p1005 = only("P-1005");
    assertFalse(p1005.breached());
    assertFalse(p1005.availability().isBelow(new BigDecimal("99.5")));
    assertTrue(p1005.availability().isBelow(new BigDecimal("99.53")));
    assertTrue(p1005.lines().isEmpty());
  }

  @Test
  void p1004HalfDegradedCountsNothingUnderTheFullOutageConvention() {
    SlaCredit p1004 = only("P-1004");
    assertEquals(BigDecimal.ZERO, p1004.availability().downtimeMinutes());
    Availability.Exclusion below = p1004.availability().exclusions().get(0);
    assertEquals(ExclusionReason.BELOW_DOWN_THRESHOLD, below.reason());
    assertEquals(new BigDecimal("18840"), below.minutes());
  }

  @Test
  void p1004UnderTheDegradationWeightedConventionIsOwed67Point50Eur() {
    AvailabilityConfig weighted =
        AvailabilityConfig.builder().downtimeRule(DowntimeRule.degradationWeighted()).build();
    SlaEngine weightedEngine =
        SlaEngine.of(
            NetCoRecords.slaTerms().stream()
                .map(t -> SlaPolicy.fromTerms(t, weighted))
                .collect(Collectors.toList()));
    SlaCredit p1004 =
        weightedEngine.assess(connections, impacts, NetCo.MARCH).forConnection("P-1004").get(0);
    assertEquals(new BigDecimal("9420"), p1004.availability().downtimeMinutes());
    assertEquals("78.8978", p1004.availability().percentText()); // README: 78.90 %
    assertEquals(Money.of("67.50", "EUR"), p1004.credit().rounded());
    assertTrue(p1004.lines().get(0).clause().contains("< 99 % -> 15 % of MRR"));
  }

  @Test
  void theWorstBreachedTierAppliesAloneNotCumulatively() {
    SlaCredit p1001 = only("P-1001");
    assertEquals(1, p1001.lines().size());
    assertTrue(
        p1001.lines().get(0).clause().contains("< 99.5 % -> 25 % of MRR"),
        p1001.lines().toString());
  }

  @Test
  void aCreditExplainsItsFormulaInputsAndClause() {
    String text = only("P-1001").explain().toString();
    assertTrue(text.contains("1 - 230 / 44640 min = 99.4848 %"), text);
    assertTrue(text.contains("MRR = 450.00 EUR [connection:P-1001]"), text);
    assertTrue(text.contains("[alarm:7001, alarm:7008]"), text);
    assertTrue(text.contains("SLA-9001"), text);
    assertEquals("112.50 EUR", only("P-1001").explain().result());
  }

  @Test
  void ledgerEntriesCarryEveryNonZeroCredit() {
    assertEquals(3, credits.ledgerEntries().size());
    assertEquals(
        credits.totals(),
        credits.ledgerEntries().stream()
            .map(org.ossvalue.core.valuation.LedgerEntry::amount)
            .collect(MoneyTotals.collector()));
  }

  private SlaCredit only(String connection) {
    List<SlaCredit> entries = credits.forConnection(connection);
    assertEquals(1, entries.size(), connection);
    return entries.get(0);
  }

  private void assertCredit(String connection, String downtime, String percent, String credit) {
    SlaCredit c = only(connection);
    assertEquals(new BigDecimal(downtime), c.availability().downtimeMinutes(), connection);
    assertEquals(new BigDecimal("44640"), c.availability().measuredMinutes(), connection);
    assertEquals(percent, c.availability().percentText(), connection);
    assertEquals(credit, c.credit().rounded().toString(), connection);
  }

  /** The same terms with planned work counted: the README's "wrong" figure. */
  private static final class SlaTermsWithPlannedCounted {
    static org.ossvalue.core.sla.SlaTerms of(org.ossvalue.core.sla.SlaTerms terms) {
      return org.ossvalue.core.sla.SlaTerms.builder().from(terms).plannedExcluded(false).build();
    }
  }
}
