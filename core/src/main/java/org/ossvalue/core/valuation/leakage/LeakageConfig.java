package org.ossvalue.core.valuation.leakage;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.internal.Decimals;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/** Parameters of the leakage check: the tolerance and how partial months are pro-rated. */
@Value.Immutable
public abstract class LeakageConfig {

  /** Half a minor unit: differences a biller's rounding to cents can make are not findings. */
  public static final BigDecimal DEFAULT_TOLERANCE_MINOR_UNITS = new BigDecimal("0.5");

  /** Calendar-accurate pro-rata for partial months. */
  public static final RevenueAtRiskStrategy DEFAULT_PRO_RATA =
      RevenueAtRiskStrategy.calendarAccurate();

  LeakageConfig() {}

  /** The largest difference that is still a match, in minor units of the currency. */
  @Value.Default
  public BigDecimal toleranceMinorUnits() {
    return DEFAULT_TOLERANCE_MINOR_UNITS;
  }

  /** How MRR is pro-rated over a connection's active part of the period. */
  @Value.Default
  public RevenueAtRiskStrategy proRata() {
    return DEFAULT_PRO_RATA;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Half a minor unit, calendar-accurate. */
  public static LeakageConfig defaults() {
    return builder().build();
  }

  /** Builds a {@link LeakageConfig}. */
  public static final class Builder extends ImmutableLeakageConfig.Builder {}

  /** The tolerance in a currency: 0.005 EUR by default. */
  public Money tolerance(Currency currency) {
    return Money.of(
        Decimals.normalize(toleranceMinorUnits().movePointLeft(Money.minorUnitDigits(currency))),
        currency);
  }

  @Value.Check
  void check() {
    if (toleranceMinorUnits().signum() < 0) {
      throw new IllegalArgumentException(
          "toleranceMinorUnits must be >= 0, was " + toleranceMinorUnits().toPlainString());
    }
  }

  @Override
  public String toString() {
    return "LeakageConfig{tolerance "
        + toleranceMinorUnits().toPlainString()
        + " minor units, "
        + proRata()
        + "}";
  }
}
