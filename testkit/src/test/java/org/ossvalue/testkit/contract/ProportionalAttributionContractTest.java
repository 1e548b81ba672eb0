package org.ossvalue.testkit.contract;

import java.math.BigDecimal;
import java.util.Map;
import org.ossvalue.core.attribution.AttributionStrategy;
import org.ossvalue.core.attribution.OssFunction;

/** Proportional to fixed weights (every generated game has players f0 and f1; others weigh 0). */
class ProportionalAttributionContractTest extends AttributionStrategyContract {

  @Override
  protected AttributionStrategy strategy() {
    return AttributionStrategy.proportional(
        Map.of(OssFunction.of("f0"), BigDecimal.ONE, OssFunction.of("f1"), new BigDecimal("2.5")));
  }
}
