package org.ossvalue.benchmarks.workload;

import java.time.Instant;
import java.util.List;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.topology.Topology;

/**
 * One generated operator held in memory: the same instance is handed to every contender.
 *
 * @param spec what was generated
 * @param topology the network
 * @param connections the connections, in index order
 * @param causes the alarms of the month, in index order
 * @param asOf the instant up to which open alarms count
 * @param period the month valued
 */
public record Workload(
    WorkloadSpec spec,
    Topology topology,
    List<Connection> connections,
    List<Cause> causes,
    Instant asOf,
    ReportingPeriod period) {

  /** Generates the operator of a spec. */
  public static Workload generate(WorkloadSpec spec) {
    OperatorGenerator g = new OperatorGenerator(spec);
    return new Workload(spec, g.topology(), g.connections(), g.causes(), g.asOf(), spec.period());
  }

  @Override
  public String toString() {
    return "Workload{"
        + spec.connections()
        + " connections, "
        + topology
        + ", "
        + causes.size()
        + " alarms, seed="
        + spec.seed()
        + "}";
  }
}
