package org.ossvalue.testkit.contract;

import java.math.BigDecimal;
import java.util.Map;
import org.ossvalue.core.Severity;
import org.ossvalue.core.valuation.SeverityMapping;

/** A table mapping that leaves warning and indeterminate out (they map to 0). */
class TableSeverityMappingContractTest extends SeverityMappingContract {

  @Override
  protected SeverityMapping mapping() {
    return SeverityMapping.of(
        Map.of(
            Severity.CRITICAL, BigDecimal.ONE,
            Severity.MAJOR, new BigDecimal("0.6"),
            Severity.MINOR, new BigDecimal("0.2")));
  }
}
