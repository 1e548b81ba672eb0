package org.ossvalue.core.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.Topology;

/**
 * What a value statement is computed from: the period to state, the as-of instant, the records
 * (connections, topology, causes, tickets, problems, orders, usage, bills, bill lines, SLA terms)
 * and the data-quality facts of the read that produced them.
 *
 * <p>The order of the records never changes the statement. Lists are empty by default, so a
 * statement of connections alone (revenue connected and nothing else) is a valid one.
 */
@Value.Immutable
public abstract class StatementInputs {

  StatementInputs() {}

  /** The period stated, read in its zone (calendar months decide pro-rata figures). */
  public abstract ReportingPeriod period();

  /**
   * The instant the records were true at: open causes run to it, open orders are aged at it, churn
   * exposure is measured at it. Usually the end of the period, or later.
   */
  public abstract Instant asOf();

  /** The connections (sold products), each once. */
  public abstract List<Connection> connections();

  /** The network under the connections; empty by default (then causes hit connections only). */
  @Value.Default
  public Topology topology() {
    return Topology.empty();
  }

  /** Alarms, planned work and other causes. */
  public abstract List<Cause> causes();

  /** Trouble tickets: they time detection and restoration, start SLA clocks, show incident work. */
  public abstract List<TroubleTicket> tickets();

  /** Service problems: they show problem management at work. */
  public abstract List<ServiceProblem> problems();

  /** Product orders: lead times, revenue pulled forward and delayed. */
  public abstract List<Order> orders();

  /** Rated usage: usage revenue per month for connections that do not state one. */
  public abstract List<UsageRecord> usage();

  /** Customer bills: which accounts can be checked for leakage. */
  public abstract List<Bill> bills();

  /** Bill lines: what was billed, compared with inventory. */
  public abstract List<BillLine> billLines();

  /** SLA terms; each becomes a policy unless the configuration names its own for the agreement. */
  public abstract List<SlaTerms> slaTerms();

  /** The reader's facts: records read, rejected, warnings. Empty by default. */
  @Value.Default
  public DataQuality dataQuality() {
    return DataQuality.empty();
  }

  /**
   * Impacts already computed from these records at this as-of instant (by an {@code ImpactEngine}
   * with the configuration's severity mapping), to skip computing them again; absent by default.
   */
  public abstract Optional<Impacts> impacts();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatementInputs}. */
  public static final class Builder extends ImmutableStatementInputs.Builder {}

  @Value.Check
  void check() {
    if (impacts().isPresent() && !impacts().get().asOf().equals(asOf())) {
      throw new IllegalArgumentException(
          "impacts must be computed at asOf " + asOf() + ", was " + impacts().get().asOf());
    }
  }

  @Override
  public String toString() {
    return "StatementInputs{"
        + period()
        + ", asOf "
        + asOf()
        + ", "
        + connections().size()
        + " connections, "
        + topology()
        + ", "
        + causes().size()
        + " causes, "
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
        + " SLA terms"
        + (impacts().isPresent() ? ", impacts given" : "")
        + "}";
  }
}
