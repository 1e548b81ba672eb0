package org.ossvalue.core.attribution;

class ExactShapleyContractTest extends AttributionStrategyContract {

  @Override
  AttributionStrategy strategy() {
    return AttributionStrategy.shapley();
  }
}
