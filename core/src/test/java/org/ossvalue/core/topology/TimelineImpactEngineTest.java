package org.ossvalue.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.Scenario;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * The optimised engine against the reference sweep ({@link SweepImpactEngine}, the straightforward
 * engine it replaced): identical {@link Impacts} (windows, degradations, causes, classes,
 * unresolved causes) on random operators, sequential and in parallel. The optimised engine runs
 * without its fallback to the reference, so a bug cannot hide behind it.
 */
class TimelineImpactEngineTest {

  private static final SeverityMapping MAPPING = SeverityMapping.defaults();
  private static final ImpactEngine REFERENCE = new SweepImpactEngine(MAPPING);
  private static final ImpactEngine FAST = new TimelineImpactEngine(MAPPING, 1, false);

  /** Parallel, with a thread for every connection or two so that small inputs are split. */
  private static ImpactEngine parallel(int threads) {
    return new TimelineImpactEngine(MAPPING, threads, false, 2);
  }

  @Test
  void sameImpactsAsTheReferenceOnNetCo() {
    assertSame(NetCo.topology(), NetCo.connections(), NetCo.alarms(), NetCo.AS_OF, FAST);
    assertSame(NetCo.topology(), NetCo.connections(), NetCo.alarms(), NetCo.AS_OF, parallel(3));
  }

  @Test
  void sameImpactsAsTheReferenceOnTheCoreScenarios() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = Scenario.of(seed);
              assertSame(s.topology, s.connections, s.causes, Scenario.AS_OF, FAST);
            });
  }

  @Test
  void sameImpactsAsTheReferenceOnRandomOperators() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomOperator o = RandomOperator.of(seed);
              assertSame(o.topology, o.connections, o.causes, o.asOf, FAST);
            });
  }

  @Test
  void parallelResultIsIdenticalToTheSequentialOne() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomOperator o = RandomOperator.of(seed);
              Impacts sequential = FAST.compute(o.topology, o.connections, o.causes, o.asOf);
              for (int threads : new int[] {2, 3, 5}) {
                assertEquals(
                    sequential,
                    parallel(threads).compute(o.topology, o.connections, o.causes, o.asOf),
                    "threads=" + threads + " " + o);
              }
            });
  }

  @Test
  void publicFactoriesAgreeWithTheReference() {
    RandomOperator o = RandomOperator.of(42);
    Impacts expected = REFERENCE.compute(o.topology, o.connections, o.causes, o.asOf);
    assertEquals(
        expected, ImpactEngine.create().compute(o.topology, o.connections, o.causes, o.asOf));
    assertEquals(
        expected,
        ImpactEngine.create(MAPPING, 2).compute(o.topology, o.connections, o.causes, o.asOf));
  }

  private static void assertSame(
      Topology topology,
      List<Connection> connections,
      List<Cause> causes,
      Instant asOf,
      ImpactEngine engine) {
    Impacts expected = REFERENCE.compute(topology, connections, causes, asOf);
    Impacts actual = engine.compute(topology, connections, causes, asOf);
    assertEquals(expected.all(), actual.all());
    assertEquals(expected.unresolvedCauses(), actual.unresolvedCauses());
    assertEquals(expected, actual);
  }
}
