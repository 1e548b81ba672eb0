package org.ossvalue.testkit.operator;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
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
 * A synthetic operator as core objects, held in memory: the same records its TMF export holds, each
 * list sorted by id as {@code ossvalue-tmf} sorts what it reads. For small operators (tests,
 * samples); stream large ones with {@link SyntheticOperator}'s methods.
 */
@Value.Immutable
public abstract class OperatorData {

  OperatorData() {}

  /** The month generated. */
  public abstract ReportingPeriod period();

  /** The instant the export is taken. */
  public abstract Instant asOf();

  /** The connections (TMF637 products), by id. */
  public abstract List<Connection> connections();

  /** Resources and services with their supports edges and combination rules. */
  public abstract Topology topology();

  /** The alarms as causes, by id. */
  public abstract List<Cause> causes();

  /** Trouble tickets, by id. */
  public abstract List<TroubleTicket> tickets();

  /** Service problems, by id. */
  public abstract List<ServiceProblem> problems();

  /** Product orders, by id. */
  public abstract List<Order> orders();

  /** Rated usage, by id. */
  public abstract List<UsageRecord> usage();

  /** Customer bills, by id. */
  public abstract List<Bill> bills();

  /** Bill lines (applied customer billing rates), by id. */
  public abstract List<BillLine> billLines();

  /** SLA terms (TMF623 and TMF657), by id. */
  public abstract List<SlaTerms> slaTerms();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OperatorData}. */
  public static final class Builder extends ImmutableOperatorData.Builder {}

  @Override
  public String toString() {
    return "OperatorData{"
        + period()
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
        + " SLAs}";
  }
}
