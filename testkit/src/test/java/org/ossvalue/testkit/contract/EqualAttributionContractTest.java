package org.ossvalue.testkit.contract;

import org.ossvalue.core.attribution.AttributionStrategy;

/** Equal split. */
class EqualAttributionContractTest extends AttributionStrategyContract {

  @Override
  protected AttributionStrategy strategy() {
    return AttributionStrategy.equal();
  }
}
