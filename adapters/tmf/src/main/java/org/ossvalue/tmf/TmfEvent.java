package org.ossvalue.tmf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One TMF notification envelope read on its own (from a Kafka record or an NDJSON line, with {@link
 * TmfReader#readEvent}): its {@code eventId}, its time ({@code eventTime}, else {@code
 * timeOccurred}), its type, the kind and ids of the records it is about, and, for TMF642 alarm
 * events, each alarm's change typed.
 *
 * <p>Events of types ossvalue does not read (such as {@code ProductOrderCreateEvent} payloads it
 * has no use for in a stream) still carry their envelope fields; {@link #kind()} is then empty.
 */
@Value.Immutable
public abstract class TmfEvent {

  TmfEvent() {}

  /** {@code eventId}: the key to de-duplicate on (delivery is at least once). */
  public abstract String eventId();

  /** {@code eventTime}, else {@code timeOccurred} (v4 {@code timeOcurred}). */
  public abstract Instant eventTime();

  /** {@code eventType}, such as {@code AlarmStateChangeEvent}. */
  public abstract String eventType();

  /** The kind of record the payload carries, when ossvalue reads this event type. */
  public abstract Optional<TmfKind> kind();

  /** The action of the event type, such as {@code Create} or {@code StateChange}. */
  public abstract Optional<String> action();

  /** The ids of the records in the payload (one, or several for a batch event). */
  public abstract List<String> recordIds();

  /** The alarm changes, for TMF642 alarm events; empty otherwise. */
  public abstract List<AlarmChange> alarms();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TmfEvent}. */
  public static final class Builder extends ImmutableTmfEvent.Builder {}

  /** {@code EV-900004 AlarmStateChangeEvent 2025-03-04T05:40:06Z alarm [7001]}. */
  @Override
  public String toString() {
    return eventId()
        + " "
        + eventType()
        + " "
        + eventTime()
        + kind().map(k -> " " + k + " " + recordIds()).orElse(" (not read)");
  }
}
