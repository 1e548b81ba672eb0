package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;

/** A minute at degradation d counts as d minutes down. */
enum WeightedDowntime implements DowntimeRule {
  INSTANCE;

  @Override
  public BigDecimal weight(BigDecimal degradation) {
    if (degradation.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return degradation.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ONE : degradation;
  }

  @Override
  public String toString() {
    return "DowntimeRule.degradationWeighted()";
  }
}
