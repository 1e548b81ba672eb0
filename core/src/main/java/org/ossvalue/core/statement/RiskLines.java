package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * Revenue at risk in the period, per currency and per connection, unplanned apart from planned: the
 * revenue-at-risk ledgers after the double-count guard. JSON {@code revenueAtRisk {totals[],
 * plannedTotals[], byConnection[]}}.
 */
@Value.Immutable
public abstract class RiskLines {

  RiskLines() {}

  /** Unplanned revenue at risk, one exact total per currency. */
  public abstract List<Money> totals();

  /** Revenue at risk from planned work, per currency; never added to {@link #totals()}. */
  public abstract List<Money> plannedTotals();

  /** Unplanned revenue at risk per connection (non-zero), by connection id. */
  public abstract List<ConnectionAmount> byConnection();

  /** Planned revenue at risk per connection, by connection id. */
  public abstract List<ConnectionAmount> plannedByConnection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RiskLines}. */
  public static final class Builder extends ImmutableRiskLines.Builder {}
}
