package org.ossvalue.benchmarks.statement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ossvalue.benchmarks.workload.OperatorGenerator;
import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.Severity;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.ChargeKind;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.fulfilment.OrderState;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.statement.StatementInputs;

/**
 * Everything a value statement reads, for a generated operator: {@link OperatorGenerator}'s
 * topology, connections and alarms, plus what it does not generate, each a pure function of the
 * seed and an index: offerings by segment; SLAs (Business Gold on enterprise connections, Business
 * Silver on a third of SMB ones); a trouble ticket for 30 % of the critical and major alarms
 * (linked to the alarm, opened 2 to 60 minutes after it) and a service problem for every 20th
 * ticket; an order for every connection activated in the month (placed 3 to 30 days before,
 * requested 14 days after placing) and for every connection not yet active (open); a March bill for
 * two accounts in three, with a recurring line for each of their connections active all month (1 %
 * left out: leakage, 0.5 % at half price).
 */
public final class StatementWorkload {

  private static final long TICKET = 11;
  private static final long ORDER = 12;
  private static final long BILL = 13;

  private StatementWorkload() {}

  /** The statement inputs of a spec's operator, for its month, as of the month's end. */
  public static StatementInputs generate(WorkloadSpec spec) {
    OperatorGenerator g = new OperatorGenerator(spec);
    ReportingPeriod period = spec.period();
    List<Connection> connections = new ArrayList<>(spec.connections());
    for (Connection c : g.connections()) {
      String segment = c.segment().orElse("residential");
      Connection.Builder b =
          Connection.builder().from(c).offering("OF-" + segment + "-" + (c.id().hashCode() & 3));
      if (segment.equals("enterprise")) {
        b.sla("GOLD");
      } else if (segment.equals("smb") && (c.id().hashCode() % 3) == 0) {
        b.sla("SILVER");
      }
      connections.add(b.build());
    }
    List<Cause> causes = g.causes();
    List<TroubleTicket> tickets = new ArrayList<>();
    List<ServiceProblem> problems = new ArrayList<>();
    for (int j = 0; j < causes.size(); j++) {
      Cause a = causes.get(j);
      SplittableRandom r = random(spec.seed(), TICKET, j);
      boolean serious = a.severity() == Severity.CRITICAL || a.severity() == Severity.MAJOR;
      if (a.planned() || !serious || r.nextDouble() >= 0.3) {
        continue;
      }
      Instant opened = a.raised().plus(Duration.ofMinutes(2 + r.nextInt(59)));
      TroubleTicket.Builder t =
          TroubleTicket.builder()
              .id("TT-" + j)
              .created(opened)
              .status("inProgress")
              .addAlarms(a.id())
              .addElements(a.element());
      if (a.cleared().isPresent() && a.cleared().get().isAfter(opened)) {
        t.resolved(a.cleared().get()).status("resolved");
      }
      tickets.add(t.build());
      if (tickets.size() % 20 == 0) {
        problems.add(
            ServiceProblem.builder()
                .id("SP-" + j)
                .created(opened)
                .status("inProgress")
                .addAlarms(a.id())
                .addTickets("TT-" + j)
                .build());
      }
    }
    List<Order> orders = new ArrayList<>();
    List<Bill> bills = new ArrayList<>();
    List<BillLine> lines = new ArrayList<>();
    String billedAccount = null;
    for (int i = 0; i < connections.size(); i++) {
      Connection c = connections.get(i);
      SplittableRandom r = random(spec.seed(), ORDER, i);
      if (c.activation().isEmpty() || period.window().contains(c.activation().get())) {
        Instant placed =
            c.activation().orElse(period.from()).minus(Duration.ofHours(24L * (3 + r.nextInt(28))));
        Order.Builder o =
            Order.builder()
                .id("PO-" + i)
                .created(placed)
                .requestedCompletion(placed.plus(Duration.ofDays(14)))
                .account(c.account())
                .addItems(
                    OrderItem.builder()
                        .id("1")
                        .action(OrderAction.ADD)
                        .connection(c.id())
                        .offering(c.offering())
                        .mrr(c.mrr())
                        .build());
        if (c.activation().isPresent()) {
          o.state(OrderState.COMPLETED).completion(c.activation().get());
        } else {
          o.state(OrderState.IN_PROGRESS).expectedCompletion(period.to().plus(Duration.ofDays(7)));
        }
        orders.add(o.build());
      }
      SplittableRandom b = random(spec.seed(), BILL, c.account().hashCode());
      if (b.nextInt(3) == 0) {
        continue; // one account in three has no bill: not assessable
      }
      if (!c.account().equals(billedAccount)) {
        billedAccount = c.account();
        bills.add(
            Bill.builder()
                .id("CB-" + c.account())
                .account(c.account())
                .billingPeriod(period.window())
                .build());
      }
      boolean wholeMonth =
          c.activation().map(a -> !a.isAfter(period.from())).orElse(false)
              && c.termination().isEmpty();
      double u = r.nextDouble();
      if (!wholeMonth || u < 0.01) {
        continue;
      }
      Money amount = c.mrr().orElseThrow().rounded();
      lines.add(
          BillLine.builder()
              .id("L-" + i)
              .account(c.account())
              .bill("CB-" + c.account())
              .connection(c.id())
              .kind(ChargeKind.RECURRING)
              .coverage(period.window())
              .amount(u < 0.015 ? amount.times(new BigDecimal("0.5")).rounded() : amount)
              .build());
    }
    TimeWindow always = TimeWindow.of(Instant.parse("2020-01-01T00:00:00Z"), period.to());
    return StatementInputs.builder()
        .period(period)
        .asOf(g.asOf())
        .connections(connections)
        .topology(g.topology())
        .causes(causes)
        .tickets(tickets)
        .problems(problems)
        .orders(orders)
        .bills(bills)
        .billLines(lines)
        .addSlaTerms(
            SlaTerms.builder()
                .id("GOLD")
                .addTiers(
                    CreditTier.of("99.95", "10"),
                    CreditTier.of("99.5", "25"),
                    CreditTier.of("99.0", "50"))
                .capPercentOfMrr(new BigDecimal("50"))
                .validFor(always)
                .build(),
            SlaTerms.builder()
                .id("SILVER")
                .addTiers(CreditTier.of("99.5", "5"), CreditTier.of("99.0", "15"))
                .capPercentOfMrr(new BigDecimal("15"))
                .validFor(always)
                .build())
        .build();
  }

  private static SplittableRandom random(long seed, long stream, long index) {
    long z = seed ^ (stream * 0x9E3779B97F4A7C15L) + index * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }
}
