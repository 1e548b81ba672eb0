package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import org.ossvalue.core.Degradations;

/** Down (weight 1) at or above a degradation threshold, up (weight 0) below. */
final class ThresholdDowntime implements DowntimeRule {

  static final ThresholdDowntime FULL_OUTAGE = new ThresholdDowntime(BigDecimal.ONE);

  private final BigDecimal threshold;

  ThresholdDowntime(BigDecimal threshold) {
    if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "threshold must be in (0, 1], was " + threshold.toPlainString());
    }
    this.threshold = Degradations.normalize(threshold);
  }

  @Override
  public BigDecimal weight(BigDecimal degradation) {
    return degradation.compareTo(threshold) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThresholdDowntime that && that.threshold.equals(threshold);
  }

  @Override
  public int hashCode() {
    return threshold.hashCode();
  }

  @Override
  public String toString() {
    return threshold.compareTo(BigDecimal.ONE) == 0
        ? "DowntimeRule.fullOutageOnly()"
        : "DowntimeRule.atLeast(" + threshold.toPlainString() + ")";
  }
}
