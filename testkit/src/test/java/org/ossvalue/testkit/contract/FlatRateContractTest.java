package org.ossvalue.testkit.contract;

import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/** Flat rate over a 30-day month. */
class FlatRateContractTest extends RevenueAtRiskStrategyContract {

  @Override
  protected RevenueAtRiskStrategy strategy() {
    return RevenueAtRiskStrategy.flatRate();
  }
}
