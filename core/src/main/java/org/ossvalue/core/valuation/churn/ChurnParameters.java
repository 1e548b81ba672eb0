package org.ossvalue.core.valuation.churn;

import java.math.BigDecimal;
import java.time.Duration;
import org.immutables.value.Value;
import org.ossvalue.core.valuation.Estimate;

/**
 * The churn parameters of one customer segment: the economics of a customer (baseline churn,
 * margin, discount rate) and how service exposure raises churn (look-back window, decay, uplift
 * coefficients with their ranges).
 *
 * <p>The defaults value nothing: their uplift coefficients are zero. Supply the operator's own
 * coefficients, or fit them with {@link ChurnCalibration}.
 */
@Value.Immutable
public abstract class ChurnParameters {

  /** Decimal places kept for dimensionless quantities computed in {@code double}. */
  public static final int PROBABILITY_SCALE = 12;

  /** 1 % of customers leave each month. */
  public static final BigDecimal DEFAULT_BASELINE_MONTHLY_CHURN = new BigDecimal("0.01");

  /** Revenue, not profit: a margin of 1. */
  public static final BigDecimal DEFAULT_MARGIN = BigDecimal.ONE;

  /** 1 % a month. */
  public static final BigDecimal DEFAULT_MONTHLY_DISCOUNT_RATE = new BigDecimal("0.01");

  /** Twelve months. */
  public static final int DEFAULT_HORIZON_MONTHS = 12;

  /** Impacts of the last 90 days count. */
  public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(90);

  /** An impact counts half as much 30 days later. */
  public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(30);

  ChurnParameters() {}

  /** The monthly probability that a customer of the segment leaves, without exposure. */
  @Value.Default
  public BigDecimal baselineMonthlyChurn() {
    return DEFAULT_BASELINE_MONTHLY_CHURN;
  }

  /** The share of revenue that is margin, in (0, 1]. */
  @Value.Default
  public BigDecimal margin() {
    return DEFAULT_MARGIN;
  }

  /** The monthly discount rate of future revenue, ≥ 0. */
  @Value.Default
  public BigDecimal monthlyDiscountRate() {
    return DEFAULT_MONTHLY_DISCOUNT_RATE;
  }

  /** The months over which the uplifted churn is counted. */
  @Value.Default
  public int horizonMonths() {
    return DEFAULT_HORIZON_MONTHS;
  }

  /** How far back impacts count. */
  @Value.Default
  public Duration lookback() {
    return DEFAULT_LOOKBACK;
  }

  /** The half-life of an impact's effect (from its end to as-of); zero means no decay. */
  @Value.Default
  public Duration halfLife() {
    return DEFAULT_HALF_LIFE;
  }

  /** Log-hazard uplift per (decay-weighted) incident, with its range. */
  @Value.Default
  public Estimate perIncident() {
    return Estimate.zero();
  }

  /** Log-hazard uplift per (decay-weighted) hour of degradation-weighted impact, with its range. */
  @Value.Default
  public Estimate perImpactHour() {
    return Estimate.zero();
  }

  /** Whether planned work counts as exposure (by default announced work does not). */
  @Value.Default
  public boolean plannedCounts() {
    return false;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The default economics and zero uplift. */
  public static ChurnParameters defaults() {
    return builder().build();
  }

  /** Builds {@link ChurnParameters}. */
  public static final class Builder extends ImmutableChurnParameters.Builder {}

  @Value.Check
  void check() {
    BigDecimal c = baselineMonthlyChurn();
    if (c.signum() <= 0 || c.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(
          "baselineMonthlyChurn must be in (0, 1), was " + c.toPlainString());
    }
    if (margin().signum() <= 0 || margin().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "margin must be in (0, 1], was " + margin().toPlainString());
    }
    if (monthlyDiscountRate().signum() < 0) {
      throw new IllegalArgumentException(
          "monthlyDiscountRate must be >= 0, was " + monthlyDiscountRate().toPlainString());
    }
    if (horizonMonths() < 1) {
      throw new IllegalArgumentException("horizonMonths must be >= 1, was " + horizonMonths());
    }
    if (lookback().isNegative() || lookback().isZero()) {
      throw new IllegalArgumentException("lookback must be > 0, was " + lookback());
    }
    if (halfLife().isNegative()) {
      throw new IllegalArgumentException("halfLife must be >= 0, was " + halfLife());
    }
  }

  @Override
  public String toString() {
    return "ChurnParameters{baseline "
        + baselineMonthlyChurn().toPlainString()
        + "/month, margin "
        + margin().toPlainString()
        + ", discount "
        + monthlyDiscountRate().toPlainString()
        + "/month, horizon "
        + horizonMonths()
        + " months, lookback "
        + lookback()
        + ", half-life "
        + (halfLife().isZero() ? "none" : halfLife().toString())
        + ", per incident "
        + perIncident()
        + ", per impact hour "
        + perImpactHour()
        + (plannedCounts() ? ", planned counts" : "")
        + "}";
  }
}
