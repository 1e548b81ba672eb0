package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.internal.ImpactTable;

/**
 * Values windows given in nanoseconds for a built-in strategy, exactly as the strategy does: in
 * 128-bit integers ({@link ProRata}) where the numbers fit, else with {@link BigDecimal} and the
 * strategy's own operations. Calendar-accurate works the period's months out once; flat rate has
 * one unbounded "month" of its fixed length.
 */
final class Valuer {

  private final long[] monthStart;
  private final long[] monthEnd;
  private final long[] monthSeconds; // -1 when the fast path cannot divide by it
  private final BigDecimal[] monthSecondsDecimal;
  private final boolean calendar;
  private final RevenueAtRiskStrategy strategy;
  private final ReportingPeriod period;

  private Valuer(
      RevenueAtRiskStrategy strategy,
      ReportingPeriod period,
      boolean calendar,
      List<TimeWindow> months,
      BigDecimal flatSeconds) {
    this.strategy = strategy;
    this.period = period;
    this.calendar = calendar;
    int n = calendar ? months.size() : 1;
    monthStart = new long[n];
    monthEnd = new long[n];
    monthSeconds = new long[n];
    monthSecondsDecimal = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      BigDecimal seconds;
      if (calendar) {
        monthStart[i] = ImpactTable.clampedNanos(months.get(i).start());
        monthEnd[i] = ImpactTable.clampedNanos(months.get(i).end());
        seconds = months.get(i).seconds();
      } else {
        monthStart[i] = Long.MIN_VALUE;
        monthEnd[i] = Long.MAX_VALUE;
        seconds = flatSeconds;
      }
      monthSecondsDecimal[i] = seconds;
      monthSeconds[i] =
          seconds.scale() <= 0
                  && seconds.signum() > 0
                  && seconds.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
              ? seconds.longValueExact()
              : -1;
    }
  }

  /** A valuer for a built-in strategy over a period, or null for any other strategy. */
  static @Nullable Valuer of(RevenueAtRiskStrategy strategy, ReportingPeriod period) {
    if (strategy == CalendarAccurate.INSTANCE) {
      return new Valuer(strategy, period, true, period.calendarMonths(), BigDecimal.ONE);
    }
    if (strategy instanceof FlatRate flat) {
      return new Valuer(strategy, period, false, List.of(), flat.monthSeconds());
    }
    return null;
  }

  /**
   * Values [start, end) (not empty) at degradation p × 10^−b of an amount (its {@link
   * ProRata#parts}) into {@code r}'s quotient; false when the integers do not fit.
   */
  boolean fast(ProRata r, long[] amount, long p, int b, long start, long end) {
    long h = 0;
    long l = 0;
    for (int i = 0; i < monthStart.length; i++) {
      long s = Math.max(start, monthStart[i]);
      long e = Math.min(end, monthEnd[i]);
      if (s >= e) {
        continue;
      }
      long nanos = e - s;
      if (nanos <= 0 || monthSeconds[i] < 0) {
        return false; // more than 292 years, or a month the integers cannot divide by
      }
      if (!r.value(amount[0], amount[1], (int) amount[2], p, b, nanos, monthSeconds[i])) {
        return false;
      }
      if (!r.add(h, l)) {
        return false;
      }
      h = r.high;
      l = r.low;
    }
    r.high = h;
    r.low = l;
    return true;
  }

  /** The value of [start, end) at degradation d, with BigDecimal, as the strategy computes it. */
  BigDecimal slow(Money monthly, long start, long end, BigDecimal d) {
    if (!calendar) {
      return strategy
          .valueOf(
              monthly,
              TimeWindow.of(ImpactTable.instant(start), ImpactTable.instant(end)),
              d,
              period.zone())
          .amount();
    }
    if (monthly.isZero()) {
      return BigDecimal.ZERO;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < monthStart.length; i++) {
      long s = Math.max(start, monthStart[i]);
      long e = Math.min(end, monthEnd[i]);
      if (s >= e) {
        continue;
      }
      BigDecimal partSeconds =
          TimeWindow.of(ImpactTable.instant(s), ImpactTable.instant(e)).seconds();
      total =
          total.add(
              monthly
                  .amount()
                  .multiply(d.multiply(partSeconds))
                  .divide(monthSecondsDecimal[i], Money.DIVISION_SCALE, RoundingMode.HALF_EVEN));
    }
    return total;
  }
}
