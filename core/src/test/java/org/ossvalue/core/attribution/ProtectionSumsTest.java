package org.ossvalue.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.Money;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.RandomOperator;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * The default model's {@link CounterfactualModel#sums} (factorised, summed as it computes) gives
 * exactly the sums of its full assessment ({@link ProtectionSums#of}): every coalition's value in
 * every currency at every bound, the protected totals and every connection's range.
 */
class ProtectionSumsTest {

  private static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");

  @Test
  void netCoSumsAreTheSumsOfTheFullAssessment() {
    CounterfactualModel model = CounterfactualModel.defaults();
    RevenueAtRisk risk =
        RevenueAtRiskStrategy.calendarAccurate()
            .assess(
                NetCo.connections(),
                ImpactEngine.create()
                    .compute(NetCo.topology(), NetCo.connections(), NetCo.alarms(), NetCo.AS_OF),
                NetCo.MARCH);
    ProtectionSums fast =
        model.sums(
            risk,
            NetCo.connections(),
            NetCo.alarms(),
            NetCoRecords.tickets(),
            NetCoRecords.problems());
    assertSame(
        ProtectionSums.of(
            model.assess(
                risk,
                NetCo.connections(),
                NetCo.alarms(),
                NetCoRecords.tickets(),
                NetCoRecords.problems())),
        fast);
    assertEquals("[32.22 EUR, 1.29 GBP]", fast.protectedAt(Bound.CENTRAL).rounded().toString());
    assertEquals(
        "ProtectionSums{" + fast.impacts() + " impacts, central [32.22 EUR, 1.29 GBP]}",
        fast.toString());
    assertThrows(
        IllegalArgumentException.class, () -> fast.value(Money.currency("EUR"), Bound.LOW, 16));
  }

  @Test
  void sumsEqualTheFullAssessmentOnRandomOperatorsWithTicketsAndProblems() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomOperator o = RandomOperator.of(seed);
              Random r = new Random(seed ^ 0x5DEECE66DL);
              List<TroubleTicket> tickets = tickets(o, r);
              List<ServiceProblem> problems = problems(o, tickets, r);
              CounterfactualModel model = model(r);
              RevenueAtRisk risk =
                  RevenueAtRiskStrategy.calendarAccurate()
                      .assess(
                          o.connections,
                          ImpactEngine.create()
                              .compute(o.topology, o.connections, o.causes, o.asOf),
                          MARCH);
              assertSame(
                  ProtectionSums.of(model.assess(risk, o.connections, o.causes, tickets, problems)),
                  model.sums(risk, o.connections, o.causes, tickets, problems));
            });
  }

  private static void assertSame(ProtectionSums expected, ProtectionSums actual) {
    assertEquals(expected.impacts(), actual.impacts());
    assertEquals(expected.currencies(), actual.currencies());
    for (Currency c : expected.currencies()) {
      for (Bound b : Bound.values()) {
        for (int mask = 0; mask < 16; mask++) {
          assertEquals(
              0,
              expected.value(c, b, mask).compareTo(actual.value(c, b, mask)),
              c
                  + " "
                  + b
                  + " mask "
                  + mask
                  + ": "
                  + expected.value(c, b, mask)
                  + " vs "
                  + actual.value(c, b, mask));
        }
      }
    }
    for (Bound b : Bound.values()) {
      assertEquals(expected.protectedAt(b), actual.protectedAt(b));
    }
    assertEquals(expected.byConnection(), actual.byConnection());
    assertEquals(
        new ArrayList<>(expected.byConnection().keySet()),
        new ArrayList<>(actual.byConnection().keySet()));
  }

  /** Default players with random parameters (zero recurrence or change share included). */
  private static CounterfactualModel model(Random r) {
    return CounterfactualModel.of(
        CounterfactualConfig.builder()
            .detectionDelayMinutes(range(r, 0, 60))
            .restoreMultiplier(range(r, 1, 3))
            .recurrence(range(r, 0, 1))
            .changeCausedShare(range(r, 0, 1))
            .build(),
        RevenueAtRiskStrategy.calendarAccurate());
  }

  private static ParameterRange range(Random r, int from, int to) {
    List<String> v = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      v.add(r.nextInt(4) == 0 ? Integer.toString(from) : from + "." + (1 + r.nextInt(999)));
    }
    Collections.sort(
        v, (a, b) -> new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)));
    return ParameterRange.of(v.get(0), v.get(1), v.get(2));
  }

  /** Tickets naming random alarms and elements or connections, some opened after impacts end. */
  private static List<TroubleTicket> tickets(RandomOperator o, Random r) {
    List<String> names = new ArrayList<>();
    o.connections.forEach(c -> names.add(c.id()));
    o.connections.forEach(c -> names.addAll(c.realizedBy()));
    List<String> alarms = new ArrayList<>();
    for (Cause c : o.causes) {
      if (c.ref().kind() == CauseKind.ALARM) {
        alarms.add(c.ref().id());
      }
    }
    List<TroubleTicket> tickets = new ArrayList<>();
    int n = r.nextInt(8);
    Instant start = MARCH.from();
    for (int i = 0; i < n; i++) {
      TroubleTicket.Builder t =
          TroubleTicket.builder()
              .id("TT-" + i)
              .created(start.plus(Duration.ofMinutes(r.nextInt(60 * 60))))
              .status("inProgress");
      if (!alarms.isEmpty() && r.nextBoolean()) {
        t.addAlarms(alarms.get(r.nextInt(alarms.size())));
      }
      if (!names.isEmpty() && r.nextBoolean()) {
        t.addElements(names.get(r.nextInt(names.size())));
      }
      tickets.add(t.build());
    }
    return tickets;
  }

  private static List<ServiceProblem> problems(
      RandomOperator o, List<TroubleTicket> tickets, Random r) {
    List<ServiceProblem> problems = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      ServiceProblem.Builder p =
          ServiceProblem.builder().id("SP-" + i).created(MARCH.from()).status("inProgress");
      if (!o.causes.isEmpty() && r.nextBoolean()) {
        p.addAlarms(o.causes.get(r.nextInt(o.causes.size())).ref().id());
      }
      if (!tickets.isEmpty() && r.nextBoolean()) {
        p.addTickets(tickets.get(r.nextInt(tickets.size())).id());
      }
      problems.add(p.build());
    }
    return problems;
  }
}
