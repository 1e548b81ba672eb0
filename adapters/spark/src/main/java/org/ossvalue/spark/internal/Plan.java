package org.ossvalue.spark.internal;

import static org.apache.spark.sql.functions.array_min;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.ledger.GuardRule;
import org.ossvalue.spark.SparkSchemas;

/**
 * The distributed plan of a run, on the driver: how the base is cut into units, what each unit
 * receives, the stages, and the exact aggregation. See docs/spark.md for the reasoning.
 */
public final class Plan {

  /** The nine input tables, conformed to their schemas. */
  public record Inputs(
      Dataset<Row> connections,
      Dataset<Row> elements,
      Dataset<Row> edges,
      Dataset<Row> causes,
      Dataset<Row> orders,
      Dataset<Row> bills,
      Dataset<Row> billLines,
      Dataset<Row> slaTerms,
      Dataset<Row> usage) {}

  /** How connections are grouped into units. */
  public enum Units {
    /** Connections grouped by their first realizing element, with their upstream replicated. */
    UPSTREAM,
    /** Whole connected components of elements, edges and connections. */
    COMPONENTS
  }

  /** What a run produced: the stages' output (persisted), the kept entries and the sums. */
  public record Output(
      Dataset<Row> stages,
      Dataset<Row> entries,
      Dataset<Row> exclusions,
      Dataset<Row> notes,
      Map<String, Map<String, BigDecimal>> ledgerTotals,
      Map<String, Map<String, BigDecimal>> sums,
      List<Dataset<Row>> persisted) {}

  private static final int MAX_DEPTH = 10_000;

  private final SparkSession spark;
  private final JobSpec spec;
  private final int partitions;
  private final List<Dataset<Row>> persisted = new ArrayList<>();

  /** A plan for a session, a job and a number of partitions. */
  public Plan(SparkSession spark, JobSpec spec, int partitions) {
    this.spark = spark;
    this.spec = spec;
    this.partitions = partitions;
  }

  /** Fails naming the first duplicated ids, as the core does for one JVM. */
  public static void requireUnique(Dataset<Row> df, String table, Column... key) {
    List<Row> dups =
        df.groupBy(key).count().filter(col("count").gt(1)).limit(5).collectAsList();
    if (!dups.isEmpty()) {
      throw new IllegalArgumentException(
          table + " must have distinct ids, was repeated: " + dups.toString());
    }
  }

  /**
   * The connections with {@code usageRevenuePerMonth} taken from the usage in the period where it
   * is null: the sum of the rated usage in the connection's currency.
   */
  public Dataset<Row> withUsage(Dataset<Row> connections, Dataset<Row> usage) {
    Dataset<Row> totals =
        usage
            .filter(
                col("at")
                    .geq(lit(Values.timestamp(spec.period().from(), false)))
                    .and(col("at").lt(lit(Values.timestamp(spec.period().to(), false)))))
            .groupBy(col("connection").as("u_connection"), col("currency").as("u_currency"))
            .agg(sum(col("amount")).as("u_amount"));
    Column currency =
        coalesce(
            element_at(col("recurringCharges"), 1).getField("currency"),
            col("usageRevenuePerMonth").getField("currency"));
    Dataset<Row> joined =
        connections.join(
            totals,
            col("id")
                .equalTo(col("u_connection"))
                .and(col("u_currency").equalTo(currency))
                .and(col("usageRevenuePerMonth").isNull()),
            "left");
    List<Column> columns = new ArrayList<>();
    for (String name : connections.columns()) {
      if (name.equals("usageRevenuePerMonth")) {
        columns.add(
            when(
                    col("u_amount").isNotNull(),
                    struct(
                        col("u_amount").cast(SparkSchemas.INPUT_DECIMAL).as("amount"),
                        col("u_currency").as("currency")))
                .otherwise(col(name))
                .cast(SparkSchemas.MONEY)
                .as(name));
      } else {
        columns.add(col(name));
      }
    }
    return joined.select(columns.toArray(new Column[0]));
  }

