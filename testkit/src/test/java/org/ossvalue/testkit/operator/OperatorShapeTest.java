package org.ossvalue.testkit.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Severity;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValuation;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValue;
import org.ossvalue.core.valuation.fulfilment.OrderTiming;
import org.ossvalue.core.valuation.leakage.LeakageCheck;
import org.ossvalue.core.valuation.leakage.LeakageReport;
import org.ossvalue.core.valuation.sla.SlaCredits;
import org.ossvalue.core.valuation.sla.SlaEngine;
import org.ossvalue.core.valuation.sla.SlaPolicy;

/**
 * The generated operator has what the testkit promises: several currencies and segments, products
 * activated and terminated in the month, shared aggregation nodes, redundant pairs, k-of-n groups,
 * alarms of every severity (planned, overlapping, open at as-of), orders early, late and open, SLA
 * credits and a small leakage rate. Checked through the core's own valuation strategies.
 */
class OperatorShapeTest {

  private static final SyntheticOperator OP =
      SyntheticOperator.of(
          OperatorSpec.builder().seed(7).connections(4_000).alarmsPerConnection(0.2).build());
  private static final OperatorData DATA = OP.data();

  @Test
  void connectionsSpanSegmentsCurrenciesAndLifecycles() {
    List<Connection> cs = DATA.connections();
    assertEquals(4_000, cs.size());
    assertEquals(
        Set.of("residential", "smb", "enterprise"),
        cs.stream().map(c -> c.segment().orElseThrow()).collect(Collectors.toSet()));
    assertTrue(cs.stream().map(c -> c.currency().orElseThrow()).distinct().count() >= 2);
    assertTrue(
        cs.stream()
            .map(Connection::status)
            .collect(Collectors.toSet())
            .containsAll(
                Set.of(
                    ConnectionStatus.ACTIVE,
                    ConnectionStatus.PENDING_ACTIVE,
                    ConnectionStatus.TERMINATED)));
    assertTrue(
        cs.stream()
            .anyMatch(c -> c.activation().filter(OP.period().window()::contains).isPresent()));
    assertTrue(
        cs.stream()
            .anyMatch(c -> c.termination().filter(OP.period().window()::contains).isPresent()));
    assertTrue(cs.stream().anyMatch(c -> c.sla().isPresent()));
    assertTrue(cs.stream().map(c -> c.account()).distinct().count() < cs.size(), "shared accounts");
  }

  @Test
  void topologyHasSharedNodesRedundantPairsAndKOfNGroups() {
    Topology t = DATA.topology();
    Set<CombinationRule> rules = t.elements().stream().map(t::rule).collect(Collectors.toSet());
    assertTrue(
        rules.containsAll(
            Set.of(
                CombinationRule.allRequired(),
                CombinationRule.redundant(),
                CombinationRule.atLeast(2),
                CombinationRule.weightedMean())),
        rules::toString);
    String agg =
        t.elements().stream().filter(e -> e.startsWith("R-AGG-")).findFirst().orElseThrow();
    assertTrue(t.reach(agg, DATA.connections()).size() >= 100, "an aggregation router is shared");
  }

  @Test
  void alarmsArePlannedOverlappingOpenAndOfEverySeverity() {
    List<Cause> causes = DATA.causes();
    assertEquals(800, causes.size());
    assertEquals(
        Set.of(Severity.values()),
        causes.stream().map(Cause::severity).collect(Collectors.toSet()));
    assertTrue(causes.stream().anyMatch(Cause::planned));
    assertTrue(causes.stream().anyMatch(c -> c.cleared().isEmpty()));
    Map<String, Cause> last = new HashMap<>();
    boolean overlap = false;
    for (Cause c : causes) {
      Cause before = last.put(c.element(), c);
      overlap |= before != null && before.window(OP.asOf()).overlaps(c.window(OP.asOf()));
    }
    assertTrue(overlap, "some alarms overlap on one element");
    assertTrue(
        DATA.tickets().stream().allMatch(t -> t.alarms().size() == 1)
            && DATA.tickets().size() > 50);
    assertTrue(DATA.problems().stream().anyMatch(p -> !p.tickets().isEmpty()));
  }

  @Test
  void valuationFindsRiskCreditsFulfilmentAndASmallLeakage() {
    Impacts impacts =
        ImpactEngine.create()
            .compute(DATA.topology(), DATA.connections(), DATA.causes(), OP.asOf());
    RevenueAtRisk risk =
        RevenueAtRiskStrategy.calendarAccurate().assess(DATA.connections(), impacts, OP.period());
    assertTrue(risk.unplanned().all().stream().allMatch(m -> m.signum() > 0), risk::toString);
    assertTrue(!risk.planned().isEmpty(), risk::toString);

    SlaCredits credits =
        SlaEngine.of(DATA.slaTerms().stream().map(SlaPolicy::fromTerms).toList())
            .assess(DATA.connections(), impacts, OP.period());
    assertTrue(credits.unknownAgreements().isEmpty());
    assertTrue(
        credits.entries().stream().anyMatch(c -> c.credit().signum() > 0), credits::toString);

    FulfilmentValue fulfilment =
        FulfilmentValuation.defaults().assess(DATA.orders(), OP.period(), OP.asOf());
    assertTrue(!fulfilment.pulledForward().isEmpty(), fulfilment::toString);
    assertTrue(!fulfilment.delayed().isEmpty(), fulfilment::toString);
    assertTrue(fulfilment.orders().stream().anyMatch(OrderTiming::lateAtAsOf));

    LeakageReport leakage =
        LeakageCheck.defaults()
            .assess(DATA.connections(), DATA.bills(), DATA.billLines(), DATA.usage(), OP.period());
    long findings = leakage.findings().stream().filter(f -> f.leakage().signum() > 0).count();
    long active =
        DATA.connections().stream()
            .filter(c -> c.activeWindow(OP.period().window()).isPresent())
            .count();
    double rate = findings / (double) active;
    assertTrue(
        rate > 0.002 && rate < 0.03, "leakage rate " + rate + " (" + findings + " findings)");
    assertTrue(!leakage.notAssessable().isEmpty());
    assertTrue(leakage.usageBilled().all().stream().allMatch(m -> m.signum() > 0));
    for (org.ossvalue.core.Money billed : leakage.usageBilled().all()) {
      // Rated usage of accounts without a bill is not billed; the rest is billed as rated.
      assertTrue(billed.compareTo(leakage.usageRated().get(billed.currency())) <= 0);
    }
    assertTrue(
        leakage.overcharges().all().stream()
            .allMatch(
                m ->
                    m.compareTo(m.rounded()) == 0
                        && m.amount().abs().compareTo(BigDecimal.ONE) < 0),
        "no overcharge beyond rounding");
  }
}
