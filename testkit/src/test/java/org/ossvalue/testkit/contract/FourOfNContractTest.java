package org.ossvalue.testkit.contract;

import org.ossvalue.core.topology.CombinationRule;

/** At least 4 of n, also with fewer than 4 supporters. */
class FourOfNContractTest extends CombinationRuleContract {

  @Override
  protected CombinationRule rule() {
    return CombinationRule.atLeast(4);
  }
}
