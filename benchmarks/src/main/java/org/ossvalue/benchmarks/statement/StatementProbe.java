package org.ossvalue.benchmarks.statement;

import java.util.List;
import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * Quick figures outside JMH: generates the operator once, then times the statement and the baseline
 * (impacts + revenue at risk) a few times each, and prints the heap in use after a collection with
 * the statement held. {@code java -Xmx10g -cp benchmarks.jar
 * org.ossvalue.benchmarks.statement.StatementProbe 1M 3}.
 */
public final class StatementProbe {

  private StatementProbe() {}

  /** Arguments: size (such as 100k, 1M), repetitions. */
  public static void main(String[] args) {
    int size = WorkloadSpec.parseSize(args.length > 0 ? args[0] : "100k");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long t0 = System.nanoTime();
    StatementInputs in = StatementWorkload.generate(WorkloadSpec.of(size));
    System.out.printf(
        "generated %s in %d ms: %d tickets, %d orders, %d bill lines%n",
        in,
        (System.nanoTime() - t0) / 1_000_000,
        in.tickets().size(),
        in.orders().size(),
        in.billLines().size());
    System.out.printf("heap with inputs: %d MB%n", usedMb());
    ValueStatement held = null;
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      var impacts =
          ImpactEngine.create().compute(in.topology(), in.connections(), in.causes(), in.asOf());
      var risk =
          RevenueAtRiskStrategy.calendarAccurate().assess(in.connections(), impacts, in.period());
      long baseline = System.nanoTime() - s;
      s = System.nanoTime();
      held = ValueStatement.assess(in);
      long statement = System.nanoTime() - s;
      System.out.printf(
          "run %d: baseline %d ms (%d windows, %s), statement %d ms%n",
          i,
          baseline / 1_000_000,
          impacts.all().size(),
          risk.unplanned().rounded(),
          statement / 1_000_000);
    }
    System.out.printf("heap with inputs and one statement: %d MB%n", usedMb());
    System.out.println(held);
    List<?> keep = List.of(in, held);
    System.out.println(keep.size());
  }

  private static long usedMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }
}
