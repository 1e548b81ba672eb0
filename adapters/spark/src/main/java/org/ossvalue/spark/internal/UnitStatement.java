package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.statement.AvailabilityFigure;
import org.ossvalue.core.statement.BreakdownRow;
import org.ossvalue.core.statement.CoalitionValue;
import org.ossvalue.core.statement.HeadlineEvidence;
import org.ossvalue.core.statement.ImpactLine;
import org.ossvalue.core.statement.OfferingInsight;
import org.ossvalue.core.statement.Parameter;
import org.ossvalue.core.statement.StatementConfig;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.spark.SparkSchemas;
import org.ossvalue.spark.StatementConfigFactory;

/**
 * The work of one partition: its records (envelope rows, see {@link Units}) become core objects,
 * the core computes the partition's {@link ValueStatement} with {@code ValueStatement.assess}, and
 * the statement leaves as rows: every additive figure as exact decimal text ({@link #PARTS}), the
 * statement's central counterfactual game ({@code attributionGame()}, so that attribution, which is
 * not additive, is done once over the whole base), the evidence its headline explanations are
 * rendered from ({@code headlineEvidence()}, merged on the driver), the top impacts, the kept
 * ledger entries and exclusions, the impact lines and one row of figures per connection.
 */
public final class UnitStatement implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** What a partition emits: tag, name, key, currency, exact decimal, count, or one struct. */
  public static final StructType PARTS =
      new StructType()
          .add("tag", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, true)
          .add("key", DataTypes.StringType, true)
          .add("currency", DataTypes.StringType, true)
          .add("exact", DataTypes.StringType, true)
          .add("count", DataTypes.LongType, true)
          .add("entry", Units.nullable(SparkSchemas.LEDGER_ENTRIES), true)
          .add("exclusion", Units.nullable(SparkSchemas.EXCLUSIONS), true)
          .add("impact", Units.nullable(SparkSchemas.IMPACT_LINES), true)
          .add("line", Units.nullable(SparkSchemas.CONNECTION_FIGURES), true)
          .add("evidence", Units.nullable(EvidenceRows.SCHEMA), true);

  /** Tags of {@link #PARTS} rows. */
  public static final String CURRENCY = "currency",
      SUM = "sum",
      COUNT = "count",
      TEXT = "text",
      PARAMETER = "parameter",
      TOP = "top",
      ENTRY = "entry",
      EXCLUSION = "exclusion",
      IMPACT = "impact",
      LINE = "line",
      EVIDENCE = "evidence";

  private final long from;
  private final long to;
  private final String zone;
  private final long asOf;
  private final boolean java8Api;
  private final List<Row> slaTerms;
  private final StatementConfigFactory config;

  /** The work for a period, an as-of instant, the SLA terms (every unit gets all) and a config. */
  public UnitStatement(
      ReportingPeriod period,
      Instant asOf,
      boolean java8Api,
      List<Row> slaTerms,
      StatementConfigFactory config) {
    this.from = period.from().toEpochMilli();
    this.to = period.to().toEpochMilli();
    this.zone = period.zone().getId();
    this.asOf = asOf.toEpochMilli();
    this.java8Api = java8Api;
    this.slaTerms = new ArrayList<>(slaTerms);
    this.config = config;
    if (period.from().getNano() % 1_000_000 != 0
        || period.to().getNano() % 1_000_000 != 0
        || asOf.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException("period and asOf must be whole milliseconds");
    }
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ReportingPeriod period =
        ReportingPeriod.of(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to), ZoneId.of(zone));
    Instant at = Instant.ofEpochMilli(asOf);
    StatementConfig cfg = config.create();

    List<Connection> connections = new ArrayList<>();
    Map<String, Row> elements = new LinkedHashMap<>();
    Set<List<String>> edges = new LinkedHashSet<>();
    Map<String, Cause> causes = new LinkedHashMap<>();
    Map<String, TroubleTicket> tickets = new LinkedHashMap<>();
    Map<String, ServiceProblem> problems = new LinkedHashMap<>();
    List<Order> orders = new ArrayList<>();
    List<Bill> bills = new ArrayList<>();
    List<BillLine> billLines = new ArrayList<>();
    List<UsageRecord> usage = new ArrayList<>();
    while (input.hasNext()) {
      Row r = input.next();
      int t = r.getInt(1);
      Row v = r.getStruct(2 + t);
      switch (Units.TABLES.get(t)) {
        case "connections" -> connections.add(InputRows.connection(v));
        case "elements" -> elements.putIfAbsent(v.getString(0), v);
        case "edges" -> edges.add(List.of(v.getString(0), v.getString(1)));
        case "causes" ->
            causes.computeIfAbsent(v.getString(0) + ":" + v.getString(1), k -> InputRows.cause(v));
        case "tickets" -> tickets.computeIfAbsent(v.getString(0), k -> InputRows.ticket(v));
        case "problems" -> problems.computeIfAbsent(v.getString(0), k -> InputRows.problem(v));
        case "orders" -> orders.add(InputRows.order(v));
        case "bills" -> bills.add(InputRows.bill(v));
        case "billLines" -> billLines.add(InputRows.billLine(v));
        case "usage" -> usage.add(InputRows.usage(v));
        default -> throw new IllegalStateException("table " + t);
      }
    }
    List<SlaTerms> terms = new ArrayList<>(slaTerms.size());
    slaTerms.forEach(r -> terms.add(InputRows.slaTerms(r)));
    Topology topology = topology(elements.values(), edges);
    List<Cause> causeList = new ArrayList<>(causes.values());

    Impacts impacts =
        ImpactEngine.create(cfg.severityMapping(), 1).compute(topology, connections, causeList, at);
    ValueStatement s =
        ValueStatement.assess(
            StatementInputs.builder()
                .period(period)
                .asOf(at)
                .connections(connections)
                .topology(topology)
                .causes(causeList)
                .tickets(tickets.values())
                .problems(problems.values())
                .orders(orders)
                .usage(usage)
                .bills(bills)
                .billLines(billLines)
                .slaTerms(terms)
                .impacts(impacts)
                .build(),
            cfg);

    Emitter out = new Emitter(java8Api);
    out.statement(s);
    return out.rows.iterator();
  }

  /** The partition's topology: its elements once each, its edges, each element's rule. */
  static Topology topology(Iterable<Row> elements, Set<List<String>> edges) {
    Topology.Builder t = Topology.builder();
    for (Row e : elements) {
      String id = e.getString(0);
      if (InputRows.isResource(e)) {
        t.resource(id);
      } else {
        t.service(id);
      }
      CombinationRule rule = InputRows.rule(e);
      if (!rule.equals(CombinationRule.allRequired())) {
        t.rule(id, rule);
      }
    }
    for (List<String> edge : edges) {
      t.supports(edge.get(0), edge.get(1));
    }
    return t.build();
  }

  /** Rows of one partition's statement. */
  static final class Emitter {
    final List<Row> rows = new ArrayList<>();
    final EntryRows entryRows;

    Emitter(boolean java8Api) {
      this.entryRows = new EntryRows(java8Api);
    }

    void statement(ValueStatement s) {
      for (Money m : s.headline().connected()) {
        text(CURRENCY, null, null, m.currency().getCurrencyCode());
      }
      for (Map.Entry<String, List<Money>> e : StatementSums.of(s).entrySet()) {
        sums(e.getKey(), null, e.getValue());
      }
      for (LedgerKind kind : LedgerKind.values()) {
        sums("ledger." + kind.label(), null, s.ledgers().total(kind).all());
      }
      for (AvailabilityFigure a : s.headline().revenueWeightedAvailability()) {
        availability("availability", null, a);
      }
      availability("availability", null, s.headline().connectionWeightedAvailability());
      breakdown("segment", s.breakdowns().bySegment());
      breakdown("offering", s.breakdowns().byOffering());
      for (OfferingInsight o : s.productInsight()) {
        String key = o.offering().orElse(null);
        count("insight.impacts", key, o.currency(), o.impacts());
        sum("insight.minutes", key, o.currency(), o.incidentMinutes());
        sum("insight.atRisk", key, o.currency(), o.atRisk().amount());
      }
      for (HeadlineEvidence e : s.headlineEvidence()) {
        rows.add(struct(EVIDENCE, 10, EvidenceRows.row(e)));
      }
      for (ImpactLine l : s.topImpacts()) {
        rows.add(struct(TOP, 8, entryRows.impact(l)));
      }
      for (ImpactLine l : s.impacts()) {
        rows.add(struct(IMPACT, 8, entryRows.impact(l)));
      }
      texts("gaps.unresolvedCauses", s.gaps().unresolvedCauses());
      texts("gaps.unvaluedConnections", s.gaps().unvaluedConnections());
      texts("gaps.unknownAgreements", s.gaps().unknownAgreements());
      texts("gaps.unplacedBillLines", s.gaps().unplacedBillLines());
      texts("gaps.unknownFigures", s.gaps().unknownFigures());
      texts("gaps.unusedUsage", s.gaps().unusedUsage());
      texts("leakage.notAssessable", s.leakage().notAssessable());
      text(TEXT, "guard", s.ledgers().guard(), null);
      int i = 0;
      for (Parameter p : s.parameters()) {
        rows.add(
            RowFactory.create(
                PARAMETER,
                p.name(),
                p.value(),
                null,
                null,
                (long) i++,
                null,
                null,
                null,
                null,
                null));
      }
      for (LedgerEntry e : s.ledgers().entries()) {
        rows.add(struct(ENTRY, 6, entryRows.entry(e)));
      }
      for (GuardExclusion x : s.ledgers().excluded()) {
        rows.add(struct(EXCLUSION, 7, entryRows.exclusion(x)));
      }
      for (CoalitionValue v : s.attributionGame()) {
        sum("game", String.join(",", v.functions()), code(v.value()), v.value().amount());
      }
      for (Row line : ConnectionFigures.of(s)) {
        rows.add(struct(LINE, 9, line));
      }
    }

    private static String code(Money m) {
      return m.currency().getCurrencyCode();
    }

    private void breakdown(String dimension, List<BreakdownRow> rowsOf) {
      for (BreakdownRow b : rowsOf) {
        String key = b.key().orElse(null);
        String p = "breakdown." + dimension + ".";
        count(p + "connections", key, null, b.connections());
        sums(p + "mrr", key, b.mrr());
        sums(p + "connected", key, b.connected());
        sums(p + "enabled", key, b.enabled());
        sums(p + "protectedRevenue", key, b.protectedRevenue());
        sums(p + "atRisk", key, b.atRisk());
        sums(p + "plannedAtRisk", key, b.plannedAtRisk());
        sums(p + "lost", key, b.lost());
        sums(p + "credits", key, b.credits());
        sums(p + "usageLost", key, b.usageLost());
        sums(p + "delayed", key, b.delayed());
        sums(p + "leakage", key, b.leakage());
        sums(p + "churnExposure", key, b.churnExposure());
        for (AvailabilityFigure a : b.revenueWeightedAvailability()) {
          availability(p + "availability", key, a);
        }
        availability(p + "availability", key, b.connectionWeightedAvailability());
        // A group with no figures still exists (its connection count says so).
      }
    }

    private void availability(String name, @Nullable String key, AvailabilityFigure a) {
      String c = a.currency().orElse(null);
      sum(name + ".sold", key, c, a.sold());
      sum(name + ".lostUnplanned", key, c, a.lostUnplanned());
      sum(name + ".lostPlanned", key, c, a.lostPlanned());
    }

    private void sums(String name, @Nullable String key, List<Money> amounts) {
      for (Money m : amounts) {
        sum(name, key, m.currency().getCurrencyCode(), m.amount());
      }
    }

    private void sum(String name, @Nullable String key, @Nullable String currency, BigDecimal v) {
      rows.add(
          RowFactory.create(
              SUM, name, key, currency, Values.exact(v), null, null, null, null, null, null));
    }

    private void count(String name, @Nullable String key, @Nullable String currency, long n) {
      rows.add(
          RowFactory.create(COUNT, name, key, currency, null, n, null, null, null, null, null));
    }

    private void texts(String name, List<String> texts) {
      for (String t : texts) {
        text(TEXT, name, t, null);
      }
    }

    private void text(String tag, @Nullable String name, @Nullable String key, @Nullable String c) {
      rows.add(RowFactory.create(tag, name, key, c, null, null, null, null, null, null, null));
    }

    private static Row struct(String tag, int index, Row value) {
      Object[] v = new Object[PARTS.size()];
      v[0] = tag;
      v[index] = value;
      return RowFactory.create(v);
    }
  }
}
