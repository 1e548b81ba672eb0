package org.ossvalue.tmf;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of reading one notification envelope: the event, or the reason it was rejected, plus
 * any warnings. Exactly one of {@link #event()} and {@link #rejection()} is present.
 */
@Value.Immutable
public abstract class EventRead {

  EventRead() {}

  /** The event, when the envelope was accepted. */
  public abstract Optional<TmfEvent> event();

  /** Why the envelope was rejected, when it was. */
  public abstract Optional<Rejection> rejection();

  /** Warnings about the envelope (such as an event type ossvalue does not read). */
  public abstract List<Warning> warnings();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EventRead}. */
  public static final class Builder extends ImmutableEventRead.Builder {}

  /** Whether the envelope was accepted. */
  public boolean accepted() {
    return event().isPresent();
  }

  @Value.Check
  void check() {
    if (event().isPresent() == rejection().isPresent()) {
      throw new IllegalArgumentException(
          "exactly one of event and rejection must be present, was "
              + (event().isPresent() ? "both" : "neither"));
    }
  }

  @Override
  public String toString() {
    return event().map(e -> "accepted " + e).orElseGet(() -> "rejected " + rejection().get());
  }
}
