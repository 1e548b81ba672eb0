package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * SLA credits owed in the period: totals per currency and every connection assessed under an SLA,
 * per billing period, with its availability (zero credits included). JSON {@code slaCredits
 * {totals[], byConnection[]}}.
 */
@Value.Immutable
public abstract class CreditLines {

  CreditLines() {}

  /** Credits owed, one exact total per currency. */
  public abstract List<Money> totals();

  /** Every connection with an SLA, per billing period, by connection then period. */
  public abstract List<CreditRow> byConnection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreditLines}. */
  public static final class Builder extends ImmutableCreditLines.Builder {}
}
