package org.ossvalue.core.fulfilment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.StatusChange;

/**
 * A product order (TMF622): when it was placed, when the customer asked for it, when it completed,
 * and its items. The instants an order-to-activation valuation needs.
 */
@Value.Immutable
public abstract class Order {

  Order() {}

  /** The order id. */
  public abstract String id();

  /** When the order was placed (v4 {@code orderDate}, v5 {@code creationDate}). */
  public abstract Instant created();

  /** The customer's requested start date. */
  public abstract Optional<Instant> requestedStart();

  /** The customer's requested completion date. */
  public abstract Optional<Instant> requestedCompletion();

  /** The operator's expected completion date (a forecast). */
  public abstract Optional<Instant> expectedCompletion();

  /** When the order completed; absent while open. */
  public abstract Optional<Instant> completion();

  /** Where the order is. */
  public abstract OrderState state();

  /** The paying account (billing account, else customer). */
  public abstract Optional<String> account();

  /** The items. */
  public abstract List<OrderItem> items();

  /** The state history, from the record or from replayed events, in time order. */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<StatusChange> history();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Order}. */
  public static final class Builder extends ImmutableOrder.Builder {}

  /**
   * The date lateness is judged against: the requested completion date when the order has one, else
   * the requested start date.
   */
  public Optional<Instant> requestedDate() {
    return requestedCompletion().or(this::requestedStart);
  }

  @Value.Check
  void check() {
    if (completion().isPresent() && completion().get().isBefore(created())) {
      throw new IllegalArgumentException(
          "completion must not be before created, was created="
              + created()
              + " completion="
              + completion().get()
              + " (order "
              + id()
              + ")");
    }
  }

  @Override
  public String toString() {
    return "Order{"
        + id()
        + ", "
        + state()
        + ", created "
        + created()
        + completion().map(c -> ", completed " + c).orElse("")
        + requestedDate().map(r -> ", requested " + r).orElse("")
        + ", items="
        + items()
        + "}";
  }
}
