package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Degradations;
import org.ossvalue.core.Severity;

/** A severity table. */
final class TableSeverityMapping implements SeverityMapping {

  static final TableSeverityMapping DEFAULTS =
      new TableSeverityMapping(
          new EnumMap<>(
              Map.of(
                  Severity.CRITICAL, DEFAULT_CRITICAL,
                  Severity.MAJOR, DEFAULT_MAJOR,
                  Severity.MINOR, DEFAULT_MINOR,
                  Severity.WARNING, BigDecimal.ZERO,
                  Severity.INDETERMINATE, BigDecimal.ZERO)),
          true);

  private final EnumMap<Severity, BigDecimal> table;
  private final boolean isDefault;

  TableSeverityMapping(EnumMap<Severity, BigDecimal> table, boolean isDefault) {
    this.table = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      this.table.put(
          s, Degradations.check(table.getOrDefault(s, BigDecimal.ZERO), "degradation of " + s));
    }
    this.isDefault = isDefault;
  }

  @Override
  public BigDecimal degradation(Cause cause) {
    return table.get(cause.severity());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableSeverityMapping other && other.table.equals(table);
  }

  @Override
  public int hashCode() {
    return table.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(isDefault ? "SeverityMapping.defaults(" : "SeverityMapping.of(");
    String sep = "";
    for (Map.Entry<Severity, BigDecimal> e : table.entrySet()) {
      s.append(sep).append(e.getKey()).append('=').append(e.getValue().toPlainString());
      sep = ", ";
    }
    return s.append(')').toString();
  }
}
