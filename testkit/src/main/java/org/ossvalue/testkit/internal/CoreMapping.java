package org.ossvalue.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
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
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.testkit.internal.Model.Alarm;
import org.ossvalue.testkit.internal.Model.BillFacts;
import org.ossvalue.testkit.internal.Model.Domain;
import org.ossvalue.testkit.internal.Model.Line;
import org.ossvalue.testkit.internal.Model.OrderFacts;
import org.ossvalue.testkit.internal.Model.Problem;
import org.ossvalue.testkit.internal.Model.Product;
import org.ossvalue.testkit.internal.Model.Related;
import org.ossvalue.testkit.internal.Model.ResourceNode;
import org.ossvalue.testkit.internal.Model.ServiceNode;
import org.ossvalue.testkit.internal.Model.Status;
import org.ossvalue.testkit.internal.Model.Ticket;
import org.ossvalue.testkit.internal.Model.Usage;

/**
 * The model's records as core objects, made exactly as {@code ossvalue-tmf} makes them from the
 * written export (same builders, same fields), so a round trip gives equal objects.
 */
public final class CoreMapping {

  private CoreMapping() {}

  /** Connection p. */
  public static Connection connection(Product p) {
    Connection.Builder b =
        Connection.builder()
            .id(p.id())
            .account(p.account().id())
            .customer(p.account().customer())
            .offering(p.offering().id())
            .segment(p.segment())
            .status(p.status())
            .addRecurringCharges(
                RecurringCharge.builder()
                    .amount(p.price())
                    .period(p.period())
                    .name(TmfWriter.chargeName(p))
                    .build())
            .addRealizedBy(p.serviceId());
    if (p.start() != null) {
      b.activation(p.start());
    }
    if (p.termination() != null) {
      b.termination(p.termination());
    }
    if (p.sla() != null) {
      b.sla(p.sla());
    }
    return b.build();
  }

  /** Adds region d and its connections' elements to a topology. */
  public static void addDomain(Model m, Domain d, Topology.Builder t) {
    for (ResourceNode r : m.domainResources(d)) {
      t.resource(r.id());
    }
    for (ServiceNode s : m.domainServices(d)) {
      service(s, t);
    }
  }

  /** Adds connection p's elements to a topology. */
  public static void addProduct(Model m, Product p, Topology.Builder t) {
    for (String cpe : m.cpes(p)) {
      t.resource(cpe);
    }
    for (ServiceNode s : m.services(p)) {
      service(s, t);
    }
  }

  private static void service(ServiceNode s, Topology.Builder t) {
    t.service(s.id());
    if (s.rule() != null) {
      t.rule(s.id(), CombinationRule.parse(s.rule()));
    }
    for (String c : s.supportingServices()) {
      t.supports(c, s.id());
    }
    for (String r : s.supportingResources()) {
      t.supports(r, s.id());
    }
  }

  /** Alarm a as a cause. */
  public static Cause cause(Alarm a) {
    Cause.Builder b =
        Cause.alarm(a.id())
            .element(a.element())
            .raised(a.raised())
            .severity(a.severity())
            .planned(a.planned());
    if (a.cleared() != null) {
      b.cleared(a.cleared());
    }
    return b.build();
  }

  /** Ticket t. */
  public static TroubleTicket ticket(Ticket t) {
    TroubleTicket.Builder b =
        TroubleTicket.builder()
            .id(t.id())
            .created(t.created())
            .status(t.status())
            .severity(Severity.parse(t.severity()))
            .priority(t.priority())
            .type("incident");
    if (t.resolved() != null) {
      b.resolved(t.resolved());
    }
    for (Related r : t.related()) {
      if (r.referredType().equals("Alarm")) {
        b.addAlarms(r.id());
      } else {
        b.addElements(r.id());
      }
    }
    for (Status s : t.history()) {
      b.addHistory(StatusChange.of(s.status(), s.at()));
    }
    return b.build();
  }

  /** Problem p. */
  public static ServiceProblem problem(Problem p) {
    ServiceProblem.Builder b =
        ServiceProblem.builder()
            .id(p.id())
            .created(p.created())
            .status(p.status())
            .priority(p.priority())
            .addAllAffected(p.affectedServices())
            .addAllAffected(p.affectedResources())
            .addAlarms(p.alarm().id());
    b.addRootCause(p.alarm().element());
    if (p.resolved() != null) {
      b.resolved(p.resolved());
    }
    if (p.ticket() != null) {
      b.addTickets(p.ticket());
    }
    return b.build();
  }

  /** Order o. */
  public static Order order(OrderFacts o) {
    Product p = o.product();
    OrderItem.Builder item =
        OrderItem.builder()
            .id("1")
            .action(OrderAction.parse(o.action()))
            .state(OrderState.parse(o.state()))
            .connection(p.id())
            .offering(p.offering().id())
            .mrr(p.mrr());
    Order.Builder b =
        Order.builder()
            .id(o.id())
            .created(o.created())
            .state(OrderState.parse(o.state()))
            .requestedStart(o.requested())
            .requestedCompletion(o.requested())
            .expectedCompletion(o.expected())
            .account(p.account().id())
            .addItems(item.build());
    if (o.completion() != null) {
      b.completion(o.completion());
    }
    return b.build();
  }

  /** The rated usage records of these usage facts (rejected ones give none). */
  public static List<UsageRecord> usage(List<Usage> usage) {
    List<UsageRecord> list = new ArrayList<>(usage.size());
    for (Usage u : usage) {
      if (u.amount() != null) {
        list.add(
            UsageRecord.builder()
                .id(u.id())
                .connection(u.product().id())
                .at(u.at())
                .amount(u.amount())
                .build());
      }
    }
    return list;
  }

  /** Bill b. */
  public static Bill bill(Model m, BillFacts b) {
    return Bill.builder()
        .id(b.id())
        .account(b.account().id())
        .billingPeriod(TimeWindow.of(m.monthStart, m.monthEnd))
        .billDate(m.billDate())
        .taxExcluded(b.net())
        .state(b.state())
        .build();
  }

  /** Line l of bill b. */
  public static BillLine line(BillFacts b, Line l) {
    return BillLine.builder()
        .id(l.id())
        .account(b.account().id())
        .bill(b.id())
        .connection(l.product().id())
        .kind(
            switch (l.kind()) {
              case RECURRING -> ChargeKind.RECURRING;
              case USAGE -> ChargeKind.USAGE;
              case CREDIT -> ChargeKind.CREDIT;
            })
        .coverage(l.coverage())
        .amount(l.amount())
        .build();
  }

  /** The SLA terms. */
  public static List<SlaTerms> slaTerms() {
    return SlaCatalog.terms();
  }
}
