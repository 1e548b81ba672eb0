package org.ossvalue.core.statement;

import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * One connection's estimate as a range, low ≤ central ≤ high, in one currency: churn exposure and
 * protected revenue by connection.
 */
@Value.Immutable
public abstract class RangeAmount {

  RangeAmount() {}

  /** The connection. */
  public abstract String connection();

  /** The low end. */
  public abstract Money low();

  /** The central estimate, the figure to report. */
  public abstract Money central();

  /** The high end. */
  public abstract Money high();

  /** A connection's range. */
  public static RangeAmount of(String connection, Money low, Money central, Money high) {
    return ImmutableRangeAmount.builder()
        .connection(connection)
        .low(low)
        .central(central)
        .high(high)
        .build();
  }

  @Value.Check
  void check() {
    if (low().compareTo(central()) > 0 || central().compareTo(high()) > 0) {
      throw new IllegalArgumentException(
          "range must satisfy low <= central <= high, was low="
              + low()
              + " central="
              + central()
              + " high="
              + high()
              + " ("
              + connection()
              + ")");
    }
  }

  @Override
  public String toString() {
    return connection()
        + " "
        + central().rounded()
        + " ["
        + low().rounded()
        + ", "
        + high().rounded()
        + "]";
  }
}
