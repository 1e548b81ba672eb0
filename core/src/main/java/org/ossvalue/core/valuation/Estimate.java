package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.ossvalue.core.internal.Decimals;

/**
 * A dimensionless estimate with its range: low ≤ central ≤ high, such as a fitted coefficient or a
 * probability. Trailing zeros are removed, so equal values are equal.
 */
@Value.Immutable
public abstract class Estimate {

  Estimate() {}

  /** The low end of the range. */
  @Value.Parameter
  public abstract BigDecimal low();

  /** The central (best) estimate. */
  @Value.Parameter
  public abstract BigDecimal central();

  /** The high end of the range. */
  @Value.Parameter
  public abstract BigDecimal high();

  /** An estimate with its range. */
  public static Estimate of(BigDecimal low, BigDecimal central, BigDecimal high) {
    return ImmutableEstimate.of(low, central, high);
  }

  /** An estimate from decimal text: {@code Estimate.of("0.1", "0.2", "0.3")}. */
  public static Estimate of(String low, String central, String high) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(central, "central");
    Objects.requireNonNull(high, "high");
    return of(decimal("low", low), decimal("central", central), decimal("high", high));
  }

  private static BigDecimal decimal(String attribute, String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(attribute + " must be a decimal number, was " + text, e);
    }
  }

  /** A value known exactly: low = central = high. */
  public static Estimate exactly(BigDecimal value) {
    return of(value, value, value);
  }

  /** Zero, exactly. */
  public static Estimate zero() {
    return exactly(BigDecimal.ZERO);
  }

  /** Whether the range is a single value. */
  public boolean isExact() {
    return low().compareTo(high()) == 0;
  }

  @Value.Check
  Estimate normalize() {
    if (low().compareTo(central()) > 0 || central().compareTo(high()) > 0) {
      throw new IllegalArgumentException(
          "estimate must satisfy low <= central <= high, was low="
              + low().toPlainString()
              + " central="
              + central().toPlainString()
              + " high="
              + high().toPlainString());
    }
    BigDecimal l = Decimals.normalize(low());
    BigDecimal c = Decimals.normalize(central());
    BigDecimal h = Decimals.normalize(high());
    // Normalising keeps each value; the same scale then means the same representation.
    return l.scale() == low().scale()
            && c.scale() == central().scale()
            && h.scale() == high().scale()
        ? this
        : ImmutableEstimate.of(l, c, h);
  }

  /** {@code 0.2 [0.1, 0.3]}, or just {@code 0.2} when exact. */
  @Override
  public String toString() {
    return isExact()
        ? central().toPlainString()
        : central().toPlainString()
            + " ["
            + low().toPlainString()
            + ", "
            + high().toPlainString()
            + "]";
  }
}
