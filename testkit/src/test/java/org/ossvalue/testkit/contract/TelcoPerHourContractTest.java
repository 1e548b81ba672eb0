package org.ossvalue.testkit.contract;

import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.core.valuation.sla.SlaPresets;

/** The telco per-hour preset (per-hour credits, chronic failure). */
class TelcoPerHourContractTest extends SlaPolicyContract {

  @Override
  protected SlaPolicy policy() {
    return SlaPolicy.of("SLA-HOURLY", SlaPresets.telcoPerHour());
  }
}
