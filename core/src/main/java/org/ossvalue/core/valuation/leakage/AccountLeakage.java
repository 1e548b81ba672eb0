package org.ossvalue.core.valuation.leakage;

import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.billing.BillLine;

/**
 * One billing account's revenue assurance in the period: whether it could be assessed (it has a
 * bill), the findings per connection, and the usage, credit and other lines recognised apart.
 */
@Value.Immutable
public abstract class AccountLeakage {

  AccountLeakage() {}

  /** The billing account. */
  public abstract String account();

  /** Whether the account has a bill (or charge lines) for the period. */
  public abstract boolean assessable();

  /** The bills of the period, by id. */
  @Value.NaturalOrder
  public abstract SortedSet<String> bills();

  /** Expected recurring revenue of the account's active connections (also when not assessable). */
  public abstract MoneyTotals expected();

  /** One finding per connection expected or billed; empty when not assessable. */
  public abstract List<LeakageFinding> findings();

  /** Usage charge lines, reported on their own. */
  public abstract List<BillLine> usageLines();

  /** Credit lines (negative amounts are valid), reported on their own. */
  public abstract List<BillLine> creditLines();

  /**
   * One-time, penalty and unknown lines, and recurring lines of connections without an MRR,
   * reported on their own.
   */
  public abstract List<BillLine> otherLines();

  /** Active connections without an MRR: their expected revenue is unknown, so not compared. */
  @Value.NaturalOrder
  public abstract SortedSet<String> unpricedConnections();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountLeakage}. */
  public static final class Builder extends ImmutableAccountLeakage.Builder {}

  /** Revenue leaking in this account, per currency. */
  public MoneyTotals leakage() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    for (LeakageFinding f : findings()) {
      if (f.kind().isLeak()) {
        acc.add(f.leakage());
      }
    }
    return acc.toTotals();
  }

  /** Usage billed, per currency. */
  public MoneyTotals usageBilled() {
    return sum(usageLines());
  }

  /** Credits billed, per currency (usually negative). */
  public MoneyTotals creditsBilled() {
    return sum(creditLines());
  }

  private static MoneyTotals sum(List<BillLine> lines) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    lines.forEach(l -> acc.add(l.amount()));
    return acc.toTotals();
  }

  @Override
  public String toString() {
    return account()
        + (assessable()
            ? " leakage " + leakage().rounded() + " " + findings()
            : " not assessable (no bill in the period; expected " + expected().rounded() + ")");
  }
}
