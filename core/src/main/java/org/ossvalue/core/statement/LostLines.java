package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * Revenue lost in the period: money the operator gives back or does not earn because of what OSS
 * saw — SLA credits owed + usage revenue lost + revenue delayed by late activation + revenue lost
 * to orders failed for lack of capacity, each from its ledger after the guard. Not in it: revenue
 * at risk (still billed), leakage (not billed, but recoverable), churn exposure (future, expected).
 * JSON {@code lost}; {@code headline.lost} is {@link #total()}.
 */
@Value.Immutable
public abstract class LostLines {

  LostLines() {}

  /** SLA credits owed, per currency. */
  public abstract List<Money> credits();

  /** Usage revenue lost to unplanned impacts (an estimate), per currency. */
  public abstract List<Money> usageLost();

  /** Revenue delayed inside the period by late or held orders, per currency. */
  public abstract List<Money> delayed();

  /** Revenue lost to orders failed for lack of capacity, per currency. */
  public abstract List<Money> capacityLost();

  /** credits + usageLost + delayed + capacityLost, per currency. */
  public abstract List<Money> total();

  /** Lost revenue per connection (non-zero), by connection id. */
  public abstract List<ConnectionAmount> byConnection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LostLines}. */
  public static final class Builder extends ImmutableLostLines.Builder {}
}
