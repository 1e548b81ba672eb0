package org.ossvalue.core.valuation.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;

/** Applies the chosen built-in rules, duplicates first, each to the entries still kept. */
final class RuleGuard implements DoubleCountGuard {

  private final EnumSet<GuardRule> rules;

  RuleGuard(Set<GuardRule> rules) {
    this.rules = rules.isEmpty() ? EnumSet.noneOf(GuardRule.class) : EnumSet.copyOf(rules);
  }

  @Override
  public List<GuardExclusion> review(List<LedgerEntry> entries, GuardContext context) {
    List<GuardExclusion> excluded = new ArrayList<>();
    boolean[] out = new boolean[entries.size()];
    ByConnection byConnection = new ByConnection(entries);
    if (rules.contains(GuardRule.DUPLICATE_ENTRY)) {
      Map<List<Object>, Integer> seen = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        LedgerEntry e = entries.get(i);
        Integer first = seen.putIfAbsent(key(e), i);
        if (first != null) {
          out[i] = true;
          excluded.add(
              exclusion(
                  e,
                  GuardRule.DUPLICATE_ENTRY,
                  "the same entry was added twice",
                  entries.get(first)));
        }
      }
    }
    if (rules.contains(GuardRule.TERMINATED_CONNECTION_CHURN)) {
      for (int i = 0; i < entries.size(); i++) {
        LedgerEntry e = entries.get(i);
        if (out[i] || e.kind() != LedgerKind.CHURN_EXPOSURE) {
          continue;
        }
        Optional<Instant> terminated = context.terminatedBy(e.connection());
        if (terminated.isPresent()) {
          out[i] = true;
          excluded.add(
              exclusion(
                  e,
                  GuardRule.TERMINATED_CONNECTION_CHURN,
                  "connection "
                      + e.connection()
                      + " terminated at "
                      + terminated.get()
                      + ": its churn is realised, not exposure (credits it is owed stay owed)",
                  byConnection.kept(
                      e.connection(), out, x -> x.kind() == LedgerKind.CREDITS_OWED)));
        }
      }
    }
    if (rules.contains(GuardRule.USAGE_LOST_FULLY_CREDITED)) {
      insideFullCredit(
          entries,
          byConnection,
          out,
          excluded,
          LedgerKind.USAGE_LOST,
          GuardRule.USAGE_LOST_FULLY_CREDITED);
    }
    if (rules.contains(GuardRule.REVENUE_AT_RISK_FULLY_CREDITED)) {
      insideFullCredit(
          entries,
          byConnection,
          out,
          excluded,
          LedgerKind.REVENUE_AT_RISK_UNPLANNED,
          GuardRule.REVENUE_AT_RISK_FULLY_CREDITED);
    }
    if (rules.contains(GuardRule.PULLED_FORWARD_NOT_BILLED)) {
      for (int i = 0; i < entries.size(); i++) {
        LedgerEntry e = entries.get(i);
        if (out[i] || e.kind() != LedgerKind.PULLED_FORWARD || e.window().isEmpty()) {
          continue;
        }
        List<LedgerEntry> leaks =
            byConnection.kept(
                e.connection(),
                out,
                x ->
                    x.kind() == LedgerKind.LEAKAGE
                        && x.window().map(w -> w.overlaps(e.window().get())).orElse(false));
        if (!leaks.isEmpty()) {
          out[i] = true;
          excluded.add(
              exclusion(
                  e,
                  GuardRule.PULLED_FORWARD_NOT_BILLED,
                  "revenue pulled forward on "
                      + e.connection()
                      + " over time its revenue leaks was never billed: it is counted as leakage",
                  leaks));
        }
      }
    }
    return excluded;
  }

  private static void insideFullCredit(
      List<LedgerEntry> entries,
      ByConnection byConnection,
      boolean[] out,
      List<GuardExclusion> excluded,
      LedgerKind kind,
      GuardRule rule) {
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      if (out[i] || e.kind() != kind || e.window().isEmpty()) {
        continue;
      }
      TimeWindow w = e.window().get();
      List<LedgerEntry> credits =
          byConnection.kept(
              e.connection(),
              out,
              x ->
                  x.kind() == LedgerKind.CREDITS_OWED
                      && x.fullRefund()
                      && x.window().map(c -> contains(c, w)).orElse(false));
      if (!credits.isEmpty()) {
        out[i] = true;
        excluded.add(
            exclusion(
                e,
                rule,
                kind
                    + " on "
                    + e.connection()
                    + " lies inside a billing period credited in full (100 % of MRR or more)",
                credits));
      }
    }
  }

  private static boolean contains(TimeWindow outer, TimeWindow inner) {
    return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
  }

  /**
   * The positions of the entries of each connection, in entry order, so that a rule looks only at
   * the entries of its own connection (linear in the entries rather than quadratic). Whether an
   * entry is still kept is read at the time of the question, so rules see earlier rules' exclusions
   * as they did when every rule scanned every entry.
   */
  private static final class ByConnection {
    private final List<LedgerEntry> entries;
    private final Map<String, List<Integer>> positions = new HashMap<>();

    ByConnection(List<LedgerEntry> entries) {
      this.entries = entries;
      for (int i = 0; i < entries.size(); i++) {
        positions.computeIfAbsent(entries.get(i).connection(), k -> new ArrayList<>(4)).add(i);
      }
    }

    /** The still-kept entries of a connection that pass the filter, in entry order. */
    List<LedgerEntry> kept(String connection, boolean[] out, Predicate<LedgerEntry> filter) {
      List<LedgerEntry> kept = new ArrayList<>();
      for (int i : positions.getOrDefault(connection, List.of())) {
        if (!out[i] && filter.test(entries.get(i))) {
          kept.add(entries.get(i));
        }
      }
      return kept;
    }
  }

  private static GuardExclusion exclusion(
      LedgerEntry e, GuardRule rule, String reason, LedgerEntry countedIn) {
    return exclusion(e, rule, reason, List.of(countedIn));
  }

  private static GuardExclusion exclusion(
      LedgerEntry e, GuardRule rule, String reason, List<LedgerEntry> countedIn) {
    GuardExclusion.Builder b = GuardExclusion.builder().entry(e).rule(rule).reason(reason);
    Set<String> seen = new HashSet<>();
    for (LedgerEntry c : countedIn) {
      if (seen.add(c.toString())) {
        b.addCountedIn(c.toString());
      }
    }
    return b.build();
  }

  /**
   * What makes two entries the same entry: kind, connection, window, records and amount (amounts
   * are normalised, so equal amounts are equal keys); a list of the parts rather than their text,
   * which hashes without formatting instants and decimals.
   */
  private static List<Object> key(LedgerEntry e) {
    return List.of(e.kind(), e.connection(), e.window(), e.records(), e.amount());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleGuard that && that.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    if (rules.equals(EnumSet.allOf(GuardRule.class))) {
      return "DoubleCountGuard.defaults()";
    }
    return rules.isEmpty() ? "DoubleCountGuard.none()" : "DoubleCountGuard.of(" + rules + ")";
  }
}
