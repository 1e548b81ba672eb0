package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;

/**
 * Values time: how much of a monthly amount a window of degraded service represents. Revenue at
 * risk on a connection is its monthly recurring revenue valued over each impact window at the
 * impact's degradation; usage revenue lost is its monthly usage revenue valued the same way.
 */
public interface RevenueAtRiskStrategy {

  /**
   * The part of a monthly amount that a window at degradation d represents, in the amount's
   * currency and unrounded.
   */
  Money valueOf(Money monthly, TimeWindow window, BigDecimal degradation, ZoneId zone);

  /**
   * Values the impacts on these connections within a period: each impact is cut to the period,
   * valued with this strategy against the connection's MRR (and usage revenue, if any), and summed
   * per currency, unplanned apart from planned.
   */
  default RevenueAtRisk assess(
      Collection<Connection> connections, Impacts impacts, ReportingPeriod period) {
    return RevenueAtRiskAssessor.assess(this, connections, impacts, period);
  }

  /**
   * Calendar-accurate (the default): monthly × d × minutes ÷ minutes in that calendar month, in the
   * period's zone; a window spanning two months is split, each part using its own month's length.
   */
  static RevenueAtRiskStrategy calendarAccurate() {
    return CalendarAccurate.INSTANCE;
  }

  /** Flat rate: monthly × d × minutes ÷ the minutes of a 30-day month, whatever the calendar. */
  static RevenueAtRiskStrategy flatRate() {
    return new FlatRate(FlatRate.DEFAULT_MONTH);
  }

  /** Flat rate with a month of this fixed length. */
  static RevenueAtRiskStrategy flatRate(Duration monthLength) {
    return new FlatRate(monthLength);
  }
}
