package org.ossvalue.spark;

import org.ossvalue.spark.internal.Plan;

/**
 * How a run cuts the base into units that can be valued independently. Every unit holds its
 * connections together with every element, supports edge and cause upstream of them, so each
 * connection's figures are exactly those of a run over the whole base; the choice changes only
 * where work and data go (docs/spark.md compares them).
 */
public final class Partitioning {

  private static final Partitioning UPSTREAM = new Partitioning(Plan.Units.UPSTREAM);
  private static final Partitioning COMPONENTS = new Partitioning(Plan.Units.COMPONENTS);

  private final Plan.Units units;

  private Partitioning(Plan.Units units) {
    this.units = units;
  }

  /**
   * The default: connections are spread over the partitions by their first realizing element (so
   * the connections of one service stay together), and each partition receives the upstream
   * closure of its connections; shared aggregation elements, their edges and causes are replicated
   * to every partition that needs them. Scales with the number of partitions whatever the
   * topology's shape; computed with joins, one per level of the longest supports chain.
   */
  public static Partitioning upstream() {
    return UPSTREAM;
  }

  /**
   * Whole connected components (elements, supports edges and the connections on them) as units,
   * found by a union-find over the edge list on the driver; nothing is replicated. Parallel only
   * when the network falls into many components (separate regional or access networks): one shared
   * core node makes the whole base one component and one task.
   */
  public static Partitioning components() {
    return COMPONENTS;
  }

  Plan.Units units() {
    return units;
  }

  @Override
  public String toString() {
    return units == Plan.Units.UPSTREAM ? "Partitioning.upstream()" : "Partitioning.components()";
  }
}
