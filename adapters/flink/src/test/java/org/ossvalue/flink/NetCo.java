package org.ossvalue.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;

/** NetCo (the dev fixtures, copied into src/test/resources/netco) and its batch figures. */
final class NetCo {

  static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");
  static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");

  private NetCo() {}

  static byte[] resource(String name) {
    try (InputStream in = NetCo.class.getResourceAsStream("/netco/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The export read as the batch statement reads it: inventory, SLAs and the event file. */
  static TmfDataset dataset(String... alarmFiles) {
    Map<String, InputStream> streams = new LinkedHashMap<>();
    for (String f : new String[] {"product.json", "service.json", "resource.json", "sla.json"}) {
      streams.put(f, new java.io.ByteArrayInputStream(resource(f)));
    }
    for (String f : alarmFiles) {
      streams.put(f, new java.io.ByteArrayInputStream(resource(f)));
    }
    return TmfReader.lenient().readStreams(streams);
  }

  /** The envelopes, one per line, in file order (a duplicate and an out-of-order clear). */
  static List<String> envelopes() {
    List<String> lines = new ArrayList<>();
    for (String l :
        new String(resource("events.ndjson"), StandardCharsets.UTF_8).lines().toList()) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    return lines;
  }

  static Impacts batchImpacts(TmfDataset d) {
    return ImpactEngine.create().compute(d.topology(), d.connections(), d.causes(), AS_OF);
  }

  static RevenueAtRisk batchRisk(TmfDataset d) {
    return RevenueAtRiskStrategy.calendarAccurate().assess(d.connections(), batchImpacts(d), MARCH);
  }
}
