package org.ossvalue.spark;

import static org.apache.spark.sql.functions.col;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.statement.DataQuality;
import org.ossvalue.core.statement.StatementConfig;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.spark.internal.EntryRows;
import org.ossvalue.spark.internal.StatementMerge;
import org.ossvalue.spark.internal.UnitStatement;
import org.ossvalue.spark.internal.Units;
import org.ossvalue.spark.internal.Values;

/**
 * The value statement of a whole base, computed on Spark with the core's own {@code
 * ValueStatement.assess}: the base is cut into units that can be valued independently (whole
 * billing accounts with the upstream topology, causes, tickets and problems they need, shared
 * elements replicated), each unit's statement is computed inside {@code mapPartitions} on plain
 * Java objects, and the driver sums the units' exact figures per currency. Every headline figure,
 * section total and ledger total equals, to the last decimal, the statement one JVM computes over
 * the same records, whatever the number of partitions.
 *
 * <pre>{@code
 * SparkStatementResult result = SparkStatement.builder()
 *     .period(ReportingPeriod.month("2025-03", "UTC"))
 *     .build()
 *     .assess(StatementTables.readParquet(spark, "s3://lake/ossvalue/2025-03"));
 * result.statement().headline().atRisk();     // [111.42… EUR, 4.03… GBP]
 * result.totals().show();                      // every figure and ledger, per currency
 * result.ledgerEntries().write().parquet("s3://lake/ossvalue/ledgers/2025-03");
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #assess} may be called again with other tables.
 */
public final class SparkStatement {

  private final ReportingPeriod period;
  private final @Nullable Instant asOf;
  private final StatementConfigFactory config;
  private final int partitions;
  private final boolean ledgersOnDriver;
  private final DataQuality dataQuality;
  private final UnitCut cut;

