package org.ossvalue.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ossvalue.benchmarks.CalendarAccurateBenchmark.Valuation;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/** The benchmark's quick mode: both contenders give the same value. No timing. */
class CalendarAccurateBenchmarkSmokeTest {

  @Test
  void bothValuationsAgree() {
    for (Valuation v : CalendarAccurateBenchmark.valuations(20_000, 7)) {
      assertEquals(
          CalendarAccurateBenchmark.decimals(v),
          RevenueAtRiskStrategy.calendarAccurate()
              .valueOf(v.monthly(), v.window(), v.degradation(), CalendarAccurateBenchmark.ZONE),
          v::toString);
    }
  }
}
