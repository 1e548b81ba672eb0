package org.ossvalue.testkit.contract;

import org.ossvalue.core.topology.CombinationRule;

/** At least 2 of n: the second smallest degradation. */
class TwoOfNContractTest extends CombinationRuleContract {

  @Override
  protected CombinationRule rule() {
    return CombinationRule.atLeast(2);
  }
}
