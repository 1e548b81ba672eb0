package org.ossvalue.testkit.contract;

import org.ossvalue.core.attribution.AttributionStrategy;

/** The exact Shapley value. */
class ExactShapleyAttributionContractTest extends AttributionStrategyContract {

  @Override
  protected AttributionStrategy strategy() {
    return AttributionStrategy.shapley();
  }
}
