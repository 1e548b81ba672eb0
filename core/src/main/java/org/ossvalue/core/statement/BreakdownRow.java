package org.ossvalue.core.statement;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * The statement's figures for one group of connections (a segment, an offering or an account).
 * Money lists hold one exact amount per currency that occurs in the group; over all rows of a
 * breakdown they sum to the headline. The row without a key gathers connections without that
 * attribute, and money on connections not in the inventory.
 */
@Value.Immutable
public abstract class BreakdownRow {

  BreakdownRow() {}

  /** The segment, offering or account; absent for the row of connections without one. */
  public abstract Optional<String> key();

  /** Connections in the group (every connection supplied, active or not). */
  public abstract long connections();

  /** Active MRR at the end of the period. */
  public abstract List<Money> mrr();

  /** Revenue connected. */
  public abstract List<Money> connected();

  /** Revenue enabled. */
  public abstract List<Money> enabled();

  /** Revenue protected (central). JSON {@code protected}. */
  public abstract List<Money> protectedRevenue();

  /** Unplanned revenue at risk. */
  public abstract List<Money> atRisk();

  /** Planned revenue at risk. */
  public abstract List<Money> plannedAtRisk();

  /** Revenue lost. */
  public abstract List<Money> lost();

  /** SLA credits owed. */
  public abstract List<Money> credits();

  /** Usage revenue lost. */
  public abstract List<Money> usageLost();

  /** Revenue delayed. */
  public abstract List<Money> delayed();

  /** Leakage. */
  public abstract List<Money> leakage();

  /** Churn exposure (central). */
  public abstract List<Money> churnExposure();

  /** Revenue-weighted availability, one per currency. */
  public abstract List<AvailabilityFigure> revenueWeightedAvailability();

  /** Connection-weighted availability. */
  public abstract AvailabilityFigure connectionWeightedAvailability();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BreakdownRow}. */
  public static final class Builder extends ImmutableBreakdownRow.Builder {}
}
