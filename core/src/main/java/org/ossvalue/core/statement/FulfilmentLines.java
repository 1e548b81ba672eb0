package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * Order fulfilment: every order supplied, with its own figures and their part inside the period,
 * and the period totals as kept in the ledgers. JSON {@code fulfilment {orders[]}}.
 */
@Value.Immutable
public abstract class FulfilmentLines {

  FulfilmentLines() {}

  /** Every order supplied, by id. */
  public abstract List<OrderLine> orders();

  /** Revenue pulled forward inside the period, per currency (ledger, after the guard). */
  public abstract List<Money> pulledForward();

  /** Revenue delayed inside the period (capacity holds included), per currency. */
  public abstract List<Money> delayed();

  /** Revenue lost inside the period to orders failed for lack of capacity, per currency. */
  public abstract List<Money> capacityLost();

  /** MRR activated by order items completed in the period: a monthly run rate, per currency. */
  public abstract List<Money> activatedMrr();

  /** Forecast delay of open orders: informational, never in a headline, per currency. */
  public abstract List<Money> forecastDelay();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FulfilmentLines}. */
  public static final class Builder extends ImmutableFulfilmentLines.Builder {}
}
