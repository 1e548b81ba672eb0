package org.ossvalue.core;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Set operations on half-open time windows: union, intersection and difference, each returning
 * sorted, disjoint, non-empty windows where touching windows are merged.
 */
public final class TimeWindows {

  private TimeWindows() {}

  /**
   * The union: every instant in any window, as few windows as possible. Overlaps count once, so the
   * union of [02:10, 05:40) and [03:00, 06:00) is [02:10, 06:00), 230 minutes, not 390.
   */
  public static List<TimeWindow> union(Collection<TimeWindow> windows) {
    return toWindows(rangeSet(windows));
  }

  /** The instants that lie in both sets of windows. */
  public static List<TimeWindow> intersection(
      Collection<TimeWindow> first, Collection<TimeWindow> second) {
    RangeSet<Instant> a = rangeSet(first);
    RangeSet<Instant> result = TreeRangeSet.create();
    for (Range<Instant> range : rangeSet(second).asRanges()) {
      result.addAll(a.subRangeSet(range));
    }
    return toWindows(result);
  }

  /** The instants in the first set of windows that are in none of the second. */
  public static List<TimeWindow> difference(
      Collection<TimeWindow> windows, Collection<TimeWindow> removed) {
    RangeSet<Instant> result = rangeSet(windows);
    result.removeAll(rangeSet(removed));
    return toWindows(result);
  }

  /** The total length of the union of these windows. */
  public static Duration totalDuration(Collection<TimeWindow> windows) {
    Duration total = Duration.ZERO;
    for (TimeWindow w : union(windows)) {
      total = total.plus(w.duration());
    }
    return total;
  }

  private static RangeSet<Instant> rangeSet(Collection<TimeWindow> windows) {
    RangeSet<Instant> set = TreeRangeSet.create();
    for (TimeWindow w : windows) {
      if (!w.isEmpty()) {
        set.add(Range.closedOpen(w.start(), w.end()));
      }
    }
    return set;
  }

  private static List<TimeWindow> toWindows(RangeSet<Instant> set) {
    List<TimeWindow> windows = new ArrayList<>();
    for (Range<Instant> r : set.asRanges()) {
      // Every range here is closed-open: built from closed-open ranges by union and difference.
      if (r.lowerBoundType() != BoundType.CLOSED || r.upperBoundType() != BoundType.OPEN) {
        throw new IllegalStateException("not a half-open range: " + r);
      }
      if (!r.isEmpty()) {
        windows.add(TimeWindow.of(r.lowerEndpoint(), r.upperEndpoint()));
      }
    }
    return List.copyOf(windows);
  }
}
