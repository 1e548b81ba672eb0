package org.ossvalue.testkit.contract;

import java.time.Duration;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/** Flat rate over a 28-day month. */
class FlatRate28DaysContractTest extends RevenueAtRiskStrategyContract {

  @Override
  protected RevenueAtRiskStrategy strategy() {
    return RevenueAtRiskStrategy.flatRate(Duration.ofDays(28));
  }
}
