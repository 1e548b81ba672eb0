package org.ossvalue.testkit.contract;

import org.ossvalue.core.attribution.AttributionStrategy;
import org.ossvalue.core.attribution.MonteCarloConfig;

/** The Monte Carlo Shapley estimate. */
class MonteCarloShapleyAttributionContractTest extends AttributionStrategyContract {

  @Override
  protected AttributionStrategy strategy() {
    return AttributionStrategy.shapleyMonteCarlo(MonteCarloConfig.builder().samples(200).build());
  }
}
