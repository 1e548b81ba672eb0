package org.ossvalue.tmf;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one TMF642 alarm event says about one alarm: only the fields its payload carries (a state
 * change names the alarm and its clear time, a create event everything). {@link
 * TmfReader#replayAlarm} merges an alarm's changes into a {@link TmfAlarm}.
 */
@Value.Immutable
public abstract class AlarmChange {

  AlarmChange() {}

  /** The alarm id (v4 integer ids as their decimal text). */
  public abstract String id();

  /** {@code alarmedObject.id}: the resource or service hit. */
  public abstract Optional<String> element();

  /** {@code alarmRaisedTime}. */
  public abstract Optional<Instant> raised();

  /** {@code alarmClearedTime}. */
  public abstract Optional<Instant> cleared();

  /** {@code perceivedSeverity} as written, such as {@code critical} or {@code cleared}. */
  public abstract Optional<String> perceivedSeverity();

  /** {@code plannedOutageIndicator} as written: {@code InService} or {@code OutOfService}. */
  public abstract Optional<String> plannedOutageIndicator();

  /** {@code state}: {@code raised}, {@code updated} or {@code cleared}. */
  public abstract Optional<String> state();

  /** {@code ackState}. */
  public abstract Optional<String> ackState();

  /** {@code alarmChangedTime}. */
  public abstract Optional<Instant> changed();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AlarmChange}. */
  public static final class Builder extends ImmutableAlarmChange.Builder {}

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AlarmChange{").append(id());
    element().ifPresent(v -> s.append(" on ").append(v));
    perceivedSeverity().ifPresent(v -> s.append(' ').append(v));
    plannedOutageIndicator().ifPresent(v -> s.append(' ').append(v));
    raised().ifPresent(v -> s.append(" raised ").append(v));
    cleared().ifPresent(v -> s.append(" cleared ").append(v));
    state().ifPresent(v -> s.append(" state ").append(v));
    ackState().ifPresent(v -> s.append(' ').append(v));
    return s.append('}').toString();
  }
}
