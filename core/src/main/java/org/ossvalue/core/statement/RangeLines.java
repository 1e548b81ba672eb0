package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * An estimate with its range per currency and per connection, low ≤ central ≤ high: churn exposure
 * (JSON {@code churnExposure {low[], central[], high[]}}) and revenue protected (JSON {@code
 * protectedRevenue}).
 */
@Value.Immutable
public abstract class RangeLines {

  RangeLines() {}

  /** The low ends, per currency. */
  public abstract List<Money> low();

  /** The central estimates, per currency: the figure to report. */
  public abstract List<Money> central();

  /** The high ends, per currency. */
  public abstract List<Money> high();

  /** Per connection (non-zero central or range), by connection id. */
  public abstract List<RangeAmount> byConnection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RangeLines}. */
  public static final class Builder extends ImmutableRangeLines.Builder {}
}
