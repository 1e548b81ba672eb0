package org.ossvalue.example.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.testkit.operator.EventMode;
import org.ossvalue.testkit.operator.OperatorSpec;
import org.ossvalue.testkit.operator.SyntheticOperator;
import org.ossvalue.testkit.operator.TmfLayout;
import org.ossvalue.testkit.operator.TmfVersion;
import org.ossvalue.testkit.operator.WriteOptions;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;

/**
 * Acme's alarm feed is at-least-once and unordered. A synthetic operator from the testkit, written
 * once with ordered events and once as Acme's feed delivers them (duplicates, shuffled, clears
 * before raises), reads strictly both times and Acme's mapping values both exports the same.
 */
class AtLeastOnceEventsTest {

  private static final SyntheticOperator OPERATOR =
      SyntheticOperator.of(OperatorSpec.builder().seed(42).connections(2_000).build());

  private static MoneyTotals risk(Path dir, EventMode events) {
    OPERATOR.writeTmf(
        dir,
        WriteOptions.builder()
            .version(TmfVersion.V5)
            .layout(TmfLayout.NDJSON)
            .events(events)
            .build());
    TmfDataset export = TmfReader.strict().readDirectory(dir);
    assertTrue(export.report().rejections().isEmpty());
    Impacts impacts =
        ImpactEngine.create(new AcmeSeverityMapping())
            .compute(export.topology(), export.connections(), export.causes(), OPERATOR.asOf());
    return RevenueAtRiskStrategy.calendarAccurate()
        .assess(export.connections(), impacts, OPERATOR.period())
        .unplanned();
  }

  @Test
  void duplicatedAndShuffledEventsChangeNoFigure(@TempDir Path ordered, @TempDir Path messy) {
    MoneyTotals a = risk(ordered, EventMode.ORDERED);
    MoneyTotals b = risk(messy, EventMode.AT_LEAST_ONCE_UNORDERED);
    assertTrue(!a.isEmpty());
    assertEquals(a, b);
  }
}
