package org.ossvalue.core.valuation;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;

/**
 * One amount in one ledger: what it is for (its connection, the window it covers, the records that
 * caused it) and how it was derived. Amounts are exact; round only totals, only for display.
 */
@Value.Immutable
public abstract class LedgerEntry implements Explainable {

  LedgerEntry() {}

  /** The ledger it belongs to. */
  public abstract LedgerKind kind();

  /** The connection the money is about. */
  public abstract String connection();

  /** The exact amount (for estimates, the central value). */
  public abstract Money amount();

  /** The time the amount covers, when it covers a span of time. */
  public abstract Optional<TimeWindow> window();

  /** The ids of the records behind it ({@code alarm:7001}, {@code order:PO-3001}, …), sorted. */
  @Value.NaturalOrder
  public abstract SortedSet<String> records();

  /** For estimates (churn exposure): the range around the amount. */
  public abstract Optional<MoneyEstimate> range();

  /**
   * For credits: whether the credit gives back the whole recurring revenue of its window (100 % of
   * MRR or more), so nothing else lost in that window may be counted again.
   */
  @Value.Default
  public boolean fullRefund() {
    return false;
  }

  /** How the amount was derived. */
  public abstract Explanation explanation();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LedgerEntry}. */
  public static final class Builder extends ImmutableLedgerEntry.Builder {}

  @Override
  public Explanation explain() {
    return explanation();
  }

  @Value.Check
  void check() {
    if (connection().isBlank()) {
      throw new IllegalArgumentException(
          "connection must not be blank, was \"" + connection() + "\" (" + kind() + ")");
    }
    if (range().isPresent() && !range().get().central().currency().equals(amount().currency())) {
      throw new IllegalArgumentException(
          "range must be in the amount's currency "
              + amount().currency()
              + ", was "
              + range().get()
              + " ("
              + kind()
              + " "
              + connection()
              + ")");
    }
  }

  /** {@code creditsOwed P-1001 112.50 EUR [2025-03-01T00:00:00Z, …) [alarm:7001, sla:SLA-9001]}. */
  @Override
  public String toString() {
    return kind()
        + " "
        + connection()
        + " "
        + amount().rounded()
        + window().map(w -> " " + w).orElse("")
        + (records().isEmpty() ? "" : " " + records());
  }
}
