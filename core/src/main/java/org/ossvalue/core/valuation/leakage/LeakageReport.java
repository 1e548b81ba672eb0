package org.ossvalue.core.valuation.leakage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;

/** Revenue leakage in a reporting period, per billing account, with exact totals per currency. */
@Value.Immutable
public abstract class LeakageReport {

  LeakageReport() {}

  /** The reporting period. */
  public abstract ReportingPeriod period();

  /** The configuration used, as its {@code toString}. */
  public abstract String config();

  /** Every account with connections or bills in the period, in id order. */
  public abstract List<AccountLeakage> accounts();

  /** Rated usage in the period (from usage records), per currency: to compare with usage billed. */
  public abstract MoneyTotals usageRated();

  /** Lines with neither a coverage period nor a known bill: they cannot be placed in time. */
  public abstract List<BillLine> unplacedLines();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LeakageReport}. */
  public static final class Builder extends ImmutableLeakageReport.Builder {}

  /** One account. */
  public Optional<AccountLeakage> account(String id) {
    return accounts().stream().filter(a -> a.account().equals(id)).findFirst();
  }

  /** Every finding of the assessable accounts. */
  public List<LeakageFinding> findings() {
    List<LeakageFinding> findings = new ArrayList<>();
    accounts().forEach(a -> findings.addAll(a.findings()));
    return findings;
  }

  /** Accounts without a bill in the period: not assessable, never leaking. */
  public SortedSet<String> notAssessable() {
    SortedSet<String> ids = new TreeSet<>();
    accounts().stream().filter(a -> !a.assessable()).forEach(a -> ids.add(a.account()));
    return ids;
  }

  /** Revenue leaking (connected but not billed, or under-billed), per currency, exact. */
  public MoneyTotals leakage() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    accounts().forEach(a -> acc.addAll(a.leakage()));
    return acc.toTotals();
  }

  /** Overcharges (over-billed, or billed but not connected), per currency, exact. */
  public MoneyTotals overcharges() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    for (LeakageFinding f : findings()) {
      if (f.overcharge().signum() != 0) {
        acc.add(f.overcharge());
      }
    }
    return acc.toTotals();
  }

  /** Usage charges billed, per currency. */
  public MoneyTotals usageBilled() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    accounts().forEach(a -> acc.addAll(a.usageBilled()));
    return acc.toTotals();
  }

  /** Credits billed, per currency. */
  public MoneyTotals creditsBilled() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    accounts().forEach(a -> acc.addAll(a.creditsBilled()));
    return acc.toTotals();
  }

  /** One {@link LedgerKind#LEAKAGE} entry per leaking connection. */
  public List<LedgerEntry> ledgerEntries() {
    List<LedgerEntry> entries = new ArrayList<>();
    for (LeakageFinding f : findings()) {
      if (!f.kind().isLeak() || f.connection().isEmpty() || f.leakage().signum() <= 0) {
        continue;
      }
      LedgerEntry.Builder e =
          LedgerEntry.builder()
              .kind(LedgerKind.LEAKAGE)
              .connection(f.connection().get())
              .amount(f.leakage())
              .records(f.records())
              .explanation(f.explain());
      f.active().ifPresent(e::window);
      entries.add(e.build());
    }
    return entries;
  }

  @Override
  public String toString() {
    return "LeakageReport{"
        + period()
        + ", leakage="
        + leakage().rounded()
        + ", overcharges="
        + overcharges().rounded()
        + ", usageBilled="
        + usageBilled().rounded()
        + ", creditsBilled="
        + creditsBilled().rounded()
        + ", notAssessable="
        + notAssessable()
        + (unplacedLines().isEmpty() ? "" : ", " + unplacedLines().size() + " unplaced lines")
        + "}";
  }
}
