package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;

/**
 * monthly × d × seconds ÷ seconds of the calendar month each part of the window falls in; each part
 * rounded half-even to {@value Money#DIVISION_SCALE} places, then summed. In 128-bit integers
 * ({@link ProRata}) where the numbers fit — the common case: the value of a window is asked for
 * many times per impact by the counterfactual — else with {@link BigDecimal}; digit for digit the
 * same either way.
 */
enum CalendarAccurate implements RevenueAtRiskStrategy {
  INSTANCE;

  /** The calendar month last looked up; threads racing on it at worst look one up again. */
  private static volatile @Nullable Month last;

  /** A calendar month in a zone. */
  private record Month(ZoneId zone, TimeWindow window) {}

  @Override
  public Money valueOf(Money monthly, TimeWindow window, BigDecimal degradation, ZoneId zone) {
    if (window.isEmpty() || degradation.signum() == 0 || monthly.isZero()) {
      return Money.zero(monthly.currency());
    }
    List<TimeWindow> months = months(window, zone);
    BigDecimal exact = inIntegers(monthly, window, degradation, months);
    return exact != null
        ? Money.of(exact, monthly.currency())
        : inDecimals(monthly, window, degradation, months);
  }

  /**
   * The calendar months the window touches: most windows valued in a run lie in the month of the
   * one before, which is then not worked out again.
   */
  private static List<TimeWindow> months(TimeWindow window, ZoneId zone) {
    Month m = last;
    if (m != null
        && m.zone().equals(zone)
        && !window.start().isBefore(m.window().start())
        && !window.end().isAfter(m.window().end())) {
      return List.of(m.window());
    }
    List<TimeWindow> months = ReportingPeriod.of(window, zone).calendarMonths();
    last = new Month(zone, months.get(months.size() - 1));
    return months;
  }

  /** The value with {@link BigDecimal} and {@link Money}'s operations. */
  static Money inDecimals(
      Money monthly, TimeWindow window, BigDecimal degradation, List<TimeWindow> months) {
    Money total = Money.zero(monthly.currency());
    for (TimeWindow month : months) {
      TimeWindow part = month.intersection(window).orElseThrow();
      total =
          total.plus(
              monthly.times(degradation.multiply(part.seconds())).dividedBy(month.seconds()));
    }
    return total;
  }

  /** The value in 128-bit integers, unnormalised; null when the numbers do not fit. */
  private static @Nullable BigDecimal inIntegers(
      Money monthly, TimeWindow window, BigDecimal degradation, List<TimeWindow> months) {
    long[] m = ProRata.parts(monthly.amount());
    long[] d = ProRata.parts(degradation);
    if (m == null || d == null || d[0] != 0 || d[3] != 0) {
      return null;
    }
    ProRata r = new ProRata();
    long h = 0;
    long l = 0;
    for (TimeWindow month : months) {
      TimeWindow part = month.intersection(window).orElseThrow();
      Duration monthLength = month.duration();
      long nanos;
      try {
        nanos = part.duration().toNanos();
      } catch (ArithmeticException tooLong) {
        return null;
      }
      long monthSeconds = monthLength.toSeconds();
      if (monthLength.getNano() != 0 || monthSeconds > Integer.MAX_VALUE) {
        return null;
      }
      if (!r.value(m[0], m[1], (int) m[2], d[1], (int) d[2], nanos, monthSeconds) || !r.add(h, l)) {
        return null;
      }
      h = r.high;
      l = r.low;
    }
    return ProRata.decimal(h, l, m[3] != 0, ProRata.SCALE);
  }

  @Override
  public String toString() {
    return "RevenueAtRiskStrategy.calendarAccurate()";
  }
}
