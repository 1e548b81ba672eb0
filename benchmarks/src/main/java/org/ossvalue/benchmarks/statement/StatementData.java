package org.ossvalue.benchmarks.statement;

import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.testkit.operator.SyntheticOperator;

/**
 * The statement's inputs for one of two generated operators, and the baseline computation the
 * statement starts from.
 *
 * <ul>
 *   <li>{@code workload} ({@link StatementWorkload}): the operator of {@code ImpactBenchmark} (N
 *       connections, N/10 alarms in March 2025, about one impact window per connection) with
 *       offerings, SLAs, tickets, problems, orders and bills added. The published 1M figures.
 *   <li>{@code testkit}: the testkit's {@code SyntheticOperator.of(seed, n)}, richer (EUR, GBP and
 *       CHF regions, usage, three SLAs, bills with a 1 % leakage rate) and denser: its alarms sit
 *       high in a topology with wide fan-out, about nine impact windows per connection, so its
 *       statement at 1M would need more heap than the benchmark machine has. Used up to 100k.
 * </ul>
 */
public final class StatementData {

  /** The seed of the published figures. */
  public static final long SEED = 20250301L;

  private StatementData() {}

  /** The inputs of the named operator ({@code workload} or {@code testkit}) at this size. */
  public static StatementInputs inputs(String operator, int connections) {
    return switch (operator) {
      case "workload" -> StatementWorkload.generate(WorkloadSpec.of(connections));
      case "testkit" -> inputs(operator(connections));
      default ->
          throw new IllegalArgumentException(
              "operator must be workload or testkit, was " + operator);
    };
  }

  /** The testkit operator of the published seed at this size. */
  public static SyntheticOperator operator(int connections) {
    return SyntheticOperator.of(SEED, connections);
  }

  /** Every record of the operator, for its month, as of its export instant. */
  public static StatementInputs inputs(SyntheticOperator op) {
    return StatementInputs.builder()
        .period(op.period())
        .asOf(op.asOf())
        .connections(op.connections().toList())
        .topology(op.topology())
        .causes(op.causes().toList())
        .tickets(op.tickets().toList())
        .problems(op.problems().toList())
        .orders(op.orders().toList())
        .usage(op.usage().toList())
        .bills(op.bills().toList())
        .billLines(op.billLines().toList())
        .slaTerms(op.slaTerms())
        .build();
  }

  /**
   * The baseline: impacts of the month's alarms on every connection and their revenue at risk
   * (calendar-accurate, unplanned and planned), with the statement's default engine (default
   * severity mapping, one thread). This is the first step of the statement; the rest is what the
   * statement adds.
   */
  public static RevenueAtRisk baseline(StatementInputs in) {
    Impacts impacts =
        ImpactEngine.create().compute(in.topology(), in.connections(), in.causes(), in.asOf());
    return RevenueAtRiskStrategy.calendarAccurate().assess(in.connections(), impacts, in.period());
  }
}
