package org.ossvalue.spark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.spark.internal.Conform;
import org.ossvalue.spark.internal.CoreRows;
import org.ossvalue.spark.internal.Values;

/**
 * The records a value statement is computed from, as eleven DataFrames in the schemas of {@link
 * SparkSchemas}: connections (the only one required), topology elements and supports edges, causes,
 * trouble tickets, service problems, orders, bills, bill lines, SLA terms and usage. Each is
 * conformed to its schema when set (columns in schema order, absent nullable columns as nulls,
 * other columns dropped), so a wrong input fails here, naming the table and column. Immutable.
 */
public final class StatementTables {

  /** The tables, in the order of {@link #TABLES}: the directory names of a Parquet base. */
  public static final List<String> TABLES =
      List.of(
          "connections",
          "elements",
          "edges",
          "causes",
          "tickets",
          "problems",
          "orders",
          "bills",
          "billLines",
          "slaTerms",
          "usage");

  private static final List<StructType> SCHEMAS =
      List.of(
          SparkSchemas.CONNECTIONS,
          SparkSchemas.ELEMENTS,
          SparkSchemas.EDGES,
          SparkSchemas.CAUSES,
          SparkSchemas.TICKETS,
          SparkSchemas.PROBLEMS,
          SparkSchemas.ORDERS,
          SparkSchemas.BILLS,
          SparkSchemas.BILL_LINES,
          SparkSchemas.SLA_TERMS,
          SparkSchemas.USAGE);

  private final Map<String, Dataset<Row>> tables;

  private StatementTables(Map<String, Dataset<Row>> tables) {
    this.tables = tables;
  }

  /** A builder for a session. */
  public static Builder builder(SparkSession spark) {
    return new Builder(spark);
  }

