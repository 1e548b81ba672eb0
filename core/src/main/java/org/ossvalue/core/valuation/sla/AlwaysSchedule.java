package org.ossvalue.core.valuation.sla;

import java.time.ZoneId;
import java.util.List;
import org.ossvalue.core.TimeWindow;

/** 24 × 7. */
enum AlwaysSchedule implements ServiceSchedule {
  INSTANCE;

  @Override
  public List<TimeWindow> serviceTime(TimeWindow window, ZoneId zone) {
    return window.isEmpty() ? List.of() : List.of(window);
  }

  @Override
  public String toString() {
    return "ServiceSchedule.always()";
  }
}
