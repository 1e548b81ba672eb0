package org.ossvalue.core.valuation.fulfilment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.fulfilment.OrderState;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * The built-in fulfilment valuation. Adds and modifies are valued; deletes and no-change items are
 * listed in the notes, not valued (a customer leaving is not fulfilment value).
 */
final class OrderToActivation implements FulfilmentValuation {

  private static final String UNKNOWN_PREVIOUS =
      "previous MRR unknown from structured data (an earlier product state or inventory before the"
          + " order); never read from free text";
  private static final String UNKNOWN_PRICE = "no structured recurring price on the item";

  private final FulfilmentConfig config;

  OrderToActivation(FulfilmentConfig config) {
    this.config = config;
  }

  @Override
  public FulfilmentValue assess(Collection<Order> orders, ReportingPeriod period, Instant asOf) {
    List<Order> sorted = new ArrayList<>(orders);
    sorted.sort(Comparator.comparing(Order::id));
    FulfilmentValue.Builder report =
        FulfilmentValue.builder()
            .period(period)
            .asOf(asOf)
            .config(config.toString())
            .ledgerBasis(config.ledgerBasis());
    for (Order order : sorted) {
      report.addOrders(new Run(order, period, asOf).timing());
    }
    return report.build();
  }

  @Override
  public String toString() {
    return "FulfilmentValuation.of(" + config + ")";
  }

  /** Values one order. */
  private final class Run {
    private final Order order;
    private final ReportingPeriod period;
    private final Instant asOf;
    private final OrderTiming.Builder timing;

    Run(Order order, ReportingPeriod period, Instant asOf) {
      this.order = order;
      this.period = period;
      this.asOf = asOf;
      this.timing =
          OrderTiming.builder()
              .order(order.id())
              .state(order.state())
              .created(order.created())
              .completion(order.completion())
              .requestedDate(order.requestedDate())
              .asOf(asOf);
    }

    OrderTiming timing() {
      for (OrderItem item : order.items()) {
        item(item);
      }
      return timing.build();
    }

    private void item(OrderItem item) {
      String name =
          "item "
              + item.id()
              + " "
              + item.action()
              + item.connection().map(c -> " " + c).orElse("");
      if (item.action() != OrderAction.ADD && item.action() != OrderAction.MODIFY) {
        timing.addNotes(name + ": " + item.action() + " items are not valued in time");
        return;
      }
      OrderState state = item.state().orElse(order.state());
      Optional<String> capacity = item.reason().filter(config::isCapacityReason);
      Optional<Duration> baseline = config.baselineFor(item.offering());
      Optional<Instant> baselineEnd = baseline.map(b -> order.created().plus(b));
      Optional<Instant> requested = order.requestedDate();

      if (state == OrderState.FAILED || (state == OrderState.REJECTED && capacity.isPresent())) {
        if (capacity.isEmpty()) {
          timing.addNotes(name + ": failed without a capacity reason code; not valued");
          return;
        }
        Instant from =
            (config.ledgerBasis() == FulfilmentBasis.BASELINE
                    ? baselineEnd.or(() -> requested)
                    : requested.or(() -> baselineEnd))
                .orElse(order.created());
        span(
            item,
            FigureKind.CAPACITY_LOST,
            from,
            asOf,
            true,
            capacity,
            "failed for lack of capacity (reason "
                + capacity.get()
                + "): MRR not earned from the "
                + "reference date to the as-of instant",
            instants("reference", from, "as-of", asOf));
        return;
      }
      if (state == OrderState.CANCELLED || state == OrderState.REJECTED) {
        timing.addNotes(name + ": " + state + "; not valued");
        return;
      }
      if (order.completion().isPresent()) {
        if (state != OrderState.COMPLETED && state != OrderState.PARTIAL) {
          timing.addNotes(name + ": item " + state + " in a completed order; not valued");
          return;
        }
        completed(item, order.completion().get(), requested, baselineEnd);
        return;
      }
      if (state == OrderState.COMPLETED || state.isTerminal()) {
        timing.addNotes(
            name + ": item " + state + " but the order records no completion instant; not valued");
        return;
      }
      open(item, requested, baselineEnd, capacity);
    }

    private void completed(
        OrderItem item,
        Instant completion,
        Optional<Instant> requested,
        Optional<Instant> baselineEnd) {
      if (requested.isPresent()) {
        Instant r = requested.get();
        if (completion.isBefore(r)) {
          span(
              item,
              FigureKind.PULLED_FORWARD,
              completion,
              r,
              true,
              Optional.empty(),
              "completed before the requested date (requestedCompletionDate, else requestedStartDate):"
                  + " revenue pulled forward",
              instants("completion", completion, "requested", r));
        } else if (completion.isAfter(r)) {
          span(
              item,
              FigureKind.DELAYED,
              r,
              completion,
              true,
              Optional.empty(),
              "completed after the requested date (requestedCompletionDate, else requestedStartDate):"
                  + " revenue delayed",
              instants("requested", r, "completion", completion));
        }
      }
      if (baselineEnd.isPresent()) {
        Instant b = baselineEnd.get();
        String clause =
            "baseline lead time "
                + Duration.between(order.created(), b)
                + " for offering "
                + item.offering().orElse("(default)");
        if (completion.isBefore(b)) {
          span(
              item,
              FigureKind.PULLED_FORWARD_VS_BASELINE,
              completion,
              b,
              true,
              Optional.empty(),
              "completed before the " + clause,
              instants("completion", completion, "baseline", b));
        } else if (completion.isAfter(b)) {
          span(
              item,
              FigureKind.DELAYED_VS_BASELINE,
              b,
              completion,
              true,
              Optional.empty(),
              "completed after the " + clause,
              instants("baseline", b, "completion", completion));
        }
      }
      if (period.window().contains(completion)) {
        FulfilmentFigure.Builder f = base(item, FigureKind.ACTIVATED);
        Optional<Money> delta = item.mrrDelta();
        f.mrrDelta(delta)
            .amount(delta)
            .formula(
                delta
                    .map(d -> "MRR delta " + d + " activated at " + completion)
                    .orElse("MRR delta unknown"))
            .clause("completed inside the reporting period: MRR activated (a monthly run-rate)")
            .putInstants("completion", completion);
        if (delta.isEmpty()) {
          f.unknownReason(unknownReason(item));
        }
        timing.addFigures(f.build());
      }
    }

