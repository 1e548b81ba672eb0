package org.ossvalue.core.valuation.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.ossvalue.core.Connection;

/** What the double-count guard knows beyond the entries: the as-of instant and terminations. */
@Value.Immutable
public abstract class GuardContext {

  GuardContext() {}

  /** The as-of instant of the statement. */
  public abstract Instant asOf();

  /** Connection id → termination instant, for connections that have one. */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, Instant> terminations();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GuardContext}. */
  public static final class Builder extends ImmutableGuardContext.Builder {}

  /** The context of these connections at an as-of instant. */
  public static GuardContext of(Collection<Connection> connections, Instant asOf) {
    Map<String, Instant> terminations = new TreeMap<>();
    for (Connection c : connections) {
      c.termination().ifPresent(t -> terminations.put(c.id(), t));
    }
    return builder().asOf(asOf).terminations(terminations).build();
  }

  /** When the connection terminated, if it had by the as-of instant. */
  public Optional<Instant> terminatedBy(String connection) {
    return Optional.ofNullable(terminations().get(connection)).filter(t -> !t.isAfter(asOf()));
  }
}
