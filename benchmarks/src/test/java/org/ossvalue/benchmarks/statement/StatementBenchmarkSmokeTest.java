package org.ossvalue.benchmarks.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.RevenueAtRisk;

/**
 * The statement benchmark's quick mode, on both operators at 2,000 connections: the baseline and
 * the statement computed on the same impacts, the statement's revenue at risk per currency no more
 * than the baseline's (the double-count guard only removes). No timing.
 */
class StatementBenchmarkSmokeTest {

  @ParameterizedTest
  @ValueSource(strings = {"workload", "testkit"})
  void statementAndBaselineAgreeOnTheOperatorsImpacts(String operator) {
    StatementInputs in = StatementData.inputs(operator, 2_000);
    RevenueAtRisk baseline = StatementData.baseline(in);
    ValueStatement statement = ValueStatement.assess(in);

    assertFalse(baseline.entries().isEmpty());
    assertEquals(in.connections().size(), statement.connections().size());
    assertEquals(baseline.entries().size(), statement.impacts().size());
    assertFalse(statement.headline().connected().isEmpty());
    for (Money atRisk : statement.headline().atRisk()) {
      Money before =
          baseline.unplanned().all().stream()
              .filter(m -> m.currency().equals(atRisk.currency()))
              .findFirst()
              .orElse(Money.zero(atRisk.currency()));
      assertTrue(
          atRisk.amount().compareTo(before.amount()) <= 0,
          atRisk + " at risk in the statement, " + before + " before the guard");
    }
  }
}
