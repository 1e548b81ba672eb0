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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.ossvalue.benchmarks.workload.Workload;
import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * Impact propagation, revenue at risk and revenue-weighted availability at operator scale: N
 * connections and N/10 alarms in a month, computed by ossvalue (one thread, and every core), by a
 * naive walk and by DuckDB SQL (every core), on the same generated data. Each invocation is one
 * whole analysis, so the mode is single-shot.
 *
 * <p>Before timing, every fork checks its contender against ossvalue to the cent (money) and to
 * 1e-9 (availability) and fails the run if they differ; the ossvalue fork checks all four
 * contenders against each other, unless {@code verify=fast}, which leaves the naive walk out (for
 * 10M, where one naive run takes many minutes).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ImpactBenchmark -p size=100k,1M -rf json -rff impact.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-Xmn8g", "-XX:+UseParallelGC"})
public class ImpactBenchmark {

  /** Connections: 100k, 1M or 10M (alarms are a tenth of it). */
  @Param({"100k", "1M"})
  public String size;

  /** {@code all}: check every contender; {@code fast}: leave the naive walk out of the checks. */
  @Param({"all"})
  public String verify;

  private Contender contender;

  /** Generates the workload, checks the contenders agree, keeps the one this fork measures. */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    Workload workload = Workload.generate(WorkloadSpec.of(WorkloadSpec.parseSize(size)));
    OssValueContender ossvalue = new OssValueContender(workload, ImpactEngine.create(), "ossvalue");
    Totals reference = ossvalue.compute();
    boolean checkAll = method.equals("ossvalue");
    boolean naiveToo = verify.equals("all");
    if (checkAll || method.equals("ossvalueParallel")) {
      check(reference, ossvalueParallel(workload).compute(), "ossvalueParallel");
    }
    if ((checkAll && naiveToo) || method.equals("naive")) {
      check(reference, new NaiveContender(workload).compute(), "naive");
    }
    if (checkAll || method.equals("duckdb")) {
      DuckDbContender duckdb = DuckDbContender.prepare(workload);
      check(reference, duckdb.compute(), "duckdb");
      if (method.equals("duckdb")) {
        contender = duckdb;
      } else {
        duckdb.close();
      }
    }
    if (contender == null) {
      contender =
          switch (method) {
            case "ossvalue" -> ossvalue;
            case "ossvalueParallel" -> ossvalueParallel(workload);
            case "naive" -> new NaiveContender(workload);
            default -> throw new IllegalArgumentException("no contender for " + method);
          };
    }
  }

  private static OssValueContender ossvalueParallel(Workload workload) {
    return new OssValueContender(
        workload,
        ImpactEngine.create(SeverityMapping.defaults(), Runtime.getRuntime().availableProcessors()),
        "ossvalueParallel");
  }

  private static void check(Totals reference, Totals other, String name) {
    reference.requireSameAs(other, "ossvalue", name);
  }

  /** Closes DuckDB. */
  @TearDown(Level.Trial)
  public void tearDown() {
    contender.close();
  }

  /** ossvalue as users call it, one thread. */
  @Benchmark
  public Totals ossvalue() {
    return contender.compute();
  }

  /** ossvalue with {@code ImpactEngine.create(mapping, cores)}. */
  @Benchmark
  public Totals ossvalueParallel() {
    return contender.compute();
  }

  /** The naive walk, one thread. */
  @Benchmark
  public Totals naive() {
    return contender.compute();
  }

  /** DuckDB SQL on every core, data already loaded. */
  @Benchmark
  public Totals duckdb() {
    return contender.compute();
  }
}
