package org.ossvalue.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.RevenueAtRisk;

/**
 * A generated operator's two months of alarms, out of order with duplicates: replay equals batch,
 * month by month and over both months.
 */
class GeneratedReplayTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = Clusters.extension();

  @ParameterizedTest(name = "seed {0}, {1}, parallelism {2}")
  @CsvSource({"1, BATCH, 2", "2, STREAMING, 1", "3, STREAMING, 2"})
  void replayEqualsBatch(long seed, RuntimeExecutionMode mode, int parallelism) throws Exception {
    Generated g = Generated.of(seed, 4, 20, 150);
    StreamSettings settings =
        StreamSettings.builder()
            .maxOutOfOrderness(Duration.ofHours(1))
            .allowedLateness(Duration.ofMinutes(10))
            .endOfInput(Generated.END)
            .build();
    Job job = Job.run(g.envelopes, g.inventory, settings, mode, parallelism);
    assertEquals(List.of(), job.skipped.items());

    List<Cause> causes = Batch.causes(g.envelopes);
    List<ClosedImpact> closed = job.closed.items();
    List<ServiceImpact> pieces = new ArrayList<>();
    closed.forEach(c -> pieces.add(c.impact()));

    // over both months: the batch impacts, split at the month end
    Impacts all = Batch.impacts(g.inventory, causes, Generated.END);
    assertFalse(all.all().isEmpty());
    assertEquals(all.all(), Batch.join(pieces));
    assertTrue(
        pieces.stream()
            .anyMatch(p -> p.window().end().equals(ReportingPeriod.month("2025-03", "UTC").to())),
        "some impact spans the month end");

    for (String month : new String[] {"2025-03", "2025-04"}) {
      ReportingPeriod period = ReportingPeriod.month(month, "UTC");
      // each month's pieces are the batch run of that month
      Impacts monthly = Batch.impacts(g.inventory, causes, period.to());
      List<ServiceImpact> expected = new ArrayList<>();
      for (ServiceImpact i : monthly.all()) {
        i.window()
            .intersection(period.window())
            .ifPresent(
                w ->
                    expected.add(
                        i.window().equals(w)
                            ? i
                            : ServiceImpact.builder().from(i).window(w).build()));
      }
      List<ServiceImpact> streamed = new ArrayList<>();
      for (ServiceImpact p : pieces) {
        if (period.window().overlaps(p.window())) {
          streamed.add(p);
        }
      }
      streamed.sort(null);
      assertEquals(windows(expected), windows(streamed), month);

      RevenueAtRisk risk = Batch.risk(g.inventory, all, period);
      assertEquals(risk.unplanned(), Batch.sum(closed, false, period.window()), month);
      assertEquals(risk.planned(), Batch.sum(closed, true, period.window()), month);
    }
  }

  /** Connection, window, class and degradation (causes of a month piece name that month only). */
  private static List<String> windows(List<ServiceImpact> impacts) {
    List<String> out = new ArrayList<>();
    for (ServiceImpact i : impacts) {
      TimeWindow w = i.window();
      out.add(i.connection() + " " + w + " " + i.classification() + " " + i.degradation());
    }
    out.sort(null);
    return out;
  }
}
