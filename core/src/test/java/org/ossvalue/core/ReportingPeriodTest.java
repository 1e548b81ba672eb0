package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void calendarMonthsFollowTheZoneIncludingDaylightSaving() {
    assertEquals(
        Duration.ofDays(31),
        ReportingPeriod.calendarMonth(YearMonth.of(2025, 3), ZoneId.of("UTC")).duration());
    // Berlin springs forward on 30 March 2025: March is one hour short.
    assertEquals(
        Duration.ofDays(31).minusHours(1),
        ReportingPeriod.calendarMonth(YearMonth.of(2025, 3), ZoneId.of("Europe/Berlin"))
            .duration());
    assertEquals(
        Duration.ofDays(28),
        ReportingPeriod.calendarMonth(YearMonth.of(2025, 2), ZoneId.of("UTC")).duration());
  }

  @Test
  void aPeriodListsTheWholeMonthsItTouches() {
    ReportingPeriod p =
        ReportingPeriod.of(
            NetCo.t("2025-02-20T00:00:00Z"), NetCo.t("2025-03-02T00:00:00Z"), ZoneId.of("UTC"));
    assertEquals(
        List.of(
            ReportingPeriod.calendarMonth(YearMonth.of(2025, 2), ZoneId.of("UTC")),
            ReportingPeriod.calendarMonth(YearMonth.of(2025, 3), ZoneId.of("UTC"))),
        p.calendarMonths());
    assertEquals(
        NetCo.t("2025-02-28T23:00:00Z"), ReportingPeriod.month("2025-03", "Europe/Berlin").from());
  }
}
