package org.ossvalue.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.testkit.operator.EventMode;
import org.ossvalue.testkit.operator.SyntheticOperator;
import org.ossvalue.testkit.operator.TmfLayout;
import org.ossvalue.testkit.operator.TmfVersion;
import org.ossvalue.testkit.operator.WriteOptions;
import org.ossvalue.tmf.FileReport;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.TmfReader;
import org.ossvalue.tmf.TmfRejectedException;

/**
 * A TMF export read in parallel by the executors ({@link TmfLake}) gives the tables the driver's
 * read ({@link TmfTables}) gives and the report {@link TmfReader#readDirectory} gives, message for
 * message — NDJSON split into line ranges across tasks, JSON arrays one file per task, with
 * duplicates, broken lines and unresolved references across the ranges.
 */
class TmfLakeTest {

  @Test
  void ndjsonInLineRangesWithDuplicatesAndBrokenLines(@TempDir Path dir) throws IOException {
    Path export = dir.resolve("export");
    SyntheticOperator.of(11, 600)
        .writeTmf(export, WriteOptions.of(TmfVersion.V5, TmfLayout.NDJSON));
    List<String> products = Files.readAllLines(export.resolve("product.ndjson"));
    append(
        export.resolve("product.ndjson"),
        "",
        products.get(3),
        "{\"id\":",
        products.get(products.size() - 1).replace("\"realizingService\"", "\"x\""),
        "   ");
    append(
        export.resolve("alarm.ndjson"),
        "{\"id\":\"A-NOWHERE\",\"alarmedObject\":{\"id\":\"NOWHERE\"},"
            + "\"perceivedSeverity\":\"major\",\"alarmRaisedTime\":\"2025-03-02T01:00:00Z\","
            + "\"alarmType\":\"x\",\"probableCause\":\"y\",\"state\":\"raised\"}");
    Files.writeString(export.resolve("notes.txt"), "not TMF");
    Files.createDirectory(export.resolve("archive"));
    Files.writeString(export.resolve("serviceProblem.ndjson"), "\n\n");

    ReadReport report = assertSameAsDriver(export);
    FileReport p = report.file("product.ndjson").orElseThrow();
    assertEquals(2, p.duplicates(), report::toString);
    assertTrue(p.rejected() >= 1, report::toString);
    assertTrue(
        report.warnings().stream().anyMatch(w -> w.reason().contains("NOWHERE")), report::toString);
    assertTrue(
        report.warnings().stream().anyMatch(w -> w.file().equals("archive/")), report::toString);
    assertTrue(
        report.warnings().stream()
            .anyMatch(
                w -> w.file().equals("serviceProblem.ndjson") && w.reason().contains("empty")),
        report::toString);
  }

  @Test
  void jsonArraysOneFilePerTask(@TempDir Path dir) {
    Path export = dir.resolve("export");
    SyntheticOperator.of(12, 400)
        .writeTmf(export, WriteOptions.of(TmfVersion.V4, TmfLayout.ARRAYS));
    assertSameAsDriver(export);
  }

  @Test
  void exportsWithEventsAreLeftToTheDriver(@TempDir Path dir) {
    Path export = dir.resolve("export");
    SyntheticOperator.of(13, 50)
        .writeTmf(
            export,
            WriteOptions.builder()
                .from(WriteOptions.of(TmfVersion.V5, TmfLayout.NDJSON))
                .events(EventMode.ORDERED)
                .build());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TmfLake.read(SparkTestSession.spark(), export.toString()));
    assertTrue(e.getMessage().contains("events.ndjson"), e.getMessage());
    assertTrue(e.getMessage().contains("TmfTables.read"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> TmfLake.read(SparkTestSession.spark(), export.resolve("product.ndjson").toString()));
  }

  @Test
  void aStrictReaderListsEveryRejection(@TempDir Path dir) throws IOException {
    Path export = dir.resolve("export");
    SyntheticOperator.of(14, 50).writeTmf(export, WriteOptions.of(TmfVersion.V5, TmfLayout.NDJSON));
    append(export.resolve("product.ndjson"), "{\"id\":", "[]");
    TmfRejectedException e =
        assertThrows(
            TmfRejectedException.class,
            () -> TmfLake.read(SparkTestSession.spark(), export.toString(), TmfReader.strict()));
    assertEquals(TmfReader.lenient().readDirectory(export).report(), e.report());
    assertEquals(2, e.rejections().size());
  }

  private static ReadReport assertSameAsDriver(Path export) {
    SparkSession spark = SparkTestSession.spark();
    TmfLake lake = TmfLake.read(spark, export.toUri().toString());
    try {
      TmfTables driver = TmfTables.read(spark, export);
      assertEquals(driver.report(), lake.report());
      assertEquals(driver.dataQuality(), lake.dataQuality());
      for (String table : StatementTables.TABLES) {
        assertEquals(
            rows(driver.tables().table(table).collectAsList()),
            rows(lake.tables().table(table).collectAsList()),
            table);
      }
      assertTrue(lake.tables().connections().count() > 0);
      return lake.report();
    } finally {
      lake.unpersist();
    }
  }

  private static List<String> rows(List<Row> rows) {
    return rows.stream().map(Row::toString).sorted().toList();
  }

  private static void append(Path file, String... lines) throws IOException {
    Files.writeString(
        file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
