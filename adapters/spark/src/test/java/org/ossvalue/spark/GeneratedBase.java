package org.ossvalue.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.spark.sql.SparkSession;
import org.ossvalue.benchmarks.workload.OperatorGenerator;
import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
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
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * A whole generated operator: the benchmarks' seeded {@link OperatorGenerator} (topology with
 * shared aggregation, redundant pairs and 2-of-3 groups; connections; a month of alarms) plus, as
 * pure functions of the seed, what it does not generate: SLA terms (one with a 100 % tier, so the
 * guard has full refunds to honour) and which connections they cover, rated usage, bills with a
 * small leakage rate (lines missing, under-billed, on another account's bill) and orders (early,
 * late, open) for the connections activated in the month.
 */
record GeneratedBase(
    WorkloadSpec spec,
    Topology topology,
    List<Connection> connections,
    List<Cause> causes,
    List<SlaTerms> slaTerms,
    List<UsageRecord> usage,
    List<Bill> bills,
    List<BillLine> billLines,
    List<Order> orders,
    ReportingPeriod period,
    Instant asOf) {

  static final List<SlaTerms> SLAS =
      List.of(
          SlaTerms.builder()
              .id("GOLD")
              .addTiers(CreditTier.of("99.95", "10"), CreditTier.of("99.5", "25"))
              .addTiers(CreditTier.of("99.0", "50"))
              .capPercentOfMrr(new BigDecimal("50"))
              .build(),
          SlaTerms.builder()
              .id("SILVER")
              .addTiers(CreditTier.of("99.5", "5"), CreditTier.of("99.0", "15"))
              .capPercentOfMrr(new BigDecimal("15"))
              .build(),
          SlaTerms.builder()
              .id("BRONZE")
              .addTiers(CreditTier.of("99.9", "12.5"), CreditTier.of("99.7", "100"))
              .capPercentOfMrr(new BigDecimal("100"))
              .build());

  /** The operator of N connections with the default seed, March 2025. */
  static GeneratedBase of(int connections) {
    return of(WorkloadSpec.of(connections));
  }

  /** The operator of a spec. */
  static GeneratedBase of(WorkloadSpec spec) {
    OperatorGenerator g = new OperatorGenerator(spec);
    ReportingPeriod period = spec.period();
    TimeWindow month = period.window();
    List<Connection> connections = new ArrayList<>();
    List<UsageRecord> usage = new ArrayList<>();
    for (int i = 0; i < spec.connections(); i++) {
      SplittableRandom r = random(spec, 11, i);
      Connection c = g.connection(i);
      double u = r.nextDouble();
      String sla =
          switch (c.segment().orElse("")) {
            case "enterprise" -> u < 0.7 ? "GOLD" : u < 0.75 ? "NONE-SUCH" : null;
            case "smb" -> u < 0.5 ? "SILVER" : null;
            default -> u < 0.05 ? "BRONZE" : null;
          };
      if (sla != null) {
        c = Connection.builder().from(c).sla(sla).build();
      }
      if (c.usageRevenuePerMonth().isEmpty() && r.nextDouble() < 0.05) {
        Money m = c.mrr().orElseThrow();
        for (int k = 0; k < 2; k++) {
          usage.add(
              UsageRecord.builder()
                  .id("U-" + i + "-" + k)
                  .connection(c.id())
                  .at(month.start().plusSeconds(r.nextLong(month.duration().getSeconds())))
                  .amount(Money.of(BigDecimal.valueOf(100 + r.nextLong(2_000), 2), m.currency()))
                  .build());
        }
        if (r.nextDouble() < 0.3) { // outside the month: never counted
          usage.add(
              UsageRecord.builder()
                  .id("U-" + i + "-old")
                  .connection(c.id())
                  .at(month.start().minusSeconds(1 + r.nextLong(86_400)))
                  .amount(Money.of(BigDecimal.valueOf(999, 2), m.currency()))
                  .build());
        }
      }
      connections.add(c);
    }
    List<Bill> bills = new ArrayList<>();
    List<BillLine> lines = new ArrayList<>();
    billing(spec, connections, period, bills, lines);
    return new GeneratedBase(
        spec,
        g.topology(),
        connections,
        g.causes(),
        SLAS,
        usage,
        bills,
        lines,
        orders(spec, connections, period),
        period,
        g.asOf());
  }

  /** Bills for 85 % of accounts, lines for what inventory expects, with a little leakage. */
  private static void billing(
      WorkloadSpec spec,
      List<Connection> connections,
      ReportingPeriod period,
      List<Bill> bills,
      List<BillLine> lines) {
    TimeWindow month = period.window();
    String previousAccount = null;
    String previousBill = null;
    for (int i = 0; i < connections.size(); i++) {
      Connection c = connections.get(i);
      String account = c.account();
      SplittableRandom a = random(spec, 12, account.hashCode());
      if (a.nextDouble() >= 0.85) {
        continue; // no bill: not assessable
      }
      String billId = "B-" + account;
      if (!account.equals(previousAccount)) {
        bills.add(
            Bill.builder()
                .id(billId)
                .account(account)
                .billingPeriod(month)
                .billDate(month.end().plus(Duration.ofHours(6)))
                .state("sent")
                .build());
      }
      SplittableRandom r = random(spec, 13, i);
      Optional<TimeWindow> active = c.activeWindow(month);
      if (active.isPresent() && c.mrr().isPresent()) {
        BigDecimal expected =
            RevenueAtRiskStrategy.calendarAccurate()
                .valueOf(c.mrr().get(), active.get(), BigDecimal.ONE, period.zone())
                .amount()
                .setScale(2, RoundingMode.HALF_EVEN);
        double u = r.nextDouble();
        String lineAccount = account;
        String onBill = billId;
        if (u < 0.03) {
          expected = null; // connected, not billed
        } else if (u < 0.05) {
          expected = expected.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_EVEN);
        } else if (u < 0.055 && previousBill != null && !previousBill.equals(billId)) {
          onBill = previousBill; // a line on the bill of the account before: assessed together
        }
        if (expected != null) {
          lines.add(
              BillLine.builder()
                  .id("L-" + i)
                  .account(lineAccount)
                  .bill(onBill)
                  .connection(c.id())
                  .kind(ChargeKind.RECURRING)
                  .coverage(r.nextDouble() < 0.1 ? active.get() : month)
                  .amount(Money.of(expected, c.mrr().get().currency()))
                  .build());
        }
        if (r.nextDouble() < 0.05) {
          lines.add(
              BillLine.builder()
                  .id("L-" + i + "-usage")
                  .account(account)
                  .bill(billId)
                  .connection(c.id())
                  .kind(ChargeKind.USAGE)
                  .amount(Money.of(BigDecimal.valueOf(r.nextLong(5_000), 2), c.currency().get()))
                  .build());
        }
        if (r.nextDouble() < 0.01) {
          lines.add(
              BillLine.builder()
                  .id("L-" + i + "-credit")
                  .account(account)
                  .bill(billId)
                  .connection(c.id())
                  .kind(ChargeKind.CREDIT)
                  .coverage(month)
                  .amount(Money.of(BigDecimal.valueOf(-r.nextLong(2_000), 2), c.currency().get()))
                  .build());
        }
      } else if (r.nextDouble() < 0.1) {
        lines.add( // billed, not connected
            BillLine.builder()
                .id("L-" + i + "-idle")
                .account(account)
                .bill(billId)
                .connection(c.id())
                .kind(ChargeKind.RECURRING)
                .coverage(month)
                .amount(Money.of(new BigDecimal("9.99"), c.currency().orElseThrow()))
                .build());
      }
      if (r.nextDouble() < 0.002) {
        lines.add( // neither coverage nor a known bill: unplaced
            BillLine.builder()
                .id("L-" + i + "-lost")
                .account(account)
                .bill("B-NOWHERE")
                .connection(c.id())
                .kind(ChargeKind.RECURRING)
                .amount(Money.of(new BigDecimal("1.00"), c.currency().orElseThrow()))
                .build());
      }
      previousAccount = account;
      previousBill = billId;
    }
  }

  /**
   * An add order for every connection activated in the month (early, on time or late against its
   * requested date) and an open one for some not yet activated.
   */
  private static List<Order> orders(
      WorkloadSpec spec, List<Connection> connections, ReportingPeriod period) {
    TimeWindow month = period.window();
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < connections.size(); i++) {
      Connection c = connections.get(i);
      SplittableRandom r = random(spec, 14, i);
      boolean activatedInMonth = c.activation().filter(month::contains).isPresent();
      boolean pending = c.status() == ConnectionStatus.PENDING_ACTIVE;
      if (!activatedInMonth && !(pending && r.nextDouble() < 0.5)) {
        continue;
      }
      Money mrr = c.mrr().orElseThrow();
      Instant anchor =
          activatedInMonth
              ? c.activation().get()
              : month.start().plusSeconds(r.nextLong(month.duration().getSeconds()));
      Instant requested = anchor.plus(Duration.ofMinutes(r.nextLong(-7 * 1440, 7 * 1440)));
      Order.Builder o =
          Order.builder()
              .id("PO-" + i)
              .created(anchor.minus(Duration.ofDays(5 + r.nextLong(30))))
              .requestedCompletion(requested)
              .account(c.account());
      OrderItem.Builder item =
          OrderItem.builder()
              .id("1")
              .action(OrderAction.ADD)
              .connection(c.id())
              .offering("OFF-" + c.segment().orElse("x"))
              .mrr(mrr);
      if (activatedInMonth) {
        o.state(OrderState.COMPLETED).completion(anchor);
        item.state(OrderState.COMPLETED);
      } else {
        o.state(OrderState.IN_PROGRESS).expectedCompletion(month.end().plus(Duration.ofDays(3)));
        item.state(OrderState.IN_PROGRESS);
        if (r.nextDouble() < 0.2) {
          item.reason("noCapacity");
          o.state(OrderState.HELD);
          item.state(OrderState.HELD);
        }
      }
      orders.add(o.addItems(item.build()).build());
    }
    return orders;
  }

  /** The base as Spark inputs (DataFrames made on the driver). */
  ValuationInputs inputs(SparkSession spark) {
    return ValuationInputs.builder(spark)
        .topology(topology)
        .connections(connections)
        .causes(causes)
        .slaTerms(slaTerms)
        .usage(usage)
        .bills(bills)
        .billLines(billLines)
        .orders(orders)
        .build();
  }

  /** The default month of the generator. */
  static YearMonth month() {
    return WorkloadSpec.DEFAULT_MONTH;
  }

  private static SplittableRandom random(WorkloadSpec spec, long stream, long index) {
    return new SplittableRandom(spec.seed() * 31 + stream * 1_000_003L + index);
  }
}
