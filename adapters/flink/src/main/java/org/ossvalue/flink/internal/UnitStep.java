package org.ossvalue.flink.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.Topology;

/**
 * One step of a unit: the core impact engine over the unit's causes, month by month, from the floor
 * to just after {@code now}; which pieces became final at the horizon (and were not final at the
 * previous one), which are still open, and the new floor.
 *
 * <p>Why this equals the batch engine: a connection's degradation at an instant depends only on the
 * causes active at that instant, so computing one calendar month with the causes clipped to it
 * gives exactly the batch impacts of that month (asOf = month end), and clipping at the floor
 * changes nothing after it. A piece is final once no future event can touch it: it ends before the
 * horizon (events earlier than the horizon are refused as late), or it ends at its month's end and
 * that end is not after the horizon, or the input has ended and it ends at the end of input.
 */
final class UnitStep {

  private UnitStep() {}

  /** What a step found. */
  static final class Result {
    /** Pieces final now and not before: to emit, in order. */
    final List<ServiceImpact> closed = new ArrayList<>();

    /** Pieces not yet final. */
    final List<ServiceImpact> open = new ArrayList<>();

    /**
     * The state right now: each degraded connection's impact over the last nanosecond before {@code
     * now}, naming only the causes that degrade it at that instant (a merged piece reaching {@code
     * now} would also name causes that cleared earlier in it).
     */
    final List<ServiceImpact> atNow = new ArrayList<>();

    /** Nothing before this can change any more. */
    Instant floor;

    Result(Instant floor) {
      this.floor = floor;
    }
  }

  static Result run(
      ImpactEngine engine,
      Topology topology,
      Collection<Connection> connections,
      Collection<Cause> causes,
      @Nullable Instant floor,
      @Nullable Instant closed,
      Instant now,
      Instant horizon,
      boolean endOfInput,
      ZoneId zone) {
    Result result = new Result(horizon);
    Instant end = now;
    Instant start = null;
    for (Cause c : causes) {
      if (start == null || c.raised().isBefore(start)) {
        start = c.raised();
      }
    }
    if (start == null) {
      return result;
    }
    if (floor != null && floor.isAfter(start)) {
      start = floor;
    }
    TimeWindow month = ReportingPeriod.calendarMonthOf(start, zone);
    while (month.start().isBefore(end)) {
      Instant lo = start.isAfter(month.start()) ? start : month.start();
      Instant hi = month.end().isBefore(end) ? month.end() : end;
      if (lo.isBefore(hi)) {
        List<Cause> clipped = clip(causes, lo, hi);
        if (!clipped.isEmpty()) {
          for (ServiceImpact p : engine.compute(topology, connections, clipped, hi).all()) {
            boolean fin =
                isFinal(p, month, horizon) || (endOfInput && p.window().end().equals(horizon));
            if (fin && (closed == null || !isFinal(p, month, closed))) {
              result.closed.add(p);
            }
            if (!fin) {
              result.open.add(p);
              if (p.window().start().isBefore(result.floor)) {
                result.floor = p.window().start();
              }
            }
          }
        }
      }
      month = ReportingPeriod.calendarMonthOf(month.end(), zone);
    }
    List<Cause> current = clip(causes, now.minusNanos(1), now);
    if (!current.isEmpty()) {
      result.atNow.addAll(engine.compute(topology, connections, current, now).all());
    }
    return result;
  }

  static boolean isFinal(ServiceImpact p, TimeWindow month, Instant horizon) {
    Instant e = p.window().end();
    return e.isBefore(horizon) || (e.equals(month.end()) && !e.isAfter(horizon));
  }

  /** The causes that hurt inside [lo, hi), cut to it. */
  static List<Cause> clip(Collection<Cause> causes, Instant lo, Instant hi) {
    List<Cause> out = new ArrayList<>(causes.size());
    for (Cause c : causes) {
      Instant r = c.raised().isBefore(lo) ? lo : c.raised();
      Instant e = c.cleared().filter(x -> x.isBefore(hi)).orElse(hi);
      if (r.isBefore(e)) {
        out.add(
            r.equals(c.raised()) && c.cleared().isPresent() && e.equals(c.cleared().get())
                ? c
                : Cause.builder().from(c).raised(r).cleared(e).build());
      }
    }
    return out;
  }
}
