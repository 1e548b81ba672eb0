package org.ossvalue.flink;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event the stream did not apply, and why: nothing is dropped silently. Each reason also counts
 * in a Flink metric ({@code ossvalue.rejected}, {@code ossvalue.late}, {@code
 * ossvalue.unresolved}).
 */
@Value.Immutable
public abstract class SkippedEvent {

  SkippedEvent() {}

  /** Why an event was skipped. */
  public enum Reason {
    /** The envelope could not be read (the TMF reader's rejection). */
    REJECTED,
    /**
     * Later than the allowed lateness: it would change time whose impacts were already closed.
     * Re-run the batch statement for that period to include it.
     */
    LATE,
    /** The alarm names an element that is in no inventory received so far. */
    UNRESOLVED
  }

  /** Why. */
  public abstract Reason reason();

  /** The event id, when known. */
  public abstract Optional<String> eventId();

  /** The event type, when known. */
  public abstract Optional<String> eventType();

  /** The event time, when known. */
  public abstract Optional<Instant> eventTime();

  /** The record it was about, such as {@code alarm:7006}. */
  public abstract Optional<String> record();

  /** What happened, for people. */
  public abstract String detail();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SkippedEvent}. */
  public static final class Builder extends ImmutableSkippedEvent.Builder {}

  @Override
  public String toString() {
    return reason()
        + eventId().map(i -> " " + i).orElse("")
        + eventType().map(t -> " " + t).orElse("")
        + record().map(r -> " " + r).orElse("")
        + ": "
        + detail();
  }
}
