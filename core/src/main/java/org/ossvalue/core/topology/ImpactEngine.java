package org.ossvalue.core.topology;

import java.time.Instant;
import java.util.Collection;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * Turns causes on network elements into per-connection service impacts, by propagating each
 * element's degradation up the topology through every node's combination rule.
 *
 * <p>At every instant a connection's degradation is its rule's result over the current states of
 * its supporters, so overlapping causes are never counted twice and redundant paths hurt only while
 * all of them are down. Impacts are cut to each connection's active window; open causes run to the
 * as-of instant. The result does not depend on the order of the inputs.
 */
public interface ImpactEngine {

  /** Computes the impacts of these causes on these connections, as seen at {@code asOf}. */
  Impacts compute(
      Topology topology,
      Collection<Connection> connections,
      Collection<Cause> causes,
      Instant asOf);

  /** An engine with the default severity mapping. */
  static ImpactEngine create() {
    return create(SeverityMapping.defaults());
  }

  /** An engine that turns causes into degradation with this mapping. */
  static ImpactEngine create(SeverityMapping severityMapping) {
    return new TimelineImpactEngine(severityMapping, 1, true);
  }

  /**
   * An engine that may use up to {@code parallelism} threads per computation (1: the calling thread
   * only). The result is identical to the sequential engine's, whatever the parallelism.
   */
  static ImpactEngine create(SeverityMapping severityMapping, int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    return new TimelineImpactEngine(severityMapping, parallelism, true);
  }
}
