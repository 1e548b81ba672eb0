package org.ossvalue.testkit.contract;

import org.ossvalue.core.topology.CombinationRule;

/** The mean of the supporters. */
class WeightedMeanContractTest extends CombinationRuleContract {

  @Override
  protected CombinationRule rule() {
    return CombinationRule.weightedMean();
  }
}
