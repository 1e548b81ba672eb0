package org.ossvalue.core.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;

/** Invariants of the value statement on random operators (QuickTheories; rerun with -DQT_SEED). */
class StatementPropertiesTest {

  @Test
  void headlineTotalsEqualTheSumsOfTheirBreakdownsPerCurrency() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ValueStatement s = ValueStatement.assess(RandomOperator.inputs(seed));
              Headline h = s.headline();
              String why = "seed " + seed + ": " + s;
              same(h.connected(), sumOf(s.connections(), l -> l.connected()), "connected " + why);
              same(h.mrr(), sumOf(s.connections(), l -> l.mrr()), "mrr " + why);
              same(h.atRisk(), amounts(s.revenueAtRisk().byConnection()), "atRisk " + why);
              same(
                  h.plannedAtRisk(),
                  amounts(s.revenueAtRisk().plannedByConnection()),
                  "planned " + why);
              same(h.usageLost(), amounts(s.usageLost().byConnection()), "usage " + why);
              same(
                  h.credits(),
                  MoneyTotals.of(
                      s.slaCredits().byConnection().stream().map(CreditRow::money).toList()),
                  "credits " + why);
              same(h.enabled(), amounts(s.enabled().byConnection()), "enabled " + why);
              same(h.lost(), amounts(s.lost().byConnection()), "lost " + why);
              same(
                  h.lost(),
                  MoneyTotals.of(h.credits())
                      .plus(MoneyTotals.of(h.usageLost()))
                      .plus(MoneyTotals.of(h.delayed()))
                      .plus(MoneyTotals.of(s.lost().capacityLost())),
                  "lost parts " + why);
              same(
                  h.enabled(),
                  MoneyTotals.of(s.enabled().activated())
                      .plus(MoneyTotals.of(s.enabled().pulledForward()))
                      .plus(negate(s.enabled().includedInActivated())),
                  "enabled parts " + why);
              same(
                  h.leakage(),
                  MoneyTotals.of(s.leakage().items().stream().map(LeakageItem::money).toList()),
                  "leakage " + why);
              same(
                  h.protectedRevenue(),
                  MoneyTotals.of(
                      s.protectedRevenue().byConnection().stream()
                          .map(RangeAmount::central)
                          .toList()),
                  "protected " + why);
              same(
                  s.fulfilment().pulledForward(),
                  sumOf(s.fulfilment().orders(), OrderLine::pulledForwardInPeriod),
                  "orders pulled forward " + why);
              same(
                  s.fulfilment().delayed(),
                  sumOf(s.fulfilment().orders(), OrderLine::delayedInPeriod),
                  "orders delayed " + why);
              for (List<BreakdownRow> rows :
                  List.of(
                      s.breakdowns().bySegment(),
                      s.breakdowns().byOffering(),
                      s.breakdowns().byAccount())) {
                rows(h.connected(), rows, BreakdownRow::connected, why);
                rows(h.mrr(), rows, BreakdownRow::mrr, why);
                rows(h.enabled(), rows, BreakdownRow::enabled, why);
                rows(h.protectedRevenue(), rows, BreakdownRow::protectedRevenue, why);
                rows(h.atRisk(), rows, BreakdownRow::atRisk, why);
                rows(h.plannedAtRisk(), rows, BreakdownRow::plannedAtRisk, why);
                rows(h.lost(), rows, BreakdownRow::lost, why);
                rows(h.credits(), rows, BreakdownRow::credits, why);
                rows(h.usageLost(), rows, BreakdownRow::usageLost, why);
                rows(h.delayed(), rows, BreakdownRow::delayed, why);
                rows(h.leakage(), rows, BreakdownRow::leakage, why);
                rows(h.churnExposure(), rows, BreakdownRow::churnExposure, why);
                assertEquals(
                    s.connections().size(),
                    rows.stream().mapToLong(BreakdownRow::connections).sum(),
                    why);
                for (AvailabilityFigure a : h.revenueWeightedAvailability()) {
                  BigDecimal sold = BigDecimal.ZERO;
                  BigDecimal lost = BigDecimal.ZERO;
                  for (BreakdownRow row : rows) {
                    for (AvailabilityFigure x : row.revenueWeightedAvailability()) {
                      if (x.currency().equals(a.currency())) {
                        sold = sold.add(x.sold());
                        lost = lost.add(x.lostUnplanned());
                      }
                    }
                  }
                  assertEquals(0, a.sold().compareTo(sold), "sold " + a + " " + why);
                  assertEquals(0, a.lostUnplanned().compareTo(lost), "lost " + a + " " + why);
                }
              }
            });
  }

  @Test
  void theOrderOfTheInputsNeverChangesTheStatement() {
    qt().withExamples(40)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (seed, order) -> {
              StatementInputs in = RandomOperator.inputs(seed);
              ValueStatement a = ValueStatement.assess(in);
              ValueStatement b = ValueStatement.assess(RandomOperator.shuffled(in, order));
              assertEquals(a, b, "seed " + seed + ", order " + order);
            });
  }

  @Test
  void attributionSharesSumToTheProtectedPoolExactly() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ValueStatement s = ValueStatement.assess(RandomOperator.inputs(seed));
              for (Money pool : s.headline().protectedRevenue()) {
                Currency c = pool.currency();
                List<Money> shares = new ArrayList<>();
                s.attribution().stream()
                    .map(FunctionShare::money)
                    .filter(m -> m.currency().equals(c))
                    .forEach(shares::add);
                if (pool.rounded().isZero()) {
                  assertTrue(shares.isEmpty(), "seed " + seed);
                  continue;
                }
                assertEquals(4, shares.size(), "one share per function, seed " + seed);
                Money sum = shares.stream().reduce(Money.zero(c), Money::plus);
                assertEquals(pool.rounded(), sum, "seed " + seed + " " + s.attribution());
                for (Money share : shares) {
                  assertTrue(
                      share.amount().scale() <= Money.minorUnitDigits(c),
                      "whole minor units: " + share);
                }
              }
            });
  }

  private static void rows(
      List<Money> headline,
      List<BreakdownRow> rows,
      Function<BreakdownRow, List<Money>> figure,
      String why) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    rows.forEach(r -> figure.apply(r).forEach(acc::add));
    same(headline, acc.toTotals(), why);
  }

  private static <T> MoneyTotals sumOf(List<T> items, Function<T, Optional<Money>> figure) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    items.forEach(i -> figure.apply(i).ifPresent(acc::add));
    return acc.toTotals();
  }

  private static MoneyTotals amounts(List<ConnectionAmount> amounts) {
    return MoneyTotals.of(amounts.stream().map(ConnectionAmount::money).toList());
  }

  private static MoneyTotals negate(List<Money> amounts) {
    return MoneyTotals.of(amounts.stream().map(Money::negate).toList());
  }

  /** Equal per currency, a missing currency counting as zero. */
  private static void same(List<Money> expected, MoneyTotals actual, String why) {
    MoneyTotals e = MoneyTotals.of(expected);
    for (Currency c : e.plus(actual).currencies()) {
      assertEquals(0, e.get(c).compareTo(actual.get(c)), c + " " + why);
    }
  }

  private static void same(List<Money> expected, List<Money> actual, String why) {
    same(expected, MoneyTotals.of(actual), why);
  }
}
