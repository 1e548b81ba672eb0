package org.ossvalue.benchmarks.impact;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.ossvalue.benchmarks.workload.Workload;
import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * Impact propagation and revenue at risk at operator scale: N connections, N/10 alarms in a month,
 * computed by ossvalue (sequential and on every core), by a naive walk and by DuckDB SQL, on the
 * same generated data. The setup checks that all contenders agree to the cent and fails the run if
 * they do not. Each invocation is a whole analysis, so the mode is single-shot.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ImpactBenchmark -p size=1M -rf json -rff impact.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+UseParallelGC"})
public class ImpactBenchmark {

  /** Connections: 100k, 1M, 10M (alarms are a tenth of it). */
  @Param({"100k", "1M"})
  public String size;

  /** Skip the slow contenders' agreement check (only when they are not measured). */
  @Param({"true"})
  public boolean verify;

  private Workload workload;
  private OssValueContender ossvalue;
  private OssValueContender ossvalueParallel;
  private NaiveContender naive;
  private DuckDbContender duckdb;

  /** Generates the workload, loads DuckDB, and checks that every contender agrees. */
  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.generate(WorkloadSpec.of(WorkloadSpec.parseSize(size)));
    ossvalue = new OssValueContender(workload, ImpactEngine.create(), "ossvalue");
    ossvalueParallel =
        new OssValueContender(
            workload,
            ImpactEngine.create(
                SeverityMapping.defaults(), Runtime.getRuntime().availableProcessors()),
            "ossvalue-parallel");
    naive = new NaiveContender(workload);
    duckdb = DuckDbContender.prepare(workload);
    if (verify) {
      Totals reference = ossvalue.compute();
      reference.requireSameAs(ossvalueParallel.compute(), ossvalue.name(), ossvalueParallel.name());
      reference.requireSameAs(naive.compute(), ossvalue.name(), naive.name());
      reference.requireSameAs(duckdb.compute(), ossvalue.name(), duckdb.name());
    }
  }

  /** Closes DuckDB. */
  @TearDown(Level.Trial)
  public void tearDown() {
    duckdb.close();
  }

  /** ossvalue, one thread. */
  @Benchmark
  public Totals ossvalue() {
    return ossvalue.compute();
  }

  /** ossvalue, every core. */
  @Benchmark
  public Totals ossvalueParallel() {
    return ossvalueParallel.compute();
  }

  /** The naive walk. */
  @Benchmark
  public Totals naive() {
    return naive.compute();
  }

  /** DuckDB SQL (all cores), data already loaded. */
  @Benchmark
  public Totals duckdb() {
    return duckdb.compute();
  }
}
