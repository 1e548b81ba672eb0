package org.ossvalue.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.ledger.GuardRule;

/**
 * A generated operator of 100,000 connections valued on Spark (local[2]) equals the core's
 * single-machine computation exactly: every ledger total per currency as exact decimals, every
 * impact and ledger entry, the guard's exclusions, availability; for 1, 2 and 7 partitions and
 * both partitionings.
 */
class GeneratedOperatorTest {

  private static final int CONNECTIONS = 100_000;

  private static SparkSession spark;
  private static GeneratedBase base;
  private static CoreReference core;
  private static ValuationInputs inputs;

  @BeforeAll
  static void generate() {
    spark = SparkTestSession.spark();
    base = GeneratedBase.of(CONNECTIONS);
    core = CoreReference.of(base);
    inputs = base.inputs(spark);
  }

  @AfterAll
  static void release() {
    base = null;
    core = null;
  }

  private static ValuationResult run(Partitioning partitioning, int partitions) {
    return SparkValuation.builder()
        .period(base.period())
        .asOf(base.asOf())
        .partitioning(partitioning)
        .partitions(partitions)
        .build()
        .run(inputs);
  }

  @Test
  void everyFigureEqualsTheSingleMachineComputationWithSevenPartitions() {
    try (ValuationResult result = run(Partitioning.upstream(), 7)) {
      Compare.totals(core, result);
      assertEquals(Compare.impacts(core), Compare.impacts(result.impacts().collectAsList()));
      assertEquals(
          Compare.entries(core), Compare.entries(result.ledgerEntries().collectAsList()));
      assertEquals(core.ledgers().excluded().size(), result.exclusions().count(), "exclusions");
      assertEquals(core.credits().entries().size(), result.slaCredits().count(), "SLA cases");
      assertEquals(core.leakage().findings().size(), result.leakageFindings().count());
      assertEquals(core.leakage().accounts().size(), result.leakageAccounts().count());
      assertEquals(core.fulfilment().figures().size(), result.fulfilmentFigures().count());
      assertEquals(core.usageRated(), result.usageRated());
      Compare.availability(core, result);
    }
  }

  @Test
  void theGeneratedBaseExercisesEveryLedgerAndEveryGuardRuleThatApplies() {
    // Without this, equal totals could hide a stage that produced nothing on either side.
    for (LedgerKind kind :
        List.of(
            LedgerKind.REVENUE_AT_RISK_UNPLANNED,
            LedgerKind.REVENUE_AT_RISK_PLANNED,
            LedgerKind.USAGE_LOST,
            LedgerKind.CREDITS_OWED,
            LedgerKind.LEAKAGE,
            LedgerKind.PULLED_FORWARD,
            LedgerKind.DELAYED)) {
      assertFalse(core.ledgers().ledger(kind).entries().isEmpty(), kind.toString());
      assertTrue(core.ledgers().total(kind).currencies().size() == 2, kind + " in EUR and GBP");
    }
    for (GuardRule rule :
        List.of(
            GuardRule.REVENUE_AT_RISK_FULLY_CREDITED,
            GuardRule.USAGE_LOST_FULLY_CREDITED,
            GuardRule.PULLED_FORWARD_NOT_BILLED)) {
      assertTrue(
          core.ledgers().excluded().stream().anyMatch(x -> x.rule() == rule), rule.toString());
    }
  }

  @Test
  void totalsDoNotDependOnTheNumberOfPartitions() {
    for (int partitions : new int[] {1, 2}) {
      try (ValuationResult result = run(Partitioning.upstream(), partitions)) {
        Compare.totals(core, result);
        assertEquals(core.impacts().all().size(), result.impacts().count(), partitions + "");
      }
    }
  }

  @Test
  void wholeComponentsGiveTheSameFigures() {
    try (ValuationResult result = run(Partitioning.components(), 2)) {
      Compare.totals(core, result);
      List<Row> excluded = result.exclusions().collectAsList();
      assertEquals(core.ledgers().excluded().size(), excluded.size());
    }
  }
}
