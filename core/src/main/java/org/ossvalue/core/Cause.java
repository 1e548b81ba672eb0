package org.ossvalue.core;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that hurt an element of the network for a while: an alarm, a ticket, a problem, a
 * change or planned work, with the element it hit, its window [raised, cleared) and its severity.
 *
 * <p>A cause still open (not cleared) runs until the as-of instant of the computation. Planned
 * causes (planned work, or any cause flagged {@link #planned()}) give planned impacts, which are
 * reported apart from unplanned ones and excluded from SLA downtime.
 */
@Value.Immutable
public abstract class Cause {

  Cause() {}

  /** The kind of record this cause comes from. */
  public abstract CauseKind kind();

  /** The record's id, unique within its kind. */
  public abstract String id();

  /** The id of the element hit: a resource, a service or a connection. */
  public abstract String element();

  /** When the cause started to hurt. */
  public abstract Instant raised();

  /** When it stopped hurting; absent while it is open. */
  public abstract Optional<Instant> cleared();

  /** How badly it hurts. */
  public abstract Severity severity();

  /**
   * Whether this is announced, planned work (for TMF642, {@code plannedOutageIndicator =
   * OutOfService}).
   */
  @Value.Default
  public boolean planned() {
    return kind() == CauseKind.PLANNED_WORK;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder for an alarm with this id. */
  public static Builder alarm(String id) {
    return builder().kind(CauseKind.ALARM).id(id);
  }

  /** A builder for planned work with this id. */
  public static Builder plannedWork(String id) {
    return builder().kind(CauseKind.PLANNED_WORK).id(id);
  }

  /** Builds a {@link Cause}. */
  public static final class Builder extends ImmutableCause.Builder {}

  /** The reference {@code kind:id}, such as {@code alarm:7001}. */
  @Value.Lazy
  public CauseRef ref() {
    return CauseRef.of(kind(), id());
  }

  /** The window in which the cause hurts, seen at an as-of instant: empty if raised after it. */
  public TimeWindow window(Instant asOf) {
    Instant end = cleared().filter(c -> c.isBefore(asOf)).orElse(asOf);
    return end.isAfter(raised()) ? TimeWindow.of(raised(), end) : TimeWindow.of(raised(), raised());
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("id must not be blank, was \"" + id() + "\"");
    }
    if (element().isBlank()) {
      throw new IllegalArgumentException(
          "element must not be blank, was \"" + element() + "\" (" + ref() + ")");
    }
    if (cleared().isPresent() && cleared().get().isBefore(raised())) {
      throw new IllegalArgumentException(
          "cleared must not be before raised, was raised="
              + raised()
              + " cleared="
              + cleared().get()
              + " ("
              + ref()
              + ")");
    }
    if (kind() == CauseKind.PLANNED_WORK && !planned()) {
      throw new IllegalArgumentException(
          "planned must be true for planned work, was false (" + ref() + ")");
    }
  }

  /** {@code alarm:7001 critical on RES-AGG-MUC-01 [2025-03-04T02:10:00Z, 2025-03-04T05:40:00Z)}. */
  @Override
  public String toString() {
    return ref()
        + " "
        + severity()
        + (planned() ? " planned" : "")
        + " on "
        + element()
        + " ["
        + raised()
        + ", "
        + cleared().map(Instant::toString).orElse("open")
        + ")";
  }
}
