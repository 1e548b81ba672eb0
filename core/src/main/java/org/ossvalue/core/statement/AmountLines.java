package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * One figure per currency with its breakdown per connection: JSON {@code {totals[],
 * byConnection[]}} (usage lost).
 */
@Value.Immutable
public abstract class AmountLines {

  AmountLines() {}

  /** One exact total per currency. */
  public abstract List<Money> totals();

  /** Per connection (non-zero), by connection id. */
  public abstract List<ConnectionAmount> byConnection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AmountLines}. */
  public static final class Builder extends ImmutableAmountLines.Builder {}
}
