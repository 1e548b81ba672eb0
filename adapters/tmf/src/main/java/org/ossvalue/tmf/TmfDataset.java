package org.ossvalue.tmf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.topology.Topology;

/**
 * A TMF export read into core types: connections, the topology under them, alarms (as causes),
 * tickets, problems, orders, usage, bills and SLA terms, plus the {@link ReadReport} naming every
 * rejected record and every warning. Events are already replayed into the records.
 *
 * <p>Every list is sorted by id (then by position), so the order of records in the files never
 * changes the dataset.
 */
@Value.Immutable
public abstract class TmfDataset {

  TmfDataset() {}

  /** The connections (TMF637 products), by id. */
  public abstract List<Connection> connections();

  /** Resources and services with their supports edges and combination rules. */
  public abstract Topology topology();

  /** The alarms after merging {@code alarm.json} and the alarm events, by id. */
  public abstract List<TmfAlarm> alarms();

  /** Trouble tickets, by id. */
  public abstract List<TroubleTicket> tickets();

  /** Service problems, by id. */
  public abstract List<ServiceProblem> problems();

  /** Product orders, by id. */
  public abstract List<Order> orders();

  /** Rated usage, one record per rated product usage, by id. */
  public abstract List<UsageRecord> usage();

  /** Customer bills, by id. */
  public abstract List<Bill> bills();

  /** Bill lines (applied customer billing rates), by id. */
  public abstract List<BillLine> billLines();

  /** SLA terms (TMF623 SLAs and TMF657 specifications), by id. */
  public abstract List<SlaTerms> slaTerms();

  /** What replaying the events did. */
  @Value.Default
  public EventSummary events() {
    return EventSummary.none();
  }

  /** Counts per file, every rejection and every warning. */
  public abstract ReadReport report();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TmfDataset}. */
  public static final class Builder extends ImmutableTmfDataset.Builder {}

  /** The alarms as core causes, ready for the impact engine. */
  public List<Cause> causes() {
    List<Cause> causes = new ArrayList<>(alarms().size());
    for (TmfAlarm a : alarms()) {
      causes.add(a.cause());
    }
    return causes;
  }

  /**
   * The inputs of a value statement of this export for a period at an as-of instant: every record
   * (connections, topology, alarms as causes, tickets, problems, orders, usage, bills, bill lines,
   * SLA terms) and the read's facts as the statement's data quality. The one path from a TMF export
   * to a statement, shared by the {@code ossvalue statement} command, the tests and batch runs:
   *
   * <pre>{@code
   * TmfDataset export = TmfReader.strict().readDirectory(Path.of("export"));
   * ValueStatement s = ValueStatement.assess(
   *     export.statementInputs(ReportingPeriod.month("2025-03", "UTC"),
   *         Instant.parse("2025-04-01T00:00:00Z")));
   * }</pre>
   *
   * <p>Usage stays as records: the statement turns them into usage revenue per month when {@code
   * StatementConfig.usageFromRecords()} is on (the default), so {@link #connectionsWithUsage} is
   * not applied here.
   */
  public StatementInputs statementInputs(ReportingPeriod period, Instant asOf) {
    return statementInputsBuilder(period, asOf).build();
  }

  /**
   * A builder holding {@link #statementInputs(ReportingPeriod, Instant)}, to add what the export
   * does not carry (impacts already computed, or records from elsewhere) before building.
   */
  public StatementInputs.Builder statementInputsBuilder(ReportingPeriod period, Instant asOf) {
    StatementInputs.Builder b = StatementInputs.builder();
    b.period(period)
        .asOf(asOf)
        .connections(connections())
        .topology(topology())
        .causes(causes())
        .tickets(tickets())
        .problems(problems())
        .orders(orders())
        .usage(usage())
        .bills(bills())
        .billLines(billLines())
        .slaTerms(slaTerms())
        .dataQuality(report().toDataQuality());
    return b;
  }

  /** A connection by id. */
  public Optional<Connection> connection(String id) {
    return connections().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** An alarm by id. */
  public Optional<TmfAlarm> alarm(String id) {
    return alarms().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The connections with {@link Connection#usageRevenuePerMonth()} set to the rated usage inside a
   * window (such as last month), where the usage is in the connection's currency; connections
   * without usage in the window are returned unchanged.
   */
  public List<Connection> connectionsWithUsage(TimeWindow window) {
    Map<String, Money> usage = new HashMap<>();
    for (UsageRecord u : usage()) {
      if (window.contains(u.at())) {
        usage.merge(u.connection(), u.amount(), (a, b) -> sameCurrency(a, b) ? a.plus(b) : a);
      }
    }
    List<Connection> result = new ArrayList<>(connections().size());
    for (Connection c : connections()) {
      Money m = usage.get(c.id());
      Optional<Currency> currency = c.currency();
      if (m != null && (currency.isEmpty() || currency.get().equals(m.currency()))) {
        result.add(Connection.builder().from(c).usageRevenuePerMonth(m).build());
      } else {
        result.add(c);
      }
    }
    return result;
  }

  private static boolean sameCurrency(Money a, Money b) {
    return a.currency().equals(b.currency());
  }

  @Override
  public String toString() {
    return "TmfDataset{"
        + connections().size()
        + " connections, "
        + topology()
        + ", "
        + alarms().size()
        + " alarms, "
        + tickets().size()
        + " tickets, "
        + problems().size()
        + " problems, "
        + orders().size()
        + " orders, "
        + usage().size()
        + " usage, "
        + bills().size()
        + " bills, "
        + billLines().size()
        + " bill lines, "
        + slaTerms().size()
        + " SLAs; "
        + report()
        + "}";
  }
}
