package org.ossvalue.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.internal.Decimals;
import org.ossvalue.core.internal.Instants;

/**
 * A half-open interval of time [start, end): it contains its start, not its end, so consecutive
 * windows meet without overlapping. A window whose start equals its end is empty.
 */
@Value.Immutable
public abstract class TimeWindow implements Comparable<TimeWindow> {

  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

  TimeWindow() {}

  /** The first instant inside the window. */
  @Value.Parameter
  public abstract Instant start();

  /** The first instant after the window. */
  @Value.Parameter
  public abstract Instant end();

  /** The window [start, end). */
  public static TimeWindow of(Instant start, Instant end) {
    return ImmutableTimeWindow.of(start, end);
  }

  /**
   * The window written as an ISO-8601 interval of two instants with offsets: {@code
   * TimeWindow.parse("2025-03-04T02:10Z/2025-03-04T06:00Z")}.
   */
  public static TimeWindow parse(String interval) {
    int slash = interval.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "interval must be written start/end (ISO-8601), was " + interval);
    }
    return of(instant(interval.substring(0, slash)), instant(interval.substring(slash + 1)));
  }

  /** The length of the window. */
  public Duration duration() {
    return Duration.between(start(), end());
  }

  /** The exact length in seconds, with nanoseconds as decimals. */
  public BigDecimal seconds() {
    Duration d = duration();
    if (d.getNano() == 0) {
      return BigDecimal.valueOf(d.getSeconds());
    }
    return Decimals.normalize(
        BigDecimal.valueOf(d.getSeconds())
            .add(BigDecimal.valueOf(d.getNano()).divide(NANOS_PER_SECOND)));
  }

  /** The exact length in minutes (seconds ÷ 60, exact to {@value Money#DIVISION_SCALE} places). */
  public BigDecimal minutes() {
    Duration d = duration();
    if (d.getNano() == 0 && d.getSeconds() % 60 == 0) {
      return BigDecimal.valueOf(d.getSeconds() / 60);
    }
    return Decimals.normalize(
        seconds().divide(SECONDS_PER_MINUTE, Money.DIVISION_SCALE, RoundingMode.HALF_EVEN));
  }

  /** Whether the window holds no instant. */
  public boolean isEmpty() {
    return start().equals(end());
  }

  /** Whether the instant lies in [start, end). */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }

  /** Whether both windows share at least one instant. */
  public boolean overlaps(TimeWindow that) {
    return start().isBefore(that.end()) && that.start().isBefore(end());
  }

  /** The instants in both windows, if any. */
  public Optional<TimeWindow> intersection(TimeWindow that) {
    Instant s = start().isAfter(that.start()) ? start() : that.start();
    Instant e = end().isBefore(that.end()) ? end() : that.end();
    return s.isBefore(e) ? Optional.of(of(s, e)) : Optional.empty();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(TimeWindow that) {
    int c = start().compareTo(that.start());
    return c != 0 ? c : end().compareTo(that.end());
  }

  @Value.Check
  void check() {
    if (end().isBefore(start())) {
      throw new IllegalArgumentException(
          "end must not be before start, was start=" + start() + " end=" + end());
    }
  }

  /** {@code [2025-03-04T02:10:00Z, 2025-03-04T06:00:00Z)}. */
  @Override
  public String toString() {
    return "[" + Instants.iso(start()) + ", " + Instants.iso(end()) + ")";
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "instant must be ISO-8601 with an offset (Z or +02:00), was " + text, e);
    }
  }
}
