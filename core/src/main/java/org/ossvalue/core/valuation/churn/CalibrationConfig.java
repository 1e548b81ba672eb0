package org.ossvalue.core.valuation.churn;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** When calibration has enough data to say something, and at which confidence. */
@Value.Immutable
public abstract class CalibrationConfig {

  /** 95 %. */
  public static final BigDecimal DEFAULT_CONFIDENCE = new BigDecimal("0.95");

  /** Fewer churn events than this in a group is too thin to say anything. */
  public static final int DEFAULT_MIN_EVENTS_PER_GROUP = 5;

  /** Newton–Raphson iterations before giving up. */
  public static final int DEFAULT_MAX_ITERATIONS = 50;

  CalibrationConfig() {}

  /** The two-sided confidence level of the intervals, in (0, 1). */
  @Value.Default
  public BigDecimal confidence() {
    return DEFAULT_CONFIDENCE;
  }

  /** The fewest churn events each group (exposed, unexposed) needs. */
  @Value.Default
  public int minEventsPerGroup() {
    return DEFAULT_MIN_EVENTS_PER_GROUP;
  }

  /** The most Newton–Raphson iterations of the fit. */
  @Value.Default
  public int maxIterations() {
    return DEFAULT_MAX_ITERATIONS;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** 95 %, at least 5 events per group, 50 iterations. */
  public static CalibrationConfig defaults() {
    return builder().build();
  }

  /** Builds a {@link CalibrationConfig}. */
  public static final class Builder extends ImmutableCalibrationConfig.Builder {}

  /** The standard normal quantile of the two-sided level: 1.959964 for 95 %. */
  public double z() {
    return Statistics.normalQuantile(0.5 + confidence().doubleValue() / 2);
  }

  @Value.Check
  void check() {
    if (confidence().signum() <= 0 || confidence().compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(
          "confidence must be in (0, 1), was " + confidence().toPlainString());
    }
    if (minEventsPerGroup() < 1) {
      throw new IllegalArgumentException(
          "minEventsPerGroup must be >= 1, was " + minEventsPerGroup());
    }
    if (maxIterations() < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations());
    }
  }
}
