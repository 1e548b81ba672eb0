package org.ossvalue.core.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.quicktheories.generators.Generate;

class RevenueAtRiskStrategyTest {

  private static final RevenueAtRiskStrategy CALENDAR = RevenueAtRiskStrategy.calendarAccurate();
  private static final Money MRR = Money.of("450.00", "EUR");

  @Test
  void anImpactSpanningTwoMonthsUsesEachMonthsLength() {
    // 28 Feb 23:00 -> 1 Mar 01:00 UTC: 60 min of February (40,320) + 60 min of March (44,640).
    TimeWindow w = TimeWindow.parse("2025-02-28T23:00Z/2025-03-01T01:00Z");
    Money expected =
        MRR.times(BigDecimal.valueOf(60))
            .dividedBy(BigDecimal.valueOf(40_320))
            .plus(MRR.times(BigDecimal.valueOf(60)).dividedBy(BigDecimal.valueOf(44_640)));
    assertEquals(expected, CALENDAR.valueOf(MRR, w, BigDecimal.ONE, ZoneOffset.UTC));
    assertEquals(Money.of("1.27", "EUR"), expected.rounded()); // 0.669642... + 0.604838...
  }

  @Test
  void monthLengthFollowsTheZoneAndItsDaylightSaving() {
    TimeWindow hour = TimeWindow.parse("2025-03-10T10:00Z/2025-03-10T11:00Z");
    // Europe/Berlin's March has 44,580 minutes.
    assertEquals(
        MRR.times(BigDecimal.valueOf(60)).dividedBy(BigDecimal.valueOf(44_580)),
        CALENDAR.valueOf(MRR, hour, BigDecimal.ONE, ZoneId.of("Europe/Berlin")));
  }

  @Test
  void flatRateUsesAThirtyDayMonth() {
    TimeWindow day = TimeWindow.parse("2025-02-10T00:00Z/2025-02-11T00:00Z");
    assertEquals(
        Money.of("7.5", "EUR"),
        RevenueAtRiskStrategy.flatRate().valueOf(MRR, day, new BigDecimal("0.5"), ZoneOffset.UTC));
    assertEquals("RevenueAtRiskStrategy.flatRate()", RevenueAtRiskStrategy.flatRate().toString());
  }

  @Test
  void revenueAtRiskIsAdditiveOverDisjointWindows() {
    Instant start = Instant.parse("2025-01-15T00:00:00Z");
    qt().forAll(
            integers().between(0, 60 * 24 * 40),
            integers().between(0, 60 * 24 * 40),
            Generate.pick(
                java.util.List.of(new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE)))
        .check(
            (a, b, d) -> {
              int lo = Math.min(a, b);
              int hi = Math.max(a, b);
              Instant cut = start.plusSeconds(60L * lo);
              Instant end = start.plusSeconds(60L * hi + 7);
              Money whole = CALENDAR.valueOf(MRR, TimeWindow.of(start, end), d, ZoneOffset.UTC);
              Money parts =
                  CALENDAR
                      .valueOf(MRR, TimeWindow.of(start, cut), d, ZoneOffset.UTC)
                      .plus(CALENDAR.valueOf(MRR, TimeWindow.of(cut, end), d, ZoneOffset.UTC));
              // Each division keeps 20 decimals: splitting can move the result by at most 1e-20 per
              // part.
              return whole.minus(parts).amount().abs().compareTo(new BigDecimal("1E-19")) <= 0
                  && whole.rounded().equals(parts.rounded());
            });
  }

  @Test
  void valueGrowsWithDegradationAndDuration() {
    TimeWindow w = TimeWindow.parse("2025-03-10T10:00Z/2025-03-10T12:00Z");
    Money half = CALENDAR.valueOf(MRR, w, new BigDecimal("0.5"), ZoneOffset.UTC);
    Money full = CALENDAR.valueOf(MRR, w, BigDecimal.ONE, ZoneOffset.UTC);
    assertTrue(full.compareTo(half) > 0);
    assertEquals(full, half.times(2));
  }
}
