package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;

/**
 * How much of a minute at degradation d counts as SLA downtime: a weight in [0, 1] that never
 * decreases as d grows (so that more degradation never raises availability).
 */
public interface DowntimeRule {

  /** The weight of a minute at degradation d in [0, 1]. */
  BigDecimal weight(BigDecimal degradation);

  /** Only full outages count: a minute is down when d = 1 (the default). */
  static DowntimeRule fullOutageOnly() {
    return ThresholdDowntime.FULL_OUTAGE;
  }

  /** A minute is down when d reaches the threshold, in (0, 1]; below it, it is up. */
  static DowntimeRule atLeast(BigDecimal threshold) {
    return new ThresholdDowntime(threshold);
  }

  /** Degradation-weighted: a minute at d counts as d minutes of downtime. */
  static DowntimeRule degradationWeighted() {
    return WeightedDowntime.INSTANCE;
  }
}
