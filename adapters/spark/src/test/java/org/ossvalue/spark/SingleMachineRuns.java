package org.ossvalue.spark;

import org.ossvalue.core.statement.ValueStatement;

/**
 * A main, not a test: the single-machine statement of a generated operator, computed again and
 * again in one JVM, each run timed — what docs/performance.md profiles and times the core's
 * statement with (the same operator and statement {@code GeneratedOperatorTest} takes as its
 * reference).
 *
 * <p>Arguments: connections (default 100000), runs (default 3), seed (default 42).
 */
public final class SingleMachineRuns {

  private SingleMachineRuns() {}

  /** Prints one line per run: its wall time and the connections stated. */
  public static void main(String[] args) {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    GeneratedOperator operator = GeneratedOperator.of(seed, connections);
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      ValueStatement s = operator.singleMachine();
      System.out.printf(
          "run %d: %,d ms, %,d connections%n",
          i, (System.nanoTime() - t0) / 1_000_000, s.connections().size());
    }
  }
}
