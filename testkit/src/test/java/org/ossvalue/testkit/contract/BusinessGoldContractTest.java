package org.ossvalue.testkit.contract;

import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.core.valuation.sla.SlaPresets;

/** The Business Gold preset (NetCo's SLA-9001). */
class BusinessGoldContractTest extends SlaPolicyContract {

  @Override
  protected SlaPolicy policy() {
    return SlaPolicy.of("SLA-GOLD", SlaPresets.businessGold());
  }
}
