package org.ossvalue.core.valuation.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.RevenueAtRisk;

/**
 * The separate ledgers of a statement, each per currency, after the double-count guard, with every
 * entry the guard excluded and why. Ledgers are never summed together.
 */
@Value.Immutable
public abstract class Ledgers {

  Ledgers() {}

  /** The as-of instant. */
  public abstract Instant asOf();

  /** The guard applied, as its {@code toString}. */
  public abstract String guard();

  /** The ledgers that have entries, by kind. */
  @Value.NaturalOrder
  public abstract SortedMap<LedgerKind, Ledger> ledgers();

  /** What the guard excluded, and why. */
  public abstract List<GuardExclusion> excluded();

  /** A builder of the value itself; to assemble ledgers from reports, use {@link #assemble}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Ledgers} from ledgers already guarded. */
  public static final class Builder extends ImmutableLedgers.Builder {}

  /** Starts assembling ledgers that this guard will review in this context. */
  public static Assembly assemble(GuardContext context, DoubleCountGuard guard) {
    return new Assembly(context, guard);
  }

  /** One ledger; empty if it has no entry. */
  public Ledger ledger(LedgerKind kind) {
    Ledger l = ledgers().get(kind);
    return l != null ? l : Ledger.of(kind, List.of());
  }

  /** One ledger's exact total per currency. */
  public MoneyTotals total(LedgerKind kind) {
    return ledger(kind).total();
  }

  /** Every kept entry, ledger by ledger. */
  public List<LedgerEntry> entries() {
    List<LedgerEntry> all = new ArrayList<>();
    ledgers().values().forEach(l -> all.addAll(l.entries()));
    return all;
  }

  /**
   * The ledger entries of revenue at risk: unplanned and planned recurring revenue, and usage lost
   * to unplanned impacts, one entry per impact window.
   */
  public static List<LedgerEntry> entriesOf(RevenueAtRisk risk) {
    List<LedgerEntry> entries = new ArrayList<>();
    for (RevenueAtRisk.Entry e : risk.entries()) {
      boolean unplanned = e.classification() == ImpactClass.UNPLANNED;
      SortedSet<String> records = new TreeSet<>();
      records.add("connection:" + e.connection());
      e.causes().forEach(c -> records.add(c.toString()));
      entries.add(
          LedgerEntry.builder()
              .kind(
                  unplanned
                      ? LedgerKind.REVENUE_AT_RISK_UNPLANNED
                      : LedgerKind.REVENUE_AT_RISK_PLANNED)
              .connection(e.connection())
              .amount(e.amount())
              .window(e.window())
              .records(records)
              .explanation(
                  explain(
                      risk,
                      e,
                      "revenue at risk",
                      e.mrr().toString(),
                      e.amount().rounded().toString()))
              .build());
      if (unplanned && e.usageLost().isPresent()) {
        entries.add(
            LedgerEntry.builder()
                .kind(LedgerKind.USAGE_LOST)
                .connection(e.connection())
                .amount(e.usageLost().get())
                .window(e.window())
                .records(records)
                .explanation(
                    explain(
                        risk,
                        e,
                        "usage lost",
                        "monthly usage revenue",
                        e.usageLost().get().rounded().toString()))
                .build());
      }
    }
    return entries;
  }

  private static Explanation explain(
      RevenueAtRisk risk, RevenueAtRisk.Entry e, String what, String monthly, String result) {
    String window = e.window().toString();
    return Explanation.builder()
        .figure(what + " " + e.connection() + " " + window + " " + e.classification())
        .result(result)
        .formula(
            monthly
                + " x d "
                + e.degradation().toPlainString()
                + " x "
                + e.window().minutes().toPlainString()
                + " min / minutes of the month, by "
                + risk.strategy()
                + " = "
                + result)
        .input("MRR", e.mrr(), "connection:" + e.connection())
        .input(
            "impact",
            window + " d=" + e.degradation().toPlainString(),
            e.causes().stream().map(CauseRef::toString).toArray(String[]::new))
        .clause(
            e.classification() == ImpactClass.PLANNED
                ? "planned work is reported apart from unplanned revenue at risk"
                : "unplanned impacts put pro-rata recurring revenue at risk")
        .build();
  }

