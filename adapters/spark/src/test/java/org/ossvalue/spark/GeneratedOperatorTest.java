package org.ossvalue.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.LedgerKind;

/**
 * A generated operator valued on Spark (local[2]) gives the single-machine statement exactly: every
 * headline figure, section total and ledger total per currency to the last decimal, availability,
 * breakdowns by segment and offering, attribution, top impacts, product insight, exclusions and
 * gaps; for 1, 2 and 7 partitions.
 */
class GeneratedOperatorTest {

  /**
   * Connections of the generated operator: 2,000 in CI (time on a loaded 2-core machine, see
   * docs/performance.md); 20,000 and more with {@code -Dossvalue.spark.test.connections=N}.
   */
  static final int CONNECTIONS = Integer.getInteger("ossvalue.spark.test.connections", 2_000);

  private static SparkSession spark;
  private static GeneratedOperator operator;
  private static ValueStatement single;
  private static Map<String, String> expected;
  private static StatementTables tables;

  @BeforeAll
  static void generate() {
    long t0 = System.nanoTime();
    spark = SparkTestSession.spark();
    long t1 = System.nanoTime();
    operator = GeneratedOperator.of(42, CONNECTIONS);
    long t2 = System.nanoTime();
    single = operator.singleMachine();
    long t3 = System.nanoTime();
    expected = Digest.of(single);
    tables = operator.tables(spark);
    long t4 = System.nanoTime();
    System.err.printf(
        "session %d ms, generate %d ms, single machine %d ms, tables %d ms%n",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
  }

  @Test
  void sevenPartitionsGiveTheSingleMachineStatement() {
    long t0 = System.nanoTime();
    try (SparkStatementResult result = operator.job(7).assess(tables)) {
      System.err.printf("spark assess %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      ValueStatement s = result.statement();
      assertEquals(Map.of(), Digest.diff(expected, Digest.of(s)));
      assertEquals(single.connections().size(), result.connections().count());
      assertEquals(single.impacts().size(), result.impacts().count());
      assertEquals(single.ledgers().entries().size(), result.ledgerEntries().count());
      assertEquals(single.ledgers().excluded().size(), result.exclusions().count());
      for (LedgerKind kind : LedgerKind.values()) {
        assertEquals(
            Digest.money(single.ledgers().total(kind).all()),
            Digest.money(s.ledgers().total(kind).all()),
            kind.label());
      }
      assertTrue(single.headline().atRisk().stream().anyMatch(m -> m.signum() > 0));
      assertTrue(result.json().contains("\"headline\""), "the JSON statement");
    }
  }

  @Test
  void onePartitionGivesTheSameStatement() {
    try (SparkStatementResult result = operator.job(1).assess(tables)) {
      assertEquals(Map.of(), Digest.diff(expected, Digest.of(result.statement())));
    }
  }

  @Test
  void twoPartitionsGiveTheSameStatement() {
    try (SparkStatementResult result = operator.job(2).assess(tables)) {
      assertEquals(Map.of(), Digest.diff(expected, Digest.of(result.statement())));
    }
  }
}
