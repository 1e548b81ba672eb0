package org.ossvalue.core.valuation.sla;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ossvalue.core.TimeWindow;

/** Opening hours on working days, minus holidays, in the zone given. */
final class BusinessHoursSchedule implements ServiceSchedule {

  private final BusinessHours hours;

  BusinessHoursSchedule(BusinessHours hours) {
    this.hours = hours;
  }

  @Override
  public List<TimeWindow> serviceTime(TimeWindow window, ZoneId zone) {
    List<TimeWindow> result = new ArrayList<>();
    if (window.isEmpty()) {
      return result;
    }
    LocalDate last = window.end().atZone(zone).toLocalDate();
    for (LocalDate day = window.start().atZone(zone).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      if (!hours.days().contains(day.getDayOfWeek()) || hours.holidays().contains(day)) {
        continue;
      }
      TimeWindow open =
          TimeWindow.of(
              day.atTime(hours.opens()).atZone(zone).toInstant(),
              day.atTime(hours.closes()).atZone(zone).toInstant());
      Optional<TimeWindow> part = open.intersection(window);
      part.ifPresent(result::add);
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessHoursSchedule that && that.hours.equals(hours);
  }

  @Override
  public int hashCode() {
    return hours.hashCode();
  }

  @Override
  public String toString() {
    return "ServiceSchedule.businessHours(" + hours + ")";
  }
}
