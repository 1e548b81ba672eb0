package org.ossvalue.spark;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.spark.internal.JobSpec;
import org.ossvalue.spark.internal.Plan;

/**
 * Values a whole base on Spark with the core's strategies: impacts, revenue at risk (unplanned and
 * planned), usage lost, SLA credits, leakage and fulfilment, each ledger after the double-count
 * guard, and exact per-currency totals. The figures are those a single JVM computes over the same
 * records, to the last decimal, whatever the partitioning and the number of partitions.
 *
 * <pre>{@code
 * ValuationResult result = SparkValuation.builder()
 *     .period(ReportingPeriod.month("2025-03", "UTC"))
 *     .build()
 *     .run(ValuationInputs.readParquet(spark, "s3://lake/ossvalue/2025-03"));
 * result.totals().show();                                  // per ledger and currency
 * result.ledgerEntries().write().parquet("s3://lake/ossvalue/ledgers/2025-03");
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #run} may be called again with other inputs.
 */
public final class SparkValuation {

  private final ReportingPeriod period;
  private final @Nullable Instant asOf;
  private final Strategies strategies;
  private final Partitioning partitioning;
  private final int partitions;
  private final boolean usageFromRecords;
  private final boolean checkIds;

  private SparkValuation(Builder b) {
    this.period = Objects.requireNonNull(b.period, "period must be set");
    this.asOf = b.asOf;
    this.strategies = b.strategies;
    this.partitioning = b.partitioning;
    this.partitions = b.partitions;
    this.usageFromRecords = b.usageFromRecords;
    this.checkIds = b.checkIds;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The reporting period. */
  public ReportingPeriod period() {
    return period;
  }

  /** The as-of instant: open causes run until it (the end of the period unless set). */
  public Instant asOf() {
    return asOf != null ? asOf : period.to();
  }

  /** The number of partitions, if set (else the session's default parallelism). */
  public Optional<Integer> partitions() {
    return partitions > 0 ? Optional.of(partitions) : Optional.empty();
  }

  /**
   * Runs the valuation. Ids must be unique (connections, elements, cause kind and id), as the
   * core requires; duplicates fail the run with the first few named. The result's tables are
   * persisted ({@link ValuationResult#close()} releases them); the totals are already computed.
   */
  public ValuationResult run(ValuationInputs inputs) {
    Dataset<Row> connections = inputs.connections();
    SparkSession spark = connections.sparkSession();
    boolean java8Api =
        Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled"));
    int n = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
    JobSpec spec = new JobSpec(period, asOf(), java8Api, strategies);
    Plan plan = new Plan(spark, spec, n);
    if (checkIds) {
      Plan.requireUnique(connections, "connections", connections.col("id"));
      Plan.requireUnique(inputs.elements(), "elements", inputs.elements().col("id"));
      Plan.requireUnique(inputs.causes(), "causes (kind and id)", Plan.causeKey());
    }
    if (usageFromRecords) {
      connections = plan.withUsage(connections, inputs.usage());
    }
    Plan.Output out =
        plan.run(
            new Plan.Inputs(
                connections,
                inputs.elements(),
                inputs.edges(),
                inputs.causes(),
                inputs.orders(),
                inputs.bills(),
                inputs.billLines(),
                inputs.slaTerms(),
                inputs.usage()),
            partitioning.units());
    return new ValuationResult(spark, period, asOf(), toString(), out);
  }

  @Override
  public String toString() {
    return "SparkValuation{"
        + period
        + ", asOf="
        + asOf()
        + ", "
        + strategies
        + ", "
        + partitioning
        + (partitions > 0 ? ", " + partitions + " partitions" : "")
        + (usageFromRecords ? "" : ", usage revenue as given")
        + "}";
  }

  /** Builds a {@link SparkValuation}; not thread-safe. */
  public static final class Builder {
    private @Nullable ReportingPeriod period;
    private @Nullable Instant asOf;
    private Strategies strategies = Strategies.defaults();
    private Partitioning partitioning = Partitioning.upstream();
    private int partitions;
    private boolean usageFromRecords = true;
    private boolean checkIds = true;

    Builder() {}

    /** The period to value (required). */
    public Builder period(ReportingPeriod period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /** Open causes run until this instant; the end of the period by default. */
    public Builder asOf(Instant asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /** The strategies; {@link Strategies#defaults()} by default. */
    public Builder strategies(Strategies strategies) {
      this.strategies = Objects.requireNonNull(strategies, "strategies");
      return this;
    }

    /** How the base is cut into units; {@link Partitioning#upstream()} by default. */
    public Builder partitioning(Partitioning partitioning) {
      this.partitioning = Objects.requireNonNull(partitioning, "partitioning");
      return this;
    }

    /**
     * How many partitions (tasks) each stage runs in; the session's default parallelism by default.
     * Size them so that one partition's connections and their results fit an executor's memory
     * (about 2 KB per connection and impact window; docs/scale.md).
     */
    public Builder partitions(int partitions) {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
      }
      this.partitions = partitions;
      return this;
    }

    /**
     * Whether a connection without {@code usageRevenuePerMonth} takes the rated usage of the period
     * in its currency from the usage table (true by default); false uses the column as given.
     */
    public Builder usageFromRecords(boolean usageFromRecords) {
      this.usageFromRecords = usageFromRecords;
      return this;
    }

    /**
     * Whether to check that ids are unique before running (true by default; three aggregations).
     * Turn it off only for inputs known to be clean: duplicates then give undefined figures.
     */
    public Builder checkIds(boolean checkIds) {
      this.checkIds = checkIds;
      return this;
    }

    /** The valuation. */
    public SparkValuation build() {
      return new SparkValuation(this);
    }
  }
}