  /**
   * Reads a Parquet base: one directory per table under {@code directory}, named as in {@link
   * #TABLES}; an absent directory is an empty table (only {@code connections} is required).
   */
  public static StatementTables readParquet(SparkSession spark, String directory) {
    Builder b = builder(spark);
    Path root = new Path(directory);
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String table : TABLES) {
        Path path = new Path(root, table);
        if (fs.exists(path)) {
          b.table(table, spark.read().parquet(path.toString()));
        } else if (table.equals("connections")) {
          throw new IllegalArgumentException(
              "a Parquet base needs " + path + " (the connections); it does not exist");
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + directory, e);
    }
    return b.build();
  }

  /** Writes every table as Parquet under {@code directory}, replacing what is there. */
  public void writeParquet(String directory) {
    for (String table : TABLES) {
      tables
          .get(table)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(new Path(directory, table).toString());
    }
  }

  /** The connections ({@link SparkSchemas#CONNECTIONS}). */
  public Dataset<Row> connections() {
    return tables.get("connections");
  }

  /** The topology elements ({@link SparkSchemas#ELEMENTS}). */
  public Dataset<Row> elements() {
    return tables.get("elements");
  }

  /** The supports edges ({@link SparkSchemas#EDGES}). */
  public Dataset<Row> edges() {
    return tables.get("edges");
  }

  /** The causes ({@link SparkSchemas#CAUSES}). */
  public Dataset<Row> causes() {
    return tables.get("causes");
  }

  /** The trouble tickets ({@link SparkSchemas#TICKETS}). */
  public Dataset<Row> tickets() {
    return tables.get("tickets");
  }

  /** The service problems ({@link SparkSchemas#PROBLEMS}). */
  public Dataset<Row> problems() {
    return tables.get("problems");
  }

  /** The orders ({@link SparkSchemas#ORDERS}). */
  public Dataset<Row> orders() {
    return tables.get("orders");
  }

  /** The bills ({@link SparkSchemas#BILLS}). */
  public Dataset<Row> bills() {
    return tables.get("bills");
  }

  /** The bill lines ({@link SparkSchemas#BILL_LINES}). */
  public Dataset<Row> billLines() {
    return tables.get("billLines");
  }

  /** The SLA terms ({@link SparkSchemas#SLA_TERMS}). */
  public Dataset<Row> slaTerms() {
    return tables.get("slaTerms");
  }

  /** The rated usage ({@link SparkSchemas#USAGE}). */
  public Dataset<Row> usage() {
    return tables.get("usage");
  }

  /** One table by its name in {@link #TABLES}. */
  public Dataset<Row> table(String name) {
    Dataset<Row> t = tables.get(name);
    if (t == null) {
      throw new IllegalArgumentException("table must be one of " + TABLES + ", was " + name);
    }
    return t;
  }

  /** The schema of a table by its name in {@link #TABLES}. */
  public static StructType schema(String table) {
    int i = TABLES.indexOf(table);
    if (i < 0) {
      throw new IllegalArgumentException("table must be one of " + TABLES + ", was " + table);
    }
    return SCHEMAS.get(i);
  }

  /** A copy with these tables replaced (conformed like the builder's). */
  public Builder toBuilder(SparkSession spark) {
    Builder b = builder(spark);
    tables.forEach(b::table);
    return b;
  }

  @Override
  public String toString() {
    return "StatementTables" + TABLES;
  }

  /** Builds {@link StatementTables}; not thread-safe. */
  public static final class Builder {
    private final SparkSession spark;
    private final CoreRows rows;
    private final Map<String, Dataset<Row>> tables = new LinkedHashMap<>();

    Builder(SparkSession spark) {
      this.spark = Objects.requireNonNull(spark, "spark");
      this.rows =
          new CoreRows(
              Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled")));
    }

    /** Sets a table by its name in {@link #TABLES}, conformed to its schema. */
    public Builder table(String name, Dataset<Row> df) {
      tables.put(name, Conform.conform(df, schema(name), name));
      return this;
    }

    /** The connections. */
    public Builder connections(Dataset<Row> df) {
      return table("connections", df);
    }

    /** The topology elements. */
    public Builder elements(Dataset<Row> df) {
      return table("elements", df);
    }

    /** The supports edges. */
    public Builder edges(Dataset<Row> df) {
      return table("edges", df);
    }

    /** The causes. */
    public Builder causes(Dataset<Row> df) {
      return table("causes", df);
    }

    /** The trouble tickets. */
    public Builder tickets(Dataset<Row> df) {
      return table("tickets", df);
    }

    /** The service problems. */
    public Builder problems(Dataset<Row> df) {
      return table("problems", df);
    }

    /** The orders. */
    public Builder orders(Dataset<Row> df) {
      return table("orders", df);
    }

    /** The bills. */
    public Builder bills(Dataset<Row> df) {
      return table("bills", df);
    }

    /** The bill lines. */
    public Builder billLines(Dataset<Row> df) {
      return table("billLines", df);
    }

    /** The SLA terms. */
    public Builder slaTerms(Dataset<Row> df) {
      return table("slaTerms", df);
    }

    /** The rated usage. */
    public Builder usage(Dataset<Row> df) {
      return table("usage", df);
    }

    /**
     * The elements and edges of a core topology (built-in rules only; see {@link CoreRows#rule}),
     * as DataFrames made on the driver.
     */
    public Builder topology(Topology topology) {
      table("elements", frame(rows.elements(topology), SparkSchemas.ELEMENTS));
      return table("edges", frame(rows.edges(topology), SparkSchemas.EDGES));
    }

    /** Core connections, as a DataFrame made on the driver. */
    public Builder connections(Collection<Connection> connections) {
      return table("connections", frame(connections, rows::connection, SparkSchemas.CONNECTIONS));
    }

    /** Core causes. */
    public Builder causes(Collection<Cause> causes) {
      return table("causes", frame(causes, rows::cause, SparkSchemas.CAUSES));
    }

    /** Core trouble tickets. */
    public Builder tickets(Collection<TroubleTicket> tickets) {
      return table("tickets", frame(tickets, rows::ticket, SparkSchemas.TICKETS));
    }

    /** Core service problems. */
    public Builder problems(Collection<ServiceProblem> problems) {
      return table("problems", frame(problems, rows::problem, SparkSchemas.PROBLEMS));
    }

    /** Core orders. */
    public Builder orders(Collection<Order> orders) {
      return table("orders", frame(orders, rows::order, SparkSchemas.ORDERS));
    }

    /** Core bills. */
    public Builder bills(Collection<Bill> bills) {
      return table("bills", frame(bills, rows::bill, SparkSchemas.BILLS));
    }

    /** Core bill lines. */
    public Builder billLines(Collection<BillLine> lines) {
      return table("billLines", frame(lines, rows::billLine, SparkSchemas.BILL_LINES));
    }

    /** Core SLA terms. */
    public Builder slaTerms(Collection<SlaTerms> terms) {
      return table("slaTerms", frame(terms, rows::slaTerms, SparkSchemas.SLA_TERMS));
    }

    /** Core usage records. */
    public Builder usage(Collection<UsageRecord> usage) {
      return table("usage", frame(usage, rows::usage, SparkSchemas.USAGE));
    }

    /**
     * Every record of a statement's inputs (its period, as-of instant, impacts and data quality are
     * the job's, not tables), as DataFrames made on the driver.
     */
    public Builder records(StatementInputs in) {
      return connections(in.connections())
          .topology(in.topology())
          .causes(in.causes())
          .tickets(in.tickets())
          .problems(in.problems())
          .orders(in.orders())
          .usage(in.usage())
          .bills(in.bills())
          .billLines(in.billLines())
          .slaTerms(in.slaTerms());
    }

    /** The inputs; tables not set are empty. Fails if connections were not set. */
    public StatementTables build() {
      if (!tables.containsKey("connections")) {
        throw new IllegalStateException("connections must be set");
      }
      Map<String, Dataset<Row>> all = new LinkedHashMap<>();
      for (int i = 0; i < TABLES.size(); i++) {
        String name = TABLES.get(i);
        @Nullable Dataset<Row> t = tables.get(name);
        all.put(name, t != null ? t : frame(List.of(), SCHEMAS.get(i)));
      }
      return new StatementTables(all);
    }

    private <T> Dataset<Row> frame(Collection<T> values, Function<T, Row> row, StructType schema) {
      List<Row> list = new ArrayList<>(values.size());
      for (T v : values) {
        list.add(row.apply(v));
      }
      return frame(list, schema);
    }

    /**
     * A table of rows held on the driver. Distributed as an RDD rather than a local relation: a
     * local relation carries its rows inside the query plan, and Spark's analyser and optimiser
     * walk and hash the plan many times per query — at 10,000 connections that took most of the
     * job.
     */
    private Dataset<Row> frame(List<Row> list, StructType schema) {
      if (list.isEmpty()) {
        return spark.createDataFrame(list, schema);
      }
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      List<Row> rows = new ArrayList<>(list.size());
      list.forEach(r -> rows.add(Values.forEncoder(r)));
      return spark.createDataFrame(jsc.parallelize(rows, jsc.defaultParallelism()), schema);
    }
  }
}
