package org.ossvalue.example.vendor;

import org.ossvalue.core.valuation.SeverityMapping;
import org.ossvalue.testkit.contract.SeverityMappingContract;

/** Acme's mapping keeps every invariant ossvalue's built-in mappings keep. */
class AcmeSeverityMappingContractTest extends SeverityMappingContract {

  @Override
  protected SeverityMapping mapping() {
    return new AcmeSeverityMapping();
  }
}
