package org.ossvalue.core.valuation.fulfilment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.fulfilment.OrderState;

/**
 * One order's timing at an as-of instant: its lead time (or age while open), how early or late it
 * is against the requested date, and the money figures of its items.
 */
@Value.Immutable
public abstract class OrderTiming {

  OrderTiming() {}

  /** The order id. */
  public abstract String order();

  /** The order's state. */
  public abstract OrderState state();

  /** When it was placed. */
  public abstract Instant created();

  /** When it completed; absent while open. */
  public abstract Optional<Instant> completion();

  /** The requested date: requested completion, else requested start. */
  public abstract Optional<Instant> requestedDate();

  /** The as-of instant. */
  public abstract Instant asOf();

  /** The figures of its items. */
  public abstract List<FulfilmentFigure> figures();

  /** What was not valued, and why (deletes, cancelled items, unknown completion instants). */
  public abstract List<String> notes();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderTiming}. */
  public static final class Builder extends ImmutableOrderTiming.Builder {}

  /** Order to completion; absent while open. */
  public Optional<Duration> leadTime() {
    return completion().map(c -> Duration.between(created(), c));
  }

  /** How long an open order has been open at the as-of instant; absent once completed. */
  public Optional<Duration> age() {
    return completion().isPresent() || asOf().isBefore(created())
        ? Optional.empty()
        : Optional.of(Duration.between(created(), asOf()));
  }

  /**
   * Completion (or, while open, the as-of instant) minus the requested date: negative when early,
   * positive when late.
   */
  public Optional<Duration> offsetFromRequested() {
    Instant end = completion().orElse(asOf());
    return requestedDate().map(r -> Duration.between(r, end));
  }

  /** Whether the order is open and its requested date has passed at the as-of instant. */
  public boolean lateAtAsOf() {
    return completion().isEmpty()
        && !state().isTerminal()
        && requestedDate().map(r -> r.isBefore(asOf())).orElse(false);
  }

  @Override
  public String toString() {
    return order()
        + " "
        + state()
        + leadTime().map(d -> " lead time " + d.toMinutes() + " min").orElse("")
        + age().map(d -> " open " + d.toMinutes() + " min").orElse("")
        + offsetFromRequested()
            .map(
                d ->
                    d.isNegative()
                        ? ", " + d.negated().toMinutes() + " min early"
                        : ", "
                            + d.toMinutes()
                            + " min "
                            + (completion().isPresent() ? "late" : "past requested"))
            .orElse("")
        + " "
        + figures();
  }
}
