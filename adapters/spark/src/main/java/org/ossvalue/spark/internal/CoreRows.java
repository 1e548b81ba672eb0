package org.ossvalue.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.StatusChange;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.ElementKind;
import org.ossvalue.core.topology.Topology;

/** Rows of the input schemas from core values: the inverse of {@link InputRows}. */
public final class CoreRows {

  private final boolean java8Api;

  /** Rows for a session with or without the Java 8 time API. */
  public CoreRows(boolean java8Api) {
    this.java8Api = java8Api;
  }

  /** A {@code CONNECTIONS} row. */
  public Row connection(Connection c) {
    List<Row> charges = new ArrayList<>();
    for (RecurringCharge r : c.recurringCharges()) {
      charges.add(
          RowFactory.create(
              Values.input(r.amount().amount()),
              r.amount().currency().getCurrencyCode(),
              r.period().label(),
              r.name().orElse(null)));
    }
    return RowFactory.create(
        c.id(),
        c.account(),
        c.customer().orElse(null),
        c.offering().orElse(null),
        c.segment().orElse(null),
        c.status().label(),
        ts(c.activation()),
        ts(c.termination()),
        charges,
        money(c.usageRevenuePerMonth()),
        List.copyOf(c.realizedBy()),
        c.sla().orElse(null),
        c.attributes().isEmpty() ? null : new TreeMap<>(c.attributes()));
  }

  /** The {@code ELEMENTS} rows of a topology's elements. */
  public List<Row> elements(Topology topology) {
    List<Row> rows = new ArrayList<>();
    for (String id : topology.elements()) {
      ElementKind kind = topology.kind(id).orElseThrow();
      rows.add(
          RowFactory.create(
              id,
              kind == ElementKind.RESOURCE ? "resource" : "service",
              rule(topology.rule(id)),
              null));
    }
    return rows;
  }

  /** The {@code EDGES} rows of a topology's supports edges. */
  public List<Row> edges(Topology topology) {
    List<Row> rows = new ArrayList<>();
    for (String id : topology.elements()) {
      for (String supporter : topology.supportersOf(id)) {
        rows.add(RowFactory.create(supporter, id));
      }
    }
    return rows;
  }

  /**
   * A built-in rule in the {@code redundancyRule} convention; a rule with weights or a rule of the
   * user's own cannot be written as a label.
   */
  public static @Nullable String rule(CombinationRule rule) {
    String s = rule.toString();
    if (rule.equals(CombinationRule.allRequired())) {
      return null;
    }
    if (rule.equals(CombinationRule.redundant())) {
      return "redundant";
    }
    if (rule.equals(CombinationRule.weightedMean())) {
      return "weighted";
    }
    if (s.startsWith("CombinationRule.atLeast(") && s.endsWith(")")) {
      String k = s.substring("CombinationRule.atLeast(".length(), s.length() - 1);
      if (rule.equals(CombinationRule.atLeast(Integer.parseInt(k)))) {
        return "atLeast:" + k;
      }
    }
    throw new IllegalArgumentException(
        "only built-in rules without weights can be written as ELEMENTS rows, was "
            + s
            + ": give the rows (with their weights) yourself");
  }

  /** A {@code CAUSES} row. */
  public Row cause(Cause c) {
    return RowFactory.create(
        c.kind().label(),
        c.id(),
        c.element(),
        ts(c.raised()),
        ts(c.cleared()),
        c.severity().label(),
        c.planned());
  }

  /** A {@code TICKETS} row. */
  public Row ticket(TroubleTicket t) {
    return RowFactory.create(
        t.id(),
        ts(t.created()),
        ts(t.resolved()),
        t.status(),
        t.severity().map(s -> s.label()).orElse(null),
        t.priority().orElse(null),
        t.type().orElse(null),
        List.copyOf(t.elements()),
        List.copyOf(t.alarms()),
        history(t.history()));
  }

  /** A {@code PROBLEMS} row. */
  public Row problem(ServiceProblem p) {
    return RowFactory.create(
        p.id(),
        ts(p.created()),
        ts(p.resolved()),
        p.status(),
        p.priority().orElse(null),
        List.copyOf(p.affected()),
        List.copyOf(p.rootCause()),
        List.copyOf(p.alarms()),
        List.copyOf(p.tickets()),
        history(p.history()));
  }

  private List<Row> history(Iterable<StatusChange> history) {
    List<Row> rows = new ArrayList<>();
    for (StatusChange s : history) {
      rows.add(RowFactory.create(s.status(), ts(s.at()), s.reason().orElse(null)));
    }
    return rows;
  }

  /** An {@code ORDERS} row. */
  public Row order(Order o) {
    List<Row> items = new ArrayList<>();
    for (OrderItem i : o.items()) {
      items.add(
          RowFactory.create(
              i.id(),
              i.action().label(),
              i.state().map(s -> s.label()).orElse(null),
              i.connection().orElse(null),
              i.offering().orElse(null),
              money(i.mrr()),
              money(i.previousMrr()),
              i.reason().orElse(null)));
    }
    List<Row> history = new ArrayList<>();
    for (StatusChange s : o.history()) {
      history.add(RowFactory.create(s.status(), ts(s.at()), s.reason().orElse(null)));
    }
    return RowFactory.create(
        o.id(),
        ts(o.created()),
        ts(o.requestedStart()),
        ts(o.requestedCompletion()),
        ts(o.expectedCompletion()),
        ts(o.completion()),
        o.state().label(),
        o.account().orElse(null),
        items,
        history);
  }

  /** A {@code BILLS} row. */
  public Row bill(Bill b) {
    return RowFactory.create(
        b.id(),
        b.account(),
        ts(b.billingPeriod().map(TimeWindow::start)),
        ts(b.billingPeriod().map(TimeWindow::end)),
        ts(b.billDate()),
        money(b.taxExcluded()),
        b.state().orElse(null));
  }

  /** A {@code BILL_LINES} row. */
  public Row billLine(BillLine l) {
    return RowFactory.create(
        l.id(),
        l.account(),
        l.bill().orElse(null),
        l.connection().orElse(null),
        l.kind().label(),
        ts(l.coverage().map(TimeWindow::start)),
        ts(l.coverage().map(TimeWindow::end)),
        Values.input(l.amount().amount()),
        l.amount().currency().getCurrencyCode());
  }

  /** A {@code SLA_TERMS} row. */
  public Row slaTerms(SlaTerms t) {
    List<Row> tiers = new ArrayList<>();
    for (CreditTier tier : t.tiers()) {
      tiers.add(RowFactory.create(tier.belowPercent(), tier.creditPercentOfMrr()));
    }
    return RowFactory.create(
        t.id(),
        t.name().orElse(null),
        tiers,
        t.capPercentOfMrr().orElse(null),
        t.plannedExcluded(),
        ts(t.validFor().map(TimeWindow::start)),
        ts(t.validFor().map(TimeWindow::end)));
  }

  /** A {@code USAGE} row. */
  public Row usage(UsageRecord u) {
    return RowFactory.create(
        u.id(),
        u.connection(),
        ts(u.at()),
        Values.input(u.amount().amount()),
        u.amount().currency().getCurrencyCode());
  }

  private @Nullable Object ts(java.time.Instant instant) {
    return Values.timestamp(instant, java8Api);
  }

  private @Nullable Object ts(Optional<java.time.Instant> instant) {
    return Values.timestamp(instant.orElse(null), java8Api);
  }

  private static @Nullable Row money(Optional<Money> m) {
    return m.map(x -> RowFactory.create(Values.input(x.amount()), x.currency().getCurrencyCode()))
        .orElse(null);
  }
}
