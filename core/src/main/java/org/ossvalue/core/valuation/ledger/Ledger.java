package org.ossvalue.core.valuation.ledger;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;

/** One ledger: its entries, all of one kind, and their exact total per currency. */
@Value.Immutable
public abstract class Ledger {

  Ledger() {}

  /** The kind of money it holds. */
  @Value.Parameter
  public abstract LedgerKind kind();

  /** Its entries, in the order they were added. */
  @Value.Parameter
  public abstract List<LedgerEntry> entries();

  /** A ledger of these entries. */
  public static Ledger of(LedgerKind kind, List<LedgerEntry> entries) {
    return ImmutableLedger.of(kind, entries);
  }

  /** The exact sum of the entries, per currency; round only to display. */
  @Value.Lazy
  public MoneyTotals total() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    entries().forEach(e -> acc.add(e.amount()));
    return acc.toTotals();
  }

  /** The entries of one connection. */
  public List<LedgerEntry> forConnection(String connection) {
    return entries().stream()
        .filter(e -> e.connection().equals(connection))
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    for (LedgerEntry e : entries()) {
      if (e.kind() != kind()) {
        throw new IllegalArgumentException(
            "entries must all be " + kind() + ", was " + e.kind() + " (" + e + ")");
      }
    }
  }

  @Override
  public String toString() {
    return kind() + " " + total().rounded() + " (" + entries().size() + " entries)";
  }
}
