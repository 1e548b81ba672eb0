package org.ossvalue.core.valuation.fulfilment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.valuation.Explainable;
import org.ossvalue.core.valuation.Explanation;

/**
 * One money figure of one order item: what it measures, the span of time valued, the MRR delta and
 * the amount, or why the amount is unknown.
 */
@Value.Immutable
public abstract class FulfilmentFigure implements Explainable {

  FulfilmentFigure() {}

  /** What the figure measures. */
  public abstract FigureKind kind();

  /** The order id. */
  public abstract String order();

  /** The item id within the order. */
  public abstract String item();

  /** The item's action. */
  public abstract OrderAction action();

  /** The connection the item concerns, when known. */
  public abstract Optional<String> connection();

  /**
   * The span valued (cut to the reporting period, except for forecasts); absent for {@link
   * FigureKind#ACTIVATED}.
   */
  public abstract Optional<TimeWindow> window();

  /** The item's MRR delta, when known from structured prices. */
  public abstract Optional<Money> mrrDelta();

  /** The amount, exact; absent when the MRR delta is unknown. */
  public abstract Optional<Money> amount();

  /** Why the amount is unknown, when it is. */
  public abstract Optional<String> unknownReason();

  /** Whether the figure is informational (a forecast): reported, never in a ledger. */
  @Value.Default
  public boolean informational() {
    return false;
  }

  /** The reason code that made it a capacity figure, if any. */
  public abstract Optional<String> capacityReason();

  /** The arithmetic, with the numbers. */
  public abstract String formula();

  /** The convention that produced the figure. */
  public abstract String clause();

  /** The instants the formula compares, by name (requested, completion, as-of…), for people. */
  public abstract java.util.Map<String, Instant> instants();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FulfilmentFigure}. */
  public static final class Builder extends ImmutableFulfilmentFigure.Builder {}

  /** The minutes valued, exact; zero without a window. */
  public BigDecimal minutes() {
    return window().map(TimeWindow::minutes).orElse(BigDecimal.ZERO);
  }

  /** The records behind it: the order and the connection. */
  public SortedSet<String> records() {
    SortedSet<String> records = new TreeSet<>();
    records.add("order:" + order());
    connection().ifPresent(c -> records.add("connection:" + c));
    return records;
  }

  @Override
  public Explanation explain() {
    Explanation.Builder e =
        Explanation.builder()
            .figure(
                kind()
                    + " "
                    + order()
                    + "/"
                    + item()
                    + " "
                    + action()
                    + connection().map(c -> " " + c).orElse("")
                    + (informational() ? " (informational)" : ""))
            .result(
                amount()
                    .map(a -> a.rounded().toString())
                    .orElse("unknown: " + unknownReason().orElse("no amount")))
            .formula(formula())
            .input(
                "MRR delta",
                mrrDelta().map(Money::toString).orElse("unknown"),
                records().toArray(new String[0]));
    instants().forEach((name, at) -> e.input(name, at, "order:" + order()));
    window().ifPresent(w -> e.input("span", w + " = " + w.minutes().toPlainString() + " min"));
    capacityReason().ifPresent(r -> e.input("reason code", r, "order:" + order()));
    return e.clause(clause()).build();
  }

  @Override
  public String toString() {
    return kind()
        + " "
        + order()
        + "/"
        + item()
        + connection().map(c -> " " + c).orElse("")
        + " "
        + amount().map(a -> a.rounded().toString()).orElse("unknown")
        + window().map(w -> " " + w).orElse("")
        + (informational() ? " (informational)" : "");
  }
}
