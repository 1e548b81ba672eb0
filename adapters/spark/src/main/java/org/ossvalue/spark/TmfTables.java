package org.ossvalue.spark;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.spark.sql.SparkSession;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.statement.DataQuality;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;

/**
 * A TM Forum export (JSON arrays or NDJSON, v4 or v5, as {@code ossvalue generate} and the CLI read
 * them) as {@link StatementTables}: read by ossvalue-tmf's {@link TmfReader}, so the records,
 * rejections, warnings and data-quality facts are exactly the CLI's, then handed to Spark.
 *
 * <p>The export is read on the driver (streaming, about 1 KB of heap per record kept): use it for
 * exports of up to a few million records, or to convert an export once into a Parquet base ({@link
 * StatementTables#writeParquet}) that jobs then read in parallel. docs/spark.md says how to land
 * lake-scale data in the schemas directly.
 */
public final class TmfTables {

  private final TmfDataset dataset;
  private final StatementTables tables;

  private TmfTables(TmfDataset dataset, StatementTables tables) {
    this.dataset = dataset;
    this.tables = tables;
  }

  /** Reads an export directory leniently (rejected records are reported, not fatal). */
  public static TmfTables read(SparkSession spark, Path directory) {
    return read(spark, directory, TmfReader.lenient());
  }

  /** Reads an export directory with a reader of the caller's. */
  public static TmfTables read(SparkSession spark, Path directory, TmfReader reader) {
    TmfDataset d = reader.readDirectory(directory);
    StatementTables t =
        StatementTables.builder(spark)
            .connections(d.connections())
            .topology(d.topology())
            .causes(d.causes())
            .tickets(d.tickets())
            .problems(d.problems())
            .orders(d.orders())
            .usage(d.usage())
            .bills(d.bills())
            .billLines(d.billLines())
            .slaTerms(d.slaTerms())
            .build();
    return new TmfTables(d, t);
  }

  /** The records as Spark tables. */
  public StatementTables tables() {
    return tables;
  }

  /** What the reader read, accepted and rejected (carry it into the statement). */
  public DataQuality dataQuality() {
    return dataset.report().toDataQuality();
  }

  /** The reader's report. */
  public ReadReport report() {
    return dataset.report();
  }

  /** The same records as single-machine statement inputs (what the CLI states). */
  public StatementInputs statementInputs(ReportingPeriod period, Instant asOf) {
    TmfDataset d = dataset;
    return StatementInputs.builder()
        .period(period)
        .asOf(asOf)
        .connections(d.connections())
        .topology(d.topology())
        .causes(d.causes())
        .tickets(d.tickets())
        .problems(d.problems())
        .orders(d.orders())
        .usage(d.usage())
        .bills(d.bills())
        .billLines(d.billLines())
        .slaTerms(d.slaTerms())
        .dataQuality(d.report().toDataQuality())
        .build();
  }

  @Override
  public String toString() {
    return "TmfTables{" + dataset + "}";
  }
}
