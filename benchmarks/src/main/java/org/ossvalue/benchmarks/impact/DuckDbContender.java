package org.ossvalue.benchmarks.impact;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ossvalue.benchmarks.workload.Workload;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Money;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * The SQL an analyst would write, in embedded DuckDB (in memory, all cores). The workload is loaded
 * into plain tables once ({@link #prepare}, not timed); {@link #compute} runs the analysis: alarm
 * windows cut at as-of, a recursive CTE up the supports edges to find every affected node and its
 * level, then level by level each node's elementary time slices (window function {@code lead} over
 * its boundaries) with its own worst alarm and its supporters' states combined by the node's rule
 * (max, min, k-th smallest via {@code list_sort}), for all alarms and for unplanned ones; then
 * connections, cut to their active window, valued per currency in DOUBLE.
 */
public final class DuckDbContender implements Contender {

  private final Connection db;
  private final long monthStart;
  private final long monthEnd;
  private final long asOf;

  private DuckDbContender(Connection db, Workload w) {
    this.db = db;
    this.monthStart = w.period().from().getEpochSecond();
    this.monthEnd = w.period().to().getEpochSecond();
    this.asOf = w.asOf().getEpochSecond();
  }

  @Override
  public String name() {
    return "duckdb";
  }

  /** Opens an in-memory database and loads the workload into tables. */
  public static DuckDbContender prepare(Workload w) {
    try {
      Connection db = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TABLE element(id VARCHAR, rule VARCHAR, k INTEGER, n INTEGER)");
        s.execute("CREATE TABLE supports(supporter VARCHAR, supported VARCHAR)");
        s.execute(
            "CREATE TABLE connection(id VARCHAR, currency VARCHAR, mrr DOUBLE,"
                + " activation BIGINT, termination BIGINT)");
        s.execute("CREATE TABLE realized(connection VARCHAR, element VARCHAR)");
        s.execute(
            "CREATE TABLE alarm(id VARCHAR, element VARCHAR, severity VARCHAR,"
                + " planned BOOLEAN, raised BIGINT, cleared BIGINT)");
        s.execute("CREATE TABLE severity_map(severity VARCHAR, d DOUBLE)");
      }
      DuckDBConnection duck = db.unwrap(DuckDBConnection.class);
      load(duck, w);
      return new DuckDbContender(db, w);
    } catch (SQLException e) {
      throw new IllegalStateException("loading DuckDB failed", e);
    }
  }

  private static void load(DuckDBConnection duck, Workload w) throws SQLException {
    Topology t = w.topology();
    try (DuckDBAppender element = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "element");
        DuckDBAppender supports =
            duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "supports")) {
      for (String id : t.elements()) {
        String rule = t.rule(id).toString();
        String kind;
        int k = 0;
        if (rule.contains("allRequired")) {
          kind = "max";
        } else if (rule.contains("redundant")) {
          kind = "min";
        } else if (rule.contains("atLeast(")) {
          kind = "kth";
          k = Integer.parseInt(rule.substring(rule.indexOf('(') + 1, rule.indexOf(')')));
        } else {
          throw new IllegalArgumentException("no SQL for rule " + rule);
        }
        var sup = t.supportersOf(id);
        element.beginRow().append(id).append(kind).append(k).append(sup.size()).endRow();
        for (String s : sup) {
          supports.beginRow().append(s).append(id).endRow();
        }
      }
    }
    try (DuckDBAppender connection =
            duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "connection");
        DuckDBAppender realized =
            duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "realized")) {
      for (org.ossvalue.core.Connection c : w.connections()) {
        Money mrr = c.mrr().orElseThrow();
        connection
            .beginRow()
            .append(c.id())
            .append(mrr.currency().getCurrencyCode())
            .append(mrr.amount().doubleValue());
        if (c.activation().isPresent()) {
          connection.append(c.activation().get().getEpochSecond());
        } else {
          connection.appendNull();
        }
        if (c.termination().isPresent()) {
          connection.append(c.termination().get().getEpochSecond());
        } else {
          connection.appendNull();
        }
        connection.endRow();
        for (String e : c.realizedBy()) {
          realized.beginRow().append(c.id()).append(e).endRow();
        }
      }
    }
    try (DuckDBAppender alarm = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "alarm");
        DuckDBAppender map = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "severity_map")) {
      for (Cause c : w.causes()) {
        alarm
            .beginRow()
            .append(c.ref().toString())
            .append(c.element())
            .append(c.severity().label())
            .append(c.planned())
            .append(c.raised().getEpochSecond());
        if (c.cleared().isPresent()) {
          alarm.append(c.cleared().get().getEpochSecond());
        } else {
          alarm.appendNull();
        }
        alarm.endRow();
      }
      SeverityMapping defaults = SeverityMapping.defaults();
      for (org.ossvalue.core.Severity s : org.ossvalue.core.Severity.values()) {
        Cause probe =
            Cause.alarm("probe").element("x").severity(s).raised(java.time.Instant.EPOCH).build();
        map.beginRow().append(s.label()).append(defaults.degradation(probe).doubleValue()).endRow();
      }
    }
  }

  @Override
  public Totals compute() {
    try (Statement s = db.createStatement()) {
      // Alarm windows that hurt, cut at as-of.
      s.execute(
          fmt(
              "CREATE OR REPLACE TEMP TABLE w AS SELECT a.element, m.d, a.planned, a.raised AS t0,"
                  + " least(coalesce(a.cleared, %1$d), %1$d) AS t1"
                  + " FROM alarm a JOIN severity_map m USING (severity)"
                  + " WHERE m.d > 0 AND least(coalesce(a.cleared, %1$d), %1$d) > a.raised",
              asOf));
      // Every node the alarms can reach, with its level (longest path from an alarmed node).
      s.execute(
          "CREATE OR REPLACE TEMP TABLE lvl AS WITH RECURSIVE up(node, l) AS ("
              + " SELECT DISTINCT element, 0 FROM w"
              + " UNION ALL SELECT s.supported, up.l + 1 FROM up JOIN supports s"
              + " ON s.supporter = up.node)"
              + " SELECT node, max(l) AS l FROM up GROUP BY node");
      s.execute(
          "CREATE OR REPLACE TEMP TABLE st(node VARCHAR, t0 BIGINT, t1 BIGINT,"
              + " d_all DOUBLE, d_unp DOUBLE)");
      int levels;
      try (ResultSet r = s.executeQuery("SELECT coalesce(max(l), -1) FROM lvl")) {
        r.next();
        levels = r.getInt(1);
      }
      for (int level = 0; level <= levels; level++) {
        s.execute(levelStep(level));
      }
      // Connections: the worst of their realising elements and their own alarms, cut and valued.
      Map<String, BigDecimal> unplanned = new HashMap<>();
      Map<String, BigDecimal> planned = new HashMap<>();
      Map<String, BigDecimal> lost = new HashMap<>();
      double monthSeconds = monthEnd - monthStart;
      try (ResultSet r = s.executeQuery(connectionStep())) {
        while (r.next()) {
          String currency = r.getString(1);
          lost.put(currency, BigDecimal.valueOf(r.getDouble(2)));
          unplanned.put(currency, BigDecimal.valueOf(r.getDouble(2) / monthSeconds));
          planned.put(currency, BigDecimal.valueOf(r.getDouble(3) / monthSeconds));
        }
      }
      Map<String, BigDecimal> availability = new HashMap<>();
      try (ResultSet r =
          s.executeQuery(
              fmt(
                  "SELECT currency, sum(mrr * (least(coalesce(termination, %2$d), %2$d)"
                      + " - greatest(activation, %1$d))) FROM connection"
                      + " WHERE activation IS NOT NULL AND least(coalesce(termination, %2$d), %2$d)"
                      + " > greatest(activation, %1$d) GROUP BY currency",
                  monthStart, monthEnd))) {
        while (r.next()) {
          String currency = r.getString(1);
          availability.put(
              currency,
              Totals.availability(
                  lost.getOrDefault(currency, BigDecimal.ZERO),
                  BigDecimal.valueOf(r.getDouble(2))));
        }
      }
      return new Totals(unplanned, planned, availability);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB analysis failed", e);
    }
  }

  private static String levelStep(int level) {
    return fmt(
        "INSERT INTO st"
            + " WITH nodes AS (SELECT node FROM lvl WHERE l = %d),"
            + " b AS ("
            + "  SELECT w.element AS node, w.t0 AS t FROM w JOIN nodes ON nodes.node = w.element"
            + "  UNION SELECT w.element, w.t1 FROM w JOIN nodes ON nodes.node = w.element"
            + "  UNION SELECT s.supported, st.t0 FROM st JOIN supports s ON s.supporter = st.node"
            + "   JOIN nodes ON nodes.node = s.supported"
            + "  UNION SELECT s.supported, st.t1 FROM st JOIN supports s ON s.supporter = st.node"
            + "   JOIN nodes ON nodes.node = s.supported),"
            + " sl AS (SELECT * FROM (SELECT node, t AS t0,"
            + "  lead(t) OVER (PARTITION BY node ORDER BY t) AS t1 FROM b) WHERE t1 IS NOT NULL),"
            + " own AS (SELECT sl.node, sl.t0, sl.t1, max(w.d) AS d_all,"
            + "  coalesce(max(w.d) FILTER (WHERE NOT w.planned), 0) AS d_unp"
            + "  FROM sl JOIN w ON w.element = sl.node AND w.t0 <= sl.t0 AND sl.t0 < w.t1"
            + "  GROUP BY sl.node, sl.t0, sl.t1),"
            + " sup AS (SELECT sl.node, sl.t0, sl.t1,"
            + "  count(*) AS m_all, count(*) FILTER (WHERE st.d_unp > 0) AS m_unp,"
            + "  max(st.d_all) AS max_all, min(st.d_all) AS min_all,"
            + "  max(st.d_unp) AS max_unp, min(st.d_unp) AS min_unp,"
            + "  list_sort(list(st.d_all)) AS l_all,"
            + "  list_sort(list(st.d_unp) FILTER (WHERE st.d_unp > 0)) AS l_unp"
            + "  FROM sl JOIN supports s ON s.supported = sl.node"
            + "  JOIN st ON st.node = s.supporter AND st.t0 <= sl.t0 AND sl.t0 < st.t1"
            + "  GROUP BY sl.node, sl.t0, sl.t1),"
            + " comb AS (SELECT sup.node, sup.t0, sup.t1,"
            + "  CASE e.rule WHEN 'max' THEN max_all"
            + "   WHEN 'min' THEN CASE WHEN m_all = e.n THEN min_all ELSE 0 END"
            + "   ELSE CASE WHEN least(e.k, e.n) <= e.n - m_all THEN 0"
            + "    ELSE l_all[least(e.k, e.n) - (e.n - m_all)] END END AS d_all,"
            + "  CASE e.rule WHEN 'max' THEN max_unp"
            + "   WHEN 'min' THEN CASE WHEN m_unp = e.n THEN min_unp ELSE 0 END"
            + "   ELSE CASE WHEN least(e.k, e.n) <= e.n - m_unp THEN 0"
            + "    ELSE l_unp[least(e.k, e.n) - (e.n - m_unp)] END END AS d_unp"
            + "  FROM sup JOIN element e ON e.id = sup.node)"
            + " SELECT * FROM (SELECT node, t0, t1,"
            + "  greatest(coalesce(own.d_all, 0), coalesce(comb.d_all, 0)) AS d_all,"
            + "  greatest(coalesce(own.d_unp, 0), coalesce(comb.d_unp, 0)) AS d_unp"
            + "  FROM own FULL OUTER JOIN comb USING (node, t0, t1)) WHERE d_all > 0",
        level);
  }

  private String connectionStep() {
    return fmt(
        "WITH src AS (SELECT connection, element FROM realized"
            + "  UNION ALL SELECT id, id FROM connection),"
            + " hit AS (SELECT src.connection AS node, st.t0, st.t1, st.d_all, st.d_unp"
            + "  FROM st JOIN src ON src.element = st.node),"
            + " b AS (SELECT node, t0 AS t FROM hit UNION SELECT node, t1 FROM hit),"
            + " sl AS (SELECT * FROM (SELECT node, t AS t0,"
            + "  lead(t) OVER (PARTITION BY node ORDER BY t) AS t1 FROM b) WHERE t1 IS NOT NULL),"
            + " d AS (SELECT sl.node, sl.t0, sl.t1, max(hit.d_all) AS d_all,"
            + "  max(hit.d_unp) AS d_unp FROM sl JOIN hit ON hit.node = sl.node"
            + "  AND hit.t0 <= sl.t0 AND sl.t0 < hit.t1 GROUP BY sl.node, sl.t0, sl.t1),"
            + " c AS (SELECT id, currency, mrr, greatest(activation, %1$d) AS lo,"
            + "  least(coalesce(termination, %3$d), %3$d, %2$d) AS hi"
            + "  FROM connection WHERE activation IS NOT NULL)"
            + " SELECT c.currency,"
            + "  sum(c.mrr * d.d_unp * (least(d.t1, c.hi) - greatest(d.t0, c.lo))),"
            + "  sum(c.mrr * (d.d_all - d.d_unp) * (least(d.t1, c.hi) - greatest(d.t0, c.lo)))"
            + " FROM d JOIN c ON c.id = d.node"
            + " WHERE least(d.t1, c.hi) > greatest(d.t0, c.lo) GROUP BY c.currency",
        monthStart, monthEnd, asOf);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
