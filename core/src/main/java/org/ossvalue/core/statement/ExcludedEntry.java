package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * An amount the double-count guard kept out of the statement: which ledger it would have been in,
 * the connection, the money, the rule, why, and the kept entries that already count that money.
 * JSON {@code excluded[]}.
 */
@Value.Immutable
public abstract class ExcludedEntry {

  ExcludedEntry() {}

  /** The ledger, such as {@code churnExposure}. */
  public abstract String ledger();

  /** The connection. */
  public abstract String connection();

  /** The amount excluded, exact. */
  public abstract Money money();

  /** The guard rule, such as {@code terminatedConnectionChurn}. */
  public abstract String rule();

  /** Why, with the facts. */
  public abstract String reason();

  /** The records behind the excluded entry. */
  public abstract List<String> records();

  /** The kept entries that count the same money. */
  public abstract List<String> countedIn();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExcludedEntry}. */
  public static final class Builder extends ImmutableExcludedEntry.Builder {}

  @Override
  public String toString() {
    return ledger() + " " + connection() + " " + money().rounded() + " excluded: " + reason();
  }
}
