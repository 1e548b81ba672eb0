package org.ossvalue.core;

import java.util.Optional;
import org.immutables.value.Value;

/** A charge that recurs every period, such as a monthly fee; never negative. */
@Value.Immutable
public abstract class RecurringCharge {

  RecurringCharge() {}

  /** The amount charged once per period, tax-exclusive. */
  @Value.Parameter
  public abstract Money amount();

  /** How often the amount is charged. */
  @Value.Parameter
  public abstract ChargePeriod period();

  /** A name for people, such as "Monthly fee". */
  public abstract Optional<String> name();

  /** An amount charged once per period. */
  public static RecurringCharge of(Money amount, ChargePeriod period) {
    return ImmutableRecurringCharge.of(amount, period);
  }

  /** An amount charged every month: {@code RecurringCharge.monthly(Money.of("450.00", "EUR"))}. */
  public static RecurringCharge monthly(Money amount) {
    return of(amount, ChargePeriod.MONTH);
  }

  /** A builder, for a named charge. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecurringCharge}. */
  public static final class Builder extends ImmutableRecurringCharge.Builder {}

  /** The monthly equivalent of this charge (a yearly 5,400.00 is 450.00 a month). */
  public Money monthly() {
    return period().toMonthly(amount());
  }

  @Value.Check
  void check() {
    if (amount().signum() < 0) {
      throw new IllegalArgumentException("amount must be >= 0, was " + amount());
    }
  }

  @Override
  public String toString() {
    return amount() + "/" + period() + name().map(n -> " (" + n + ")").orElse("");
  }
}
