package org.ossvalue.testkit.contract;

import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/** Calendar-accurate revenue at risk (the default). */
class CalendarAccurateContractTest extends RevenueAtRiskStrategyContract {

  @Override
  protected RevenueAtRiskStrategy strategy() {
    return RevenueAtRiskStrategy.calendarAccurate();
  }
}