  /** Runs every stage and aggregates exactly. */
  public Output run(Inputs in, Units units) {
    Broadcast<List<Row>> slaTerms =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(new ArrayList<>(in.slaTerms().collectAsList()));

    Dataset<Row> topology = topologyStage(in, units, slaTerms);
    Dataset<Row> leakage = leakageStage(in);
    Dataset<Row> fulfilment =
        in.orders()
            .repartition(partitions, col("id"))
            .mapPartitions(new FulfilmentStage(spec), Encoders.row(Envelopes.STAGE_OUTPUT));
    Dataset<Row> stages = persist(topology.union(leakage).union(fulfilment));

    Dataset<Row> entries = stages.filter(col("tag").equalTo(Envelopes.ENTRY)).select("entry.*");
    Dataset<Row> exclusions =
        stages.filter(col("tag").equalTo(Envelopes.EXCLUSION)).select("exclusion.*");
    if (spec.strategies().guardRules().contains(GuardRule.PULLED_FORWARD_NOT_BILLED)) {
      Dataset<Row> crossStage =
          persist(
              entries
                  .filter(
                      col("ledger")
                          .isin(LedgerKind.PULLED_FORWARD.label(), LedgerKind.LEAKAGE.label()))
                  .repartition(partitions, col("connection"))
                  .sortWithinPartitions("connection")
                  .mapPartitions(
                      new CrossStageGuard(spec), Encoders.row(CrossStageGuard.OUTPUT)));
      entries = entries.join(crossStage.select("entryKey"), "entryKey", "left_anti");
      exclusions = exclusions.union(crossStage.select("exclusion.*"));
    }
    entries = persist(entries);

    Map<String, Map<String, BigDecimal>> ledgerTotals =
        ExactSums.merge(
            entries
                .mapPartitions(ExactSums.ledgerEntries(), Encoders.row(Envelopes.SUMS))
                .collectAsList());
    List<Row> partials =
        new ArrayList<>(
            stages
                .filter(col("tag").equalTo(Envelopes.SUM))
                .select("sum.*")
                .mapPartitions(ExactSums.partials(), Encoders.row(Envelopes.SUMS))
                .collectAsList());
    partials.addAll(
        in.usage()
            .filter(
                col("at")
                    .geq(lit(Values.timestamp(spec.period().from(), false)))
                    .and(col("at").lt(lit(Values.timestamp(spec.period().to(), false)))))
            .mapPartitions(ExactSums.of("usageRated", 4, 3), Encoders.row(Envelopes.SUMS))
            .collectAsList());

    Dataset<Row> notes =
        stages
            .filter(col("tag").equalTo(Envelopes.NOTE))
            .select("note.*")
            .union(unresolvedCauses(in));
    return new Output(
        stages,
        entries.drop("entryKey"),
        exclusions,
        notes,
        ledgerTotals,
        ExactSums.merge(partials),
        List.copyOf(persisted));
  }

  // ---------------------------------------------------------------------------- topology

