package org.ossvalue.core.valuation;

import org.immutables.value.Value;
import org.ossvalue.core.Money;

/** An estimated amount with its range, low ≤ central ≤ high, all in one currency and exact. */
@Value.Immutable
public abstract class MoneyEstimate {

  MoneyEstimate() {}

  /** The low end of the range. */
  @Value.Parameter
  public abstract Money low();

  /** The central (best) estimate. */
  @Value.Parameter
  public abstract Money central();

  /** The high end of the range. */
  @Value.Parameter
  public abstract Money high();

  /** An estimate with its range. */
  public static MoneyEstimate of(Money low, Money central, Money high) {
    return ImmutableMoneyEstimate.of(low, central, high);
  }

  /** An amount known exactly. */
  public static MoneyEstimate exactly(Money amount) {
    return of(amount, amount, amount);
  }

  /** This estimate plus that, end by end. */
  public MoneyEstimate plus(MoneyEstimate that) {
    return of(low().plus(that.low()), central().plus(that.central()), high().plus(that.high()));
  }

  /** Each end rounded half-even to the minor unit: for display. */
  public MoneyEstimate rounded() {
    return of(low().rounded(), central().rounded(), high().rounded());
  }

  @Value.Check
  void check() {
    if (!low().currency().equals(central().currency())
        || !central().currency().equals(high().currency())) {
      throw new IllegalArgumentException(
          "estimate must be in one currency, was low="
              + low()
              + " central="
              + central()
              + " high="
              + high());
    }
    if (low().compareTo(central()) > 0 || central().compareTo(high()) > 0) {
      throw new IllegalArgumentException(
          "estimate must satisfy low <= central <= high, was low="
              + low()
              + " central="
              + central()
              + " high="
              + high());
    }
  }

  /** {@code 12.34 EUR [10.00 EUR, 15.00 EUR]}, rounded for display. */
  @Override
  public String toString() {
    return central().rounded() + " [" + low().rounded() + ", " + high().rounded() + "]";
  }
}
