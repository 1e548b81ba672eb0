package org.ossvalue.core.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.StatusChange;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.fulfilment.OrderState;

/**
 * Journeys built from order or incident records, with every record that could not become one and
 * why (read = journeys + excluded), and the recorded statuses that map to no function.
 */
@Value.Immutable
@Value.Enclosing
public abstract class Journeys {

  Journeys() {}

  /** The journeys, in record order. */
  public abstract List<Journey> all();

  /** Records that gave no journey, with the reason. */
  public abstract List<Excluded> excluded();

  /** Statuses seen that the configuration maps to no function, as {@code record: status}. */
  @Value.NaturalOrder
  public abstract SortedSet<String> unmappedStatuses();

  /** How many records were read: journeys plus excluded. */
  public int read() {
    return all().size() + excluded().size();
  }

  /**
   * Order journeys: each order's state history, in time order, mapped to functions ({@link
   * JourneyConfig#orderSteps()}); its final state says success or failure. Open orders, orders that
   * ended in neither a success nor a failure state (cancelled by default), and orders without a
   * state history are excluded, with the reason. The revenue is the sum of the items' known,
   * positive MRR changes.
   */
  public static Journeys fromOrders(Collection<Order> orders, JourneyConfig config) {
    Builder result = new Builder();
    List<Order> sorted = new ArrayList<>(orders);
    sorted.sort(Comparator.comparing(Order::id));
    for (Order order : sorted) {
      String record = "order:" + order.id();
      OrderState state = order.state();
      JourneyOutcome outcome;
      if (config.successStates().contains(state)) {
        outcome = JourneyOutcome.SUCCESS;
      } else if (config.failureStates().contains(state)) {
        outcome = JourneyOutcome.FAILURE;
      } else if (state.isTerminal()) {
        result.addExcluded(Excluded.of(record, "ended " + state + ": neither success nor failure"));
        continue;
      } else {
        result.addExcluded(Excluded.of(record, "open (" + state + "): no outcome yet"));
        continue;
      }
      if (order.history().isEmpty()) {
        result.addExcluded(
            Excluded.of(record, "no state history: the functions it passed through are unknown"));
        continue;
      }
      Journey.Builder j = Journey.builder().record(record).outcome(outcome);
      for (StatusChange change : order.history()) {
        Optional<OssFunction> step = config.orderStep(change.status());
        if (step.isPresent()) {
          j.addSteps(step.get());
        } else if (!isOrderOutcome(change.status())) {
          result.addUnmappedStatuses(record + ": " + change.status());
        }
      }
      orderRevenue(order).ifPresent(j::revenue);
      result.addAll(j.build());
    }
    return result.build();
  }

