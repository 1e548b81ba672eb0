package org.ossvalue.core.attribution;

class MonteCarloShapleyContractTest extends AttributionStrategyContract {

  @Override
  AttributionStrategy strategy() {
    return AttributionStrategy.shapleyMonteCarlo(MonteCarloConfig.builder().samples(100).build());
  }
}
