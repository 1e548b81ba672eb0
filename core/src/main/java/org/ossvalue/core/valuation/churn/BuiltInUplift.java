package org.ossvalue.core.valuation.churn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ossvalue.core.internal.Decimals;

/** The built-in uplifts. */
enum BuiltInUplift implements ChurnUplift {
  PROPORTIONAL_HAZARDS {
    @Override
    public BigDecimal multiplier(
        BigDecimal incidents, BigDecimal hours, BigDecimal perIncident, BigDecimal perHour) {
      BigDecimal exponent = perIncident.multiply(incidents).add(perHour.multiply(hours));
      if (exponent.signum() == 0) {
        return BigDecimal.ONE;
      }
      return Decimals.normalize(
          new BigDecimal(Math.exp(exponent.doubleValue()))
              .setScale(ChurnParameters.PROBABILITY_SCALE, RoundingMode.HALF_EVEN));
    }

    @Override
    public String toString() {
      return "ChurnUplift.proportionalHazards()";
    }
  },
  LINEAR {
    @Override
    public BigDecimal multiplier(
        BigDecimal incidents, BigDecimal hours, BigDecimal perIncident, BigDecimal perHour) {
      BigDecimal m =
          BigDecimal.ONE.add(perIncident.multiply(incidents)).add(perHour.multiply(hours));
      return Decimals.normalize(m.max(BigDecimal.ZERO));
    }

    @Override
    public String toString() {
      return "ChurnUplift.linear()";
    }
  }
}
