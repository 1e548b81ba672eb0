package org.ossvalue.report;

import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.testkit.SampleOperator;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;

/**
 * The CLI's bundled sample operator (testkit: 4,000 connections, March 2025, several currencies)
 * read strictly and stated with the defaults: a statement with many more lines than NetCo.
 */
final class Sample {

  static final ValueStatement STATEMENT = statement();

  private Sample() {}

  private static ValueStatement statement() {
    TmfDataset d = TmfReader.strict().readStreams(SampleOperator.streams());
    return ValueStatement.assess(
        StatementInputs.builder()
            .from(NetCo.inputs(d))
            .period(SampleOperator.period())
            .asOf(SampleOperator.asOf())
            .build());
  }
}
