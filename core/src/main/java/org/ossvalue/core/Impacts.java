package org.ossvalue.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.internal.Columnar;

/**
 * Every service impact computed from a set of causes over a topology, as seen at an as-of instant,
 * plus the causes that could not be placed on any element.
 */
@Value.Immutable
public abstract class Impacts {

  static {
    Columnar.register(new ColumnarAccess());
  }

  Impacts() {}

  /** The instant up to which open causes were counted. */
  public abstract Instant asOf();

  /** All impacts, ordered by connection, start and class. */
  public abstract List<ServiceImpact> all();

  /** Causes whose element is neither in the topology nor a connection: they impact nothing. */
  @Value.NaturalOrder
  public abstract SortedSet<CauseRef> unresolvedCauses();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Impacts}. */
  public static final class Builder extends ImmutableImpacts.Builder {}

  @Value.Lazy
  Map<String, List<ServiceImpact>> byConnection() {
    Map<String, List<ServiceImpact>> map = new LinkedHashMap<>();
    for (ServiceImpact impact : all()) {
      map.computeIfAbsent(impact.connection(), k -> new ArrayList<>()).add(impact);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }

  /** The impacts on one connection, in time order; empty if it was never impacted. */
  public List<ServiceImpact> forConnection(String connectionId) {
    return byConnection().getOrDefault(connectionId, List.of());
  }

  /** The ids of the impacted connections, in order. */
  public List<String> connections() {
    return List.copyOf(byConnection().keySet());
  }

  /** A connection's total degradation (unplanned plus planned) at an instant. */
  public BigDecimal degradationAt(String connectionId, Instant instant) {
    BigDecimal d = BigDecimal.ZERO;
    for (ServiceImpact impact : forConnection(connectionId)) {
      if (impact.window().contains(instant)) {
        d = d.add(impact.degradation());
      }
    }
    return d;
  }

  /** The number of impacted connections. */
  int connectionCount() {
    return byConnection().size();
  }

  @Value.Check
  void check() {
    // Ordered by connection, so each connection's impacts are contiguous: remembering the last
    // impact of each class of the current connection finds every overlap.
    ServiceImpact previous = null;
    ServiceImpact lastUnplanned = null;
    ServiceImpact lastPlanned = null;
    for (ServiceImpact impact : all()) {
      if (previous != null && previous.compareTo(impact) > 0) {
        throw new IllegalArgumentException(
            "all must be ordered by connection, start and class, was "
                + previous
                + " before "
                + impact);
      }
      if (previous != null && !previous.connection().equals(impact.connection())) {
        lastUnplanned = null;
        lastPlanned = null;
      }
      ServiceImpact last;
      if (impact.classification() == ImpactClass.UNPLANNED) {
        last = lastUnplanned;
        lastUnplanned = impact;
      } else {
        last = lastPlanned;
        lastPlanned = impact;
      }
      if (last != null && last.window().end().isAfter(impact.window().start())) {
        throw new IllegalArgumentException(
            "impacts of one connection and class must not overlap, was " + last + " and " + impact);
      }
      previous = impact;
    }
  }

  /**
   * Equal when as-of, impacts and unresolved causes are equal, however the impacts were made
   * (built, or computed by an engine into its compact form).
   */
  @Override
  public final boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof Impacts that
        && asOf().equals(that.asOf())
        && all().equals(that.all())
        && unresolvedCauses().equals(that.unresolvedCauses());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + asOf().hashCode();
    h += (h << 5) + all().hashCode();
    h += (h << 5) + unresolvedCauses().hashCode();
    return h;
  }

  @Override
  public final String toString() {
    return "Impacts{"
        + all().size()
        + " impacts on "
        + connectionCount()
        + " connections, asOf="
        + asOf()
        + (unresolvedCauses().isEmpty() ? "" : ", unresolved=" + unresolvedCauses())
        + "}";
  }
}
