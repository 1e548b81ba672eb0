package org.ossvalue.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.statement.Availability;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValue;
import org.ossvalue.core.valuation.ledger.DoubleCountGuard;
import org.ossvalue.core.valuation.ledger.GuardContext;
import org.ossvalue.core.valuation.ledger.GuardRule;
import org.ossvalue.core.valuation.ledger.Ledgers;
import org.ossvalue.core.valuation.leakage.LeakageReport;
import org.ossvalue.core.valuation.sla.SlaCredits;
import org.ossvalue.core.valuation.sla.SlaEngine;

/**
 * The single-machine computation the Spark run must equal: the core's strategies called once over
 * the whole base in one JVM, exactly as a Java user calls them.
 */
record CoreReference(
    Impacts impacts,
    RevenueAtRisk risk,
    SlaCredits credits,
    LeakageReport leakage,
    FulfilmentValue fulfilment,
    Ledgers ledgers,
    Availability availability,
    MoneyTotals usageRated) {

  static CoreReference of(GeneratedBase base) {
    return of(
        base.topology(),
        base.connections(),
        base.causes(),
        base.slaTerms(),
        base.usage(),
        base.bills(),
        base.billLines(),
        base.orders(),
        base.period(),
        base.asOf(),
        EnumSet.allOf(GuardRule.class));
  }

  static CoreReference of(
      Topology topology,
      Collection<Connection> inventory,
      Collection<Cause> causes,
      Collection<SlaTerms> slaTerms,
      Collection<UsageRecord> usage,
      Collection<Bill> bills,
      Collection<BillLine> lines,
      Collection<Order> orders,
      ReportingPeriod period,
      Instant asOf,
      Set<GuardRule> rules) {
    Strategies s = Strategies.defaults();
    List<Connection> connections = withUsage(inventory, usage, period);
    Impacts impacts =
        ImpactEngine.create(s.severityMapping()).compute(topology, connections, causes, asOf);
    RevenueAtRisk risk = s.revenueAtRisk().assess(connections, impacts, period);
    SlaCredits credits =
        SlaEngine.of(s.slaPolicies(List.copyOf(slaTerms))).assess(connections, impacts, period);
    LeakageReport leakage = s.leakageCheck().assess(connections, bills, lines, usage, period);
    FulfilmentValue fulfilment = s.fulfilmentValuation().assess(orders, period, asOf);
    Ledgers ledgers =
        Ledgers.assemble(GuardContext.of(connections, asOf), DoubleCountGuard.of(rules))
            .addRevenueAtRisk(risk)
            .add(credits.ledgerEntries())
            .add(leakage.ledgerEntries())
            .add(fulfilment.ledgerEntries())
            .build();
    return new CoreReference(
        impacts,
        risk,
        credits,
        leakage,
        fulfilment,
        ledgers,
        Availability.of(connections, impacts, period),
        leakage.usageRated());
  }

  /**
   * Usage revenue per month from the rated usage in the period, in the connection's currency, for
   * connections without it: what {@code SparkValuation.usageFromRecords(true)} does.
   */
  static List<Connection> withUsage(
      Collection<Connection> connections, Collection<UsageRecord> usage, ReportingPeriod period) {
    Map<String, MoneyTotals.Accumulator> sums = new HashMap<>();
    for (UsageRecord u : usage) {
      if (period.window().contains(u.at())) {
        sums.computeIfAbsent(u.connection(), k -> MoneyTotals.accumulator()).add(u.amount());
      }
    }
    List<Connection> result = new ArrayList<>(connections.size());
    for (Connection c : connections) {
      MoneyTotals.Accumulator acc = sums.get(c.id());
      Optional<Money> m =
          acc == null || c.usageRevenuePerMonth().isPresent() || c.currency().isEmpty()
              ? Optional.empty()
              : Optional.of(acc.toTotals().get(c.currency().get()))
                  .filter(x -> !acc.toTotals().currencies().isEmpty())
                  .filter(x -> acc.toTotals().currencies().contains(x.currency()));
      result.add(
          m.isPresent() ? Connection.builder().from(c).usageRevenuePerMonth(m.get()).build() : c);
    }
    return result;
  }

  /** Each ledger's exact total, as the Spark result reports them. */
  Map<LedgerKind, MoneyTotals> ledgerTotals() {
    Map<LedgerKind, MoneyTotals> totals = new HashMap<>();
    ledgers.ledgers().forEach((kind, ledger) -> totals.put(kind, ledger.total()));
    return totals;
  }
}
