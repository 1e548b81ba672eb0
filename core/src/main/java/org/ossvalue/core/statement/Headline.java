package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * The figures a CFO reads first, one exact amount per currency (every currency of the statement,
 * zero where nothing happened), never summed across currencies; round half-even to the minor unit
 * only to display. docs/value-statement.md defines each. JSON {@code headline}.
 */
@Value.Immutable
public abstract class Headline {

  Headline() {}

  /** Revenue connected: recurring revenue earned in the period by the connections active in it. */
  public abstract List<Money> connected();

  /** Active MRR at the end of the period (a monthly run rate). */
  public abstract List<Money> mrr();

  /** Revenue enabled: see {@link EnabledLines#total()}. */
  public abstract List<Money> enabled();

  /** Revenue protected, central estimate of the counterfactual. JSON {@code protected}. */
  public abstract List<Money> protectedRevenue();

  /** Unplanned revenue at risk. */
  public abstract List<Money> atRisk();

  /** Revenue at risk from planned work, apart. */
  public abstract List<Money> plannedAtRisk();

  /** Revenue lost: see {@link LostLines#total()}. */
  public abstract List<Money> lost();

  /** SLA credits owed (a part of lost). */
  public abstract List<Money> credits();

  /** Usage revenue lost (a part of lost). */
  public abstract List<Money> usageLost();

  /** Revenue delayed inside the period (a part of lost). */
  public abstract List<Money> delayed();

  /** Leakage found. */
  public abstract List<Money> leakage();

  /** Churn exposure, central estimate. */
  public abstract List<Money> churnExposure();

  /** Revenue-weighted availability, one per currency. */
  public abstract List<AvailabilityFigure> revenueWeightedAvailability();

  /** Connection-weighted availability. */
  public abstract AvailabilityFigure connectionWeightedAvailability();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Headline}. */
  public static final class Builder extends ImmutableHeadline.Builder {}
}
