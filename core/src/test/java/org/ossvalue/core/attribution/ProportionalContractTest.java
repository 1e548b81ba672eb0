package org.ossvalue.core.attribution;

import java.math.BigDecimal;

class ProportionalContractTest extends AttributionStrategyContract {

  @Override
  AttributionStrategy strategy() {
    return AttributionStrategy.proportional(
        java.util.Map.of(
            OssFunction.of("f0"), BigDecimal.ONE, OssFunction.of("f1"), BigDecimal.valueOf(2)));
  }
}
