package org.ossvalue.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.Scenario;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.Severity;
import org.ossvalue.core.TimeWindow;
import org.quicktheories.core.Gen;

class ImpactEngineTest {

  private static final ImpactEngine ENGINE = ImpactEngine.create();

  static Gen<Scenario> scenarios() {
    return longs().all().map(Scenario::of).describedAs(Scenario::toString);
  }

  @Test
  void plannedWorkOnTopOfAnOutageAddsOnlyWhatItAdds() {
    Topology t = Topology.builder().resource("R").service("S", "R").build();
    Connection c =
        Connection.builder()
            .id("C")
            .account("A")
            .activation(Instant.parse("2025-01-01T00:00:00Z"))
            .addRecurringCharges(RecurringCharge.monthly(Money.of("100", "EUR")))
            .addRealizedBy("S")
            .build();
    Cause degrade =
        Cause.alarm("1")
            .element("R")
            .severity(Severity.MAJOR)
            .raised(Instant.parse("2025-03-01T00:00:00Z"))
            .cleared(Instant.parse("2025-03-01T02:00:00Z"))
            .build();
    Cause maintenance =
        Cause.plannedWork("MW-1")
            .element("S")
            .severity(Severity.CRITICAL)
            .raised(Instant.parse("2025-03-01T01:00:00Z"))
            .cleared(Instant.parse("2025-03-01T03:00:00Z"))
            .build();
    Impacts impacts =
        ENGINE.compute(
            t, List.of(c), List.of(degrade, maintenance), Instant.parse("2025-04-01T00:00:00Z"));
    List<String> lines = new ArrayList<>();
    for (ServiceImpact i : impacts.all()) {
      lines.add(
          i.window()
              + " "
              + i.degradation().toPlainString()
              + " "
              + i.classification()
              + " "
              + i.causes());
    }
    assertEquals(
        List.of(
            "[2025-03-01T00:00:00Z, 2025-03-01T02:00:00Z) 0.5 unplanned [alarm:1]",
            "[2025-03-01T01:00:00Z, 2025-03-01T02:00:00Z) 0.5 planned [plannedWork:MW-1]",
            "[2025-03-01T02:00:00Z, 2025-03-01T03:00:00Z) 1 planned [plannedWork:MW-1]"),
        lines);
  }

  @Test
  void causesOnUnknownElementsAreReportedNotLost() {
    Cause stray =
        Cause.alarm("9")
            .element("NOWHERE")
            .severity(Severity.CRITICAL)
            .raised(Scenario.MONTH_START)
            .build();
    Impacts impacts = ENGINE.compute(Topology.empty(), List.of(), List.of(stray), Scenario.AS_OF);
    assertEquals(new TreeSet<>(List.of(CauseRef.parse("alarm:9"))), impacts.unresolvedCauses());
  }

  @Test
  void resultDoesNotDependOnTheOrderOfInputs() {
    qt().forAll(scenarios(), longs().all())
        .check(
            (s, seed) -> {
              List<Cause> causes = new ArrayList<>(s.causes);
              List<Connection> connections = new ArrayList<>(s.connections);
              Collections.shuffle(causes, new Random(seed));
              Collections.shuffle(connections, new Random(seed + 1));
              return ENGINE
                  .compute(s.topology, connections, causes, Scenario.AS_OF)
                  .equals(ENGINE.compute(s.topology, s.connections, s.causes, Scenario.AS_OF));
            });
  }

  @Test
  void addingACauseNeverLowersAnyDegradationAtAnyInstant() {
    qt().forAll(scenarios(), longs().all())
        .check(
            (s, salt) -> {
              Impacts before = ENGINE.compute(s.topology, s.connections, s.causes, Scenario.AS_OF);
              List<Cause> more = new ArrayList<>(s.causes);
              more.add(s.extraCause(salt));
              Impacts after = ENGINE.compute(s.topology, s.connections, more, Scenario.AS_OF);
              for (Connection c : s.connections) {
                for (Instant t : boundaries(before, after, c.id())) {
                  if (after.degradationAt(c.id(), t).compareTo(before.degradationAt(c.id(), t))
                      < 0) {
                    return false;
                  }
                }
              }
              return true;
            });
  }

  @Test
  void totalDegradationStaysWithinZeroAndOne() {
    qt().forAll(scenarios())
        .check(
            s -> {
              Impacts impacts = ENGINE.compute(s.topology, s.connections, s.causes, Scenario.AS_OF);
              for (ServiceImpact i : impacts.all()) {
                BigDecimal d = impacts.degradationAt(i.connection(), i.window().start());
                if (d.signum() <= 0 || d.compareTo(BigDecimal.ONE) > 0) {
                  return false;
                }
              }
              return true;
            });
  }

  private static List<Instant> boundaries(Impacts a, Impacts b, String connection) {
    TreeSet<Instant> instants = new TreeSet<>();
    for (Impacts impacts : List.of(a, b)) {
      for (ServiceImpact i : impacts.forConnection(connection)) {
        TimeWindow w = i.window();
        instants.add(w.start());
        instants.add(w.end());
      }
    }
    return new ArrayList<>(instants);
  }
}
