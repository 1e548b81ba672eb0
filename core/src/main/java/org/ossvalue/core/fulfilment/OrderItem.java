package org.ossvalue.core.fulfilment;

import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * One item of an order: an action on one connection, with the MRR it brings when known from
 * structured prices.
 */
@Value.Immutable
public abstract class OrderItem {

  OrderItem() {}

  /** The item id within its order. */
  public abstract String id();

  /** What the item does. */
  public abstract OrderAction action();

  /** The item's own state, when the source records one. */
  public abstract Optional<OrderState> state();

  /** The connection (TMF637 product id) the item creates, changes or ends, when known. */
  public abstract Optional<String> connection();

  /** The product offering ordered. */
  public abstract Optional<String> offering();

  /** The monthly recurring revenue after the item (from its recurring {@code itemPrice}). */
  public abstract Optional<Money> mrr();

  /**
   * The monthly recurring revenue before the item, only from structured data (an earlier product
   * state or inventory before the order); absent when unknown, never parsed from free text.
   */
  public abstract Optional<Money> previousMrr();

  /** A reason code recorded for holding or failing the item (such as {@code noCapacity}). */
  public abstract Optional<String> reason();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderItem}. */
  public static final class Builder extends ImmutableOrderItem.Builder {}

  /**
   * The change in monthly recurring revenue the item makes: the new MRR for an add, minus the old
   * MRR for a delete, new − previous for a modify; absent when a needed figure is unknown.
   */
  public Optional<Money> mrrDelta() {
    return switch (action()) {
      case ADD -> mrr();
      case DELETE -> previousMrr().or(this::mrr).map(Money::negate);
      case MODIFY ->
          mrr().isPresent() && previousMrr().isPresent()
              ? Optional.of(mrr().get().minus(previousMrr().get()))
              : Optional.empty();
      case NO_CHANGE -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return id()
        + " "
        + action()
        + connection().map(c -> " " + c).orElse("")
        + state().map(s -> " " + s).orElse("")
        + mrr().map(m -> " mrr=" + m).orElse("")
        + previousMrr().map(m -> " previousMrr=" + m).orElse("");
  }
}
