package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.ossvalue.core.internal.Decimals;

/**
 * An operator's estimate of a model parameter: a low, a central and a high value, low ≤ central ≤
 * high. Results computed at the three give a range, not a false point.
 */
@Value.Immutable
public abstract class ParameterRange {

  ParameterRange() {}

  /** The low value. */
  @Value.Parameter
  public abstract BigDecimal low();

  /** The central value. */
  @Value.Parameter
  public abstract BigDecimal central();

  /** The high value. */
  @Value.Parameter
  public abstract BigDecimal high();

  /** A range: {@code ParameterRange.of(1.5, 2, 3)} as decimals. */
  public static ParameterRange of(BigDecimal low, BigDecimal central, BigDecimal high) {
    return ImmutableParameterRange.of(low, central, high);
  }

  /** A range written as decimal text: {@code ParameterRange.of("1.5", "2", "3")}. */
  public static ParameterRange of(String low, String central, String high) {
    java.util.Objects.requireNonNull(low, "low");
    java.util.Objects.requireNonNull(central, "central");
    java.util.Objects.requireNonNull(high, "high");
    return of(parse("low", low), parse("central", central), parse("high", high));
  }

  private static BigDecimal parse(String name, String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a decimal number, was " + text, e);
    }
  }

  /** A single value, known exactly: low = central = high. */
  public static ParameterRange exactly(BigDecimal value) {
    return of(value, value, value);
  }

  /** The value at one bound. */
  public BigDecimal at(Bound bound) {
    return switch (bound) {
      case LOW -> low();
      case CENTRAL -> central();
      case HIGH -> high();
    };
  }

  @SuppressWarnings("BigDecimalEquals") // scale matters: detects whether normalising changed it
  @Value.Check
  ParameterRange normalize() {
    if (low().compareTo(central()) > 0 || central().compareTo(high()) > 0) {
      throw new IllegalArgumentException("range must have low <= central <= high, was " + this);
    }
    BigDecimal l = Decimals.normalize(low());
    BigDecimal c = Decimals.normalize(central());
    BigDecimal h = Decimals.normalize(high());
    return l.equals(low()) && c.equals(central()) && h.equals(high())
        ? this
        : ImmutableParameterRange.of(l, c, h);
  }

  /** {@code 2 (1.5 to 3)}. */
  @Override
  public String toString() {
    return central().toPlainString()
        + " ("
        + low().toPlainString()
        + " to "
        + high().toPlainString()
        + ")";
  }
}
