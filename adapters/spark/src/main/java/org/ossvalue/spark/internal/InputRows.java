package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.ChargePeriod;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.Severity;
import org.ossvalue.core.StatusChange;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.ChargeKind;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.fulfilment.OrderState;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.CombinationRule;

/**
 * Core values from rows of the input schemas ({@code SparkSchemas}), field by field in schema
 * order, only through the core's builders and factories, so the core validates. A row the core
 * refuses fails with an {@link IllegalArgumentException} naming the table, the id and the problem.
 */
public final class InputRows {

  private InputRows() {}

  /** A connection from a {@code CONNECTIONS} row. */
  public static Connection connection(Row r) {
    String id = string(r, 0, "connections", "id", null);
    try {
      Connection.Builder b =
          Connection.builder().id(id).account(string(r, 1, "connections", "account", id));
      optionalString(r, 2).ifPresent(b::customer);
      optionalString(r, 3).ifPresent(b::offering);
      optionalString(r, 4).ifPresent(b::segment);
      optionalString(r, 5).map(ConnectionStatus::parse).ifPresent(b::status);
      optionalInstant(r, 6).ifPresent(b::activation);
      optionalInstant(r, 7).ifPresent(b::termination);
      for (Row charge : rows(r, 8)) {
        RecurringCharge.Builder c =
            RecurringCharge.builder()
                .amount(Money.of(charge.getDecimal(0), Money.currency(charge.getString(1))))
                .period(ChargePeriod.parse(charge.getString(2)));
        optionalString(charge, 3).ifPresent(c::name);
        b.addRecurringCharges(c.build());
      }
      if (!r.isNullAt(9)) {
        b.usageRevenuePerMonth(money(r.getStruct(9)));
      }
      for (Object e : list(r, 10)) {
        b.addRealizedBy((String) e);
      }
      optionalString(r, 11).ifPresent(b::sla);
      if (!r.isNullAt(12)) {
        Map<String, String> attributes = r.getJavaMap(12);
        b.putAllAttributes(attributes);
      }
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("connections", id, e);
    }
  }

  /** A cause from a {@code CAUSES} row. */
  public static Cause cause(Row r) {
    String id = string(r, 1, "causes", "id", null);
    try {
      Cause.Builder b =
          Cause.builder()
              .kind(CauseKind.parse(string(r, 0, "causes", "kind", id)))
              .id(id)
              .element(string(r, 2, "causes", "element", id))
              .raised(requireInstant(r, 3, "causes", "raised", id))
              .severity(Severity.parse(string(r, 5, "causes", "severity", id)));
      optionalInstant(r, 4).ifPresent(b::cleared);
      if (!r.isNullAt(6)) {
        b.planned(r.getBoolean(6));
      }
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("causes", id, e);
    }
  }

  /** The combination rule of an {@code ELEMENTS} row. */
  public static CombinationRule rule(Row r) {
    String id = r.getString(0);
    try {
      String name = r.isNullAt(2) ? "allRequired" : r.getString(2);
      CombinationRule rule = CombinationRule.parse(name);
      if (!r.isNullAt(3)) {
        Map<String, BigDecimal> weights = r.getJavaMap(3);
        if (!weights.isEmpty()) {
          if (!name.trim().equalsIgnoreCase("weighted")
              && !name.trim().equalsIgnoreCase("weightedMean")) {
            throw new IllegalArgumentException(
                "weights are for the rule weighted, was rule " + name);
          }
          rule = CombinationRule.weightedMean(new HashMap<>(weights));
        }
      }
      return rule;
    } catch (IllegalArgumentException e) {
      throw invalid("elements", id, e);
    }
  }

  /** Whether an {@code ELEMENTS} row is a resource (else a service). */
  public static boolean isResource(Row r) {
    String kind = string(r, 1, "elements", "kind", r.getString(0));
    if (kind.equalsIgnoreCase("resource")) {
      return true;
    }
    if (kind.equalsIgnoreCase("service")) {
      return false;
    }
    throw new IllegalArgumentException(
        "elements id=" + r.getString(0) + " kind: must be resource or service, was " + kind);
  }

