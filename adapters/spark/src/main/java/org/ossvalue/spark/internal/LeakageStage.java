package org.ossvalue.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.ossvalue.core.Connection;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.ledger.DoubleCountGuard;
import org.ossvalue.core.valuation.ledger.GuardContext;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.core.valuation.ledger.Ledgers;
import org.ossvalue.core.valuation.leakage.AccountLeakage;
import org.ossvalue.core.valuation.leakage.LeakageFinding;
import org.ossvalue.core.valuation.leakage.LeakageReport;

/**
 * The leakage stage, one partition at a time: the partition holds whole billing-account groups
 * (an account's connections, bills and lines, with the accounts whose lines name its bills), so the
 * core's leakage check gives each account what a run over the whole base gives it.
 */
public final class LeakageStage implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final JobSpec spec;

  /** The stage for a job. */
  public LeakageStage(JobSpec spec) {
    this.spec = spec;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    List<Connection> connections = new ArrayList<>();
    List<Bill> bills = new ArrayList<>();
    List<BillLine> lines = new ArrayList<>();
    while (input.hasNext()) {
      Row envelope = input.next();
      if (!envelope.isNullAt(Envelopes.CONNECTION)) {
        connections.add(InputRows.connection(envelope.getStruct(Envelopes.CONNECTION)));
      } else if (!envelope.isNullAt(Envelopes.BILL)) {
        bills.add(InputRows.bill(envelope.getStruct(Envelopes.BILL)));
      } else if (!envelope.isNullAt(Envelopes.LINE)) {
        lines.add(InputRows.billLine(envelope.getStruct(Envelopes.LINE)));
      }
    }
    if (connections.isEmpty() && bills.isEmpty() && lines.isEmpty()) {
      return List.<Row>of().iterator();
    }
    OutputRows rows = spec.rows();
    List<Row> out = new ArrayList<>();
    LeakageReport report =
        spec.strategies()
            .leakageCheck()
            .assess(connections, bills, lines, List.of(), spec.period());
    for (AccountLeakage a : report.accounts()) {
      out.add(Envelopes.out(Envelopes.ACCOUNT, rows.account(a)));
      for (LeakageFinding f : a.findings()) {
        out.add(Envelopes.out(Envelopes.FINDING, rows.finding(f)));
      }
      for (String c : a.unpricedConnections()) {
        out.add(
            Envelopes.out(
                Envelopes.NOTE,
                OutputRows.note("leakage", c, "active without an MRR: expected revenue unknown")));
      }
    }
    for (BillLine l : report.unplacedLines()) {
      out.add(
          Envelopes.out(
              Envelopes.NOTE,
              OutputRows.note(
                  "leakage", l.id(), "neither a coverage period nor a known bill: not placed")));
    }
    Ledgers ledgers =
        Ledgers.assemble(
                GuardContext.of(connections, spec.asOf()),
                DoubleCountGuard.of(spec.stageRules()))
            .add(report.ledgerEntries())
            .build();
    for (LedgerEntry e : ledgers.entries()) {
      out.add(Envelopes.out(Envelopes.ENTRY, rows.entry(e)));
    }
    for (GuardExclusion x : ledgers.excluded()) {
      out.add(Envelopes.out(Envelopes.EXCLUSION, rows.exclusion(x)));
    }
    return out.iterator();
  }
}
