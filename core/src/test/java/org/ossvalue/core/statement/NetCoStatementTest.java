package org.ossvalue.core.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.NetCoRecords;
import org.ossvalue.core.valuation.Estimate;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.churn.ChurnConfig;
import org.ossvalue.core.valuation.churn.ChurnParameters;

/**
 * The value statement of NetCo, March 2025: every headline figure traced to the fixtures-dev README
 * (section numbers in the comments).
 */
class NetCoStatementTest {

  private static final ValueStatement MARCH = ValueStatement.assess(NetCoInputs.march());

  static String text(List<Money> amounts) {
    return amounts.stream().map(m -> m.rounded().toString()).collect(Collectors.joining(", "));
  }

  private static String percent(BigDecimal p) {
    return AvailabilityFigure.display(p).toPlainString();
  }

  @Test
  void revenueConnectedIsRecurringRevenueEarnedInMarch() {
    // §1: 2,215.91 active + P-1012's 120.00 × 14/31 = 54.19; GBP 1,350.00
    assertEquals("2270.10 EUR, 1350.00 GBP", text(MARCH.headline().connected()));
    assertEquals("2215.91 EUR, 1350.00 GBP", text(MARCH.headline().mrr()), "active MRR");
    ConnectionLine p1012 = line("P-1012");
    assertEquals(Money.of("54.19", "EUR"), p1012.connected().orElseThrow().rounded());
    assertEquals(Money.of("0", "EUR"), p1012.mrr().orElseThrow(), "terminated on 15 March");
    assertEquals(0, new BigDecimal("20160").compareTo(p1012.activeMinutes()));
    ConnectionLine p1007 = line("P-1007");
    assertEquals(Money.of("0", "EUR"), p1007.connected().orElseThrow(), "never active");
    assertEquals(Money.of("89.90", "EUR"), p1007.contractedMrr().orElseThrow());
    assertEquals("pendingActive", p1007.status().toString());
  }

  @Test
  void activeMrrBySegmentMatchesTheReadme() {
    // §1: enterprise 2,000.00, smb 148.90, residential 67.01 EUR
    List<BreakdownRow> rows = MARCH.breakdowns().bySegment();
    assertEquals(
        List.of("enterprise", "residential", "smb"),
        rows.stream().map(r -> r.key().orElseThrow()).collect(Collectors.toList()));
    assertEquals("2000.00 EUR, 1350.00 GBP", text(rows.get(0).mrr()));
    assertEquals("67.01 EUR", text(rows.get(1).mrr()));
    assertEquals("148.90 EUR", text(rows.get(2).mrr()));
  }

  @Test
  void revenueAtRiskIs111Point42EurAnd4Point03GbpWithPlannedApart() {
    // §3: exact sum 111.424690… (not the 111.43 of the displayed cents); planned 3.23 GBP
    assertEquals("111.42 EUR, 4.03 GBP", text(MARCH.headline().atRisk()));
    assertEquals("0.00 EUR, 3.23 GBP", text(MARCH.headline().plannedAtRisk()));
    assertEquals(
        "P-1001 2.32 EUR, P-1002 1.51 EUR, P-1003 0.79 EUR, P-1004 94.96 EUR, P-1005 0.42 EUR,"
            + " P-1006 2.00 EUR, P-1008 8.87 EUR, P-1010 4.03 GBP, P-1012 0.56 EUR",
        MARCH.revenueAtRisk().byConnection().stream()
            .map(ConnectionAmount::toString)
            .collect(Collectors.joining(", ")));
    assertEquals(
        "P-1010 3.23 GBP",
        MARCH.revenueAtRisk().plannedByConnection().stream()
            .map(ConnectionAmount::toString)
            .collect(Collectors.joining(", ")));
  }

  @Test
  void slaCreditsAre190Point50EurAnd120GbpWithEachConnectionsAvailability() {
    // §4
    assertEquals("190.50 EUR, 120.00 GBP", text(MARCH.headline().credits()));
    assertEquals(
        "P-1001 SLA-9001 99.4848 % -> 112.50 EUR, P-1003 SLA-9001 99.8992 % -> 78.00 EUR,"
            + " P-1004 SLA-9002 100.0000 % -> 0.00 EUR, P-1005 SLA-9002 99.5296 % -> 0.00 EUR,"
            + " P-1010 SLA-9001 99.6640 % -> 120.00 GBP",
        MARCH.slaCredits().byConnection().stream()
            .map(CreditRow::toString)
            .collect(Collectors.joining(", ")));
  }

