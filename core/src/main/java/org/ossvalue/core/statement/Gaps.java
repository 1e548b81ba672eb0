package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;

/** What the statement could not value, and why: nothing is dropped silently. JSON {@code gaps}. */
@Value.Immutable
public abstract class Gaps {

  Gaps() {}

  /** Causes whose element is neither in the topology nor a connection. */
  public abstract List<String> unresolvedCauses();

  /** Impacted connections without an MRR: their impacts are listed but not valued. */
  public abstract List<String> unvaluedConnections();

  /** Connections naming an SLA no policy implements, as {@code connection -> agreement}. */
  public abstract List<String> unknownAgreements();

  /** Bill lines that can be placed in no period (neither coverage nor a known bill). */
  public abstract List<String> unplacedBillLines();

  /** Fulfilment figures whose amount is unknown, with why. */
  public abstract List<String> unknownFigures();

  /** Usage records not used (another currency than the connection, unknown connection). */
  public abstract List<String> unusedUsage();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Gaps}. */
  public static final class Builder extends ImmutableGaps.Builder {}
}
