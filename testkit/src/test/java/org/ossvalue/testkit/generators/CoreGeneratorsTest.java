package org.ossvalue.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.testkit.quicktheories.QtGenerators;

/** The generators are functions of the seed, make valid values and reach the corners. */
class CoreGeneratorsTest {

  private static final TimeWindow MARCH = TimeWindow.parse("2025-03-01T00:00Z/2025-04-01T00:00Z");

  private static final List<Generator<?>> ALL =
      List.of(
          CoreGenerators.currencies(),
          CoreGenerators.money(),
          CoreGenerators.money("JPY"),
          CoreGenerators.degradations(),
          CoreGenerators.severities(),
          CoreGenerators.periods(),
          CoreGenerators.instants(MARCH),
          CoreGenerators.windows(MARCH),
          CoreGenerators.recurringCharges("KWD"),
          CoreGenerators.connections(),
          CoreGenerators.causes(List.of("R-1", "S-1"), MARCH),
          CoreGenerators.impacts("C-1", MARCH),
          CoreGenerators.combinationRules(),
          CoreGenerators.severityMappings(),
          CoreGenerators.slaTerms(),
          CoreGenerators.slaPolicies());

  @Test
  void theSameSeedGivesAnEqualValue() {
    for (Generator<?> g : ALL) {
      for (long seed : new long[] {0, 1, -1, Long.MAX_VALUE, 20250301}) {
        Object a = g.generate(seed);
        Object b = g.generate(seed);
        assertEquals(a.toString(), b.toString(), () -> g + " seed " + seed);
      }
    }
  }

  @Test
  void degradationsReachZeroOneAndInBetween() {
    Set<String> kinds = new HashSet<>();
    CoreGenerators.degradations()
        .samples(7)
        .limit(200)
        .forEach(
            d -> {
              assertTrue(d.signum() >= 0 && d.compareTo(BigDecimal.ONE) <= 0, d::toString);
              kinds.add(d.signum() == 0 ? "0" : d.compareTo(BigDecimal.ONE) == 0 ? "1" : "mid");
            });
    assertEquals(Set.of("0", "1", "mid"), kinds);
  }

  @Test
  void moneyComesInCurrenciesWithZeroTwoAndThreeMinorDigits() {
    Set<Integer> digits = new HashSet<>();
    CoreGenerators.money()
        .samples(3)
        .limit(300)
        .forEach(
            m -> {
              digits.add(Money.minorUnitDigits(m.currency()));
              assertEquals(0, m.compareTo(m.rounded()), m::toString);
            });
    assertEquals(Set.of(0, 2, 3), digits);
  }

  @Test
  void windowsStayInside() {
    qt().forAll(QtGenerators.windows(MARCH))
        .checkAssert(
            w -> {
              assertTrue(!w.isEmpty() && !w.start().isBefore(MARCH.start()), w::toString);
              assertTrue(!w.end().isAfter(MARCH.end()), w::toString);
            });
  }

  @Test
  void impactsAreWhatTheEngineMakesOrderedAndWithoutOverlapsPerClass() {
    qt().withExamples(300)
        .forAll(QtGenerators.impacts("C-1", MARCH))
        .checkAssert(
            (List<ServiceImpact> list) ->
                Impacts.builder().asOf(MARCH.end()).addAllAll(list).build());
  }

  @Test
  void connectionsCausesAndTopologiesWorkTogether() {
    qt().withExamples(50)
        .forAll(
            QtGenerators.topologies(),
            org.quicktheories.generators.SourceDSL.lists()
                .of(QtGenerators.connections())
                .ofSizeBetween(1, 8),
            org.quicktheories.generators.SourceDSL.lists()
                .of(QtGenerators.causes(List.of("R-0", "R-1", "S-3"), MARCH))
                .ofSizeBetween(0, 8))
        .checkAssert(
            (t, cs, causes) -> {
              List<org.ossvalue.core.Connection> distinct =
                  cs.stream()
                      .collect(
                          java.util.stream.Collectors.toMap(
                              org.ossvalue.core.Connection::id, c -> c, (a, b) -> a))
                      .values()
                      .stream()
                      .toList();
              List<org.ossvalue.core.Cause> distinctCauses =
                  causes.stream()
                      .collect(
                          java.util.stream.Collectors.toMap(
                              org.ossvalue.core.Cause::ref, c -> c, (a, b) -> a))
                      .values()
                      .stream()
                      .toList();
              Impacts impacts =
                  ImpactEngine.create().compute(t, distinct, distinctCauses, MARCH.end());
              assertTrue(
                  impacts.all().stream()
                      .allMatch(i -> i.window().end().compareTo(MARCH.end()) <= 0));
            });
  }
}
