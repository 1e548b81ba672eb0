package org.ossvalue.core;

import java.math.BigDecimal;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A window [start, end) during which one connection was degraded by a constant degradation d in (0,
 * 1] (1 = down), with the causes that made it so and whether it was planned.
 *
 * <p>Impacts of one connection and class never overlap: overlapping causes are merged into one
 * window per degradation level, so no minute is counted twice.
 */
@Value.Immutable
public abstract class ServiceImpact implements Comparable<ServiceImpact> {

  ServiceImpact() {}

  /** The impacted connection's id. */
  public abstract String connection();

  /** When the connection was degraded. */
  public abstract TimeWindow window();

  /**
   * How badly: 1 is fully down. For a planned impact this is the degradation planned work added on
   * top of any unplanned degradation at the same time.
   */
  public abstract BigDecimal degradation();

  /** The causes that made the degradation, in kind then id order. */
  @Value.NaturalOrder
  public abstract SortedSet<CauseRef> causes();

  /** Unplanned (faults) or planned (announced work). */
  public abstract ImpactClass classification();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceImpact}. */
  public static final class Builder extends ImmutableServiceImpact.Builder {}

  /** Whether the impact came from planned work. */
  public boolean isPlanned() {
    return classification() == ImpactClass.PLANNED;
  }

  /** The window's length in minutes. */
  public BigDecimal minutes() {
    return window().minutes();
  }

  /** Orders by connection, start, end, then class. */
  @Override
  public int compareTo(ServiceImpact that) {
    int c = connection().compareTo(that.connection());
    if (c == 0) {
      c = window().compareTo(that.window());
    }
    return c != 0 ? c : classification().compareTo(that.classification());
  }

  @SuppressWarnings("BigDecimalEquals") // scale matters: detects whether normalising changed it
  @Value.Check
  ServiceImpact normalize() {
    if (degradation().signum() <= 0 || degradation().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "degradation must be in (0, 1], was "
              + degradation()
              + " (connection "
              + connection()
              + ")");
    }
    if (window().isEmpty()) {
      throw new IllegalArgumentException(
          "window must not be empty, was " + window() + " (connection " + connection() + ")");
    }
    BigDecimal d = Degradations.normalize(degradation());
    return d.equals(degradation())
        ? this
        : ImmutableServiceImpact.builder().from(this).degradation(d).build();
  }

  /**
   * Equal when connection, window, degradation, causes and class are equal, however the impact was
   * made (built, or read from an engine's compact result).
   */
  @Override
  public final boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof ServiceImpact that
        && connection().equals(that.connection())
        && window().equals(that.window())
        && degradation().equals(that.degradation())
        && causes().equals(that.causes())
        && classification().equals(that.classification());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + connection().hashCode();
    h += (h << 5) + window().hashCode();
    h += (h << 5) + degradation().hashCode();
    h += (h << 5) + causes().hashCode();
    h += (h << 5) + classification().hashCode();
    return h;
  }

  /** {@code P-1001 [..) d=1 unplanned alarm:7001,alarm:7008}. */
  @Override
  public String toString() {
    return connection()
        + " "
        + window()
        + " d="
        + degradation().toPlainString()
        + " "
        + classification()
        + " "
        + causes();
  }
}
