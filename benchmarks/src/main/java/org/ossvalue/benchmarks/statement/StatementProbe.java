package org.ossvalue.benchmarks.statement;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.RevenueAtRisk;

/**
 * Quick figures outside JMH, for profiling: generates an operator ({@link StatementData}) once,
 * then times the baseline (impacts + revenue at risk) and the statement a few times each (wall time
 * and the main thread's CPU time, which other work on a shared machine disturbs less), and prints
 * the heap retained after a collection with the inputs alone and with the inputs and one statement.
 * {@code java -Xmx12g -cp benchmarks.jar org.ossvalue.benchmarks.statement.StatementProbe 1M 3
 * workload}.
 */
public final class StatementProbe {

  private StatementProbe() {}

  /**
   * Arguments: size (such as 100k, 1M), repetitions, operator ({@code workload}, {@code testkit}).
   */
  public static void main(String[] args) {
    int size = WorkloadSpec.parseSize(args.length > 0 ? args[0] : "100k");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long t0 = System.nanoTime();
    String operator = args.length > 2 ? args[2] : "workload";
    StatementInputs in = StatementData.inputs(operator, size);
    System.out.printf("generated %s in %d ms%n", in, (System.nanoTime() - t0) / 1_000_000);
    System.out.printf("heap retained with inputs: %d MB%n", usedMb());
    ValueStatement held = null;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      RevenueAtRisk risk = StatementData.baseline(in);
      long baseline = System.nanoTime() - s;
      long baselineCpu = threads.getCurrentThreadCpuTime() - c;
      s = System.nanoTime();
      c = threads.getCurrentThreadCpuTime();
      held = ValueStatement.assess(in);
      long statement = System.nanoTime() - s;
      long statementCpu = threads.getCurrentThreadCpuTime() - c;
      System.out.printf(
          "run %d: baseline %d ms (cpu %d ms; %d entries, unplanned %s), statement %d ms (cpu %d"
              + " ms), ratio %.1fx (cpu %.1fx)%n",
          i,
          baseline / 1_000_000,
          baselineCpu / 1_000_000,
          risk.entries().size(),
          risk.unplanned().rounded(),
          statement / 1_000_000,
          statementCpu / 1_000_000,
          (double) statement / baseline,
          (double) statementCpu / baselineCpu);
    }
    System.out.printf("heap retained with inputs and one statement: %d MB%n", usedMb());
    System.out.println(held);
    System.out.println(in.connections().size() + held.connections().size());
  }

  private static long usedMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }
}
