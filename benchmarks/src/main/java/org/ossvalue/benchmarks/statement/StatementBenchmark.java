package org.ossvalue.benchmarks.statement;

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
import org.openjdk.jmh.annotations.Warmup;
import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.RevenueAtRisk;

/**
 * The whole value statement ({@code ValueStatement.assess(inputs)}, default configuration) over a
 * generated operator of N connections ({@link StatementData}), against its first step alone in the
 * same run: the baseline computes the impacts and the revenue at risk ({@link
 * StatementData#baseline}), so the ratio of the two is what the statement adds (SLA credits, churn,
 * fulfilment, leakage, ledgers and the double-count guard, the counterfactual over 64 coalitions ×
 * 3 bounds per impact, attribution, lines, breakdowns and explanations). Each invocation is one
 * whole computation: single-shot.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StatementBenchmark -p size=1M -gc true
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-Xmn2g", "-XX:+UseParallelGC"})
public class StatementBenchmark {

  /** Connections: 100k or 1M (alarms are a tenth of it). */
  @Param({"1M"})
  public String size;

  /** The generated operator: {@code workload} (the published figures) or {@code testkit}. */
  @Param({"workload"})
  public String operator;

  private StatementInputs inputs;

  /** Generates the operator's records once per trial (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    inputs = StatementData.inputs(operator, WorkloadSpec.parseSize(size));
  }

  /** Baseline: impacts and revenue at risk only. */
  @Benchmark
  public RevenueAtRisk baseline() {
    return StatementData.baseline(inputs);
  }

  /** The whole value statement. */
  @Benchmark
  public ValueStatement statement() {
    return ValueStatement.assess(inputs);
  }
}
