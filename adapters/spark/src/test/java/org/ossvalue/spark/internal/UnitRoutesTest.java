package org.ossvalue.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Units reach partitions one to one: the rows of unit p land in partition p and no partition is
 * left empty, for numbers of units where keying by p itself collides (2 units: both in partition 1;
 * 7: four partitions; 200: 72 empty). {@code UnitCutTest} checks the same on real envelopes.
 */
class UnitRoutesTest {

  @Test
  void everyUnitLandsInThePartitionOfItsNumber() {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("ossvalue-spark-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    for (int n : new int[] {1, 2, 3, 4, 7, 16, 200}) {
      // Three rows a unit.
      List<Row> placed =
          Units.routed(spark.range(3L * n).select(col("id").mod(n).cast("int").as("p")), n)
              .select(spark_partition_id(), col("p"))
              .distinct()
              .collectAsList();
      for (Row r : placed) {
        assertEquals(r.getInt(1), r.getInt(0), n + " units: unit in partition " + r.getInt(0));
      }
      assertEquals(n, placed.size(), n + " units, each in one partition: " + placed.size());
    }
  }

  @Test
  void routesAreDistinctAndSmall() {
    int[] routes = Units.routes(2_000);
    assertEquals(2_000, java.util.Arrays.stream(routes).distinct().count());
    for (int r : routes) {
      assertTrue(r >= 0 && r < 100_000, "route " + r);
    }
  }
}
