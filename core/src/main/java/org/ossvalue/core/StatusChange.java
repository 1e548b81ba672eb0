package org.ossvalue.core;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of a record's status history: it entered a status at an instant. */
@Value.Immutable
public abstract class StatusChange implements Comparable<StatusChange> {

  StatusChange() {}

  /** The status entered, as the source system names it (such as {@code inProgress}). */
  @Value.Parameter
  public abstract String status();

  /** When. */
  @Value.Parameter
  public abstract Instant at();

  /** Why, when recorded. */
  public abstract Optional<String> reason();

  /** A status entered at an instant. */
  public static StatusChange of(String status, Instant at) {
    return ImmutableStatusChange.of(status, at);
  }

  /** A status entered at an instant, for a recorded reason (such as a TMF status change reason). */
  public static StatusChange of(String status, Instant at, String reason) {
    return ImmutableStatusChange.builder().status(status).at(at).reason(reason).build();
  }

  /** Orders by instant, then status. */
  @Override
  public int compareTo(StatusChange that) {
    int c = at().compareTo(that.at());
    return c != 0 ? c : status().compareTo(that.status());
  }

  @Override
  public String toString() {
    return status() + "@" + at();
  }
}
