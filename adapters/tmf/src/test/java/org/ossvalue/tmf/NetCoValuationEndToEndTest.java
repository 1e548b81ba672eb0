package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.fulfilment.FigureKind;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValuation;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValue;
import org.ossvalue.core.valuation.leakage.LeakageCheck;
import org.ossvalue.core.valuation.leakage.LeakageReport;
import org.ossvalue.core.valuation.sla.SlaCredits;
import org.ossvalue.core.valuation.sla.SlaEngine;
import org.ossvalue.core.valuation.sla.SlaPolicy;

/**
 * fixtures-dev/README.md sections 4, 5 and 7 end to end: the NetCo files read by the adapter,
 * valued by the core's SLA, fulfilment and leakage strategies.
 */
class NetCoValuationEndToEndTest {

  private static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");
  private static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");
  private static final ReportingPeriod Q1 =
      ReportingPeriod.of(Instant.parse("2025-01-01T00:00:00Z"), AS_OF, java.time.ZoneOffset.UTC);

  private final TmfDataset netco = TmfReader.strict().readDirectory(Fixtures.netco());
  private final Impacts impacts =
      ImpactEngine.create().compute(netco.topology(), netco.connections(), netco.causes(), AS_OF);

  @Test
  void slaCreditsFromTheTmf623RulesAre190Point50EurAnd120Gbp() {
    SlaCredits credits =
        SlaEngine.of(
                netco.slaTerms().stream().map(SlaPolicy::fromTerms).collect(Collectors.toList()))
            .assess(netco.connections(), impacts, MARCH);
    assertEquals(
        MoneyTotals.of(Money.of("190.50", "EUR"), Money.of("120.00", "GBP")),
        credits.totals().rounded());
    assertTrue(credits.unknownAgreements().isEmpty(), credits.unknownAgreements().toString());
    assertEquals(5, credits.entries().size());
  }

  @Test
  void fulfilmentFromTheTmf622OrdersMatchesTheReadme() {
    FulfilmentValue value = FulfilmentValuation.defaults().assess(netco.orders(), Q1, AS_OF);
    assertEquals(MoneyTotals.of(Money.of("11.31", "EUR")), value.pulledForward().rounded());
    assertEquals(MoneyTotals.of(Money.of("552.46", "GBP")), value.delayed().rounded());
    assertEquals(
        MoneyTotals.of(Money.of("20.98", "EUR")), value.forecastDelay().rounded(), "informational");
    assertEquals(
        java.util.List.of(FigureKind.PULLED_FORWARD, FigureKind.ACTIVATED),
        value.unknown().stream().map(f -> f.kind()).collect(Collectors.toList()),
        "only PO-3003's, whose previous price is only in free text");
    assertTrue(value.unknown().stream().allMatch(f -> f.order().equals("PO-3003")));
    assertFalse(value.order("PO-3004").orElseThrow().lateAtAsOf());
    assertEquals(41_140, value.order("PO-3004").orElseThrow().age().orElseThrow().toMinutes());
    assertTrue(value.figures().stream().anyMatch(f -> f.kind() == FigureKind.ACTIVATED));
  }

  @Test
  void leakageFromTheTmf678BillsIsP1006s59Eur() {
    LeakageReport report =
        LeakageCheck.defaults()
            .assess(netco.connections(), netco.bills(), netco.billLines(), netco.usage(), MARCH);
    assertEquals(MoneyTotals.of(Money.of("59.00", "EUR")), report.leakage());
    assertEquals(MoneyTotals.of(Money.of("12.50", "EUR")), report.usageBilled());
    assertEquals(MoneyTotals.of(Money.of("12.50", "EUR")), report.usageRated());
    assertEquals(java.util.Set.of("BA-002", "BA-004", "BA-005", "BA-006"), report.notAssessable());
  }
}
