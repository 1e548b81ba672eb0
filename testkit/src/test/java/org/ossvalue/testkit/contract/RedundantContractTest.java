package org.ossvalue.testkit.contract;

import org.ossvalue.core.topology.CombinationRule;

/** Redundant: the best supporter. */
class RedundantContractTest extends CombinationRuleContract {

  @Override
  protected CombinationRule rule() {
    return CombinationRule.redundant();
  }
}