  private SparkStatement(Builder b) {
    this.period = Objects.requireNonNull(b.period, "period must be set");
    this.asOf = b.asOf;
    this.config = b.config;
    this.partitions = b.partitions;
    this.ledgersOnDriver = b.ledgersOnDriver;
    this.dataQuality = b.dataQuality;
    this.cut = b.cut;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The period stated. */
  public ReportingPeriod period() {
    return period;
  }

  /** The as-of instant: the end of the period unless set. */
  public Instant asOf() {
    return asOf != null ? asOf : period.to();
  }

  /** The number of partitions (units of work), if set; else the session's default parallelism. */
  public Optional<Integer> partitions() {
    return partitions > 0 ? Optional.of(partitions) : Optional.empty();
  }

  /** How accounts are grouped into units; {@link UnitCut#BY_ACCOUNT} unless set. */
  public UnitCut cut() {
    return cut;
  }

  /**
   * Computes the statement. The result's tables are persisted until {@link
   * SparkStatementResult#close()}; its statement is already on the driver.
   */
  public SparkStatementResult assess(StatementTables tables) {
    SparkSession spark = tables.connections().sparkSession();
    boolean java8Api =
        Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
    int n = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
    StatementConfig cfg = config.create();
    Units units = new Units(n, cut == UnitCut.BY_NETWORK);
    UnitStatement work =
        new UnitStatement(period, asOf(), java8Api, tables.slaTerms().collectAsList(), config);
    // Through the RDD rather than Dataset.mapPartitions: the rows then meet Spark's row format in
    // an encoder projection whose code is split into small methods, where whole-stage code
    // generation puts the serializer of PARTS' nested structs into one method too large for the
    // JIT to compile (it ran interpreted: a quarter of the unit stage; docs/performance.md).
    Dataset<Row> parts =
        spark
            .createDataFrame(
                units.envelopes(tables).toJavaRDD().mapPartitions(work::call), UnitStatement.PARTS)
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<String> large =
        List.of(
            UnitStatement.ENTRY, UnitStatement.EXCLUSION, UnitStatement.IMPACT, UnitStatement.LINE);
    StatementMerge merge =
        new StatementMerge()
            .add(parts.filter(col("tag").isin(large.toArray()).unary_$bang()).collectAsList());
    units.persisted().forEach(Dataset::unpersist);
    Dataset<Row> entries = parts.filter(col("tag").equalTo(UnitStatement.ENTRY)).select("entry.*");
    Dataset<Row> exclusions =
        parts.filter(col("tag").equalTo(UnitStatement.EXCLUSION)).select("exclusion.*");
    List<LedgerEntry> kept = new ArrayList<>();
    List<GuardExclusion> excluded = new ArrayList<>();
    if (ledgersOnDriver) {
      entries.collectAsList().forEach(r -> kept.add(EntryRows.entry(r)));
      exclusions.collectAsList().forEach(r -> excluded.add(EntryRows.exclusion(r)));
    }
    ValueStatement statement = merge.statement(period, asOf(), cfg, dataQuality, kept, excluded);
    List<Row> totals = new ArrayList<>();
    for (Map.Entry<String, List<Money>> e : merge.totals().entrySet()) {
      for (Money m : e.getValue()) {
        totals.add(
            RowFactory.create(
                e.getKey(),
                m.currency().getCurrencyCode(),
                Values.output(m.amount()),
                Values.exact(m.amount()),
                m.rounded().amount().toPlainString()));
      }
    }
    return new SparkStatementResult(
        statement,
        merge.totals(),
        spark.createDataFrame(totals, SparkSchemas.TOTALS),
        entries,
        exclusions,
        parts.filter(col("tag").equalTo(UnitStatement.IMPACT)).select("impact.*"),
        parts.filter(col("tag").equalTo(UnitStatement.LINE)).select("line.*"),
        parts,
        n);
  }

  @Override
  public String toString() {
    return "SparkStatement{"
        + period
        + ", asOf "
        + asOf()
        + (partitions > 0 ? ", " + partitions + " partitions" : "")
        + (ledgersOnDriver ? "" : ", ledgers in the lake only")
        + (cut == UnitCut.BY_ACCOUNT ? "" : ", units " + cut)
        + "}";
  }

  /** Builds a {@link SparkStatement}; not thread-safe. */
  public static final class Builder {
    private @Nullable ReportingPeriod period;
    private @Nullable Instant asOf;
    private StatementConfigFactory config = StatementConfigFactory.defaults();
    private int partitions;
    private boolean ledgersOnDriver = true;
    private DataQuality dataQuality = DataQuality.empty();
    private UnitCut cut = UnitCut.BY_ACCOUNT;

    Builder() {}

    /** The period to state (required). */
    public Builder period(ReportingPeriod period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /** Open causes run until this instant; the end of the period by default. */
    public Builder asOf(Instant asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /** The strategies and parameters; {@link StatementConfig#defaults()} by default. */
    public Builder config(StatementConfigFactory config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * How many units (tasks) the base is cut into; the session's default parallelism by default.
     * Size them so that one unit's records and statement fit an executor's memory (docs/scale.md).
     */
    public Builder partitions(int partitions) {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
      }
      this.partitions = partitions;
      return this;
    }

    /**
     * Whether the kept ledger entries and exclusions are collected into the driver's statement
     * (true by default). Turn it off for bases whose entries do not fit the driver: the statement's
     * ledgers are then empty, and the entries and their totals are in the result's tables.
     */
    public Builder ledgersOnDriver(boolean ledgersOnDriver) {
      this.ledgersOnDriver = ledgersOnDriver;
      return this;
    }

    /**
     * How accounts are grouped into units: {@link UnitCut#BY_ACCOUNT} by default, {@link
     * UnitCut#BY_NETWORK} for many partitions (docs/scale.md). The figures are the same.
     */
    public Builder cut(UnitCut cut) {
      this.cut = Objects.requireNonNull(cut, "cut");
      return this;
    }

    /** The reader's facts, carried into the statement as they are; empty by default. */
    public Builder dataQuality(DataQuality dataQuality) {
      this.dataQuality = Objects.requireNonNull(dataQuality, "dataQuality");
      return this;
    }

    /** The statement job. */
    public SparkStatement build() {
      return new SparkStatement(this);
    }
  }
}
