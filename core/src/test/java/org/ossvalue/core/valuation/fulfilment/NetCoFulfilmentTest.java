package org.ossvalue.core.valuation.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.NetCoRecords;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;

/** Reproduces fixtures-dev README section 5 (orders, order-to-activation) over Q1 2025. */
class NetCoFulfilmentTest {

  private final FulfilmentValue value =
      FulfilmentValuation.defaults().assess(NetCoRecords.orders(), NetCoRecords.Q1, NetCo.AS_OF);

  @Test
  void leadTimesInMinutesMatchTheReadme() {
    assertEquals(16_218, order("PO-3001").leadTime().orElseThrow().toMinutes());
    assertEquals(50_220, order("PO-3002").leadTime().orElseThrow().toMinutes());
    assertEquals(10_170, order("PO-3003").leadTime().orElseThrow().toMinutes());
    assertTrue(order("PO-3004").leadTime().isEmpty());
    assertEquals(41_140, order("PO-3004").age().orElseThrow().toMinutes(), "open at as-of");
  }

  @Test
  void earlyAndLateMinutesAreJudgedAgainstTheRequestedDate() {
    assertEquals(-3_390, order("PO-3001").offsetFromRequested().orElseThrow().toMinutes());
    assertEquals(16_500, order("PO-3002").offsetFromRequested().orElseThrow().toMinutes());
    assertEquals(-2_280, order("PO-3003").offsetFromRequested().orElseThrow().toMinutes());
  }

  @Test
  void po3001PullsForward11Point31EurWithJanuarysLength() {
    Money pulled = sum(order("PO-3001").figures(), FigureKind.PULLED_FORWARD);
    assertEquals(Money.of("11.31", "EUR"), pulled.rounded());
    // 148.90 x 3390 / 44640, each item divided to 20 places.
    assertTrue(
        pulled
                .minus(Money.of("148.90", "EUR").times(3390).dividedBy(BigDecimal.valueOf(44_640)))
                .amount()
                .abs()
                .compareTo(new BigDecimal("1E-19"))
            <= 0);
    assertEquals(MoneyTotals.of(Money.of("11.31", "EUR")), value.pulledForward().rounded());
  }

  @Test
  void po3002Delays552Point46GbpWithFebruarysLength() {
    Money delayed = sum(order("PO-3002").figures(), FigureKind.DELAYED);
    assertEquals(Money.of("552.46", "GBP"), delayed.rounded());
    assertEquals(MoneyTotals.of(Money.of("552.46", "GBP")), value.delayed().rounded());
    String formula = order("PO-3002").figures().get(0).formula();
    assertTrue(formula.contains("x 16500 / 40320"), formula);
  }

  @Test
  void po3003sModifyDeltaIsUnknownFromStructuredData() {
    List<FulfilmentFigure> figures = order("PO-3003").figures();
    FulfilmentFigure early = figures.get(0);
    assertEquals(FigureKind.PULLED_FORWARD, early.kind());
    assertTrue(early.amount().isEmpty());
    assertTrue(early.mrrDelta().isEmpty());
    assertEquals(new BigDecimal("2280"), early.minutes(), "the early minutes are still reported");
    assertTrue(early.unknownReason().orElseThrow().contains("never read from free text"));
    assertTrue(value.unknown().contains(early));
    assertTrue(early.explain().result().startsWith("unknown"));
  }

  @Test
  void po3004IsNotLateAtAsOfAndItsForecastIsInformational() {
    OrderTiming po3004 = order("PO-3004");
    assertFalse(po3004.lateAtAsOf());
    assertTrue(po3004.figures().stream().noneMatch(f -> f.kind() == FigureKind.DELAYED));
    FulfilmentFigure forecast = po3004.figures().get(0);
    assertEquals(FigureKind.FORECAST_DELAY, forecast.kind());
    assertTrue(forecast.informational());
    assertEquals(Money.of("20.98", "EUR"), forecast.amount().orElseThrow().rounded());
    assertTrue(forecast.formula().startsWith("89.90 EUR x 10080 / 43200"), forecast.formula());
    assertTrue(po3004.notes().get(0).contains("delete P-1012"), po3004.notes().toString());
    assertTrue(
        value.ledgerEntries().stream().noneMatch(e -> e.connection().equals("P-1007")),
        "a forecast never reaches a ledger");
  }

  @Test
  void mrrActivatedInTheQuarter() {
    assertEquals(
        MoneyTotals.of(Money.of("148.90", "EUR"), Money.of("1350.00", "GBP")),
        value.activatedMrr());
  }

  @Test
  void marchAloneHoldsNoneOfTheQuartersTiming() {
    FulfilmentValue march =
        FulfilmentValuation.defaults().assess(NetCoRecords.orders(), NetCo.MARCH, NetCo.AS_OF);
    assertTrue(march.pulledForward().isEmpty(), "PO-3001 was early in January");
    assertTrue(march.delayed().isEmpty(), "PO-3002 was late in February");
    assertTrue(march.activatedMrr().isEmpty());
    assertEquals(41_140, march.order("PO-3004").orElseThrow().age().orElseThrow().toMinutes());
  }

  @Test
  void ledgersGetPulledForwardAndDelayedPerConnection() {
    List<LedgerEntry> entries = value.ledgerEntries();
    assertEquals(
        List.of("P-1005", "P-1006"),
        entries.stream()
            .filter(e -> e.kind() == LedgerKind.PULLED_FORWARD)
            .map(LedgerEntry::connection)
            .collect(Collectors.toList()));
    assertEquals(
        List.of("P-1010", "P-1011"),
        entries.stream()
            .filter(e -> e.kind() == LedgerKind.DELAYED)
            .map(LedgerEntry::connection)
            .collect(Collectors.toList()));
    assertTrue(entries.get(0).records().contains("order:PO-3001"));
  }

  private OrderTiming order(String id) {
    return value.order(id).orElseThrow();
  }

  private static Money sum(List<FulfilmentFigure> figures, FigureKind kind) {
    return figures.stream()
        .filter(f -> f.kind() == kind)
        .map(f -> f.amount().orElseThrow())
        .reduce(Money::plus)
        .orElseThrow();
  }
}
