package org.ossvalue.core;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A span of time to value, with the time zone whose calendar months decide pro-rata figures: a
 * month is 28 to 31 days long, and in a zone with daylight saving one hour shorter or longer.
 */
@Value.Immutable
public abstract class ReportingPeriod {

  ReportingPeriod() {}

  /** The instants of the period, half-open. */
  @Value.Parameter
  public abstract TimeWindow window();

  /** The zone whose calendar defines months, days and business hours. */
  @Value.Parameter
  public abstract ZoneId zone();

  /** A period [from, to) read in a zone. */
  public static ReportingPeriod of(TimeWindow window, ZoneId zone) {
    return ImmutableReportingPeriod.of(window, zone);
  }

  /** A period [from, to) read in a zone. */
  public static ReportingPeriod of(Instant from, Instant to, ZoneId zone) {
    return of(TimeWindow.of(from, to), zone);
  }

  /** One calendar month in a zone: {@code ReportingPeriod.month(YearMonth.of(2025, 3), UTC)}. */
  public static ReportingPeriod month(YearMonth month, ZoneId zone) {
    return of(calendarMonth(month, zone), zone);
  }

  /** One calendar month in a zone: {@code ReportingPeriod.month("2025-03", "UTC")}. */
  public static ReportingPeriod month(String yearMonth, String zone) {
    return month(YearMonth.parse(yearMonth), ZoneId.of(zone));
  }

  /** The calendar month that contains an instant, in a zone. */
  public static TimeWindow calendarMonthOf(Instant instant, ZoneId zone) {
    return calendarMonth(YearMonth.from(instant.atZone(zone)), zone);
  }

  /** A calendar month in a zone, from its first midnight to the next month's first midnight. */
  public static TimeWindow calendarMonth(YearMonth month, ZoneId zone) {
    ZonedDateTime start = month.atDay(1).atStartOfDay(zone);
    ZonedDateTime end = month.plusMonths(1).atDay(1).atStartOfDay(zone);
    return TimeWindow.of(start.toInstant(), end.toInstant());
  }

  /** The first instant of the period. */
  public Instant from() {
    return window().start();
  }

  /** The first instant after the period. */
  public Instant to() {
    return window().end();
  }

  /**
   * The whole calendar months (in this zone) that the period touches, in order; the first and last
   * may extend beyond the period.
   */
  public List<TimeWindow> calendarMonths() {
    List<TimeWindow> months = new ArrayList<>();
    if (window().isEmpty()) {
      return months;
    }
    TimeWindow month = calendarMonthOf(from(), zone());
    while (month.start().isBefore(to())) {
      months.add(month);
      month = calendarMonthOf(month.end(), zone());
    }
    return months;
  }

  @Override
  public String toString() {
    return window() + " " + zone();
  }
}
