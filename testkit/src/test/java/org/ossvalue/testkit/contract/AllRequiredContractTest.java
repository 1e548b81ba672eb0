package org.ossvalue.testkit.contract;

import org.ossvalue.core.topology.CombinationRule;

/** All required: the worst supporter. */
class AllRequiredContractTest extends CombinationRuleContract {

  @Override
  protected CombinationRule rule() {
    return CombinationRule.allRequired();
  }
}
