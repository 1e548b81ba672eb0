package org.ossvalue.testkit.contract;

import org.ossvalue.core.valuation.SeverityMapping;

/** The default mapping: critical 1, major 0.5, minor 0.25, warning and indeterminate 0. */
class DefaultSeverityMappingContractTest extends SeverityMappingContract {

  @Override
  protected SeverityMapping mapping() {
    return SeverityMapping.defaults();
  }
}
