package org.ossvalue.testkit.contract;

import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.core.valuation.sla.SlaPresets;

/** The Business Silver preset. */
class BusinessSilverContractTest extends SlaPolicyContract {

  @Override
  protected SlaPolicy policy() {
    return SlaPolicy.of("SLA-SILVER", SlaPresets.businessSilver());
  }
}
