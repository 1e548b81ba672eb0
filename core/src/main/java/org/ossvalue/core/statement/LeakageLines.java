package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * Revenue leakage found in the period: connections active but not billed (or under-billed), per
 * account, and the accounts that could not be checked because they have no bill. JSON {@code
 * leakage {items[], notAssessable[]}}.
 */
@Value.Immutable
public abstract class LeakageLines {

  LeakageLines() {}

  /** Leaks, by account then connection; the money is leakage. */
  public abstract List<LeakageItem> items();

  /** Leakage, one exact total per currency (the sum of {@link #items()}). */
  public abstract List<Money> totals();

  /** Over-billing (billed more than expected, or billed but not connected); not leakage. */
  public abstract List<LeakageItem> overcharges();

  /** Overcharges, per currency. */
  public abstract List<Money> overchargeTotals();

  /** Accounts with active connections but no bill in the period: not assessable, never leaking. */
  public abstract List<String> notAssessable();

  /** The expected recurring revenue of those accounts, per currency. */
  public abstract List<Money> notAssessableExpected();

  /** Usage rated in the period (usage records), per currency. */
  public abstract List<Money> usageRated();

  /** Usage billed in the period (usage lines), per currency. */
  public abstract List<Money> usageBilled();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LeakageLines}. */
  public static final class Builder extends ImmutableLeakageLines.Builder {}
}
