package org.ossvalue.flink;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.tmf.TmfReader;

/** The batch figures for a stream of envelopes: the TMF reader, the core engine, the strategy. */
final class Batch {

  private Batch() {}

  /** The causes the TMF reader replays from the envelopes (as an events.ndjson file). */
  static List<Cause> causes(List<String> envelopes) {
    String file = String.join("\n", envelopes) + "\n";
    return TmfReader.lenient()
        .readStreams(
            Map.of(
                "events.ndjson", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
        .causes();
  }

  static Impacts impacts(Inventory inv, List<Cause> causes, Instant asOf) {
    return ImpactEngine.create().compute(inv.topology(), inv.connections(), causes, asOf);
  }

  static RevenueAtRisk risk(Inventory inv, Impacts impacts, ReportingPeriod period) {
    return RevenueAtRiskStrategy.calendarAccurate().assess(inv.connections(), impacts, period);
  }

  /** Pieces joined back where a month end split them (same connection, class and d). */
  static List<ServiceImpact> join(List<ServiceImpact> pieces) {
    List<ServiceImpact> sorted = new ArrayList<>(pieces);
    sorted.sort(null);
    java.util.Map<String, Integer> lastOf = new java.util.HashMap<>();
    List<ServiceImpact> out = new ArrayList<>();
    for (ServiceImpact p : sorted) {
      String key = p.connection() + "|" + p.classification();
      Integer l = lastOf.get(key);
      if (l != null
          && out.get(l).window().end().equals(p.window().start())
          && out.get(l).degradation().compareTo(p.degradation()) == 0) {
        ServiceImpact q = out.get(l);
        out.set(
            l,
            ServiceImpact.builder()
                .from(q)
                .window(TimeWindow.of(q.window().start(), p.window().end()))
                .addAllCauses(p.causes())
                .build());
      } else {
        lastOf.put(key, out.size());
        out.add(p);
      }
    }
    out.sort(null);
    return out;
  }

  static MoneyTotals sum(List<ClosedImpact> items, boolean planned, TimeWindow within) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    for (ClosedImpact c : items) {
      if (c.impact().isPlanned() == planned && within.overlaps(c.impact().window())) {
        c.revenueAtRisk().ifPresent(acc::add);
      }
    }
    return acc.toTotals();
  }
}
