package org.ossvalue.core.valuation.churn;

import java.math.BigDecimal;

/**
 * Turns exposure into a hazard multiplier: how many times the baseline monthly churn hazard a
 * connection faces after its incidents and impact hours (both already decay-weighted).
 */
public interface ChurnUplift {

  /** The multiplier (≥ 0; 1 = no uplift), non-decreasing in each coefficient. */
  BigDecimal multiplier(
      BigDecimal incidents,
      BigDecimal impactHours,
      BigDecimal perIncident,
      BigDecimal perImpactHour);

  /**
   * Proportional hazards (the default): exp(perIncident × incidents + perImpactHour × hours),
   * computed in {@code double} and rounded to {@value ChurnParameters#PROBABILITY_SCALE} places.
   */
  static ChurnUplift proportionalHazards() {
    return BuiltInUplift.PROPORTIONAL_HAZARDS;
  }

  /** Linear, exact: max(0, 1 + perIncident × incidents + perImpactHour × hours). */
  static ChurnUplift linear() {
    return BuiltInUplift.LINEAR;
  }
}
