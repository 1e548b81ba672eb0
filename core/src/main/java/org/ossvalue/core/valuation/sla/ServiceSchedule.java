package org.ossvalue.core.valuation.sla;

import java.time.ZoneId;
import java.util.List;
import org.ossvalue.core.TimeWindow;

/**
 * The time an SLA covers: availability is measured only inside it, and downtime outside it does not
 * count (business hours with holidays, for example).
 */
public interface ServiceSchedule {

  /** The parts of a window that are service time, read in a zone: sorted, disjoint, non-empty. */
  List<TimeWindow> serviceTime(TimeWindow window, ZoneId zone);

  /** Around the clock, every day (the default). */
  static ServiceSchedule always() {
    return AlwaysSchedule.INSTANCE;
  }

  /** Business hours as configured: days of the week, opening and closing time, holidays. */
  static ServiceSchedule businessHours(BusinessHours hours) {
    return new BusinessHoursSchedule(hours);
  }
}