  /**
   * Incident journeys, one per trouble ticket: its linked alarms' raising ({@link
   * JourneyConfig#alarmStep()}), its opening ({@link JourneyConfig#ticketStep()}), its status
   * history ({@link JourneyConfig#ticketSteps()}) and the opening of a service problem linked to it
   * or to its alarms ({@link JourneyConfig#problemStep()}), in time order. It started at the first
   * of its alarms or its opening; it was restored when resolved, else when all its linked alarms
   * cleared. Restored within {@link JourneyConfig#restoreTarget()} is success; restored later, or
   * still open past the target at as-of, is failure (an SLA breach); still open within the target
   * is excluded. The revenue is the MRR of the connections the ticket names, directly or through
   * the services and resources that realise them.
   */
  public static Journeys fromIncidents(
      Collection<TroubleTicket> tickets,
      Collection<Cause> alarms,
      Collection<ServiceProblem> problems,
      Collection<Connection> connections,
      Instant asOf,
      JourneyConfig config) {
    Map<String, Cause> alarmsById = new HashMap<>();
    for (Cause c : alarms) {
      if (c.kind() == CauseKind.ALARM) {
        alarmsById.put(c.id(), c);
      }
    }
    Builder result = new Builder();
    List<TroubleTicket> sorted = new ArrayList<>(tickets);
    sorted.sort(Comparator.comparing(TroubleTicket::id));
    for (TroubleTicket ticket : sorted) {
      String record = "ticket:" + ticket.id();
      List<Event> events = new ArrayList<>();
      List<Cause> linked = new ArrayList<>();
      for (String id : new java.util.TreeSet<>(ticket.alarms())) {
        Cause alarm = alarmsById.get(id);
        if (alarm == null) {
          continue;
        }
        linked.add(alarm);
        events.add(new Event(alarm.raised(), config.alarmStep()));
        if (config.alarmClearStep().isPresent() && alarm.cleared().isPresent()) {
          events.add(new Event(alarm.cleared().get(), config.alarmClearStep().get()));
        }
      }
      events.add(new Event(ticket.created(), config.ticketStep()));
      for (StatusChange change : ticket.history()) {
        Optional<OssFunction> step = config.ticketStep(change.status());
        if (step.isPresent()) {
          events.add(new Event(change.at(), step.get()));
        } else if (!isTicketEnd(change.status())) {
          result.addUnmappedStatuses(record + ": " + change.status());
        }
      }
      for (ServiceProblem p : problems) {
        boolean viaTicket = p.tickets().contains(ticket.id());
        boolean viaAlarm = p.alarms().stream().anyMatch(ticket.alarms()::contains);
        if (viaTicket || viaAlarm) {
          events.add(new Event(p.created(), config.problemStep()));
        }
      }
      Instant start = ticket.created();
      for (Cause alarm : linked) {
        if (alarm.raised().isBefore(start)) {
          start = alarm.raised();
        }
      }
      Optional<Instant> restored = ticket.resolved();
      if (restored.isEmpty()
          && !linked.isEmpty()
          && linked.stream().allMatch(a -> a.cleared().isPresent())) {
        restored =
            linked.stream().map(a -> a.cleared().orElseThrow()).max(Comparator.naturalOrder());
      }
      JourneyOutcome outcome;
      if (restored.isPresent()) {
        outcome =
            Duration.between(start, restored.get()).compareTo(config.restoreTarget()) <= 0
                ? JourneyOutcome.SUCCESS
                : JourneyOutcome.FAILURE;
      } else if (Duration.between(start, asOf).compareTo(config.restoreTarget()) > 0) {
        outcome = JourneyOutcome.FAILURE;
      } else {
        result.addExcluded(
            Excluded.of(record, "open at " + asOf + ", still within the restore target"));
        continue;
      }
      events.sort(Comparator.comparing((Event e) -> e.at));
      Journey.Builder j = Journey.builder().record(record).outcome(outcome);
      events.forEach(e -> j.addSteps(e.function));
      incidentRevenue(ticket, connections).ifPresent(j::revenue);
      result.addAll(j.build());
    }
    return result.build();
  }

  private static boolean isOrderOutcome(String status) {
    try {
      return OrderState.parse(status).isTerminal();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isTicketEnd(String status) {
    String s = status.trim();
    return s.equalsIgnoreCase("resolved") || s.equalsIgnoreCase("closed");
  }

  private static Optional<Money> orderRevenue(Order order) {
    List<Money> parts = new ArrayList<>();
    for (OrderItem item : order.items()) {
      item.mrrDelta().filter(m -> m.signum() > 0).ifPresent(parts::add);
    }
    return sumInOneCurrency(parts);
  }

  private static Optional<Money> incidentRevenue(
      TroubleTicket ticket, Collection<Connection> connections) {
    List<Money> parts = new ArrayList<>();
    for (Connection c : connections) {
      boolean named =
          ticket.elements().contains(c.id())
              || c.realizedBy().stream().anyMatch(ticket.elements()::contains);
      if (named) {
        c.mrr().ifPresent(parts::add);
      }
    }
    return sumInOneCurrency(parts);
  }

  private static Optional<Money> sumInOneCurrency(List<Money> parts) {
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Currency currency = parts.get(0).currency();
    Money sum = Money.zero(currency);
    for (Money m : parts) {
      if (!m.currency().equals(currency)) {
        return Optional.empty();
      }
      sum = sum.plus(m);
    }
    return Optional.of(sum);
  }

  @Override
  public String toString() {
    return "Journeys{"
        + all().size()
        + " journeys, "
        + excluded().size()
        + " excluded"
        + (unmappedStatuses().isEmpty() ? "" : ", unmapped=" + unmappedStatuses())
        + "}";
  }

  /** A builder, for journeys assembled by hand. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Journeys}. */
  public static final class Builder extends ImmutableJourneys.Builder {}

  private static final class Event {
    final Instant at;
    final OssFunction function;

    Event(Instant at, OssFunction function) {
      this.at = at;
      this.function = function;
    }
  }

  /** A record that gave no journey, and why. */
  @Value.Immutable
  public abstract static class Excluded {

    Excluded() {}

    /** The record, such as {@code order:PO-3004}. */
    @Value.Parameter
    public abstract String record();

    /** Why it gave no journey. */
    @Value.Parameter
    public abstract String reason();

    /** A record excluded for a reason. */
    public static Excluded of(String record, String reason) {
      return ImmutableJourneys.Excluded.of(record, reason);
    }

    @Override
    public String toString() {
      return record() + ": " + reason();
    }
  }
}
