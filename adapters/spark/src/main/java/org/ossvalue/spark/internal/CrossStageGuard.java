package org.ossvalue.spark.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.ledger.DoubleCountGuard;
import org.ossvalue.core.valuation.ledger.GuardContext;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.core.valuation.ledger.GuardRule;
import org.ossvalue.spark.SparkSchemas;

/**
 * The one guard rule whose entries come from different stages: revenue pulled forward (fulfilment)
 * over time the same connection's revenue leaks (leakage). Its input is those two ledgers' entries,
 * partitioned and sorted by connection; the core's rule reviews each connection's entries.
 */
public final class CrossStageGuard implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** What it emits: the identity key of an excluded entry, and the exclusion. */
  public static final StructType OUTPUT =
      new StructType()
          .add("entryKey", org.apache.spark.sql.types.DataTypes.StringType, false)
          .add("exclusion", SparkSchemas.EXCLUSIONS, false);

  private final JobSpec spec;

  /** The guard for a job. */
  public CrossStageGuard(JobSpec spec) {
    this.spec = spec;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    DoubleCountGuard guard = DoubleCountGuard.of(EnumSet.of(GuardRule.PULLED_FORWARD_NOT_BILLED));
    GuardContext context = GuardContext.builder().asOf(spec.asOf()).build();
    List<Row> out = new ArrayList<>();
    List<Row> group = new ArrayList<>();
    String connection = null;
    while (input.hasNext() || !group.isEmpty()) {
      Row next = input.hasNext() ? input.next() : null;
      if (next != null && (connection == null || connection.equals(next.getString(1)))) {
        connection = next.getString(1);
        group.add(next);
        continue;
      }
      review(group, guard, context, out);
      group.clear();
      connection = null;
      if (next != null) {
        connection = next.getString(1);
        group.add(next);
      }
    }
    return out.iterator();
  }

  private static void review(
      List<Row> group,
      DoubleCountGuard guard,
      GuardContext context,
      List<Row> out) {
    if (group.size() < 2) {
      return;
    }
    List<LedgerEntry> entries = new ArrayList<>(group.size());
    Map<LedgerEntry, Row> rowOf = new IdentityHashMap<>();
    for (Row r : group) {
      LedgerEntry e = OutputRows.entry(r);
      entries.add(e);
      rowOf.put(e, r);
    }
    for (GuardExclusion x : guard.review(entries, context)) {
      Row r = rowOf.get(x.entry());
      if (r == null) {
        throw new IllegalStateException("the guard excluded an entry it was not given: " + x);
      }
      out.add(RowFactory.create(r.getString(OutputRows.ENTRY_KEY), OutputRows.exclusion(r, x)));
    }
  }
}
