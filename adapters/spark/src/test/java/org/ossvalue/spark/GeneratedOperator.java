package org.ossvalue.spark;

import org.apache.spark.sql.SparkSession;
import org.ossvalue.core.statement.StatementConfig;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.testkit.operator.OperatorData;
import org.ossvalue.testkit.operator.SyntheticOperator;

/** A generated operator, its single-machine statement and its Spark tables. */
final class GeneratedOperator {

  final OperatorData data;

  private GeneratedOperator(OperatorData data) {
    this.data = data;
  }

  static GeneratedOperator of(long seed, int connections) {
    return new GeneratedOperator(SyntheticOperator.of(seed, connections).data());
  }

  StatementInputs inputs() {
    return StatementInputs.builder()
        .period(data.period())
        .asOf(data.asOf())
        .connections(data.connections())
        .topology(data.topology())
        .causes(data.causes())
        .tickets(data.tickets())
        .problems(data.problems())
        .orders(data.orders())
        .usage(data.usage())
        .bills(data.bills())
        .billLines(data.billLines())
        .slaTerms(data.slaTerms())
        .build();
  }

  /** What one JVM computes: the reference. */
  ValueStatement singleMachine() {
    return ValueStatement.assess(inputs(), StatementConfig.defaults());
  }

  StatementTables tables(SparkSession spark) {
    return StatementTables.builder(spark)
        .connections(data.connections())
        .topology(data.topology())
        .causes(data.causes())
        .tickets(data.tickets())
        .problems(data.problems())
        .orders(data.orders())
        .usage(data.usage())
        .bills(data.bills())
        .billLines(data.billLines())
        .slaTerms(data.slaTerms())
        .build();
  }

  SparkStatement job(int partitions) {
    return job(partitions, true);
  }

  SparkStatement job(int partitions, boolean ledgersOnDriver) {
    return SparkStatement.builder()
        .period(data.period())
        .asOf(data.asOf())
        .partitions(partitions)
        .ledgersOnDriver(ledgersOnDriver)
        .build();
  }
}
