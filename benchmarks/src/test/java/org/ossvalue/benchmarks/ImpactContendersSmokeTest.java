package org.ossvalue.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.ossvalue.benchmarks.impact.DuckDbContender;
import org.ossvalue.benchmarks.impact.NaiveContender;
import org.ossvalue.benchmarks.impact.OssValueContender;
import org.ossvalue.benchmarks.impact.Totals;
import org.ossvalue.benchmarks.workload.Workload;
import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.topology.ImpactEngine;

/** The benchmark's quick mode: every contender on 10k connections, totals equal. No timing. */
class ImpactContendersSmokeTest {

  @Test
  void allContendersAgreeToTheCentOnTenThousandConnections() {
    Workload w = Workload.generate(WorkloadSpec.of(10_000));
    Totals ossvalue = new OssValueContender(w, ImpactEngine.create(), "ossvalue").compute();
    Totals naive = new NaiveContender(w).compute();
    Totals duckdb;
    try (DuckDbContender sql = DuckDbContender.prepare(w)) {
      duckdb = sql.compute();
    }
    System.out.println("ossvalue " + ossvalue);
    System.out.println("naive    " + naive);
    System.out.println("duckdb   " + duckdb);
    assertFalse(ossvalue.unplanned().isEmpty());
    ossvalue.requireSameAs(naive, "ossvalue", "naive");
    ossvalue.requireSameAs(duckdb, "ossvalue", "duckdb");
  }
}
