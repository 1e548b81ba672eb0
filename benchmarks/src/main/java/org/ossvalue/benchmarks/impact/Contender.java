package org.ossvalue.benchmarks.impact;

import org.ossvalue.benchmarks.workload.Workload;

/** One way to compute impacts and their money from the same workload. */
public interface Contender extends AutoCloseable {

  /** A short name for reports. */
  String name();

  /** Computes the totals of the workload this contender was prepared with. */
  Totals compute();

  /** Releases what the contender holds (tables, connections). */
  @Override
  default void close() {}

  /** Prepares a contender for a workload (loading data where it needs its own copy). */
  interface Factory {
    Contender prepare(Workload workload);
  }
}
