package org.ossvalue.tmf;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Severity;

/**
 * A TMF642 alarm as the reader knows it after merging {@code alarm.json} with the alarm events:
 * where it hit, when it was raised and cleared, the severity it was raised with (a later {@code
 * cleared} severity never replaces it), its state and acknowledgement. {@link #cause()} is what the
 * impact engine values.
 */
@Value.Immutable
public abstract class TmfAlarm {

  TmfAlarm() {}

  /** The alarm id (v4 integer ids as their decimal text). */
  public abstract String id();

  /** The alarmed object's id: a resource or service. */
  public abstract String element();

  /** {@code alarmRaisedTime}. */
  public abstract Instant raised();

  /** {@code alarmClearedTime}; absent while open. */
  public abstract Optional<Instant> cleared();

  /**
   * The severity used for valuation: the one the alarm was raised with; {@link
   * Severity#INDETERMINATE} when the only severity known is {@code cleared} (a warning says so).
   */
  public abstract Severity severity();

  /** Whether {@link #severity()} came from the records ({@code false}: only {@code cleared}). */
  @Value.Default
  public boolean severityKnown() {
    return true;
  }

  /** {@code plannedOutageIndicator = OutOfService}: planned work. */
  @Value.Default
  public boolean planned() {
    return false;
  }

  /** The alarm state: {@code raised}, {@code updated} or {@code cleared}. */
  public abstract Optional<String> state();

  /** {@code acknowledged} or {@code unacknowledged}. */
  public abstract Optional<String> ackState();

  /** {@code alarmChangedTime}: when the alarm last changed (such as its acknowledgement). */
  public abstract Optional<Instant> changed();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TmfAlarm}. */
  public static final class Builder extends ImmutableTmfAlarm.Builder {}

  /** Whether the alarm is still open (not cleared). */
  public boolean isOpen() {
    return cleared().isEmpty();
  }

  /** The alarm as a core cause (kind alarm), built through the core's builder. */
  @Value.Lazy
  public Cause cause() {
    Cause.Builder b =
        Cause.alarm(id())
            .element(element())
            .raised(raised())
            .severity(severity())
            .planned(planned());
    cleared().ifPresent(b::cleared);
    return b.build();
  }

  @Override
  public String toString() {
    return "TmfAlarm{"
        + id()
        + " "
        + severity()
        + (severityKnown() ? "" : " (unknown)")
        + (planned() ? " planned" : "")
        + " on "
        + element()
        + " ["
        + raised()
        + ", "
        + cleared().map(Instant::toString).orElse("open")
        + ")"
        + state().map(s -> " " + s).orElse("")
        + ackState().map(s -> " " + s).orElse("")
        + "}";
  }
}
