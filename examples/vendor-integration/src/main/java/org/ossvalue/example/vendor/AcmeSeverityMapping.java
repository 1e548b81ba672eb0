package org.ossvalue.example.vendor;

import java.math.BigDecimal;
import org.ossvalue.core.Cause;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * Acme's severity mapping: Acme element managers raise {@code major} only when more than half the
 * traffic is lost, so major degrades 0.6 (ossvalue's default: 0.5); minor 0.1; critical 1; warning
 * and indeterminate nothing.
 */
public final class AcmeSeverityMapping implements SeverityMapping {

  private static final BigDecimal MAJOR = new BigDecimal("0.6");
  private static final BigDecimal MINOR = new BigDecimal("0.1");

  @Override
  public BigDecimal degradation(Cause cause) {
    return switch (cause.severity()) {
      case CRITICAL -> BigDecimal.ONE;
      case MAJOR -> MAJOR;
      case MINOR -> MINOR;
      case WARNING, INDETERMINATE -> BigDecimal.ZERO;
    };
  }

  @Override
  public String toString() {
    return "AcmeSeverityMapping(critical=1, major=0.6, minor=0.1, warning=0, indeterminate=0)";
  }
}
