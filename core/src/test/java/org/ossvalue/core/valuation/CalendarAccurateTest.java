package org.ossvalue.core.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;

/**
 * The calendar-accurate strategy gives, in 128-bit integers, exactly the value {@link BigDecimal}
 * and {@link Money}'s operations give: for windows of a nanosecond to half a year, across month
 * ends and daylight-saving changes, any amount sign and scale, degradations with few or many digits
 * (those that do not fit the integers take the decimal way).
 */
class CalendarAccurateTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Australia/Lord_Howe"));

  @Test
  void integersGiveTheDecimalValue() {
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Money monthly =
                  Money.of(
                      switch (r.nextInt(4)) {
                        case 0 -> BigDecimal.valueOf(r.nextInt(100_000), 2);
                        case 1 -> BigDecimal.valueOf(-r.nextInt(100_000), 2);
                        case 2 -> new BigDecimal(new BigInteger(1 + r.nextInt(130), r), 4);
                        default -> new BigDecimal(new BigInteger(64, r), r.nextInt(21));
                      },
                      EUR);
              BigDecimal d =
                  switch (r.nextInt(3)) {
                    case 0 -> BigDecimal.ONE;
                    case 1 -> BigDecimal.valueOf(1 + r.nextInt(1000), 3);
                    default ->
                        BigDecimal.ONE.divide(
                            BigDecimal.valueOf(1 + r.nextInt(9)), 20, java.math.RoundingMode.DOWN);
                  };
              Instant start =
                  Instant.parse("2024-01-01T00:00:00Z")
                      .plusSeconds(r.nextInt(2 * 366 * 86_400))
                      .plusNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
              Duration length =
                  switch (r.nextInt(3)) {
                    case 0 -> Duration.ofSeconds(1 + r.nextInt(6 * 3600));
                    case 1 -> Duration.ofNanos(1 + (r.nextLong() & 0xFFFF_FFFFFFL));
                    default -> Duration.ofSeconds(r.nextInt(183 * 86_400), r.nextInt(1_000));
                  };
              TimeWindow window = TimeWindow.of(start, start.plus(length));
              ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
              assertAsInDecimals(monthly, window, d, zone);
              // A shorter window from the same start, as the counterfactual asks next: inside the
              // month just looked up when the first window was inside one.
              assertAsInDecimals(
                  monthly, TimeWindow.of(start, start.plus(length.dividedBy(2))), d, zone);
            });
  }

  /** The strategy's value equals the {@code BigDecimal} way's, months worked out afresh. */
  private static void assertAsInDecimals(
      Money monthly, TimeWindow window, BigDecimal d, ZoneId zone) {
    Money expected =
        window.isEmpty() || monthly.isZero()
            ? Money.zero(monthly.currency())
            : CalendarAccurate.inDecimals(
                monthly, window, d, ReportingPeriod.of(window, zone).calendarMonths());
    assertEquals(
        expected,
        CalendarAccurate.INSTANCE.valueOf(monthly, window, d, zone),
        monthly + " × " + d + " over " + window + " in " + zone);
  }

  @Test
  void aMonthEndSplitsTheWindow() {
    // 450 EUR over 1 h across 31 March / 1 April in UTC: 30 min of 31 days + 30 min of 30 days,
    // 450 × 1800 ÷ 2,678,400 = 0.30241935483870967742 (rounded) + 450 × 1800 ÷ 2,592,000 = 0.3125.
    assertEquals(
        Money.of("0.61491935483870967742", "EUR"),
        CalendarAccurate.INSTANCE.valueOf(
            Money.of("450.00", "EUR"),
            TimeWindow.of(
                Instant.parse("2025-03-31T23:30:00Z"), Instant.parse("2025-04-01T00:30:00Z")),
            BigDecimal.ONE,
            ZoneId.of("UTC")));
  }
}
