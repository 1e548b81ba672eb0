package org.ossvalue.core.valuation.ledger;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.valuation.LedgerEntry;

/** An entry the double-count guard kept out of its ledger: which rule, why, and what overlapped. */
@Value.Immutable
public abstract class GuardExclusion {

  GuardExclusion() {}

  /** The entry excluded. */
  public abstract LedgerEntry entry();

  /** The rule that excluded it. */
  public abstract GuardRule rule();

  /** Why, in words, with the facts. */
  public abstract String reason();

  /** The kept entries that already count the same money, as their {@code toString}. */
  public abstract List<String> countedIn();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GuardExclusion}. */
  public static final class Builder extends ImmutableGuardExclusion.Builder {}

  @Override
  public String toString() {
    return "excluded "
        + entry()
        + ": "
        + reason()
        + (countedIn().isEmpty() ? "" : " (counted in " + countedIn() + ")");
  }
}
