package org.ossvalue.spark.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.unsafe.hash.Murmur3_x86_32;
import org.jspecify.annotations.Nullable;
import org.ossvalue.spark.StatementTables;

/**
 * Cuts a base into units that a value statement can be computed on independently, and ships each
 * unit's records to one partition.
 *
 * <p>A unit is a set of whole billing accounts (leakage compares an account's bills with all its
 * connections), by hash of the account or by where its connections hang in the network (see {@link
 * #accountUnits}), together with everything their figures read: the upstream closure of their
 * connections in the topology (found with one join per level of the supports graph), the edges
 * inside it, the causes on it or on the connections, the tickets naming those elements or alarms,
 * the problems grouping those alarms or tickets, the orders, usage, bills and bill lines of the
 * accounts. Shared elements (aggregation routers, uplink groups) and their causes, tickets and
 * problems are replicated to every unit that needs them; every connection, order, bill, bill line
 * and usage record lives in exactly one unit. Causes on elements no connection depends on change no
 * figure and are dropped; causes on unknown elements go to one unit, which reports them as
 * unresolved once.
 */
public final class Units {

  /** The envelope: the unit, the table (index in {@link #TABLES}), one struct per table. */
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
          "usage");

  private static final int MAX_DEPTH = 1_000;

  /** Levels the anchor search climbs before it gives up (a cycle) and cuts by account hash. */
  private static final int ANCHOR_DEPTH = 64;

  /** Anchors packed into units by size; smaller ones go by hash. */
  private static final int PACKED = 100_000;

  private final int n;
  private final boolean anchored;
  private final List<Dataset<Row>> persisted = new ArrayList<>();

  /**
   * Units for {@code n} partitions: accounts by hash, or ({@code anchored}) by their anchors in the
   * network.
   */
  public Units(int n, boolean anchored) {
    this.n = n;
    this.anchored = anchored;
  }

  /** The schema of an envelope row. */
  public static StructType envelopeSchema() {
    StructType s =
        new StructType()
            .add("p", DataTypes.IntegerType, false)
            .add("t", DataTypes.IntegerType, false);
    for (String table : TABLES) {
      s = s.add(new StructField(table, nullable(StatementTables.schema(table)), true, meta()));
    }
    return s;
  }

  private static org.apache.spark.sql.types.Metadata meta() {
    return org.apache.spark.sql.types.Metadata.empty();
  }

  /** DataFrames persisted while planning (the caller unpersists them when done). */
  public List<Dataset<Row>> persisted() {
    return persisted;
  }

  private Column unit(Column key) {
    return pmod(hash(key), lit(n));
  }

  /** Every record tagged with its unit(s), repartitioned so that a unit is in one partition. */
  public Dataset<Row> envelopes(StatementTables t) {
    Dataset<Row> edges = t.edges();
    @Nullable Dataset<Row> accountUnits =
        anchored && n > 1 ? accountUnits(t.connections(), edges) : null;
    Dataset<Row> connections =
        withAccountUnit(t.connections(), accountUnits).withColumnRenamed("accountUnit", "p");
    Dataset<Row> connectionUnits = connections.select(col("id").as("key"), col("p"));

    // Upstream closure: (key, unit) for every connection and every element above one.
    Dataset<Row> links = edges.select(col("supporter").as("up"), col("supported").as("down"));
    Dataset<Row> keys =
        cut(
            connectionUnits
                .union(
                    connections.select(explode(col("realizedBy")).as("key"), col("p")).distinct())
                .distinct());
    Dataset<Row> frontier = keys;
    for (int depth = 0; ; depth++) {
      if (depth > MAX_DEPTH) {
        throw new IllegalArgumentException(
            "edges: the supports graph is deeper than " + MAX_DEPTH + " levels (a cycle?)");
      }
      Dataset<Row> up =
          frontier
              .join(links, col("key").equalTo(col("down")))
              .select(col("up").as("key"), col("p"))
              .distinct();
      Dataset<Row> seen = keys.select(col("key").as("seenKey"), col("p").as("seenP"));
      Dataset<Row> fresh =
          cut(
              up.join(
                  seen,
                  col("key").equalTo(col("seenKey")).and(col("p").equalTo(col("seenP"))),
                  "left_anti"));
      if (fresh.isEmpty()) {
        break;
      }
      keys = cut(keys.union(fresh));
      frontier = fresh;
    }
    Dataset<Row> elements = t.elements();
    Dataset<Row> elementsIn =
        elements.join(keys, col("id").equalTo(col("key"))).select(col("p"), packed("elements"));
    Dataset<Row> edgesIn =
        edges.join(keys, col("supported").equalTo(col("key"))).select(col("p"), packed("edges"));

    // Causes: on the closure, dropped when on an element nothing depends on, else one unit.
    Dataset<Row> causes = t.causes();
    Dataset<Row> known =
        elements.select(col("id").as("known")).union(connections.select(col("id"))).distinct();
    Dataset<Row> causesOn =
        causes
            .join(keys, col("element").equalTo(col("key")), "left")
            .select(col("p"), packed("causes"));
    Dataset<Row> unplaced =
        causes
            .join(keys, col("element").equalTo(col("key")), "left_anti")
            .join(known, col("element").equalTo(col("known")), "left_anti");
    Dataset<Row> causesIn =
        cut(
            causesOn
                .filter(col("p").isNotNull())
                .union(
                    unplaced.select(
                        unit(concat_ws(":", col("kind"), col("id"))).as("p"), packed("causes"))));
    Dataset<Row> alarmUnits =
        causesIn
            .filter(col("causes.kind").equalTo("alarm"))
            .select(col("causes.id").as("key"), col("p"))
            .distinct();

    // Tickets: wherever an element or alarm they name is.
    Dataset<Row> tickets = t.tickets();
    Dataset<Row> ticketKeys =
        tickets
            .select(col("id").as("ticket"), explode(col("elements")).as("ref"))
            .join(keys, col("ref").equalTo(col("key")))
            .select(col("ticket"), col("p"))
            .union(
                tickets
                    .select(col("id").as("ticket"), explode(col("alarms")).as("ref"))
                    .join(alarmUnits, col("ref").equalTo(col("key")))
                    .select(col("ticket"), col("p")))
            .distinct();
    Dataset<Row> ticketUnits = cut(ticketKeys);
    Dataset<Row> ticketsIn =
        tickets
            .join(ticketUnits, col("id").equalTo(col("ticket")))
            .select(col("p"), packed("tickets"));

    // Problems: wherever an alarm, ticket or affected element they group is.
    Dataset<Row> problems = t.problems();
    Dataset<Row> problemUnits =
        problems
            .select(col("id").as("problem"), explode(col("alarms")).as("ref"))
            .join(alarmUnits, col("ref").equalTo(col("key")))
            .select(col("problem"), col("p"))
            .union(
                problems
                    .select(col("id").as("problem"), explode(col("tickets")).as("ref"))
                    .join(ticketUnits, col("ref").equalTo(col("ticket")))
                    .select(col("problem"), col("p")))
            .union(
                problems
                    .select(col("id").as("problem"), explode(col("affected")).as("ref"))
                    .join(keys, col("ref").equalTo(col("key")))
                    .select(col("problem"), col("p")))
            .distinct();
    Dataset<Row> problemsIn =
        problems
            .join(problemUnits, col("id").equalTo(col("problem")))
            .select(col("p"), packed("problems"));

    // Orders: the unit of their account, else of their first item's connection, else their own.
    Dataset<Row> orders = t.orders();
    Column firstConnection = element_at(col("items"), 1).getField("connection");
    Dataset<Row> ordersWithFirst = orders.withColumn("firstConnection", firstConnection);
    Dataset<Row> ordersIn =
        ordersWithFirst
            .join(connectionUnits, col("firstConnection").equalTo(col("key")), "left")
            .transform(df -> withAccountUnit(df, accountUnits))
            .select(
                coalesce(
                        when(col("account").isNotNull(), col("accountUnit")),
                        col("p"),
                        unit(col("id")))
                    .as("p"),
                packed("orders"));

    // Usage: the unit of its connection, else its own (reported as unused there, once).
    Dataset<Row> usage = t.usage();
    Dataset<Row> usageIn =
        usage
            .join(connectionUnits, col("connection").equalTo(col("key")), "left")
            .select(coalesce(col("p"), unit(col("id"))).as("p"), packed("usage"));

    Dataset<Row> bills = t.bills();
    Dataset<Row> lines = t.billLines();
    List<Dataset<Row>> parts =
        List.of(
            connections.select(col("p"), packed("connections")),
            elementsIn,
            edgesIn,
            causesIn,
            ticketsIn,
            problemsIn,
            ordersIn,
            withAccountUnit(bills, accountUnits)
                .select(col("accountUnit").as("p"), packed("bills")),
            withAccountUnit(lines, accountUnits)
                .select(col("accountUnit").as("p"), packed("billLines")),
            usageIn);
    Dataset<Row> all = null;
    for (int i = 0; i < parts.size(); i++) {
      Dataset<Row> e = envelope(parts.get(i), i);
      all = all == null ? e : all.union(e);
    }
    return routed(all, n);
  }

  /**
   * The rows shuffled into {@code n} partitions, those of unit {@code p} (an int column, 0 ≤ p < n)
   * into partition p. Unit p travels under a key that hash partitioning sends to partition p: keyed
   * by p itself, units would share partitions and leave others empty (2 units: both in one).
   */
  static Dataset<Row> routed(Dataset<Row> rows, int n) {
    return rows.withColumn("route", element_at(lit(routes(n)), col("p").plus(1)))
        .repartition(n, col("route"))
        .drop("route");
  }

  /**
   * For each unit p of {@code n}, the smallest int that {@code repartition(n, column)} sends to
   * partition p. Spark's hash partitioning places a row in {@code pmod(murmur3(key, 42), n)} (the
   * {@code hash} function's value), which is not p for the key p: for 7 units, p = 0…6 fill only 4
   * partitions. A test checks that every envelope row lands in the partition of its unit.
   */
  static int[] routes(int n) {
    int[] routes = new int[n];
    java.util.Arrays.fill(routes, -1);
    int found = 0;
    for (int key = 0; found < n; key++) {
      int partition = Math.floorMod(Murmur3_x86_32.hashInt(key, 42), n);
      if (routes[partition] < 0) {
        routes[partition] = key;
        found++;
      }
    }
    return routes;
  }

  /**
   * The rows with their account's unit ({@code accountUnit}): by hash, or from the account units
   * when the cut is anchored (by hash for an account without connections).
   */
  private Dataset<Row> withAccountUnit(Dataset<Row> df, @Nullable Dataset<Row> accountUnits) {
    if (accountUnits == null) {
      return df.withColumn("accountUnit", unit(col("account")));
    }
    return df.join(accountUnits, col("account").equalTo(col("unitAccount")), "left")
        .drop("unitAccount")
        .withColumn("accountUnit", coalesce(col("accountUnit"), unit(col("account"))));
  }

  /**
   * (unitAccount, accountUnit) for every account with connections: the unit of an account is the
   * unit of its anchor, the highest element above its connections that holds at most half of a
   * unit's share of the base ({@code connections / (2 n)}, counted per path: exact on trees);
   * anchors are packed into units largest first, each into the unit holding the fewest connections
   * so far. So an aggregation domain's accounts share a unit and its shared elements, their causes,
   * tickets and problems are copied to one unit, not to every unit (as a hash of the account would
   * copy them); an element above too much of the base (a national core) is still copied. Accounts
   * whose connections name no element, and anchors beyond the {@value #PACKED} largest, go by hash.
   */
  private Dataset<Row> accountUnits(Dataset<Row> all, Dataset<Row> edges) {
    // The two columns read here, read from the input once.
    Dataset<Row> connections = cut(all.select(col("account"), col("realizedBy")));
    Dataset<Row> accounts = connections.select(col("account").as("unitAccount")).distinct();
    long total = connections.count();
    long cap = Math.max(1, total / (2L * n));
    Dataset<Row> links =
        cut(edges.select(col("supporter").as("up"), col("supported").as("down")).distinct());

    // Connections below every element: the counts climb the supports graph one level a step.
    Dataset<Row> frontier =
        cut(
            connections
                .select(explode(col("realizedBy")).as("el"))
                .groupBy("el")
                .agg(count(lit(1)).as("w")));
    Dataset<Row> arrived = frontier;
    for (int depth = 0; ; depth++) {
      if (depth > ANCHOR_DEPTH) {
        return byHash(accounts); // deeper than any network: a cycle; the closure reports it
      }
      Dataset<Row> next =
          cut(
              frontier
                  .join(links, col("el").equalTo(col("down")))
                  .groupBy(col("up").as("el"))
                  .agg(sum("w").as("w")));
      if (next.isEmpty()) {
        break;
      }
      arrived = arrived.union(next);
      frontier = next;
    }
    Dataset<Row> below = cut(arrived.groupBy("el").agg(sum("w").as("w")));

    // Every element points at its largest supporter under the cap; pointers then jump to the top.
    Dataset<Row> anchor =
        cut(
            links
                .join(
                    below.select(col("el").as("candidate"), col("w").as("cw")),
                    col("up").equalTo(col("candidate")))
                .filter(col("cw").leq(cap))
                .groupBy(col("down").as("el"))
                .agg(max(struct(col("cw"), col("up"))).as("best"))
                .select(col("el"), col("best.up").as("a")));
    for (int hop = 0; ; hop++) {
      if (hop > ANCHOR_DEPTH) {
        return byHash(accounts);
      }
      Dataset<Row> from = anchor.select(col("el").as("via"), col("a").as("further"));
      Dataset<Row> jumped =
          cut(
              anchor
                  .join(from, col("a").equalTo(col("via")), "left")
                  .select(
                      col("el"),
                      coalesce(col("further"), col("a")).as("a"),
                      col("further").isNotNull().as("moved")));
      anchor = jumped.select(col("el"), col("a"));
      if (jumped.filter(col("moved")).isEmpty()) {
        break;
      }
    }
    // An account's key: the heaviest anchor of its connections' elements.
    Dataset<Row> keys =
        cut(
            connections
                .select(col("account"), explode(col("realizedBy")).as("direct"))
                .join(anchor, col("direct").equalTo(col("el")), "left")
                .select(col("account"), coalesce(col("a"), col("direct")).as("key"))
                .join(below, col("key").equalTo(col("el")), "left")
                .groupBy("account")
                .agg(max(struct(coalesce(col("w"), lit(0L)), col("key"))).as("best"))
                .select(col("account").as("keyAccount"), col("best.key").as("key")));
    Dataset<Row> sizes =
        connections
            .groupBy(col("account").as("sizedAccount"))
            .agg(count(lit(1)).as("size"))
            .join(keys, col("sizedAccount").equalTo(col("keyAccount")))
            .groupBy("key")
            .agg(sum("size").as("size"));
    List<Row> largest = sizes.orderBy(col("size").desc(), col("key")).limit(PACKED).collectAsList();
    long[] load = new long[n];
    List<Row> packedKeys = new ArrayList<>(largest.size());
    for (Row r : largest) {
      int least = 0;
      for (int u = 1; u < n; u++) {
        if (load[u] < load[least]) {
          least = u;
        }
      }
      load[least] += r.getLong(1);
      packedKeys.add(RowFactory.create(r.getString(0), least));
    }
    Dataset<Row> packing =
        connections
            .sparkSession()
            .createDataFrame(
                packedKeys,
                new StructType()
                    .add("packedKey", DataTypes.StringType, false)
                    .add("packedUnit", DataTypes.IntegerType, false));
    return cut(
        accounts
            .join(keys, col("unitAccount").equalTo(col("keyAccount")), "left")
            .join(packing, col("key").equalTo(col("packedKey")), "left")
            .select(
                col("unitAccount"),
                coalesce(
                        col("packedUnit"),
                        when(col("key").isNotNull(), unit(col("key"))),
                        unit(col("unitAccount")))
                    .cast("int")
                    .as("accountUnit")));
  }

  private Dataset<Row> byHash(Dataset<Row> accounts) {
    return accounts.withColumn("accountUnit", unit(col("unitAccount")).cast("int"));
  }

  /** The table's columns (as conformed) packed into one struct column named after the table. */
  private static Column packed(String table) {
    StructType schema = StatementTables.schema(table);
    Column[] fields = new Column[schema.fields().length];
    for (int i = 0; i < fields.length; i++) {
      String name = schema.fields()[i].name();
      fields[i] = col(name).as(name);
    }
    return struct(fields).as(table);
  }

  /** An envelope row set from (p, table struct): the other tables' columns null. */
  private static Dataset<Row> envelope(Dataset<Row> df, int table) {
    List<Column> columns = new ArrayList<>();
    columns.add(col("p").cast("int").as("p"));
    columns.add(lit(table).as("t"));
    for (int i = 0; i < TABLES.size(); i++) {
      String name = TABLES.get(i);
      columns.add(
          i == table
              ? col(name).cast(nullable(StatementTables.schema(name))).as(name)
              : lit(null).cast(nullable(StatementTables.schema(name))).as(name));
    }
    return df.select(columns.toArray(new Column[0]));
  }

  /** The type with every field, element and value nullable (what casts and unions accept). */
  @SuppressWarnings("unchecked")
  static <T extends DataType> T nullable(T type) {
    return (T) nullableType(type);
  }

  private static DataType nullableType(DataType type) {
    if (type instanceof StructType s) {
      StructType out = new StructType();
      for (StructField f : s.fields()) {
        out = out.add(new StructField(f.name(), nullableType(f.dataType()), true, f.metadata()));
      }
      return out;
    }
    if (type instanceof ArrayType a) {
      return DataTypes.createArrayType(nullableType(a.elementType()), true);
    }
    if (type instanceof MapType m) {
      return DataTypes.createMapType(m.keyType(), nullableType(m.valueType()), true);
    }
    return type;
  }

  /**
   * Persisted, and as a new leaf plan over its rows: the anchor search joins its own results step
   * after step, and without the cut the plans (and their printed forms, which Spark builds for
   * every query) grow exponentially with the steps.
   */
  private Dataset<Row> cut(Dataset<Row> df) {
    Dataset<Row> p = persist(df);
    return p.sparkSession().createDataFrame(p.rdd(), p.schema());
  }

  private Dataset<Row> persist(Dataset<Row> df) {
    Dataset<Row> p = df.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(p);
    return p;
  }
}