  @Test
  void usageLostIsP1005sShareOfItsMonthlyUsage() {
    // §3: 12.50 × 210 ÷ 44,640 = 0.0588… → 0.06 EUR
    assertEquals("0.06 EUR, 0.00 GBP", text(MARCH.headline().usageLost()));
    assertEquals("P-1005 0.06 EUR", MARCH.usageLost().byConnection().get(0).toString());
  }

  @Test
  void lostIsCreditsPlusUsageLostPlusDelayedPlusCapacityLost() {
    // 190.50 + 0.058826… = 190.558826… → 190.56 EUR; 120.00 GBP. Nothing was delayed in March.
    LostLines lost = MARCH.lost();
    assertEquals("190.56 EUR, 120.00 GBP", text(MARCH.headline().lost()));
    assertEquals("190.50 EUR, 120.00 GBP", text(lost.credits()));
    assertEquals("0.06 EUR, 0.00 GBP", text(lost.usageLost()));
    assertEquals("0.00 EUR, 0.00 GBP", text(lost.delayed()));
    assertEquals("0.00 EUR, 0.00 GBP", text(lost.capacityLost()));
    Money exact = Money.of("190.50", "EUR").plus(MARCH.lost().usageLost().get(0));
    assertEquals(exact, lost.total().get(0), "exact, rounded only for display");
  }

  @Test
  void leakageIsP1006s59EurAndAccountsWithoutABillAreNotAssessable() {
    // §7
    assertEquals("59.00 EUR, 0.00 GBP", text(MARCH.headline().leakage()));
    LeakageItem item = MARCH.leakage().items().get(0);
    assertEquals(1, MARCH.leakage().items().size());
    assertEquals("BA-003", item.account());
    assertEquals(Optional.of("P-1006"), item.connection());
    assertEquals("connectedNotBilled", item.kind());
    assertEquals(List.of("BA-002", "BA-004", "BA-005", "BA-006"), MARCH.leakage().notAssessable());
    assertEquals("12.50 EUR, 0.00 GBP", text(MARCH.leakage().usageRated()));
    assertTrue(item.explain().records().contains("bill:CB-6002"), item.explain().toString());
  }

  @Test
  void availabilityIsRevenueWeightedPerCurrency() {
    // §3: EUR 95.09 %; GBP 99.70 % unplanned, 99.46 % with planned
    List<AvailabilityFigure> a = MARCH.headline().revenueWeightedAvailability();
    assertEquals(2, a.size());
    assertEquals(Optional.of("EUR"), a.get(0).currency());
    assertEquals("95.09", percent(a.get(0).unplanned()));
    assertEquals(0, new BigDecimal("101337422.4").compareTo(a.get(0).sold()));
    assertEquals(0, new BigDecimal("4973998.2").compareTo(a.get(0).lostUnplanned()));
    assertEquals("99.70", percent(a.get(1).unplanned()));
    assertEquals("99.46", percent(a.get(1).includingPlanned()));
    AvailabilityFigure c = MARCH.headline().connectionWeightedAvailability();
    assertEquals("95.41", percent(c.unplanned()));
    assertEquals("95.39", percent(c.includingPlanned()));
  }

  @Test
  void impactsAreTheReadmesWindowsCutToMarch() {
    // §2: one line per window; P-1001 230 min, not 390; P-1006 twice; P-1010 planned apart
    assertEquals(11, MARCH.impacts().size(), MARCH.impacts().toString());
    ImpactLine p1001 = impacts("P-1001").get(0);
    assertEquals(0, new BigDecimal("230").compareTo(p1001.minutes()));
    assertEquals(List.of("alarm:7001", "alarm:7008"), p1001.causes());
    assertEquals(Money.of("2.32", "EUR"), p1001.revenueAtRisk().orElseThrow().rounded());
    assertEquals(2, impacts("P-1006").size());
    assertEquals(
        List.of(new BigDecimal("0.25")),
        impacts("P-1006").stream()
            .map(ImpactLine::degradation)
            .filter(d -> d.compareTo(BigDecimal.ONE) < 0)
            .collect(Collectors.toList()));
    List<ImpactLine> p1010 = impacts("P-1010");
    assertTrue(p1010.get(0).planned());
    assertEquals(0, new BigDecimal("120").compareTo(p1010.get(0).minutes()));
    assertFalse(p1010.get(1).planned());
    assertEquals(0, new BigDecimal("18840").compareTo(impacts("P-1004").get(0).minutes()));
    assertTrue(impacts("P-1007").isEmpty(), "not activated: never impacted");
  }

