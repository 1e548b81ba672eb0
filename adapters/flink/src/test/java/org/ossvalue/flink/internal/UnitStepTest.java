package org.ossvalue.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.Severity;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.Topology;

/**
 * The incremental steps of a unit, run at many horizons with causes arriving within the allowed
 * lateness and on the reach of the causes only, emit exactly the batch impacts (split at month
 * ends), each piece once.
 */
class UnitStepTest {

  private static final Instant START = Instant.parse("2025-03-28T00:00:00Z");
  private static final Instant END = Instant.parse("2025-04-03T00:00:00Z");
  private static final Duration LATENESS = Duration.ofMinutes(30);
  private static final ImpactEngine ENGINE = ImpactEngine.create();
  private static final String[] ELEMENTS = {"AGG", "PE1", "PE2", "ONT1", "ONT2", "C1", "C2", "C3"};

  private static final Topology TOPOLOGY =
      Topology.builder()
          .resource("AGG")
          .resource("PE1")
          .resource("PE2")
          .resource("ONT1")
          .resource("ONT2")
          .resource("C1")
          .resource("C2")
          .resource("C3")
          .service("PE", CombinationRule.redundant(), "PE1", "PE2")
          .service("MOB", CombinationRule.atLeast(2), "C1", "C2", "C3")
          .service("ACC1", "AGG", "ONT1")
          .service("ACC2", "AGG", "ONT2", "PE")
          .build();

  private static final List<Connection> CONNECTIONS =
      List.of(
          connection("X1", "ACC1", null),
          connection("X2", "ACC2", null),
          connection("X3", "MOB", null),
          connection("X4", "ACC1", Instant.parse("2025-04-01T12:00:00Z")));

  private static Connection connection(String id, String by, Instant termination) {
    Connection.Builder b =
        Connection.builder()
            .id(id)
            .account("A")
            .addRealizedBy(by)
            .addRecurringCharges(RecurringCharge.monthly(Money.of("100.00", "EUR")))
            .activation(START.minus(Duration.ofDays(30)));
    if (termination != null) {
      b.termination(termination);
    }
    return b.build();
  }

  /** The whole test network as one unit: steps run on the reach of the causes only. */
  private static final UnitModel.Compiled UNIT = compiled();

  private static UnitModel.Compiled compiled() {
    List<UnitModel.Element> elements = new ArrayList<>();
    for (String id : TOPOLOGY.elements()) {
      elements.add(
          new UnitModel.Element(
              id,
              TOPOLOGY.kind(id).orElseThrow(),
              Rules.encode(TOPOLOGY.rule(id), id),
              TOPOLOGY.supportersOf(id)));
    }
    return new UnitModel.Compiled(new UnitModel("unit:all", elements, CONNECTIONS, List.of(), 0L));
  }

  /** A version of a cause and when the stream learns it. */
  private record Arrival(Instant known, Cause cause) {}

