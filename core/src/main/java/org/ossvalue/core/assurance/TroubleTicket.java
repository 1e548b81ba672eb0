package org.ossvalue.core.assurance;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ossvalue.core.Severity;
import org.ossvalue.core.StatusChange;

/**
 * A trouble ticket (TMF621): an incident as incident management handled it, with the connections,
 * services or resources it concerns, the alarms it was linked to and its timeline. It confirms
 * alarm impacts and times detection and restoration; it does not add impact minutes of its own.
 */
@Value.Immutable
public abstract class TroubleTicket {

  TroubleTicket() {}

  /** The ticket id. */
  public abstract String id();

  /** When the ticket was opened. */
  public abstract Instant created();

  /** When service was restored ({@code resolutionDate}); absent while open. */
  public abstract Optional<Instant> resolved();

  /** The current status (such as {@code inProgress}, {@code resolved}, {@code closed}). */
  public abstract String status();

  /** The severity, when it maps onto X.733 terms. */
  public abstract Optional<Severity> severity();

  /** The priority as recorded (free text in TMF621). */
  public abstract Optional<String> priority();

  /** The ticket type, such as {@code incident} or {@code complaint}. */
  public abstract Optional<String> type();

  /** Ids of connections, services or resources the ticket concerns. */
  public abstract Set<String> elements();

  /** Ids of the alarms the ticket is linked to. */
  public abstract Set<String> alarms();

  /** The status history, in time order. */
  @Value.NaturalOrder
  public abstract SortedSet<StatusChange> history();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TroubleTicket}. */
  public static final class Builder extends ImmutableTroubleTicket.Builder {}

  @Value.Check
  void check() {
    if (resolved().isPresent() && resolved().get().isBefore(created())) {
      throw new IllegalArgumentException(
          "resolved must not be before created, was created="
              + created()
              + " resolved="
              + resolved().get()
              + " (ticket "
              + id()
              + ")");
    }
  }

  @Override
  public String toString() {
    return "TroubleTicket{"
        + id()
        + ", "
        + status()
        + ", "
        + created()
        + " -> "
        + resolved().map(Instant::toString).orElse("open")
        + ", elements="
        + elements()
        + (alarms().isEmpty() ? "" : ", alarms=" + alarms())
        + "}";
  }
}
