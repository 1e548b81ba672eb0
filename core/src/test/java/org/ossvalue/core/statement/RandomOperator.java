package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.Scenario;
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

/**
 * A random, reproducible operator with every kind of record a statement reads: {@link Scenario}'s
 * topology, connections and causes, plus segments, offerings, SLAs (one unknown), tickets and
 * problems linked to the causes, orders early and late, bills that match, under-bill, over-bill or
 * miss, and usage. The same seed always gives the same records.
 */
final class RandomOperator {

  static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");

  private RandomOperator() {}

  static StatementInputs inputs(long seed) {
    Scenario s = Scenario.of(seed);
    Random r = new Random(seed ^ 0x5DEECE66DL);
    List<Connection> connections = new ArrayList<>();
    for (Connection c : s.connections) {
      Connection.Builder b = Connection.builder().from(c);
      if (r.nextInt(4) > 0) {
        b.segment(List.of("enterprise", "smb", "residential").get(r.nextInt(3)));
      }
      if (r.nextInt(3) > 0) {
        b.offering("OF-" + r.nextInt(3));
      }
      int sla = r.nextInt(4);
      if (sla <= 1) {
        b.sla("SLA-G");
      } else if (sla == 2) {
        b.sla("SLA-UNKNOWN");
      }
      if (r.nextInt(4) == 0) {
        b.usageRevenuePerMonth(
            Money.of(BigDecimal.valueOf(r.nextInt(10_000), 2), c.currency().get()));
      }
      connections.add(b.build());
    }
    List<TroubleTicket> tickets = new ArrayList<>();
    List<ServiceProblem> problems = new ArrayList<>();
    for (Cause cause : s.causes) {
      if (r.nextInt(3) == 0) {
        continue;
      }
      Instant opened = cause.raised().plus(Duration.ofMinutes(r.nextInt(120)));
      TroubleTicket.Builder t =
          TroubleTicket.builder().id("TT-" + cause.id()).created(opened).status("inProgress");
      if (r.nextBoolean()) {
        t.addAlarms(cause.id());
      } else {
        t.addElements(cause.element());
      }
      if (r.nextBoolean()) {
        t.resolved(opened.plus(Duration.ofMinutes(r.nextInt(600)))).status("resolved");
      }
      tickets.add(t.build());
      if (r.nextInt(3) == 0) {
        problems.add(
            ServiceProblem.builder()
                .id("SP-" + cause.id())
                .created(opened)
                .status("inProgress")
                .addAlarms(cause.id())
                .addTickets("TT-" + cause.id())
                .build());
      }
    }
    List<Order> orders = new ArrayList<>();
    int orderCount = r.nextInt(6);
    for (int i = 0; i < orderCount; i++) {
      Connection c = connections.get(r.nextInt(connections.size()));
      Instant created = Scenario.MONTH_START.minus(Duration.ofHours(r.nextInt(24 * 60)));
      Instant requested = created.plus(Duration.ofHours(r.nextInt(24 * 50)));
      Order.Builder o =
          Order.builder()
              .id("PO-" + i)
              .created(created)
              .requestedCompletion(requested)
              .addItems(
                  OrderItem.builder()
                      .id("1")
                      .action(OrderAction.ADD)
                      .connection(c.id())
                      .mrr(c.mrr().get())
                      .build());
      if (r.nextInt(4) > 0) {
        o.state(OrderState.COMPLETED)
            .completion(created.plus(Duration.ofHours(r.nextInt(24 * 70))));
      } else {
        o.state(OrderState.IN_PROGRESS);
        if (r.nextBoolean()) {
          o.expectedCompletion(Scenario.AS_OF.plus(Duration.ofDays(1 + r.nextInt(20))));
        }
      }
      orders.add(o.build());
    }
    List<Bill> bills = new ArrayList<>();
    List<BillLine> lines = new ArrayList<>();
    List<String> accounts = new ArrayList<>();
    connections.forEach(c -> accounts.add(c.account()));
    for (String account : accounts.stream().distinct().sorted().toList()) {
      if (r.nextInt(3) == 0) {
        continue;
      }
      bills.add(
          Bill.builder()
              .id("CB-" + account)
              .account(account)
              .billingPeriod(MARCH.window())
              .build());
      for (Connection c : connections) {
        if (!c.account().equals(account) || r.nextInt(3) == 0) {
          continue;
        }
        BigDecimal factor = new BigDecimal(List.of("1", "1", "0.5", "1.2").get(r.nextInt(4)));
        lines.add(
            BillLine.builder()
                .id("L-" + c.id())
                .account(account)
                .bill("CB-" + account)
                .connection(c.id())
                .kind(ChargeKind.RECURRING)
                .coverage(MARCH.window())
                .amount(c.mrr().get().times(factor).rounded())
                .build());
      }
    }
    List<UsageRecord> usage = new ArrayList<>();
    int usageCount = r.nextInt(5);
    for (int i = 0; i < usageCount; i++) {
      Connection c = connections.get(r.nextInt(connections.size()));
      usage.add(
          UsageRecord.builder()
              .id("U-" + i)
              .connection(c.id())
              .at(Scenario.MONTH_START.plus(Duration.ofHours(r.nextInt(24 * 31))))
              .amount(Money.of(BigDecimal.valueOf(r.nextInt(5_000), 2), c.currency().get()))
              .build());
    }
    return StatementInputs.builder()
        .period(MARCH)
        .asOf(Scenario.AS_OF)
        .connections(connections)
        .topology(s.topology)
        .causes(s.causes)
        .tickets(tickets)
        .problems(problems)
        .orders(orders)
        .bills(bills)
        .billLines(lines)
        .usage(usage)
        .slaTerms(
            List.of(
                SlaTerms.builder()
                    .id("SLA-G")
                    .addTiers(
                        CreditTier.of("99.95", "10"),
                        CreditTier.of("99.5", "25"),
                        CreditTier.of("99.0", "50"))
                    .capPercentOfMrr(new BigDecimal("50"))
                    .validFor(TimeWindow.of(Instant.parse("2024-01-01T00:00:00Z"), Scenario.AS_OF))
                    .build()))
        .build();
  }

  /** The same records, every list in another order. */
  static StatementInputs shuffled(StatementInputs in, long seed) {
    Random r = new Random(seed);
    return StatementInputs.builder()
        .from(in)
        .connections(shuffle(in.connections(), r))
        .causes(shuffle(in.causes(), r))
        .tickets(shuffle(in.tickets(), r))
        .problems(shuffle(in.problems(), r))
        .orders(shuffle(in.orders(), r))
        .bills(shuffle(in.bills(), r))
        .billLines(shuffle(in.billLines(), r))
        .usage(shuffle(in.usage(), r))
        .build();
  }

  private static <T> List<T> shuffle(List<T> list, Random r) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, r);
    return copy;
  }
}