    private void open(
        OrderItem item,
        Optional<Instant> requested,
        Optional<Instant> baselineEnd,
        Optional<String> capacity) {
      boolean requestedBasis = config.ledgerBasis() == FulfilmentBasis.REQUESTED_DATE;
      if (requested.isPresent() && requested.get().isBefore(asOf)) {
        boolean held = capacity.isPresent() && requestedBasis;
        span(
            item,
            held ? FigureKind.CAPACITY_DELAYED : FigureKind.DELAYED,
            requested.get(),
            asOf,
            true,
            held ? capacity : Optional.empty(),
            (held ? "held for lack of capacity (reason " + capacity.get() + "); " : "")
                + "open past the requested date at the as-of instant: revenue delayed",
            instants("requested", requested.get(), "as-of", asOf));
      }
      if (baselineEnd.isPresent() && baselineEnd.get().isBefore(asOf)) {
        boolean held = capacity.isPresent() && !requestedBasis;
        span(
            item,
            held ? FigureKind.CAPACITY_DELAYED : FigureKind.DELAYED_VS_BASELINE,
            baselineEnd.get(),
            asOf,
            true,
            held ? capacity : Optional.empty(),
            (held ? "held for lack of capacity (reason " + capacity.get() + "); " : "")
                + "open past the baseline lead time at the as-of instant",
            instants("baseline", baselineEnd.get(), "as-of", asOf));
      }
      if (requested.isPresent() && order.expectedCompletion().isPresent()) {
        Instant from = requested.get().isAfter(asOf) ? requested.get() : asOf;
        Instant expected = order.expectedCompletion().get();
        if (expected.isAfter(from)) {
          span(
              item,
              FigureKind.FORECAST_DELAY,
              from,
              expected,
              false,
              capacity,
              "forecast from the expected completion date past the requested date: informational,"
                  + " never in a ledger",
              instants("requested", requested.get(), "as-of", asOf, "expected", expected));
        }
      }
    }

    /** Adds a time-valued figure over [from, to), cut to the period when {@code cut}. */
    private void span(
        OrderItem item,
        FigureKind kind,
        Instant from,
        Instant to,
        boolean cut,
        Optional<String> capacity,
        String clause,
        Map<String, Instant> instants) {
      if (!from.isBefore(to)) {
        return;
      }
      TimeWindow whole = TimeWindow.of(from, to);
      Optional<TimeWindow> window = cut ? whole.intersection(period.window()) : Optional.of(whole);
      if (window.isEmpty()) {
        return;
      }
      Optional<Money> delta = item.mrrDelta();
      FulfilmentFigure.Builder f =
          base(item, kind)
              .window(window.get())
              .mrrDelta(delta)
              .informational(kind == FigureKind.FORECAST_DELAY)
              .capacityReason(capacity)
              .clause(
                  clause
                      + (cut && !window.get().equals(whole) ? "; cut to the reporting period" : ""))
              .instants(instants);
      if (delta.isPresent()) {
        Money amount = value(delta.get(), window.get());
        f.amount(amount).formula(formula(delta.get(), window.get(), amount));
      } else {
        f.unknownReason(unknownReason(item))
            .formula(
                "MRR delta unknown x "
                    + window.get().minutes().toPlainString()
                    + " min: not valued");
      }
      timing.addFigures(f.build());
    }

    private FulfilmentFigure.Builder base(OrderItem item, FigureKind kind) {
      return FulfilmentFigure.builder()
          .kind(kind)
          .order(order.id())
          .item(item.id())
          .action(item.action())
          .connection(item.connection());
    }

    private Money value(Money delta, TimeWindow window) {
      return config.timeValue().valueOf(delta, window, BigDecimal.ONE, period.zone());
    }

    private String formula(Money delta, TimeWindow window, Money amount) {
      ZoneId zone = period.zone();
      if (!config.timeValue().equals(RevenueAtRiskStrategy.calendarAccurate())) {
        return delta
            + " over "
            + window.minutes().toPlainString()
            + " min by "
            + config.timeValue()
            + " = "
            + amount.rounded();
      }
      String parts =
          ReportingPeriod.of(window, zone).calendarMonths().stream()
              .map(
                  m ->
                      delta
                          + " x "
                          + m.intersection(window).orElseThrow().minutes().toPlainString()
                          + " / "
                          + m.minutes().toPlainString())
              .collect(Collectors.joining(" + "));
      return parts
          + " = "
          + amount.rounded()
          + " (MRR delta x minutes / minutes of the calendar month they fall in)";
    }

    private String unknownReason(OrderItem item) {
      if (item.mrr().isEmpty()) {
        return UNKNOWN_PRICE;
      }
      return UNKNOWN_PREVIOUS;
    }
  }

  private static Map<String, Instant> instants(Object... namesAndInstants) {
    Map<String, Instant> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndInstants.length; i += 2) {
      map.put((String) namesAndInstants[i], (Instant) namesAndInstants[i + 1]);
    }
    return map;
  }
}