  @Test
  void topImpactsAreTheLargestUnplannedByMoneyPerCurrency() {
    assertEquals(
        List.of("P-1004", "P-1008", "P-1001"),
        MARCH.topImpacts().subList(0, 3).stream()
            .map(ImpactLine::connection)
            .collect(Collectors.toList()));
    ImpactLine last = MARCH.topImpacts().get(MARCH.topImpacts().size() - 1);
    assertEquals("P-1010", last.connection(), "GBP after EUR");
    assertEquals(List.of("alarm:7006"), last.causes());
    assertEquals(10, MARCH.topImpacts().size(), "9 EUR windows (P-1006 twice) and 1 GBP");
  }

  @Test
  void ordersShowTheirOwnFiguresAndOnlyTheirMarchPartCountsInTheHeadline() {
    // §5: PO-3001 pulled 11.31 EUR forward in January, PO-3002 delayed 552.46 GBP in February:
    // both are shown on their order lines, neither is March money.
    OrderLine po3001 = order("PO-3001");
    assertEquals(0, new BigDecimal("16218").compareTo(po3001.leadTimeMinutes().orElseThrow()));
    assertEquals(0, new BigDecimal("-3390").compareTo(po3001.offsetMinutes().orElseThrow()));
    assertEquals(Money.of("11.31", "EUR"), po3001.pulledForward().orElseThrow().rounded());
    assertEquals(Optional.of(Money.of("0", "EUR")), po3001.pulledForwardInPeriod());
    assertEquals(Optional.of(Money.of("0", "EUR")), po3001.delayed());
    OrderLine po3002 = order("PO-3002");
    assertEquals(0, new BigDecimal("50220").compareTo(po3002.leadTimeMinutes().orElseThrow()));
    assertEquals(Money.of("552.46", "GBP"), po3002.delayed().orElseThrow().rounded());
    assertEquals(Optional.of(Money.of("0", "GBP")), po3002.delayedInPeriod());
    assertEquals("0.00 EUR, 0.00 GBP", text(MARCH.fulfilment().delayed()));
    assertEquals("0.00 EUR, 0.00 GBP", text(MARCH.fulfilment().pulledForward()));
    assertEquals("0.00 EUR, 0.00 GBP", text(MARCH.headline().delayed()));
    assertEquals("0.00 EUR, 0.00 GBP", text(MARCH.headline().enabled()));
  }

  @Test
  void aModifyWithoutAStructuredPreviousPriceIsUnknownNeverGuessed() {
    // §5: PO-3003 states its old price only in free text
    OrderLine po3003 = order("PO-3003");
    assertEquals(0, new BigDecimal("10170").compareTo(po3003.leadTimeMinutes().orElseThrow()));
    assertEquals(Optional.empty(), po3003.pulledForward());
    assertTrue(
        po3003.notes().stream().anyMatch(n -> n.contains("previous MRR unknown")),
        po3003.notes().toString());
  }

  @Test
  void anOpenOrderIsAgedAtAsOfAndItsForecastIsInformational() {
    // §5: PO-3004 41,140 min old, requested 1 April = as-of: not late; forecast 20.98 EUR
    OrderLine po3004 = order("PO-3004");
    assertEquals(Optional.empty(), po3004.leadTimeMinutes());
    assertEquals(0, new BigDecimal("41140").compareTo(po3004.ageMinutes().orElseThrow()));
    assertEquals(Optional.of(Money.of("0", "EUR")), po3004.delayed());
    assertEquals(Money.of("20.98", "EUR"), po3004.forecastDelay().orElseThrow().rounded());
    assertEquals("20.98 EUR, 0.00 GBP", text(MARCH.fulfilment().forecastDelay()));
  }

