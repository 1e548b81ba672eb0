package org.ossvalue.core.valuation.ledger;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ossvalue.core.valuation.LedgerEntry;

/**
 * Keeps the same money from being counted in two ledgers where they overlap, and says what it
 * excluded and why.
 */
public interface DoubleCountGuard {

  /** The entries to exclude, each with its rule and reason; every other entry is kept. */
  List<GuardExclusion> review(List<LedgerEntry> entries, GuardContext context);

  /** Every built-in rule (the default). */
  static DoubleCountGuard defaults() {
    return of(EnumSet.allOf(GuardRule.class));
  }

  /** No rule: every entry is kept. */
  static DoubleCountGuard none() {
    return of(EnumSet.noneOf(GuardRule.class));
  }

  /** These built-in rules. */
  static DoubleCountGuard of(Set<GuardRule> rules) {
    return new RuleGuard(rules);
  }
}
