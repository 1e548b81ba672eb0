package org.ossvalue.core.attribution;

class RemovalEffectContractTest extends AttributionStrategyContract {

  @Override
  AttributionStrategy strategy() {
    return AttributionStrategy.removalEffect();
  }
}
