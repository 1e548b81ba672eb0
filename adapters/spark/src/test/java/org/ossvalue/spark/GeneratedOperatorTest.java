package org.ossvalue.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.statement.ValueStatement;

/**
 * Generated operators valued on Spark (local[2]) give the single-machine statement exactly: every
 * headline figure, section total and ledger total per currency to the last decimal, ledger entry
 * and exclusion counts, availability, breakdowns by segment and offering, attribution and its game,
 * top impacts, product insight, exclusions and gaps.
 *
 * <p>The large operator (100,000 connections) is stated on 7 partitions with its ledgers kept in
 * the lake (ledger totals from the run's exact figures, entries counted in its table); the
 * independence of the number of partitions and of how units are cut (1, 2 and 7 units cut by
 * account, 7 cut by network; ledgers collected on the driver and compared entry by entry through
 * their totals and counts) on a smaller one, whose size a system property raises: {@code
 * -Dossvalue.spark.test.partitionsConnections=100000 -Dspark.test.heap=12g} runs them all at
 * 100,000 (docs/performance.md gives the times).
 */
class GeneratedOperatorTest {

  /** Connections of the large operator. */
  static final int CONNECTIONS = Integer.getInteger("ossvalue.spark.test.connections", 100_000);

  /** Connections of the operator stated on 1, 2 and 7 partitions. */
  static final int PARTITIONS_CONNECTIONS =
      Integer.getInteger("ossvalue.spark.test.partitionsConnections", 5_000);

  private static SparkSession spark;
  private static Reference large;
  private static Reference small;

  /** A generated operator's Spark tables and what one JVM computes of it (the reference). */
  private static final class Reference {
    final java.time.Instant asOf;
    final org.ossvalue.core.ReportingPeriod period;
    final Map<String, String> expected;
    final Map<String, String> expectedLake;
    final int connections;
    final int impacts;
    final StatementTables tables;

    Reference(long seed, int size) {
      long t0 = System.nanoTime();
      GeneratedOperator operator = GeneratedOperator.of(seed, size);
      period = operator.data.period();
      asOf = operator.data.asOf();
      long t1 = System.nanoTime();
      ValueStatement single = operator.singleMachine();
      long t2 = System.nanoTime();
      expected = Digest.of(single);
      expectedLake = Digest.forLake(single);
      connections = single.connections().size();
      impacts = single.impacts().size();
      assertTrue(single.headline().atRisk().stream().anyMatch(m -> m.signum() > 0));
      assertTrue(single.headline().protectedRevenue().stream().anyMatch(m -> m.signum() > 0));
      // Only the figures and the tables are kept: the Spark runs get the heap.
      tables = operator.tables(spark);
      System.err.printf(
          "%,d connections: generate %d ms, single machine %d ms%n",
          size, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    SparkStatement job(int partitions, boolean ledgersOnDriver, UnitCut cut) {
      return SparkStatement.builder()
          .period(period)
          .asOf(asOf)
          .partitions(partitions)
          .ledgersOnDriver(ledgersOnDriver)
          .cut(cut)
          .build();
    }
  }

  @BeforeAll
  static void generate() {
    spark = SparkTestSession.spark();
    large = new Reference(42, CONNECTIONS);
    small =
        CONNECTIONS == PARTITIONS_CONNECTIONS ? large : new Reference(43, PARTITIONS_CONNECTIONS);
  }

  @Test
  void largeOperatorOnSevenPartitionsGivesTheSingleMachineStatement() {
    long t0 = System.nanoTime();
    try (SparkStatementResult result =
        large.job(7, false, UnitCut.BY_ACCOUNT).assess(large.tables)) {
      Map<String, String> actual = Digest.ofLake(result);
      System.err.printf(
          "%,d connections on 7 partitions: %d ms%n",
          CONNECTIONS, (System.nanoTime() - t0) / 1_000_000);
      assertEquals(Map.of(), Digest.diff(large.expectedLake, actual));
      assertEquals(large.connections, result.connections().count());
      assertEquals(large.impacts, result.impacts().count());
      assertTrue(result.json().contains("\"headline\""), "the JSON statement");
    }
  }

  @Test
  void sevenPartitionsGiveTheSingleMachineStatementWithItsLedgers() {
    assertSameOn(7, UnitCut.BY_ACCOUNT);
  }

  @Test
  void sevenUnitsCutByNetworkGiveTheSameStatement() {
    assertSameOn(7, UnitCut.BY_NETWORK);
  }

  @Test
  void onePartitionGivesTheSameStatement() {
    assertSameOn(1, UnitCut.BY_ACCOUNT);
  }

  @Test
  void twoPartitionsGiveTheSameStatement() {
    assertSameOn(2, UnitCut.BY_ACCOUNT);
  }

  private static void assertSameOn(int partitions, UnitCut cut) {
    long t0 = System.nanoTime();
    try (SparkStatementResult result = small.job(partitions, true, cut).assess(small.tables)) {
      System.err.printf(
          "%,d connections on %d partitions, %s: %d ms%n",
          PARTITIONS_CONNECTIONS, partitions, cut, (System.nanoTime() - t0) / 1_000_000);
      assertEquals(Map.of(), Digest.diff(small.expected, Digest.of(result.statement())));
      assertEquals(small.connections, result.connections().count());
      assertEquals(small.impacts, result.impacts().count());
    }
  }
}
