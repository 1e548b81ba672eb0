package org.ossvalue.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.testkit.operator.SyntheticOperator;
import org.ossvalue.testkit.operator.TmfLayout;
import org.ossvalue.testkit.operator.TmfVersion;
import org.ossvalue.testkit.operator.WriteOptions;

/**
 * The example job on a generated TMF export (what {@code ossvalue generate} writes): it reads the
 * export in parallel on the executors ({@code --tmf-lake}), states it on Spark, writes the JSON and
 * the tables, and its single-machine check (the CLI's read and computation over the same export)
 * finds the read report and every figure equal.
 */
class StatementJobTest {

  @Test
  void theJobStatesAGeneratedExportAsTheSingleMachineDoes(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.spark();
    Path export = dir.resolve("export");
    SyntheticOperator.of(7, 1_000)
        .writeTmf(export, WriteOptions.of(TmfVersion.V5, TmfLayout.NDJSON));
    Path out = dir.resolve("out");
    int status =
        StatementJob.run(
            spark,
            StatementJob.Arguments.parse(
                new String[] {
                  "--tmf-lake",
                  export.toUri().toString(),
                  "--month",
                  "2025-03",
                  "--as-of",
                  "2025-04-01T00:00:00Z",
                  "--partitions",
                  "3",
                  "--cut",
                  "network",
                  "--check-single-machine",
                  "--out",
                  out.toString()
                }));
    assertEquals(0, status);
    String json = Files.readString(out.resolve("statement.json"));
    assertTrue(json.contains("\"headline\""), json.substring(0, Math.min(200, json.length())));
    assertTrue(Files.isDirectory(out.resolve("ledgerEntries")));
    assertTrue(spark.read().parquet(out.resolve("totals").toString()).count() > 0);
  }
}
