package org.ossvalue.flink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ossvalue.core.Connection;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.tmf.TmfDataset;

/**
 * What the stream values events against: the topology, the connections on it and the SLA terms they
 * refer to. Send a new one on the inventory stream whenever the inventory changes; the job
 * partitions it into topology units and ships only what changed.
 *
 * <p>Immutable. The topology's combination rules must be built-in ones ({@link
 * org.ossvalue.core.topology.CombinationRule}'s factories), so that they can cross the network.
 */
public final class Inventory {

  private final Topology topology;
  private final List<Connection> connections;
  private final List<SlaTerms> slaTerms;

  private Inventory(Topology topology, List<Connection> connections, List<SlaTerms> slaTerms) {
    this.topology = topology;
    this.connections = connections;
    this.slaTerms = slaTerms;
  }

  /** An inventory of a topology, its connections and the SLA terms they refer to. */
  public static Inventory of(
      Topology topology, Collection<Connection> connections, Collection<SlaTerms> slaTerms) {
    Objects.requireNonNull(topology, "topology");
    List<Connection> cs = new ArrayList<>(connections);
    cs.sort(Comparator.comparing(Connection::id));
    List<SlaTerms> ts = new ArrayList<>(slaTerms);
    ts.sort(Comparator.comparing(SlaTerms::id));
    return new Inventory(topology, List.copyOf(cs), List.copyOf(ts));
  }

  /** The inventory of a TMF export: its topology, connections and SLA terms. */
  public static Inventory of(TmfDataset dataset) {
    return of(dataset.topology(), dataset.connections(), dataset.slaTerms());
  }

  /** The topology. */
  public Topology topology() {
    return topology;
  }

  /** The connections, by id. */
  public List<Connection> connections() {
    return connections;
  }

  /** The SLA terms, by id. */
  public List<SlaTerms> slaTerms() {
    return slaTerms;
  }

  @Override
  public String toString() {
    return "Inventory{"
        + topology
        + ", "
        + connections.size()
        + " connections, "
        + slaTerms.size()
        + " SLAs}";
  }
}