  private Dataset<Row> topologyStage(Plan.Inputs in, Units units, Broadcast<List<Row>> sla) {
    Dataset<Row> connections =
        persist(
            units == Units.COMPONENTS
                ? componentUnits(in.connections(), in.edges())
                : upstreamUnits(in.connections()));
    Dataset<Row> closure = closure(connections, in.edges());

    List<Dataset<Row>> parts = new ArrayList<>();
    parts.add(topologyEnvelope(connections.select(col("unit"), packed(in.connections()))));
    parts.add(
        topologyEnvelope(
            in.elements()
                .join(closure, in.elements().col("id").equalTo(closure.col("c_id")))
                .select(col("c_unit").as("unit"), packed(in.elements()))));
    parts.add(
        topologyEnvelope(
            in.edges()
                .join(closure, in.edges().col("supported").equalTo(closure.col("c_id")))
                .select(col("c_unit").as("unit"), packed(in.edges()))));
    parts.add(
        topologyEnvelope(
            in.causes()
                .join(closure, in.causes().col("element").equalTo(closure.col("c_id")))
                .select(col("c_unit").as("unit"), packed(in.causes()))));
    // A cause on a connection id reaches it directly, unless the id is also an element or a
    // realizer (the core resolves those first).
    Dataset<Row> onConnections =
        in.causes()
            .join(targets(in), in.causes().col("element").equalTo(col("t_id")), "left_anti")
            .join(
                connections.select(col("id").as("k_id"), col("unit").as("k_unit")),
                col("element").equalTo(col("k_id")))
            .select(col("k_unit").as("unit"), packed(in.causes()));
    parts.add(topologyEnvelope(onConnections));

    Dataset<Row> envelope = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      envelope = envelope.union(parts.get(i));
    }
    return envelope
        .repartition(partitions, col("unit"))
        .mapPartitions(new TopologyStage(spec, sla), Encoders.row(Envelopes.STAGE_OUTPUT));
  }

  /** Element ids and realizer ids: what a cause resolves to before a connection id. */
  private static Dataset<Row> targets(Inputs in) {
    return in.elements()
        .select(col("id").as("t_id"))
        .union(in.connections().select(explode(col("realizedBy")).as("t_id")))
        .distinct();
  }

  private Dataset<Row> unresolvedCauses(Inputs in) {
    return in.causes()
        .join(targets(in), in.causes().col("element").equalTo(col("t_id")), "left_anti")
        .join(
            in.connections().select(col("id").as("k_id")),
            col("element").equalTo(col("k_id")),
            "left_anti")
        .select(
            lit("impacts").as("source"),
            concat(col("kind"), lit(":"), col("id")).as("id"),
            concat(
                    lit("element "),
                    col("element"),
                    lit(" is neither in the topology nor a connection: impacts nothing"))
                .as("note"));
  }

  /** Each connection's unit: a bucket of its first realizing element (or of its own id). */
  private Dataset<Row> upstreamUnits(Dataset<Row> connections) {
    Column anchor = coalesce(array_min(col("realizedBy")), col("id"));
    return route(connections.withColumn("bucket", pmod(hash(anchor), lit(partitions))));
  }

  /**
   * Each connection's unit: a bucket of its connected component, found on the driver by union-find
   * over the supports edges and the realizers of connections with more than one.
   */
  private Dataset<Row> componentUnits(Dataset<Row> connections, Dataset<Row> edges) {
    UnionFind uf = new UnionFind();
    for (Row e : edges.collectAsList()) {
      uf.union(e.getString(0), e.getString(1));
    }
    for (Row r :
        connections
            .filter(size(col("realizedBy")).gt(1))
            .select(col("realizedBy"))
            .collectAsList()) {
      List<?> ids = r.getList(0);
      for (Object id : ids) {
        uf.union((String) ids.get(0), (String) id);
      }
    }
    List<Row> rows = new ArrayList<>(uf.size());
    uf.roots().forEach((id, root) -> rows.add(RowFactory.create(id, root)));
    Dataset<Row> roots =
        spark.createDataFrame(
            rows,
            new StructType()
                .add("r_id", DataTypes.StringType, false)
                .add("r_root", DataTypes.StringType, false));
    Column anchor = coalesce(array_min(col("realizedBy")), col("id"));
    Dataset<Row> rooted =
        connections
            .join(roots, anchor.equalTo(col("r_id")), "left")
            .withColumn("bucket", pmod(hash(coalesce(col("r_root"), anchor)), lit(partitions)))
            .drop("r_id", "r_root");
    return route(rooted);
  }

  /**
   * Replaces the bucket (0 … partitions − 1) by a unit value that Spark's hash partitioning sends
   * to partition number bucket, so that every bucket has a partition of its own. (Correctness does
   * not depend on it: units sharing a partition are computed together.)
   */
  private Dataset<Row> route(Dataset<Row> withBucket) {
    List<Row> routing = new ArrayList<>();
    for (long limit = Math.max(1024, 32L * partitions); routing.size() < partitions; limit *= 4) {
      routing =
          spark
              .range(0, limit)
              .select(col("id").cast("int").as("k"))
              .select(col("k"), pmod(hash(col("k")), lit(partitions)).as("b"))
              .groupBy("b")
              .agg(min("k").as("u"))
              .collectAsList();
    }
    Dataset<Row> table =
        spark.createDataFrame(
            new ArrayList<>(routing),
            new StructType()
                .add("b", DataTypes.IntegerType, false)
                .add("u", DataTypes.IntegerType, false));
    return withBucket
        .join(broadcast(table), col("bucket").equalTo(col("b")))
        .withColumn("unit", col("u"))
        .drop("bucket", "b", "u");
  }

  /**
   * Every (element id, unit) such that the element supports, directly or not, a connection of the
   * unit, or realizes one: computed level by level with joins (as many as the longest supports
   * chain), each level checkpointed.
   */
  private Dataset<Row> closure(Dataset<Row> connections, Dataset<Row> edges) {
    Dataset<Row> closure =
        connections
            .select(explode(col("realizedBy")).as("c_id"), col("unit").as("c_unit"))
            .distinct()
            .localCheckpoint();
    Dataset<Row> frontier = closure;
    Dataset<Row> supports = edges.select(col("supporter").as("e_from"), col("supported").as("e_to"));
    for (int depth = 0; ; depth++) {
      if (depth > MAX_DEPTH) {
        throw new IllegalStateException("supports chains longer than " + MAX_DEPTH);
      }
      Dataset<Row> next =
          frontier
              .join(supports, col("c_id").equalTo(col("e_to")))
              .select(col("e_from").as("c_id"), col("c_unit"))
              .distinct()
              .join(
                  closure.select(col("c_id").as("x_id"), col("c_unit").as("x_unit")),
                  col("c_id").equalTo(col("x_id")).and(col("c_unit").equalTo(col("x_unit"))),
                  "left_anti")
              .localCheckpoint();
      if (next.isEmpty()) {
        return closure;
      }
      closure = closure.union(next).localCheckpoint();
      frontier = next;
    }
  }

  private static Dataset<Row> topologyEnvelope(Dataset<Row> unitAndValue) {
    // unitAndValue: unit, value (a struct of one of the four kinds, named after its kind)
    String kind = unitAndValue.columns()[1];
    Column[] columns = new Column[5];
    columns[0] = col("unit");
    String[] kinds = {"connection", "element", "edge", "cause"};
    StructType[] types = {
      SparkSchemas.CONNECTIONS, SparkSchemas.ELEMENTS, SparkSchemas.EDGES, SparkSchemas.CAUSES
    };
    for (int i = 0; i < kinds.length; i++) {
      columns[i + 1] =
          kinds[i].equals(kind) ? col(kind) : lit(null).cast(types[i]).as(kinds[i]);
    }
    return unitAndValue.select(columns);
  }

  /** The DataFrame's columns as one struct named after its table. */
  private static Column packed(Dataset<Row> table) {
    String name = kindOf(table);
    Column[] fields = new Column[table.columns().length];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = table.col(table.columns()[i]);
    }
    return struct(fields).as(name);
  }

  private static String kindOf(Dataset<Row> table) {
    StructType s = table.schema();
    if (Arrays.equals(s.fieldNames(), SparkSchemas.CONNECTIONS.fieldNames())) {
      return "connection";
    }
    if (Arrays.equals(s.fieldNames(), SparkSchemas.ELEMENTS.fieldNames())) {
      return "element";
    }
    if (Arrays.equals(s.fieldNames(), SparkSchemas.EDGES.fieldNames())) {
      return "edge";
    }
    if (Arrays.equals(s.fieldNames(), SparkSchemas.CAUSES.fieldNames())) {
      return "cause";
    }
    if (Arrays.equals(s.fieldNames(), SparkSchemas.BILLS.fieldNames())) {
      return "bill";
    }
    if (Arrays.equals(s.fieldNames(), SparkSchemas.BILL_LINES.fieldNames())) {
      return "line";
    }
    throw new IllegalArgumentException("not an input table: " + s.simpleString());
  }

  // ----------------------------------------------------------------------------- leakage

  private Dataset<Row> leakageStage(Inputs in) {
    Dataset<Row> lines = in.billLines();
    Dataset<Row> bills = in.bills();
    // Accounts whose lines name another account's bill are assessed together.
    UnionFind uf = new UnionFind();
    for (Row pair :
        lines
            .join(
                bills.select(col("id").as("b_id"), col("account").as("b_account")),
                col("bill").equalTo(col("b_id")))
            .filter(col("account").notEqual(col("b_account")))
            .select(col("account"), col("b_account"))
            .distinct()
            .collectAsList()) {
      uf.union(pair.getString(0), pair.getString(1));
    }
    List<Row> rows = new ArrayList<>();
    uf.roots().forEach((id, root) -> rows.add(RowFactory.create(id, root)));
    Dataset<Row> roots =
        broadcast(
            spark.createDataFrame(
                rows,
                new StructType()
                    .add("a_id", DataTypes.StringType, false)
                    .add("a_root", DataTypes.StringType, false)));

    List<Dataset<Row>> parts = new ArrayList<>();
    parts.add(leakageEnvelope(in.connections(), roots, 1));
    parts.add(leakageEnvelope(bills, roots, 2));
    parts.add(leakageEnvelope(lines, roots, 3));
    return parts.get(0)
        .union(parts.get(1))
        .union(parts.get(2))
        .repartition(partitions, col("key"))
        .mapPartitions(new LeakageStage(spec), Encoders.row(Envelopes.STAGE_OUTPUT));
  }

  private static Dataset<Row> leakageEnvelope(Dataset<Row> table, Dataset<Row> roots, int at) {
    Column value = packed(table);
    String[] kinds = {"connection", "bill", "line"};
    StructType[] types = {SparkSchemas.CONNECTIONS, SparkSchemas.BILLS, SparkSchemas.BILL_LINES};
    Column[] columns = new Column[4];
    columns[0] = coalesce(col("a_root"), col("account")).as("key");
    for (int i = 0; i < kinds.length; i++) {
      columns[i + 1] = i + 1 == at ? value : lit(null).cast(types[i]).as(kinds[i]);
    }
    return table.join(roots, table.col("account").equalTo(col("a_id")), "left").select(columns);
  }

  // ----------------------------------------------------------------------------- helpers

  private Dataset<Row> persist(Dataset<Row> df) {
    Dataset<Row> p = df.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(p);
    return p;
  }

  /** A key for grouping cause refs as the core compares them (kinds are case-insensitive). */
  public static Column[] causeKey() {
    return new Column[] {lower(col("kind")), col("id")};
  }
}