  /** A trouble ticket from a {@code TICKETS} row. */
  public static TroubleTicket ticket(Row r) {
    String id = string(r, 0, "tickets", "id", null);
    try {
      TroubleTicket.Builder b =
          TroubleTicket.builder()
              .id(id)
              .created(requireInstant(r, 1, "tickets", "created", id))
              .status(string(r, 3, "tickets", "status", id));
      optionalInstant(r, 2).ifPresent(b::resolved);
      optionalString(r, 4).map(Severity::parse).ifPresent(b::severity);
      optionalString(r, 5).ifPresent(b::priority);
      optionalString(r, 6).ifPresent(b::type);
      for (Object e : list(r, 7)) {
        b.addElements((String) e);
      }
      for (Object a : list(r, 8)) {
        b.addAlarms((String) a);
      }
      for (Row h : rows(r, 9)) {
        b.addHistory(
            statusChange(
                string(h, 0, "tickets", "history.status", id),
                requireInstant(h, 1, "tickets", "history.at", id),
                optionalString(h, 2)));
      }
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("tickets", id, e);
    }
  }

  private static StatusChange statusChange(
      String status, Instant at, java.util.Optional<String> reason) {
    return reason
        .map(r -> StatusChange.of(status, at, r))
        .orElseGet(() -> StatusChange.of(status, at));
  }

  /** A service problem from a {@code PROBLEMS} row. */
  public static ServiceProblem problem(Row r) {
    String id = string(r, 0, "problems", "id", null);
    try {
      ServiceProblem.Builder b =
          ServiceProblem.builder()
              .id(id)
              .created(requireInstant(r, 1, "problems", "created", id))
              .status(string(r, 3, "problems", "status", id));
      optionalInstant(r, 2).ifPresent(b::resolved);
      if (!r.isNullAt(4)) {
        b.priority(r.getInt(4));
      }
      for (Object e : list(r, 5)) {
        b.addAffected((String) e);
      }
      for (Object e : list(r, 6)) {
        b.addRootCause((String) e);
      }
      for (Object a : list(r, 7)) {
        b.addAlarms((String) a);
      }
      for (Object t : list(r, 8)) {
        b.addTickets((String) t);
      }
      for (Row h : rows(r, 9)) {
        b.addHistory(
            statusChange(
                string(h, 0, "problems", "history.status", id),
                requireInstant(h, 1, "problems", "history.at", id),
                optionalString(h, 2)));
      }
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("problems", id, e);
    }
  }

  /** An order from an {@code ORDERS} row. */
  public static Order order(Row r) {
    String id = string(r, 0, "orders", "id", null);
    try {
      Order.Builder b =
          Order.builder()
              .id(id)
              .created(requireInstant(r, 1, "orders", "created", id))
              .state(OrderState.parse(string(r, 6, "orders", "state", id)));
      optionalInstant(r, 2).ifPresent(b::requestedStart);
      optionalInstant(r, 3).ifPresent(b::requestedCompletion);
      optionalInstant(r, 4).ifPresent(b::expectedCompletion);
      optionalInstant(r, 5).ifPresent(b::completion);
      optionalString(r, 7).ifPresent(b::account);
      for (Row item : rows(r, 8)) {
        OrderItem.Builder i =
            OrderItem.builder()
                .id(string(item, 0, "orders", "items.id", id))
                .action(OrderAction.parse(string(item, 1, "orders", "items.action", id)));
        optionalString(item, 2).map(OrderState::parse).ifPresent(i::state);
        optionalString(item, 3).ifPresent(i::connection);
        optionalString(item, 4).ifPresent(i::offering);
        if (!item.isNullAt(5)) {
          i.mrr(money(item.getStruct(5)));
        }
        if (!item.isNullAt(6)) {
          i.previousMrr(money(item.getStruct(6)));
        }
        optionalString(item, 7).ifPresent(i::reason);
        b.addItems(i.build());
      }
      for (Row h : rows(r, 9)) {
        b.addHistory(
            statusChange(
                string(h, 0, "orders", "history.status", id),
                requireInstant(h, 1, "orders", "history.at", id),
                optionalString(h, 2)));
      }
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("orders", id, e);
    }
  }

  /** A bill from a {@code BILLS} row. */
  public static Bill bill(Row r) {
    String id = string(r, 0, "bills", "id", null);
    try {
      Bill.Builder b = Bill.builder().id(id).account(string(r, 1, "bills", "account", id));
      window(r, 2, 3).ifPresent(b::billingPeriod);
      optionalInstant(r, 4).ifPresent(b::billDate);
      if (!r.isNullAt(5)) {
        b.taxExcluded(money(r.getStruct(5)));
      }
      optionalString(r, 6).ifPresent(b::state);
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("bills", id, e);
    }
  }

