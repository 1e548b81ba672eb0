package org.ossvalue.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.tmf.TmfDataset;

/** NetCo's event file replayed through the job equals the batch statement of March 2025. */
class NetCoReplayTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = Clusters.extension();

  static final StreamSettings SETTINGS =
      StreamSettings.builder()
          .maxOutOfOrderness(Duration.ofHours(3)) // the 7006 clear comes 2.5 h before its create
          .allowedLateness(Duration.ofMinutes(10))
          .endOfInput(NetCo.AS_OF)
          .build();

  @ParameterizedTest(name = "{0}, parallelism {1}")
  @CsvSource({"BATCH, 1", "STREAMING, 1", "STREAMING, 2"})
  void replayEqualsBatch(RuntimeExecutionMode mode, int parallelism) throws Exception {
    TmfDataset batch = NetCo.dataset("events.ndjson");
    Job job = Job.run(NetCo.envelopes(), Inventory.of(batch), SETTINGS, mode, parallelism);

    List<ServiceImpact> streamed = new ArrayList<>();
    MoneyTotals.Accumulator unplanned = MoneyTotals.accumulator();
    MoneyTotals.Accumulator planned = MoneyTotals.accumulator();
    for (ClosedImpact c : job.closed.items()) {
      streamed.add(c.impact());
      Money m = c.revenueAtRisk().orElseThrow();
      (c.impact().isPlanned() ? planned : unplanned).add(m);
    }
    streamed.sort(null);
    assertEquals(NetCo.batchImpacts(batch).all(), streamed);
    // the batch from alarm.json (not the events) gives the same impacts
    assertEquals(NetCo.batchImpacts(NetCo.dataset("alarm.json")).all(), streamed);

    RevenueAtRisk risk = NetCo.batchRisk(batch);
    assertEquals(risk.unplanned(), unplanned.toTotals());
    assertEquals(risk.planned(), planned.toTotals());
    assertEquals(
        List.of(Money.of("111.42", "EUR"), Money.of("4.03", "GBP")),
        unplanned.toTotals().rounded().all());
    assertEquals(List.of(Money.of("3.23", "GBP")), planned.toTotals().rounded().all());
    assertEquals(List.of(), job.skipped.items());

    // live at the end of input (1 April, a 30-day month): 7004 on P-1004 and P-1008, 7007 on P-1006
    Map<String, LiveRevenueAtRisk> last = lastLive(job.live.items());
    BigDecimal expected =
        new BigDecimal("450.00")
            .multiply(new BigDecimal("0.5"))
            .add(new BigDecimal("42.01").multiply(new BigDecimal("0.5")))
            .add(new BigDecimal("59.00").multiply(new BigDecimal("0.25")))
            .divide(BigDecimal.valueOf(30 * 24 * 60), 20, RoundingMode.HALF_EVEN);
    LiveRevenueAtRisk total = last.get("TOTAL||EUR|unplanned");
    assertEquals(0, expected.compareTo(total.perMinute().amount()), total.toString());
    assertEquals(NetCo.AS_OF, total.asOf());
    // 7006 cleared before the end: GBP is at zero (or, in BATCH mode, never at risk at a step)
    assertTrue(
        !last.containsKey("TOTAL||GBP|unplanned")
            || last.get("TOTAL||GBP|unplanned").perMinute().isZero());
    assertTrue(last.containsKey("CAUSE|alarm:7004|EUR|unplanned"));
    assertTrue(
        !last.containsKey("CAUSE|alarm:7001|EUR|unplanned")
            || last.get("CAUSE|alarm:7001|EUR|unplanned").perMinute().isZero());

    // P-1001 (Gold): 230 min down in March, 99.4848 %: the 25 % tier is breached, the 50 % tier
    // (below 99.0 %) is 446.4 - 230 = 216.4 minutes away
    SlaWarning p1001 = lastWarning(job.sla.items(), "P-1001");
    assertEquals(0, new BigDecimal("230").compareTo(p1001.downtimeMinutes()));
    assertEquals(new BigDecimal("99.5"), p1001.breachedTier().orElseThrow().belowPercent());
    assertEquals(new BigDecimal("99"), p1001.nextTier().orElseThrow().belowPercent());
    assertEquals(0, new BigDecimal("216.4").compareTo(p1001.minutesToNextTier().orElseThrow()));
    assertEquals(
        Money.of("112.50", "EUR"), p1001.creditSoFar().rounded(), "the batch credit for March");
  }

  static Map<String, LiveRevenueAtRisk> lastLive(List<LiveRevenueAtRisk> items) {
    List<LiveRevenueAtRisk> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(LiveRevenueAtRisk::asOf));
    Map<String, LiveRevenueAtRisk> last = new LinkedHashMap<>();
    for (LiveRevenueAtRisk l : sorted) {
      last.put(
          l.dimension()
              + "|"
              + l.key()
              + "|"
              + l.perMinute().currency()
              + "|"
              + l.classification().label(),
          l);
    }
    return last;
  }

  static SlaWarning lastWarning(List<SlaWarning> items, String connection) {
    return items.stream()
        .filter(w -> w.connection().equals(connection))
        .filter(w -> w.billingPeriod().equals(NetCo.MARCH.window()))
        .max(Comparator.comparing(SlaWarning::asOf))
        .orElseThrow();
  }

  static MoneyTotals total(List<ClosedImpact> items, ImpactClass c) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    items.stream()
        .filter(i -> i.impact().classification() == c)
        .forEach(i -> acc.add(i.revenueAtRisk().orElseThrow()));
    return acc.toTotals();
  }
}
