package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Severity;

/**
 * Turns a cause into the degradation d in [0, 1] it inflicts on the element it hits (0 healthy, 1
 * down). A cause mapped to 0 impacts nothing.
 */
public interface SeverityMapping {

  /** Degradation of critical causes by default: 1, the element is down. */
  BigDecimal DEFAULT_CRITICAL = BigDecimal.ONE;

  /** Degradation of major causes by default: 0.5. */
  BigDecimal DEFAULT_MAJOR = new BigDecimal("0.5");

  /** Degradation of minor causes by default: 0.25. */
  BigDecimal DEFAULT_MINOR = new BigDecimal("0.25");

  /** The degradation this cause inflicts on its element, in [0, 1]. */
  BigDecimal degradation(Cause cause);

  /** critical 1.0, major 0.5, minor 0.25, warning 0, indeterminate 0. */
  static SeverityMapping defaults() {
    return TableSeverityMapping.DEFAULTS;
  }

  /**
   * A table from severity to degradation; severities the table leaves out map to 0. Values must lie
   * in [0, 1].
   */
  static SeverityMapping of(Map<Severity, BigDecimal> table) {
    return new TableSeverityMapping(new EnumMap<>(table), false);
  }
}