  /** A bill line from a {@code BILL_LINES} row. */
  public static BillLine billLine(Row r) {
    String id = string(r, 0, "billLines", "id", null);
    try {
      BillLine.Builder b =
          BillLine.builder()
              .id(id)
              .account(string(r, 1, "billLines", "account", id))
              .kind(chargeKind(string(r, 4, "billLines", "kind", id)))
              .amount(
                  Money.of(
                      requireDecimal(r, 7, "billLines", "amount", id),
                      Money.currency(string(r, 8, "billLines", "currency", id))));
      optionalString(r, 2).ifPresent(b::bill);
      optionalString(r, 3).ifPresent(b::connection);
      window(r, 5, 6).ifPresent(b::coverage);
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("billLines", id, e);
    }
  }

  /** SLA terms from a {@code SLA_TERMS} row. */
  public static SlaTerms slaTerms(Row r) {
    String id = string(r, 0, "slaTerms", "id", null);
    try {
      SlaTerms.Builder b = SlaTerms.builder().id(id);
      optionalString(r, 1).ifPresent(b::name);
      for (Row t : rows(r, 2)) {
        b.addTiers(
            CreditTier.of(
                requireDecimal(t, 0, "slaTerms", "tiers.belowPercent", id),
                requireDecimal(t, 1, "slaTerms", "tiers.creditPercentOfMrr", id)));
      }
      if (!r.isNullAt(3)) {
        b.capPercentOfMrr(r.getDecimal(3));
      }
      if (!r.isNullAt(4)) {
        b.plannedExcluded(r.getBoolean(4));
      }
      window(r, 5, 6).ifPresent(b::validFor);
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("slaTerms", id, e);
    }
  }

  /** A usage record from a {@code USAGE} row. */
  public static UsageRecord usage(Row r) {
    String id = string(r, 0, "usage", "id", null);
    try {
      return UsageRecord.builder()
          .id(id)
          .connection(string(r, 1, "usage", "connection", id))
          .at(requireInstant(r, 2, "usage", "at", id))
          .amount(
              Money.of(
                  requireDecimal(r, 3, "usage", "amount", id),
                  Money.currency(string(r, 4, "usage", "currency", id))))
          .build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("usage", id, e);
    }
  }

  /** The charge kind with this label ({@code recurring}, {@code oneTime}, …), any case. */
  public static ChargeKind chargeKind(String label) {
    for (ChargeKind k : ChargeKind.values()) {
      if (k.label().equalsIgnoreCase(label.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "kind must be recurring, oneTime, usage, credit, penalty or unknown, was " + label);
  }

  // ------------------------------------------------------------------------------- helpers

  static Money money(Row m) {
    return Money.of(m.getDecimal(0), Money.currency(m.getString(1)));
  }

  static String string(Row r, int i, String table, String field, @Nullable String id) {
    if (r.isNullAt(i)) {
      throw new IllegalArgumentException(
          table + (id == null ? "" : " id=" + id) + " " + field + ": must not be null");
    }
    return r.getString(i);
  }

  static Optional<String> optionalString(Row r, int i) {
    return i >= r.length() || r.isNullAt(i) ? Optional.empty() : Optional.of(r.getString(i));
  }

  static Optional<Instant> optionalInstant(Row r, int i) {
    return Optional.ofNullable(Values.instant(r.get(i)));
  }

  static Instant requireInstant(Row r, int i, String table, String field, String id) {
    Instant instant = Values.instant(r.get(i));
    if (instant == null) {
      throw new IllegalArgumentException(table + " id=" + id + " " + field + ": must not be null");
    }
    return instant;
  }

  static BigDecimal requireDecimal(Row r, int i, String table, String field, String id) {
    if (r.isNullAt(i)) {
      throw new IllegalArgumentException(table + " id=" + id + " " + field + ": must not be null");
    }
    return r.getDecimal(i);
  }

  static Optional<TimeWindow> window(Row r, int start, int end) {
    Instant s = Values.instant(r.get(start));
    Instant e = Values.instant(r.get(end));
    if (s == null && e == null) {
      return Optional.empty();
    }
    if (s == null || e == null) {
      throw new IllegalArgumentException("a window needs both its start and its end");
    }
    return Optional.of(TimeWindow.of(s, e));
  }

  static List<Row> rows(Row r, int i) {
    List<Row> rows = new ArrayList<>();
    for (Object o : list(r, i)) {
      rows.add((Row) o);
    }
    return rows;
  }

  static List<?> list(Row r, int i) {
    return r.isNullAt(i) ? List.of() : r.getList(i);
  }

  private static IllegalArgumentException invalid(String table, @Nullable String id, Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.startsWith(table + " ")) {
      return new IllegalArgumentException(message, e);
    }
    return new IllegalArgumentException(table + " id=" + id + ": " + message, e);
  }
}
