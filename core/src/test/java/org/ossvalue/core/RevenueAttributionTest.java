package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevenueAttributionTest {

  @Test
  void largestRemainderGivesTheOddCentToTheLargestRemainder() {
    RevenueAttribution a =
        RevenueAttribution.equal(
            Money.of("100.00", "EUR"), List.of("fault", "incident", "problem"));
    assertEquals(
        List.of(
            RevenueAttribution.Share.of("fault", Money.of("33.34", "EUR")),
            RevenueAttribution.Share.of("incident", Money.of("33.33", "EUR")),
            RevenueAttribution.Share.of("problem", Money.of("33.33", "EUR"))),
        a.shares(),
        "equal remainders: the name that sorts first gets the cent");
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("z", new BigDecimal("2"));
    weights.put("a", new BigDecimal("1"));
    RevenueAttribution b = RevenueAttribution.split(Money.of("0.10", "EUR"), weights);
    assertEquals(
        Money.of("0.07", "EUR"), b.shareOf("z"), "6.67 cents rounds up: remainder 0.67 > 0.33");
    assertEquals(Money.of("0.03", "EUR"), b.shareOf("a"));
  }

  @Test
  void sharesThatDoNotSumToThePoolAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RevenueAttribution.of(
                    Money.of("1.00", "EUR"),
                    List.of(RevenueAttribution.Share.of("x", Money.of("0.99", "EUR")))));
    assertEquals(
        "shares must sum to the pool 1.00 EUR, was 0.99 EUR over [x=0.99 EUR]", e.getMessage());
  }

  @Test
  void negativeContributionsAreAllowedAndStillSumExactly() {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("helps", new BigDecimal("150"));
    weights.put("hurts", new BigDecimal("-50"));
    RevenueAttribution a = RevenueAttribution.split(Money.of("10.00", "EUR"), weights);
    assertEquals(Money.of("15.00", "EUR"), a.shareOf("helps"));
    assertEquals(Money.of("-5.00", "EUR"), a.shareOf("hurts"));
  }

  @Test
  void sharesAlwaysSumToThePoolExactly() {
    qt().forAll(
            integers().between(-1_000_000, 1_000_000),
            lists().of(integers().between(-50, 1000)).ofSizeBetween(1, 9),
            integers().between(0, 3))
        .assuming((units, ws, c) -> ws.stream().mapToInt(Integer::intValue).sum() != 0)
        .check(
            (units, ws, c) -> {
              String code = List.of("EUR", "JPY", "KWD", "GBP").get(c);
              int digits = Money.minorUnitDigits(Money.currency(code));
              Money pool = Money.of(BigDecimal.valueOf(units, digits), Money.currency(code));
              Map<String, BigDecimal> weights = new LinkedHashMap<>();
              for (int i = 0; i < ws.size(); i++) {
                weights.put("f" + i, BigDecimal.valueOf(ws.get(i)));
              }
              RevenueAttribution a = RevenueAttribution.split(pool, weights);
              Money sum =
                  a.shares().stream()
                      .map(RevenueAttribution.Share::amount)
                      .reduce(Money.zero(pool.currency()), Money::plus);
              BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
              BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
              for (RevenueAttribution.Share s : a.shares()) {
                BigDecimal exact =
                    pool.amount()
                        .multiply(weights.get(s.contributor()))
                        .divide(total, 30, java.math.RoundingMode.HALF_EVEN);
                if (s.amount().amount().subtract(exact).abs().compareTo(unit) >= 0) {
                  return false;
                }
              }
              return sum.equals(pool);
            });
  }
}