  @Test
  void theQuarterCountsThePulledForwardJanuaryInsideActivatedRevenueAndTheFebruaryDelayAsLost() {
    // Without bills: NetCo's bills cover March only, and against them the quarter would leak
    // (then the guard rightly keeps pulled-forward revenue that was never billed out).
    ValueStatement q1 =
        ValueStatement.assess(
            NetCoInputs.builder(NetCoRecords.Q1).bills(List.of()).billLines(List.of()).build());
    assertTrue(q1.excluded().isEmpty(), q1.excluded().toString());
    EnabledLines enabled = q1.enabled();
    assertEquals("11.31 EUR, 0.00 GBP", text(enabled.pulledForward()));
    assertEquals(
        "11.31 EUR, 0.00 GBP",
        text(enabled.includedInActivated()),
        "P-1005 and P-1006 were activated in Q1: their earned revenue already holds it");
    assertEquals(text(enabled.activated()), text(enabled.total()));
    // P-1005 + P-1006 from 17 January 15:30, P-1010 + P-1011 from 14 February 11:00
    Money eur =
        Money.of("148.90", "EUR")
            .times(new BigDecimal("20670"))
            .dividedBy(new BigDecimal("44640"))
            .plus(Money.of("148.90", "EUR"))
            .plus(Money.of("148.90", "EUR"));
    assertEquals(eur.rounded(), enabled.activated().get(0).rounded());
    // P-1010 + P-1011 (1,350.00 GBP) from 14 February 11:00: 20,940 of February's 40,320 minutes
    // and all of March
    assertEquals("366.75 EUR, 2051.12 GBP", text(enabled.activated()));
    assertEquals("366.75 EUR, 2051.12 GBP", text(q1.headline().enabled()));
    assertEquals("552.46 GBP", text(q1.fulfilment().delayed().subList(1, 2)));
    assertEquals("552.46 GBP", q1.lost().delayed().get(1).rounded().toString());
    assertEquals(
        Money.of("672.46", "GBP"), q1.headline().lost().get(1).rounded(), "120.00 + 552.46");
  }

  @Test
  void protectedRevenueIsTheCounterfactualAndShapleySplitsItExactly() {
    // docs/formulas.md, "Protected revenue" (NetCo at default parameters)
    assertEquals("32.22 EUR, 1.29 GBP", text(MARCH.headline().protectedRevenue()));
    assertEquals("14.78 EUR, 0.48 GBP", text(MARCH.protectedRevenue().low()));
    assertEquals("71.74 EUR, 2.74 GBP", text(MARCH.protectedRevenue().high()));
    assertEquals(
        "[faultManagement=1.56 EUR, incidentManagement=16.47 EUR, problemManagement=2.11 EUR,"
            + " changeManagement=12.08 EUR, faultManagement=0.85 GBP, incidentManagement=0.00 GBP,"
            + " problemManagement=0.00 GBP, changeManagement=0.44 GBP]",
        MARCH.attribution().toString());
    assertEquals(
        Money.of("4.47", "EUR"),
        MARCH.protectedRevenue().byConnection().get(0).central().rounded(),
        "P-1001");
  }

  @Test
  void theTerminatedConnectionsChurnExposureIsExcludedAndSaysWhy() {
    StatementConfig config =
        StatementConfig.builder()
            .churn(
                ChurnConfig.builder()
                    .fallback(
                        ChurnParameters.builder()
                            .perIncident(Estimate.of("0.1", "0.2", "0.3"))
                            .build())
                    .build())
            .build();
    ValueStatement s = ValueStatement.assess(NetCoInputs.march(), config);
    assertEquals(1, s.excluded().size(), s.excluded().toString());
    ExcludedEntry x = s.excluded().get(0);
    assertEquals("churnExposure", x.ledger());
    assertEquals("P-1012", x.connection());
    assertEquals("terminatedConnectionChurn", x.rule());
    assertTrue(x.reason().contains("terminated at 2025-03-15T00:00:00Z"), x.reason());
    assertTrue(
        s.churnExposure().byConnection().stream().noneMatch(r -> r.connection().equals("P-1012")));
    assertTrue(s.headline().churnExposure().get(0).signum() > 0);
    Money low = s.churnExposure().low().get(0);
    Money high = s.churnExposure().high().get(0);
    assertTrue(low.compareTo(s.headline().churnExposure().get(0)) <= 0 && high.compareTo(low) > 0);
    assertTrue(MARCH.excluded().isEmpty(), "zero coefficients value nothing, exclude nothing");
  }

