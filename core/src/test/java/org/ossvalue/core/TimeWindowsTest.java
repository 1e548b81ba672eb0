package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ossvalue.core.NetCo.w;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TimeWindowsTest {

  private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

  /** Windows of 0 to 600 minutes starting within 1,000 minutes of T0. */
  static Gen<TimeWindow> windows() {
    return integers()
        .between(0, 1000)
        .zip(
            integers().between(0, 600),
            (s, len) -> TimeWindow.of(T0.plusSeconds(60L * s), T0.plusSeconds(60L * (s + len))));
  }

  static Gen<List<TimeWindow>> windowLists() {
    return lists().of(windows()).ofSizeBetween(0, 12);
  }

  @Test
  void unionOfOverlappingWindowsCountsEachMinuteOnce() {
    List<TimeWindow> union =
        TimeWindows.union(
            List.of(
                w("2025-03-04T02:10:00Z", "2025-03-04T05:40:00Z"),
                w("2025-03-04T03:00:00Z", "2025-03-04T06:00:00Z")));
    assertEquals(List.of(w("2025-03-04T02:10:00Z", "2025-03-04T06:00:00Z")), union);
    assertEquals(Duration.ofMinutes(230), TimeWindows.totalDuration(union));
  }

  @Test
  void touchingHalfOpenWindowsMergeAndEmptyOnesVanish() {
    assertEquals(
        List.of(w("2025-03-01T00:00:00Z", "2025-03-01T02:00:00Z")),
        TimeWindows.union(
            List.of(
                w("2025-03-01T01:00:00Z", "2025-03-01T02:00:00Z"),
                w("2025-03-01T00:00:00Z", "2025-03-01T01:00:00Z"),
                w("2025-03-05T00:00:00Z", "2025-03-05T00:00:00Z"))));
  }

  @Test
  void differenceRemovesExcludedTime() {
    assertEquals(
        List.of(
            w("2025-03-01T00:00:00Z", "2025-03-01T01:00:00Z"),
            w("2025-03-01T02:00:00Z", "2025-03-01T03:00:00Z")),
        TimeWindows.difference(
            List.of(w("2025-03-01T00:00:00Z", "2025-03-01T03:00:00Z")),
            List.of(w("2025-03-01T01:00:00Z", "2025-03-01T02:00:00Z"))));
  }

  @Test
  void windowEndMustNotPrecedeStartAndParsingNeedsAnOffset() {
    assertEquals(
        "end must not be before start, was start=2025-03-02T00:00:00Z end=2025-03-01T00:00:00Z",
        assertThrows(
                IllegalArgumentException.class,
                () -> w("2025-03-02T00:00:00Z", "2025-03-01T00:00:00Z"))
            .getMessage());
    assertEquals(
        w("2025-03-04T00:10:00Z", "2025-03-04T06:00:00Z"),
        TimeWindow.parse("2025-03-04T02:10+02:00/2025-03-04T06:00Z"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeWindow.parse("2025-03-04T02:10/2025-03-04T06:00Z"));
    assertEquals(new BigDecimal("0.5"), TimeWindow.of(T0, T0.plusSeconds(30)).minutes());
  }

  @Test
  void unionIsIdempotent() {
    qt().forAll(windowLists())
        .check(ws -> TimeWindows.union(TimeWindows.union(ws)).equals(TimeWindows.union(ws)));
  }

  @Test
  void unionDoesNotDependOnOrder() {
    qt().forAll(windowLists(), integers().all())
        .check(
            (ws, seed) -> {
              List<TimeWindow> shuffled = new ArrayList<>(ws);
              Collections.shuffle(shuffled, new Random(seed));
              return TimeWindows.union(shuffled).equals(TimeWindows.union(ws));
            });
  }

  @Test
  void unionIsDisjointSortedAndNoLongerThanItsParts() {
    qt().forAll(windowLists())
        .check(
            ws -> {
              List<TimeWindow> u = TimeWindows.union(ws);
              for (int i = 1; i < u.size(); i++) {
                if (!u.get(i - 1).end().isBefore(u.get(i).start())) {
                  return false;
                }
              }
              Duration parts =
                  ws.stream().map(TimeWindow::duration).reduce(Duration.ZERO, Duration::plus);
              return TimeWindows.totalDuration(ws).compareTo(parts) <= 0;
            });
  }

  @Test
  void differenceAndIntersectionPartitionTheFirstSet() {
    qt().forAll(windowLists(), windowLists())
        .check(
            (a, b) -> {
              List<TimeWindow> parts = new ArrayList<>(TimeWindows.difference(a, b));
              parts.addAll(TimeWindows.intersection(a, b));
              return TimeWindows.union(parts).equals(TimeWindows.union(a))
                  && TimeWindows.intersection(TimeWindows.difference(a, b), b).isEmpty();
            });
  }
}
