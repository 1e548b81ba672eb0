package org.ossvalue.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.fulfilment.FulfilmentFigure;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValue;
import org.ossvalue.core.valuation.fulfilment.OrderTiming;
import org.ossvalue.core.valuation.ledger.DoubleCountGuard;
import org.ossvalue.core.valuation.ledger.GuardContext;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.core.valuation.ledger.Ledgers;

/**
 * The fulfilment stage, one partition of orders at a time: each order is valued on its own, so any
 * split of the orders gives every order what a run over all of them gives it.
 */
public final class FulfilmentStage implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final JobSpec spec;

  /** The stage for a job. */
  public FulfilmentStage(JobSpec spec) {
    this.spec = spec;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    List<Order> orders = new ArrayList<>();
    while (input.hasNext()) {
      orders.add(InputRows.order(input.next()));
    }
    if (orders.isEmpty()) {
      return List.<Row>of().iterator();
    }
    OutputRows rows = spec.rows();
    List<Row> out = new ArrayList<>();
    FulfilmentValue value =
        spec.strategies().fulfilmentValuation().assess(orders, spec.period(), spec.asOf());
    for (OrderTiming t : value.orders()) {
      out.add(Envelopes.out(Envelopes.TIMING, rows.timing(t)));
      for (FulfilmentFigure f : t.figures()) {
        out.add(Envelopes.out(Envelopes.FIGURE, rows.figure(f)));
      }
    }
    Ledgers ledgers =
        Ledgers.assemble(
                GuardContext.builder().asOf(spec.asOf()).build(),
                DoubleCountGuard.of(spec.stageRules()))
            .add(value.ledgerEntries())
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
