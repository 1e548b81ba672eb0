package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.statement.Availability;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.ledger.DoubleCountGuard;
import org.ossvalue.core.valuation.ledger.GuardContext;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.core.valuation.ledger.Ledgers;
import org.ossvalue.core.valuation.sla.SlaCredit;
import org.ossvalue.core.valuation.sla.SlaCredits;
import org.ossvalue.core.valuation.sla.SlaEngine;
import org.ossvalue.spark.Strategies;

/**
 * The topology stage, one partition at a time: the partition holds whole units (connections with
 * every element, edge and cause upstream of them; replicated elements arrive once per unit and are
 * kept once), so the core's impact engine, revenue at risk, SLA engine and availability give each
 * connection exactly what a run over the whole base gives it.
 */
public final class TopologyStage implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final JobSpec spec;
  private final Broadcast<List<Row>> slaTerms;

  /** The stage for a job, with the SLA terms every partition needs. */
  public TopologyStage(JobSpec spec, Broadcast<List<Row>> slaTerms) {
    this.spec = spec;
    this.slaTerms = slaTerms;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    Map<String, Connection> connections = new LinkedHashMap<>();
    Map<String, Row> elements = new LinkedHashMap<>();
    Set<List<String>> edges = new LinkedHashSet<>();
    Map<CauseRef, Cause> causes = new LinkedHashMap<>();
    while (input.hasNext()) {
      Row envelope = input.next();
      if (!envelope.isNullAt(Envelopes.CONNECTION)) {
        Connection c = InputRows.connection(envelope.getStruct(Envelopes.CONNECTION));
        connections.put(c.id(), c);
      } else if (!envelope.isNullAt(Envelopes.ELEMENT)) {
        Row e = envelope.getStruct(Envelopes.ELEMENT);
        elements.putIfAbsent(e.getString(0), e);
      } else if (!envelope.isNullAt(Envelopes.EDGE)) {
        Row e = envelope.getStruct(Envelopes.EDGE);
        edges.add(List.of(e.getString(0), e.getString(1)));
      } else if (!envelope.isNullAt(Envelopes.CAUSE)) {
        Cause c = InputRows.cause(envelope.getStruct(Envelopes.CAUSE));
        causes.putIfAbsent(c.ref(), c);
      }
    }
    if (connections.isEmpty()) {
      return List.<Row>of().iterator();
    }
    return compute(
            new ArrayList<>(connections.values()),
            topology(elements.values(), edges),
            new ArrayList<>(causes.values()))
        .iterator();
  }

  private List<Row> compute(List<Connection> connections, Topology topology, List<Cause> causes) {
    Strategies strategies = spec.strategies();
    ReportingPeriod period = spec.period();
    OutputRows rows = spec.rows();
    List<Row> out = new ArrayList<>();

    Impacts impacts =
        ImpactEngine.create(strategies.severityMapping())
            .compute(topology, connections, causes, spec.asOf());
    for (ServiceImpact i : impacts.all()) {
      out.add(Envelopes.out(Envelopes.IMPACT, rows.impact(i)));
    }

    RevenueAtRisk risk = strategies.revenueAtRisk().assess(connections, impacts, period);
    for (String c : risk.unvaluedConnections()) {
      out.add(
          Envelopes.out(
              Envelopes.NOTE,
              OutputRows.note(
                  "revenueAtRisk", c, "impacted but its revenue is unknown (no recurring charge)")));
    }

    List<SlaTerms> terms = new ArrayList<>();
    for (Row r : slaTerms.value()) {
      terms.add(InputRows.slaTerms(r));
    }
    SlaCredits credits =
        SlaEngine.of(strategies.slaPolicies(terms)).assess(connections, impacts, period);
    for (SlaCredit c : credits.entries()) {
      out.add(Envelopes.out(Envelopes.SLA_CREDIT, rows.slaCredit(c)));
    }
    credits
        .unknownAgreements()
        .forEach(
            (c, a) ->
                out.add(
                    Envelopes.out(
                        Envelopes.NOTE,
                        OutputRows.note(
                            "sla", c, "names agreement " + a + ", which no SLA terms define"))));
    for (String c : credits.unvaluedConnections()) {
      out.add(
          Envelopes.out(
              Envelopes.NOTE, OutputRows.note("sla", c, "has an SLA but no MRR: no credit")));
    }

    Ledgers ledgers =
        Ledgers.assemble(
                GuardContext.of(connections, spec.asOf()),
                DoubleCountGuard.of(spec.stageRules()))
            .addRevenueAtRisk(risk)
            .add(credits.ledgerEntries())
            .build();
    for (LedgerEntry e : ledgers.entries()) {
      out.add(Envelopes.out(Envelopes.ENTRY, rows.entry(e)));
    }
    for (GuardExclusion x : ledgers.excluded()) {
      out.add(Envelopes.out(Envelopes.EXCLUSION, rows.exclusion(x)));
    }

    Availability availability = Availability.of(connections, impacts, period);
    availability.byCurrency().forEach((code, m) -> out.addAll(measure(code, m)));
    out.addAll(measure("*", availability.connections()));
    return out;
  }

  private static List<Row> measure(String currency, Availability.Measure m) {
    return List.of(
        sum("availability.sold", currency, m.sold()),
        sum("availability.lostUnplanned", currency, m.lostUnplanned()),
        sum("availability.lostPlanned", currency, m.lostPlanned()));
  }

  private static Row sum(String name, String currency, BigDecimal value) {
    return Envelopes.sum(name, currency, Values.exact(value));
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
}
