package org.ossvalue.testkit.contract;

import java.math.BigDecimal;
import java.util.Map;
import org.ossvalue.core.topology.CombinationRule;

/** A weighted mean with uneven weights by supporter id. */
class WeightedMeanWithWeightsContractTest extends CombinationRuleContract {

  @Override
  protected CombinationRule rule() {
    return CombinationRule.weightedMean(
        Map.of("E0", new BigDecimal("3"), "E2", new BigDecimal("0.5")));
  }
}