  @Value.Check
  void check() {
    ledgers()
        .forEach(
            (kind, ledger) -> {
              if (ledger.kind() != kind) {
                throw new IllegalArgumentException(
                    "ledgers must be keyed by their kind, was " + kind + "=" + ledger);
              }
            });
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Ledgers{asOf ").append(asOf());
    ledgers().values().forEach(l -> s.append(", ").append(l));
    if (!excluded().isEmpty()) {
      s.append(", ").append(excluded().size()).append(" excluded by ").append(guard());
    }
    return s.append('}').toString();
  }

  /** Collects entries from reports, then applies the guard: mutable, not thread-safe. */
  public static final class Assembly {
    private final GuardContext context;
    private final DoubleCountGuard guard;
    private final List<LedgerEntry> entries = new ArrayList<>();

    Assembly(GuardContext context, DoubleCountGuard guard) {
      this.context = context;
      this.guard = guard;
    }

    /** Adds entries (such as {@code credits.ledgerEntries()}). */
    public Assembly add(Collection<LedgerEntry> more) {
      entries.addAll(more);
      return this;
    }

    /** Adds the entries of revenue at risk (see {@link Ledgers#entriesOf(RevenueAtRisk)}). */
    public Assembly addRevenueAtRisk(RevenueAtRisk risk) {
      return add(entriesOf(risk));
    }

    /**
     * Applies the guard and returns the ledgers: every entry the guard excludes is removed once
     * (equal entries are interchangeable), every other entry is kept in its ledger.
     */
    public Ledgers build() {
      List<LedgerEntry> all = List.copyOf(entries);
      List<GuardExclusion> excluded = guard.review(all, context);
      List<LedgerEntry> kept = withoutExcluded(all, excluded);
      Map<LedgerKind, List<LedgerEntry>> byKind = new EnumMap<>(LedgerKind.class);
      for (LedgerEntry e : kept) {
        byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
      }
      Builder b = builder().asOf(context.asOf()).guard(guard.toString()).excluded(excluded);
      byKind.forEach((kind, list) -> b.putLedgers(kind, Ledger.of(kind, list)));
      return b.build();
    }

    /**
     * The entries without the excluded ones, each exclusion removing the last still-kept entry
     * equal to it (as removing them one at a time from the end would), in one pass: counting equal
     * entries in hash maps rather than searching the list for each exclusion.
     */
    private List<LedgerEntry> withoutExcluded(
        List<LedgerEntry> all, List<GuardExclusion> excluded) {
      if (excluded.isEmpty()) {
        return all;
      }
      Map<LedgerEntry, Integer> added = new HashMap<>();
      // Only entries of an excluded kind and connection can equal an excluded entry: the others
      // are not hashed (a ledger entry's hash covers its explanation).
      java.util.Set<List<Object>> candidates = new java.util.HashSet<>();
      for (GuardExclusion x : excluded) {
        added.put(x.entry(), 0);
        candidates.add(List.of(x.entry().kind(), x.entry().connection()));
      }
      boolean[] candidate = new boolean[all.size()];
      for (int i = 0; i < all.size(); i++) {
        LedgerEntry e = all.get(i);
        candidate[i] = candidates.contains(List.of(e.kind(), e.connection()));
        if (candidate[i]) {
          added.computeIfPresent(e, (k, n) -> n + 1);
        }
      }
      Map<LedgerEntry, Integer> toRemove = new HashMap<>();
      for (GuardExclusion x : excluded) {
        int n = toRemove.merge(x.entry(), 1, Integer::sum);
        if (n > added.get(x.entry())) {
          throw new IllegalStateException(
              guard + " excluded an entry that was not added, or excluded it twice: " + x);
        }
      }
      boolean[] out = new boolean[all.size()];
      for (int i = all.size() - 1; i >= 0; i--) {
        if (!candidate[i]) {
          continue;
        }
        Integer n = toRemove.get(all.get(i));
        if (n != null && n > 0) {
          out[i] = true;
          toRemove.put(all.get(i), n - 1);
        }
      }
      List<LedgerEntry> kept = new ArrayList<>(all.size() - excluded.size());
      for (int i = 0; i < all.size(); i++) {
        if (!out[i]) {
          kept.add(all.get(i));
        }
      }
      return kept;
    }
  }
}
