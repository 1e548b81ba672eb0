package org.ossvalue.core.valuation.churn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.internal.Decimals;

/**
 * One connection's history for calibration: the time it was at risk of churning, whether it churned
 * at the end of it, and its exposure (incidents and impact hours) during it.
 */
@Value.Immutable
public abstract class ChurnObservation {

  /** The mean Gregorian month, 30.436875 days, in seconds: exposure time is counted in these. */
  public static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(2_629_746);

  ChurnObservation() {}

  /** The connection. */
  public abstract String connection();

  /** Its segment, if known. */
  public abstract Optional<String> segment();

  /** The time it was observed at risk; it ends at the termination when it churned. */
  public abstract TimeWindow atRisk();

  /** Whether it churned (terminated) at the end of {@link #atRisk()}. */
  public abstract boolean churned();

  /** Incidents (maximal runs of impact) while at risk. */
  public abstract BigDecimal incidents();

  /** Hours of degradation-weighted impact while at risk. */
  public abstract BigDecimal impactHours();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChurnObservation}. */
  public static final class Builder extends ImmutableChurnObservation.Builder {}

  /**
   * A connection's observation over a window, from its activation and termination and its unplanned
   * impacts; empty when it was never active in the window.
   */
  public static Optional<ChurnObservation> of(Connection c, Impacts impacts, TimeWindow window) {
    Optional<TimeWindow> active = c.activeWindow(window);
    if (active.isEmpty()) {
      return Optional.empty();
    }
    boolean churned =
        c.termination()
            .map(t -> t.isAfter(window.start()) && !t.isAfter(window.end()))
            .orElse(false);
    List<TimeWindow> windows = new ArrayList<>();
    BigDecimal hours = BigDecimal.ZERO;
    for (ServiceImpact impact : impacts.forConnection(c.id())) {
      if (impact.isPlanned()) {
        continue;
      }
      Optional<TimeWindow> in = impact.window().intersection(active.get());
      if (in.isPresent()) {
        windows.add(in.get());
        hours =
            hours.add(
                impact
                    .degradation()
                    .multiply(in.get().seconds())
                    .divide(BigDecimal.valueOf(3600), 20, RoundingMode.HALF_EVEN));
      }
    }
    windows.sort(Comparator.naturalOrder());
    int incidents = 0;
    Instant runEnd = null;
    for (TimeWindow w : windows) {
      if (runEnd == null || w.start().isAfter(runEnd)) {
        incidents++;
        runEnd = w.end();
      } else if (w.end().isAfter(runEnd)) {
        runEnd = w.end();
      }
    }
    return Optional.of(
        builder()
            .connection(c.id())
            .segment(c.segment())
            .atRisk(active.get())
            .churned(churned)
            .incidents(BigDecimal.valueOf(incidents))
            .impactHours(Decimals.normalize(hours))
            .build());
  }

  /** The time at risk in months of 30.436875 days, exact to 20 places. */
  public BigDecimal months() {
    return atRisk().seconds().divide(SECONDS_PER_MONTH, 20, RoundingMode.HALF_EVEN);
  }

  /** Whether it had any incident while at risk. */
  public boolean exposed() {
    return incidents().signum() > 0;
  }

  @Value.Check
  void check() {
    if (incidents().signum() < 0 || impactHours().signum() < 0) {
      throw new IllegalArgumentException(
          "incidents and impactHours must be >= 0, was "
              + incidents().toPlainString()
              + " and "
              + impactHours().toPlainString()
              + " ("
              + connection()
              + ")");
    }
  }

  @Override
  public String toString() {
    return connection()
        + " "
        + atRisk()
        + (churned() ? " churned" : "")
        + " incidents="
        + incidents().toPlainString()
        + " hours="
        + impactHours().toPlainString();
  }
}
