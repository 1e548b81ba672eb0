package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.attribution.Bound;
import org.ossvalue.core.attribution.CounterfactualModel;
import org.ossvalue.core.attribution.ProtectedRevenue;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.statement.AvailabilityFigure;
import org.ossvalue.core.statement.BreakdownRow;
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
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.spark.SparkSchemas;
import org.ossvalue.spark.StatementConfigFactory;

/**
 * The work of one partition: its records (envelope rows, see {@link Units}) become core objects,
 * the core computes the partition's {@link ValueStatement} with {@code ValueStatement.assess}, and
 * the statement leaves as rows: every additive figure as exact decimal text ({@link #PARTS}), the
 * central counterfactual game of protected revenue (so that attribution, which is not additive, is
 * done once over the whole base), the top impacts, the kept ledger entries and exclusions, the
 * impact lines and one row of figures per connection.
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
          .add("line", Units.nullable(SparkSchemas.CONNECTION_FIGURES), true);

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
      LINE = "line";

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
    out.game(
        game(
            cfg,
            period,
            withUsage(cfg, period, connections, usage),
            impacts,
            causeList,
            tickets.values(),
            problems.values()),
        s);
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

  /**
   * The connections with usage revenue per month from the usage records, as the statement takes it
   * (ValueStatement's {@code usageFromRecords}): the sum rated inside the period in the
   * connection's currency, per calendar month of the period.
   */
  static List<Connection> withUsage(
      StatementConfig cfg,
      ReportingPeriod period,
      List<Connection> connections,
      List<UsageRecord> usage) {
    if (!cfg.usageFromRecords() || usage.isEmpty()) {
      return connections;
    }
    Map<String, Connection> byId = new HashMap<>();
    connections.forEach(c -> byId.put(c.id(), c));
    Map<String, Money> rated = new TreeMap<>();
    List<UsageRecord> records = new ArrayList<>(usage);
    records.sort(Comparator.comparing(UsageRecord::id));
    for (UsageRecord u : records) {
      if (!period.window().contains(u.at())) {
        continue;
      }
      Connection c = byId.get(u.connection());
      if (c == null
          || (c.currency().isPresent() && !c.currency().get().equals(u.amount().currency()))) {
        continue;
      }
      if (c.usageRevenuePerMonth().isEmpty()) {
        rated.merge(c.id(), u.amount(), Money::plus);
      }
    }
    if (rated.isEmpty()) {
      return connections;
    }
    BigDecimal months = BigDecimal.ZERO;
    for (TimeWindow m : period.calendarMonths()) {
      TimeWindow part = m.intersection(period.window()).orElseThrow();
      months =
          part.equals(m)
              ? months.add(BigDecimal.ONE)
              : months.add(
                  part.seconds().divide(m.seconds(), Money.DIVISION_SCALE, RoundingMode.HALF_EVEN));
    }
    List<Connection> result = new ArrayList<>(connections.size());
    for (Connection c : connections) {
      Money sum = rated.get(c.id());
      if (sum == null) {
        result.add(c);
      } else {
        Money perMonth = months.compareTo(BigDecimal.ONE) == 0 ? sum : sum.dividedBy(months);
        result.add(Connection.builder().from(c).usageRevenuePerMonth(perMonth).build());
      }
    }
    return result;
  }

  /** Impacts valued per call of the counterfactual model (the statement's chunk). */
  static final int CHUNK = 2_048;

  /**
   * The counterfactual of the partition's unplanned impacts, computed as the statement computes it:
   * in chunks of impacts, each with only the connections, alarms, tickets and problems linked to it
   * (the model compares every impact with every ticket and problem it is given).
   */
  static List<ProtectedRevenue.Entry> game(
      StatementConfig cfg,
      ReportingPeriod period,
      List<Connection> connections,
      Impacts impacts,
      List<Cause> causes,
      java.util.Collection<TroubleTicket> tickets,
      java.util.Collection<ServiceProblem> problems) {
    RevenueAtRisk risk = cfg.revenueAtRisk().assess(connections, impacts, period);
    CounterfactualModel model = CounterfactualModel.of(cfg.counterfactual(), cfg.revenueAtRisk());
    Map<String, Connection> byId = new HashMap<>();
    connections.forEach(c -> byId.put(c.id(), c));
    Links links = new Links(causes, new ArrayList<>(tickets), new ArrayList<>(problems));
    List<ProtectedRevenue.Entry> result = new ArrayList<>();
    List<RevenueAtRisk.Entry> chunk = new ArrayList<>();
    String last = null;
    for (RevenueAtRisk.Entry e : risk.entries()) {
      if (e.classification() != ImpactClass.UNPLANNED) {
        continue;
      }
      if (chunk.size() >= CHUNK && !e.connection().equals(last)) {
        result.addAll(links.assess(model, risk, chunk, byId));
        chunk.clear();
      }
      chunk.add(e);
      last = e.connection();
    }
    if (!chunk.isEmpty()) {
      result.addAll(links.assess(model, risk, chunk, byId));
    }
    return result;
  }

  /** Causes, tickets and problems by what links them to an impact. */
  static final class Links {
    final Map<org.ossvalue.core.CauseRef, Cause> causes = new HashMap<>();
    final List<TroubleTicket> tickets;
    final List<ServiceProblem> problems;
    final Map<String, List<Integer>> ticketsByAlarm = new HashMap<>();
    final Map<String, List<Integer>> ticketsByElement = new HashMap<>();
    final Map<String, List<Integer>> problemsByAlarm = new HashMap<>();
    final Map<String, List<Integer>> problemsByTicket = new HashMap<>();

    Links(List<Cause> causes, List<TroubleTicket> tickets, List<ServiceProblem> problems) {
      causes.forEach(c -> this.causes.put(c.ref(), c));
      this.tickets = tickets;
      this.problems = problems;
      for (int i = 0; i < tickets.size(); i++) {
        index(ticketsByAlarm, tickets.get(i).alarms(), i);
        index(ticketsByElement, tickets.get(i).elements(), i);
      }
      for (int i = 0; i < problems.size(); i++) {
        index(problemsByAlarm, problems.get(i).alarms(), i);
        index(problemsByTicket, problems.get(i).tickets(), i);
      }
    }

    private static void index(Map<String, List<Integer>> map, Set<String> keys, int i) {
      for (String k : keys) {
        map.computeIfAbsent(k, x -> new ArrayList<>(1)).add(i);
      }
    }

    private static void mark(@Nullable List<Integer> positions, java.util.BitSet into) {
      if (positions != null) {
        positions.forEach(into::set);
      }
    }

    List<ProtectedRevenue.Entry> assess(
        CounterfactualModel model,
        RevenueAtRisk risk,
        List<RevenueAtRisk.Entry> chunk,
        Map<String, Connection> connections) {
      Map<String, Connection> own = new LinkedHashMap<>();
      Map<org.ossvalue.core.CauseRef, Cause> chosen = new LinkedHashMap<>();
      java.util.BitSet t = new java.util.BitSet();
      java.util.BitSet p = new java.util.BitSet();
      for (RevenueAtRisk.Entry e : chunk) {
        Connection c = connections.get(e.connection());
        if (c != null) {
          own.put(c.id(), c);
          c.realizedBy().forEach(name -> mark(ticketsByElement.get(name), t));
        }
        mark(ticketsByElement.get(e.connection()), t);
        for (org.ossvalue.core.CauseRef ref : e.causes()) {
          if (ref.kind() != org.ossvalue.core.CauseKind.ALARM) {
            continue;
          }
          Cause cause = causes.get(ref);
          if (cause != null) {
            chosen.put(ref, cause);
          }
          mark(ticketsByAlarm.get(ref.id()), t);
          mark(problemsByAlarm.get(ref.id()), p);
        }
      }
      for (int i = t.nextSetBit(0); i >= 0; i = t.nextSetBit(i + 1)) {
        mark(problemsByTicket.get(tickets.get(i).id()), p);
      }
      List<TroubleTicket> ts = new ArrayList<>();
      for (int i = t.nextSetBit(0); i >= 0; i = t.nextSetBit(i + 1)) {
        ts.add(tickets.get(i));
      }
      List<ServiceProblem> ps = new ArrayList<>();
      for (int i = p.nextSetBit(0); i >= 0; i = p.nextSetBit(i + 1)) {
        ps.add(problems.get(i));
      }
      RevenueAtRisk part =
          RevenueAtRisk.builder()
              .period(risk.period())
              .strategy(risk.strategy())
              .entries(chunk)
              .build();
      return model.assess(part, own.values(), chosen.values(), ts, ps).entries();
    }
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
                PARAMETER, p.name(), p.value(), null, null, (long) i++, null, null, null, null));
      }
      for (LedgerEntry e : s.ledgers().entries()) {
        rows.add(struct(ENTRY, 6, entryRows.entry(e)));
      }
      for (GuardExclusion x : s.ledgers().excluded()) {
        rows.add(struct(EXCLUSION, 7, entryRows.exclusion(x)));
      }
      for (Row line : ConnectionFigures.of(s)) {
        rows.add(struct(LINE, 9, line));
      }
    }

    void game(List<ProtectedRevenue.Entry> protectedRevenue, ValueStatement s) {
      Map<String, BigDecimal[]> games = new TreeMap<>();
      MoneyTotals.Accumulator central = MoneyTotals.accumulator();
      for (ProtectedRevenue.Entry e : protectedRevenue) {
        String code = e.actual().currency().getCurrencyCode();
        List<Money> losses = e.coalitionLosses().get(Bound.CENTRAL);
        BigDecimal[] v = games.computeIfAbsent(code, k -> new BigDecimal[losses.size()]);
        BigDecimal baseline = losses.get(0).amount();
        for (int mask = 0; mask < losses.size(); mask++) {
          BigDecimal value = baseline.subtract(losses.get(mask).amount());
          v[mask] = v[mask] == null ? value : v[mask].add(value);
        }
        central.add(e.protectedAt(Bound.CENTRAL));
      }
      // The game must be the statement's: its grand totals are the statement's protected revenue.
      MoneyTotals mine = central.toTotals();
      for (Money m : s.protectedRevenue().central()) {
        if (mine.get(m.currency()).amount().compareTo(m.amount()) != 0) {
          throw new IllegalStateException(
              "the counterfactual game gives "
                  + mine
                  + " protected, the statement "
                  + s.protectedRevenue().central()
                  + ": ossvalue-spark and ossvalue-core disagree");
        }
      }
      games.forEach(
          (code, v) -> {
            for (int mask = 0; mask < v.length; mask++) {
              if (v[mask] != null) {
                sum("game", Integer.toString(mask), code, v[mask]);
              }
            }
          });
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
              SUM, name, key, currency, Values.exact(v), null, null, null, null, null));
    }

    private void count(String name, @Nullable String key, @Nullable String currency, long n) {
      rows.add(RowFactory.create(COUNT, name, key, currency, null, n, null, null, null, null));
    }

    private void texts(String name, List<String> texts) {
      for (String t : texts) {
        text(TEXT, name, t, null);
      }
    }

    private void text(String tag, @Nullable String name, @Nullable String key, @Nullable String c) {
      rows.add(RowFactory.create(tag, name, key, c, null, null, null, null, null, null));
    }

    private static Row struct(String tag, int index, Row value) {
      Object[] v = new Object[10];
      v[0] = tag;
      v[index] = value;
      return RowFactory.create(v);
    }
  }
}