  @Test
  void everyHeadlineFigureExplainsItselfWithRecordIds() {
    Explanation atRisk = MARCH.explain(HeadlineFigure.AT_RISK, "EUR").orElseThrow();
    assertEquals("111.42 EUR", atRisk.result());
    assertTrue(atRisk.formula().startsWith("sum of the 9 kept revenueAtRisk.unplanned entries"));
    assertEquals("revenueAtRisk.unplanned P-1004", atRisk.inputs().get(0).name(), "largest first");
    assertTrue(atRisk.records().contains("alarm:7004"), atRisk.toString());
    for (HeadlineFigure f : HeadlineFigure.values()) {
      if (f == HeadlineFigure.CONNECTION_WEIGHTED_AVAILABILITY) {
        assertTrue(MARCH.explain(f).isPresent());
        continue;
      }
      for (String code : List.of("EUR", "GBP")) {
        Explanation e = MARCH.explain(f, code).orElseThrow(() -> new AssertionError(f + code));
        assertFalse(e.formula().isBlank() || e.clause().isBlank(), e.toString());
      }
    }
    Explanation lost = MARCH.explain(HeadlineFigure.LOST, "EUR").orElseThrow();
    assertTrue(
        lost.formula().startsWith("credits 190.50 EUR + usage lost 0.06 EUR"), lost.formula());
    assertTrue(line("P-1012").explain().toString().contains("54.19 EUR"));
    assertTrue(impacts("P-1001").get(0).explain().records().contains("alarm:7008"));
  }

  @Test
  void theParametersUsedArePrinted() {
    List<String> names =
        MARCH.parameters().stream().map(Parameter::name).collect(Collectors.toList());
    assertTrue(names.contains("revenueAtRisk"), names.toString());
    assertTrue(names.contains("attribution"), names.toString());
    assertTrue(names.contains("slaPolicy SLA-9001 (from its terms)"), names.toString());
    assertTrue(
        names.contains("counterfactual detectionDelayMinutes without faultManagement"),
        names.toString());
    assertEquals(
        "RevenueAtRiskStrategy.calendarAccurate()",
        MARCH.parameters().get(names.indexOf("revenueAtRisk")).value());
  }

  @Test
  void dataQualityFactsAreCarriedAsSupplied() {
    DataQuality facts =
        DataQuality.builder()
            .addFiles(
                DataQuality.FileCount.builder()
                    .file("product.json")
                    .kind("product")
                    .read(13)
                    .accepted(12)
                    .rejected(1)
                    .duplicates(0)
                    .warnings(0)
                    .build())
            .addRejected(
                DataQuality.Issue.builder()
                    .file("product.json")
                    .index(12)
                    .id("P-9")
                    .field("productPrice[0].price.dutyFreeAmount.value")
                    .reason("amount must be >= 0, was -45.00 EUR")
                    .build())
            .build();
    ValueStatement s =
        ValueStatement.assess(NetCoInputs.builder(NetCo.MARCH).dataQuality(facts).build());
    assertEquals(facts, s.dataQuality());
    assertEquals(
        "product.json[12] id=P-9 productPrice[0].price.dutyFreeAmount.value: amount must be >= 0,"
            + " was -45.00 EUR",
        s.dataQuality().rejected().get(0).toString());
  }

  @Test
  void productInsightGivesMoneyAtRiskPerIncidentMinute() {
    // NetCo's connections record no offering: one row per currency
    List<OfferingInsight> rows = MARCH.productInsight();
    assertEquals(2, rows.size(), rows.toString());
    OfferingInsight eur = rows.get(0);
    assertEquals("EUR", eur.currency());
    // 230 + 210 + 45 + 18,840 + 210 + 210 + 5,220 + 18,840 + 210 minutes, 111.424690… EUR
    assertEquals(0, new BigDecimal("44015").compareTo(eur.incidentMinutes()));
    assertEquals(Money.of("111.42", "EUR"), eur.atRisk().rounded());
    assertEquals(9, eur.impacts());
    // docs/formulas.md: 111.424690… ÷ 44,015 and 4.032258… ÷ 150 (twelve places shown)
    assertEquals(
        new BigDecimal("0.002531516321"),
        eur.perIncidentMinute().amount().setScale(12, RoundingMode.HALF_EVEN));
    OfferingInsight gbp = rows.get(1);
    assertEquals("GBP", gbp.currency());
    assertEquals(0, new BigDecimal("150").compareTo(gbp.incidentMinutes()));
    assertEquals(
        new BigDecimal("0.026881720430"),
        gbp.perIncidentMinute().amount().setScale(12, RoundingMode.HALF_EVEN));
  }

  private static ConnectionLine line(String id) {
    return MARCH.connections().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<ImpactLine> impacts(String connection) {
    return MARCH.impacts().stream()
        .filter(l -> l.connection().equals(connection))
        .collect(Collectors.toList());
  }

  private static OrderLine order(String id) {
    return MARCH.fulfilment().orders().stream()
        .filter(o -> o.order().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
