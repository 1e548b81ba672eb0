package org.ossvalue.core.assurance;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ossvalue.core.StatusChange;

/**
 * A service problem (TMF656): problem management's record of a root cause affecting services, with
 * the alarms and tickets beneath it. Like a ticket it explains impacts; it adds no minutes.
 */
@Value.Immutable
public abstract class ServiceProblem {

  ServiceProblem() {}

  /** The problem id. */
  public abstract String id();

  /** When the problem was opened. */
  public abstract Instant created();

  /** When it was resolved; absent while open. */
  public abstract Optional<Instant> resolved();

  /** The current status. */
  public abstract String status();

  /** Priority 1 (highest) to 10. */
  public abstract Optional<Integer> priority();

  /** Ids of the services and resources affected. */
  public abstract Set<String> affected();

  /** Ids of the root-cause services or resources. */
  public abstract Set<String> rootCause();

  /** Ids of the underlying alarms. */
  public abstract Set<String> alarms();

  /** Ids of the linked trouble tickets. */
  public abstract Set<String> tickets();

  /** The status history, in time order. */
  @Value.NaturalOrder
  public abstract SortedSet<StatusChange> history();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceProblem}. */
  public static final class Builder extends ImmutableServiceProblem.Builder {}

  @Value.Check
  void check() {
    if (resolved().isPresent() && resolved().get().isBefore(created())) {
      throw new IllegalArgumentException(
          "resolved must not be before created, was created="
              + created()
              + " resolved="
              + resolved().get()
              + " (problem "
              + id()
              + ")");
    }
  }

  @Override
  public String toString() {
    return "ServiceProblem{"
        + id()
        + ", "
        + status()
        + ", "
        + created()
        + " -> "
        + resolved().map(Instant::toString).orElse("open")
        + ", affected="
        + affected()
        + ", alarms="
        + alarms()
        + "}";
  }
}