  @Test
  void stepsEqualBatch() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(UnitStepTest::check);
  }

  static void check(long seed) {
    {
      Random rnd = new Random(seed);
      List<Arrival> arrivals = new ArrayList<>();
      List<Cause> finals = new ArrayList<>();
      Severity[] sev = {Severity.CRITICAL, Severity.MAJOR, Severity.MINOR};
      int n = 1 + rnd.nextInt(12);
      long minutes = Duration.between(START, END).toMinutes();
      for (int i = 0; i < n; i++) {
        Instant raised = START.plus(Duration.ofMinutes(rnd.nextInt((int) minutes - 60)));
        Cause.Builder b =
            Cause.alarm("A" + i)
                .element(ELEMENTS[rnd.nextInt(ELEMENTS.length)])
                .severity(sev[rnd.nextInt(sev.length)])
                .planned(rnd.nextInt(6) == 0)
                .raised(raised);
        Cause open = b.build();
        Instant openKnown = raised.plus(delay(rnd));
        arrivals.add(new Arrival(openKnown, open));
        Instant cleared = raised.plus(Duration.ofMinutes(1 + rnd.nextInt(3000)));
        Instant clearKnown = cleared.plus(delay(rnd));
        if (rnd.nextInt(5) > 0 && !clearKnown.isAfter(END)) {
          Cause closed = b.cleared(cleared).build();
          // as the alarm fold replays by event time, a clear that arrives before the
          // create is applied with the create
          arrivals.add(new Arrival(clearKnown.isAfter(openKnown) ? clearKnown : openKnown, closed));
          finals.add(closed);
        } else {
          finals.add(open);
        }
      }
      arrivals.sort(
          Comparator.comparing(Arrival::known).thenComparing(a -> a.cause().cleared().isPresent()));
      List<ServiceImpact> emitted = run(arrivals, rnd);
      List<ServiceImpact> expected = ENGINE.compute(TOPOLOGY, CONNECTIONS, finals, END).all();
      assertEquals(expected, join(emitted));
    }
  }

  private static Duration delay(Random rnd) {
    return Duration.ofMinutes(rnd.nextInt((int) LATENESS.toMinutes() + 1));
  }

  /** The unit function's loop: apply what is known, step, prune below the floor. */
  private static List<ServiceImpact> run(List<Arrival> arrivals, Random rnd) {
    Map<String, Cause> causes = new TreeMap<>();
    Instant floor = null;
    Instant closed = null;
    List<ServiceImpact> emitted = new ArrayList<>();
    int next = 0;
    Instant now = START;
    while (true) {
      boolean last = !now.isBefore(END);
      Instant t = last ? END : now;
      while (next < arrivals.size() && !arrivals.get(next).known().isAfter(t)) {
        Cause c = arrivals.get(next++).cause();
        if (closed != null) {
          Instant effect = UnitFunction.effect(causes.get(c.id()), c);
          if (effect != null && effect.isBefore(closed)) {
            throw new AssertionError("late in a stream that keeps the lateness: " + c);
          }
        }
        causes.put(c.id(), c);
      }
      Instant horizon = last ? END : t.minus(LATENESS);
      if (closed != null && horizon.isBefore(closed)) {
        horizon = closed;
      }
      java.util.Set<String> elements = new java.util.HashSet<>();
      causes.values().forEach(c -> elements.add(c.element()));
      UnitModel.Scope scope = UNIT.scope(elements);
      UnitStep.Result r =
          UnitStep.run(
              ENGINE,
              scope.topology,
              scope.connections,
              causes.values(),
              floor,
              closed,
              t,
              horizon,
              last,
              ZoneOffset.UTC);
      emitted.addAll(r.closed);
      floor = r.floor;
      closed = horizon;
      Instant f = floor;
      causes.values().removeIf(c -> c.cleared().isPresent() && !c.cleared().get().isAfter(f));
      if (last) {
        return emitted;
      }
      now = now.plus(Duration.ofMinutes(1 + rnd.nextInt(90)));
    }
  }

  /** Pieces joined back where a month end split them (same connection, class and d). */
  static List<ServiceImpact> join(List<ServiceImpact> pieces) {
    List<ServiceImpact> sorted = new ArrayList<>(pieces);
    sorted.sort(null);
    java.util.Map<String, Integer> lastOf = new java.util.HashMap<>();
    List<ServiceImpact> out = new ArrayList<>();
    for (ServiceImpact p : sorted) {
      String key = p.connection() + "|" + p.classification();
      Integer l = lastOf.get(key);
      if (l != null
          && out.get(l).window().end().equals(p.window().start())
          && out.get(l).degradation().compareTo(p.degradation()) == 0) {
        ServiceImpact q = out.get(l);
        out.set(
            l,
            ServiceImpact.builder()
                .from(q)
                .window(TimeWindow.of(q.window().start(), p.window().end()))
                .addAllCauses(p.causes())
                .build());
      } else {
        lastOf.put(key, out.size());
        out.add(p);
      }
    }
    out.sort(null);
    return out;
  }

  @Test
  void effectIsTheEarliestInstantAChangeCanAlter() {
    Cause open =
        Cause.alarm("1")
            .element("AGG")
            .severity(Severity.CRITICAL)
            .raised(Instant.parse("2025-03-04T02:10:00Z"))
            .build();
    Cause cleared =
        Cause.builder().from(open).cleared(Instant.parse("2025-03-04T05:40:00Z")).build();
    assertEquals(Instant.parse("2025-03-04T05:40:00Z"), UnitFunction.effect(open, cleared));
    assertEquals(open.raised(), UnitFunction.effect(null, open));
    assertEquals(open.raised(), UnitFunction.effect(cleared, null));
    assertEquals(
        open.raised(),
        UnitFunction.effect(open, Cause.builder().from(open).severity(Severity.MAJOR).build()));
    assertNull(UnitFunction.effect(open, open));
  }
}
