package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;

/** monthly × d × seconds ÷ seconds of the calendar month each part of the window falls in. */
enum CalendarAccurate implements RevenueAtRiskStrategy {
  INSTANCE;

  @Override
  public Money valueOf(Money monthly, TimeWindow window, BigDecimal degradation, ZoneId zone) {
    Money total = Money.zero(monthly.currency());
    if (window.isEmpty() || degradation.signum() == 0 || monthly.isZero()) {
      return total;
    }
    for (TimeWindow month : ReportingPeriod.of(window, zone).calendarMonths()) {
      TimeWindow part = month.intersection(window).orElseThrow();
      total =
          total.plus(
              monthly.times(degradation.multiply(part.seconds())).dividedBy(month.seconds()));
    }
    return total;
  }

  @Override
  public String toString() {
    return "RevenueAtRiskStrategy.calendarAccurate()";
  }
}
