package org.ossvalue.testkit.contract;

import org.ossvalue.core.attribution.AttributionStrategy;

/** The removal effect. */
class RemovalEffectAttributionContractTest extends AttributionStrategyContract {

  @Override
  protected AttributionStrategy strategy() {
    return AttributionStrategy.removalEffect();
  }
}
