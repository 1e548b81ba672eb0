package org.ossvalue.core.attribution;

class EqualContractTest extends AttributionStrategyContract {

  @Override
  AttributionStrategy strategy() {
    return AttributionStrategy.equal();
  }
}
