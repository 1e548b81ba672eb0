package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.valuation.Explainable;
import org.ossvalue.core.valuation.Explanation;

/**
 * One order's timing and value: its lead time (or age while open), how early or late it was against
 * the requested date, and its money figures twice: for the whole order (what it did, whenever that
 * was) and for the part inside the period (what counts in this statement's headline). JSON {@code
 * fulfilment.orders[] {order, leadTimeMinutes, pulledForward, delayed}}.
 *
 * <p>An amount is absent when it is unknown (an MRR delta not in structured data, or no currency
 * known); it is zero when the order has nothing of that kind.
 */
@Value.Immutable
public abstract class OrderLine implements Explainable {

  OrderLine() {}

  /** The order id. */
  public abstract String order();

  /** Its state, as TMF622 names it. */
  public abstract String state();

  /** When it was placed. */
  public abstract Instant created();

  /** When it completed; absent while open. */
  public abstract Optional<Instant> completion();

  /** The requested date: requested completion, else requested start. */
  public abstract Optional<Instant> requestedDate();

  /** Minutes from placed to completed, exact; absent while open. */
  public abstract Optional<BigDecimal> leadTimeMinutes();

  /** Minutes open at the as-of instant; absent once completed. */
  public abstract Optional<BigDecimal> ageMinutes();

  /** Completion (or as-of while open) minus the requested date, in minutes: negative when early. */
  public abstract Optional<BigDecimal> offsetMinutes();

  /** Revenue pulled forward by the whole order (completion to requested date). */
  public abstract Optional<Money> pulledForward();

  /**
   * Revenue delayed by the whole order (requested date to completion or as-of), capacity holds
   * included.
   */
  public abstract Optional<Money> delayed();

  /** Revenue lost by items failed for lack of capacity. */
  public abstract Optional<Money> capacityLost();

  /** The part of {@link #pulledForward()} inside the period, as kept in the ledger. */
  public abstract Optional<Money> pulledForwardInPeriod();

  /** The part of {@link #delayed()} inside the period, as kept in the ledger. */
  public abstract Optional<Money> delayedInPeriod();

  /** The part of {@link #capacityLost()} inside the period, as kept in the ledger. */
  public abstract Optional<Money> capacityLostInPeriod();

  /** MRR activated by items completed inside the period (a monthly run rate). */
  public abstract Optional<Money> activatedMrr();

  /** Forecast delay from the expected completion date: informational, never in a headline. */
  public abstract Optional<Money> forecastDelay();

  /** What was not valued, and why. */
  public abstract List<String> notes();

  /** How each figure was derived (every item's figures). */
  @Value.Auxiliary
  public abstract Explanation explanation();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderLine}. */
  public static final class Builder extends ImmutableOrderLine.Builder {}

  @Override
  public Explanation explain() {
    return explanation();
  }

  @Override
  public String toString() {
    return order()
        + " "
        + state()
        + leadTimeMinutes().map(m -> " lead time " + m.toPlainString() + " min").orElse("")
        + ageMinutes().map(m -> " open " + m.toPlainString() + " min").orElse("")
        + " pulledForward "
        + pulledForward().map(m -> m.rounded().toString()).orElse("unknown")
        + " delayed "
        + delayed().map(m -> m.rounded().toString()).orElse("unknown");
  }
}
