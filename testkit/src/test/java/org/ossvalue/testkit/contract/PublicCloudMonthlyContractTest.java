package org.ossvalue.testkit.contract;

import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.core.valuation.sla.SlaPresets;

/** The public-cloud monthly preset. */
class PublicCloudMonthlyContractTest extends SlaPolicyContract {

  @Override
  protected SlaPolicy policy() {
    return SlaPolicy.of("SLA-CLOUD", SlaPresets.publicCloudMonthly());
  }
}
