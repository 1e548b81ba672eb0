package org.ossvalue.tmf;

import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What replaying the notification events did: envelopes read, distinct {@code eventId}s, duplicates
 * dropped, events applied to the current state, events of types the reader does not use, events
 * rejected; and the count per applied event type.
 */
@Value.Immutable
public abstract class EventSummary {

  EventSummary() {}

  /** Envelopes read (one per NDJSON line or array element). */
  public abstract long read();

  /** Distinct {@code eventId}s among the envelopes that were not rejected. */
  public abstract long distinct();

  /** Later copies of an {@code eventId}, dropped. */
  public abstract long duplicates();

  /** Events applied to a record's state, in instant order. */
  public abstract long applied();

  /** Events of a well-formed type the reader does not use (each with a warning). */
  public abstract long ignored();

  /** Events rejected. */
  public abstract long rejected();

  /** Applied events per {@code eventType}, such as {@code AlarmCreateEvent=9}. */
  @Value.NaturalOrder
  public abstract SortedMap<String, Long> appliedByType();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EventSummary}. */
  public static final class Builder extends ImmutableEventSummary.Builder {}

  /** No events. */
  public static EventSummary none() {
    return builder().read(0).distinct(0).duplicates(0).applied(0).ignored(0).rejected(0).build();
  }

  @Override
  public String toString() {
    return "EventSummary{read "
        + read()
        + ", distinct "
        + distinct()
        + ", duplicates "
        + duplicates()
        + ", applied "
        + applied()
        + ", ignored "
        + ignored()
        + ", rejected "
        + rejected()
        + "}";
  }
}
