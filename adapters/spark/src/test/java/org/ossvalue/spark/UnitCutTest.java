package org.ossvalue.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.Severity;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.spark.internal.Units;

/**
 * How the two cuts place records, on four aggregation regions of ten single-connection accounts, an
 * alarm on each region's router, and twelve accounts whose connections name no element, cut into
 * two units: by network, each region's accounts share a unit, each router and its alarm are in
 * exactly one unit, and the accounts without elements spread by hash; by account hash, routers and
 * alarms are copied into both. Both give every connection to exactly one unit, and every unit's
 * records to the partition of the same number ({@code UnitRoutesTest} checks the routing for other
 * numbers of units). (That the figures are the same either way is {@link GeneratedOperatorTest}'s;
 * {@link UnitCutRows} counts the rows on a generated operator.)
 */
class UnitCutTest {

  private static final int REGIONS = 4;
  private static final int PER_REGION = 10;

  /** Accounts whose connections name no element: placed by hash, whatever the cut. */
  private static final int UNPLACED = 12;

  private static StatementTables tables;

  @BeforeAll
  static void base() {
    SparkSession spark = SparkTestSession.spark();
    Topology.Builder network = Topology.builder();
    List<Connection> connections = new ArrayList<>();
    List<Cause> causes = new ArrayList<>();
    for (int r = 0; r < REGIONS; r++) {
      String agg = "AGG-" + r;
      network.resource(agg);
      for (int i = 0; i < PER_REGION; i++) {
        String cpe = "CPE-" + r + "-" + i;
        network.service(cpe, agg);
        connections.add(
            Connection.builder()
                .id("C-" + r + "-" + i)
                .account("ACC-" + r + "-" + i)
                .addRealizedBy(cpe)
                .addRecurringCharges(RecurringCharge.monthly(Money.of("30.00", "EUR")))
                .activation(Instant.parse("2025-01-01T00:00:00Z"))
                .build());
      }
      causes.add(
          Cause.alarm("ALM-" + r)
              .element(agg)
              .severity(Severity.CRITICAL)
              .raised(Instant.parse("2025-03-10T10:00:00Z"))
              .cleared(Instant.parse("2025-03-10T11:00:00Z"))
              .build());
    }
    for (int i = 0; i < UNPLACED; i++) {
      connections.add(
          Connection.builder()
              .id("C-X-" + i)
              .account("ACC-X-" + i)
              .addRecurringCharges(RecurringCharge.monthly(Money.of("30.00", "EUR")))
              .activation(Instant.parse("2025-01-01T00:00:00Z"))
              .build());
    }
    tables =
        StatementTables.builder(spark)
            .connections(connections)
            .topology(network.build())
            .causes(causes)
            .build();
  }

  @Test
  void byNetworkARegionIsInOneUnit() {
    Placement p = placement(true);
    assertEquals(REGIONS * PER_REGION + UNPLACED, p.rows("connections"));
    assertEquals(REGIONS, p.rows("causes"), "each alarm once");
    assertEquals(2, p.unitsOfUnplaced.size(), "accounts without elements spread by hash");
    assertEquals(REGIONS * PER_REGION + REGIONS, p.rows("elements"), "each router once");
    for (int r = 0; r < REGIONS; r++) {
      assertEquals(1, p.unitsOfRegion.get(r).size(), "region " + r + " " + p.unitsOfRegion);
    }
    assertEquals(2, Set.copyOf(p.unitsOfRegion.values()).size(), "two regions a unit");
  }

  @Test
  void byAccountRoutersAndAlarmsAreCopied() {
    Placement p = placement(false);
    assertEquals(REGIONS * PER_REGION + UNPLACED, p.rows("connections"));
    assertTrue(p.rows("causes") > REGIONS, "alarms copied: " + p.rows);
    assertTrue(
        p.unitsOfRegion.values().stream().anyMatch(u -> u.size() == 2), p.unitsOfRegion::toString);
  }

  /** Every row is in the partition numbered as its unit, and every unit has rows. */
  private static void assertInTheirOwnPartitions(Dataset<Row> envelopes, int units) {
    List<Row> placed = envelopes.select(spark_partition_id(), col("p")).distinct().collectAsList();
    for (Row r : placed) {
      assertEquals(r.getInt(1), r.getInt(0), "unit (right) in partition (left): " + placed);
    }
    assertEquals(units, placed.size(), "units with rows: " + placed);
  }

  /** Where the envelope put the records. */
  private static final class Placement {
    final Map<String, Long> rows = new HashMap<>();
    final Map<Integer, Set<Integer>> unitsOfRegion = new HashMap<>();
    final Set<Integer> unitsOfUnplaced = new HashSet<>();

    long rows(String table) {
      return rows.getOrDefault(table, 0L);
    }
  }

  private static Placement placement(boolean byNetwork) {
    Units units = new Units(2, byNetwork);
    try {
      Dataset<Row> envelopes = units.envelopes(tables);
      assertInTheirOwnPartitions(envelopes, 2);
      Placement p = new Placement();
      for (Row r : envelopes.groupBy(col("t")).count().collectAsList()) {
        p.rows.put(Units.TABLES.get(r.getInt(0)), r.getLong(1));
      }
      for (Row r :
          envelopes
              .filter(col("connections").isNotNull())
              .select("p", "connections.id")
              .collectAsList()) {
        String region = r.getString(1).split("-")[1];
        if (region.equals("X")) {
          p.unitsOfUnplaced.add(r.getInt(0));
        } else {
          p.unitsOfRegion
              .computeIfAbsent(Integer.parseInt(region), k -> new HashSet<>())
              .add(r.getInt(0));
        }
      }
      return p;
    } finally {
      units.persisted().forEach(Dataset::unpersist);
    }
  }
}
