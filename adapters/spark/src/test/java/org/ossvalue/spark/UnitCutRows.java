package org.ossvalue.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ossvalue.spark.internal.Units;

/**
 * A main, not a test: how many rows of each table the units receive, cut by account and by network,
 * for a generated operator — the copies of shared records docs/spark.md quotes.
 *
 * <p>Arguments: connections (default 20000), seed (default 44), the numbers of units (default
 * {@code 8,16}).
 */
public final class UnitCutRows {

  private UnitCutRows() {}

  /** Prints one line per number of units and cut: rows per table, and the distinct records. */
  public static void main(String[] args) {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 44;
    String[] unitCounts = (args.length > 2 ? args[2] : "8,16").split(",");
    StatementTables tables =
        GeneratedOperator.of(seed, connections).tables(SparkTestSession.spark());
    Map<String, Long> distinct = new TreeMap<>();
    for (String table : Units.TABLES) {
      distinct.put(table, tables.table(table).count());
    }
    System.out.println("distinct records: " + distinct);
    for (String u : unitCounts) {
      for (boolean byNetwork : new boolean[] {false, true}) {
        Units units = new Units(Integer.parseInt(u), byNetwork);
        try {
          Map<String, Long> rows = new TreeMap<>();
          for (Row r : units.envelopes(tables).groupBy(col("t")).count().collectAsList()) {
            rows.put(Units.TABLES.get(r.getInt(0)), r.getLong(1));
          }
          System.out.printf("%s units, by %s: %s%n", u, byNetwork ? "network" : "account", rows);
        } finally {
          units.persisted().forEach(Dataset::unpersist);
        }
      }
    }
  }
}
