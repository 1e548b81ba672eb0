package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * Values a monthly amount over a window inside the period at d = 1, as the strategy does. For the
 * calendar-accurate strategy the period's months are worked out once and a whole month is worth the
 * amount itself; the figures are the same, digit for digit, as {@link
 * RevenueAtRiskStrategy#valueOf} gives (per month: amount × seconds ÷ month seconds at {@link
 * Money#DIVISION_SCALE} places, half-even, summed exactly).
 */
final class TimeValue {

  private final RevenueAtRiskStrategy strategy;
  private final ReportingPeriod period;
  private final boolean calendar;
  private final Instant[] start;
  private final Instant[] end;
  private final BigDecimal[] seconds;

  TimeValue(RevenueAtRiskStrategy strategy, ReportingPeriod period) {
    this.strategy = strategy;
    this.period = period;
    this.calendar = strategy == RevenueAtRiskStrategy.calendarAccurate();
    List<TimeWindow> months = calendar ? period.calendarMonths() : List.of();
    start = new Instant[months.size()];
    end = new Instant[months.size()];
    seconds = new BigDecimal[months.size()];
    for (int i = 0; i < months.size(); i++) {
      start[i] = months.get(i).start();
      end[i] = months.get(i).end();
      seconds[i] = months.get(i).seconds();
    }
  }

  /** The monthly amount over a window inside the period, at d = 1. */
  Money value(Money monthly, TimeWindow window) {
    if (!calendar || !inside(window)) {
      return strategy.valueOf(monthly, window, BigDecimal.ONE, period.zone());
    }
    if (window.isEmpty() || monthly.isZero()) {
      return Money.zero(monthly.currency());
    }
    BigDecimal total = null;
    for (int i = 0; i < start.length; i++) {
      Instant s = window.start().isAfter(start[i]) ? window.start() : start[i];
      Instant e = window.end().isBefore(end[i]) ? window.end() : end[i];
      if (!s.isBefore(e)) {
        continue;
      }
      BigDecimal amount;
      if (s.equals(start[i]) && e.equals(end[i])) {
        // a whole month: amount × s ÷ s, which is the amount at the division's scale
        amount =
            monthly.amount().scale() <= Money.DIVISION_SCALE
                ? monthly.amount()
                : monthly.amount().setScale(Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
      } else {
        Duration part = Duration.between(s, e);
        BigDecimal partSeconds =
            BigDecimal.valueOf(part.getSeconds()).add(BigDecimal.valueOf(part.getNano(), 9));
        amount =
            monthly
                .amount()
                .multiply(partSeconds)
                .divide(seconds[i], Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
      }
      total = total == null ? amount : total.add(amount);
    }
    return Money.of(total == null ? BigDecimal.ZERO : total, monthly.currency());
  }

  private boolean inside(TimeWindow window) {
    return start.length > 0
        && !window.start().isBefore(start[0])
        && !window.end().isAfter(end[end.length - 1]);
  }
}
