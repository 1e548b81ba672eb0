package org.ossvalue.example.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;

/**
 * Acme's own export fixture (src/test/resources/acme-export, TMF v5 shapes) passes ossvalue's
 * strict reader, and the figures Acme computed by hand hold.
 */
class AcmeExportTest {

  private static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");
  private static final Instant AS_OF = MARCH.to();

  private static TmfDataset export() throws URISyntaxException {
    Path dir = Path.of(AcmeExportTest.class.getResource("/acme-export").toURI());
    return TmfReader.strict().readDirectory(dir); // throws, listing every rejection, if any
  }

  @Test
  void theExportReadsStrictlyWithoutWarnings() throws URISyntaxException {
    TmfDataset export = export();
    assertEquals(3, export.connections().size());
    assertEquals(3, export.alarms().size());
    assertEquals(List.of(), export.report().warnings());
  }

  @Test
  void monthlyRecurringRevenueIs400EurAnd80Gbp() throws URISyntaxException {
    MoneyTotals mrr =
        MoneyTotals.of(export().connections().stream().map(c -> c.mrr().orElseThrow()).toList());
    assertEquals(MoneyTotals.of(Money.of("400", "EUR"), Money.of("80", "GBP")), mrr);
  }

  /**
   * A-1 (major, 120 min on the OLT) hits P-1 and P-2 at 0.6 with Acme's mapping: (300 + 100) × 0.6
   * × 120 / 44,640 = 0.645… EUR; hit the redundant PE pair and overlap 30 minutes: 80 ×
   * 30 / 44,640 = 0.054 GBP.
   */
  @Test
  void revenueAtRiskWithAcmesMappingIs0Point65EurAnd0Point05Gbp() throws URISyntaxException {
    TmfDataset export = export();
    List<Connection> connections = export.connections();
    Impacts impacts =
        ImpactEngine.create(new AcmeSeverityMapping())
            .compute(export.topology(), connections, export.causes(), AS_OF);
    MoneyTotals risk =
        RevenueAtRiskStrategy.calendarAccurate().assess(connections, impacts, MARCH).unplanned();
    assertEquals(MoneyTotals.of(Money.of("0.65", "EUR"), Money.of("0.05", "GBP")), risk.rounded());

    Impacts defaults =
        ImpactEngine.create().compute(export.topology(), connections, export.causes(), AS_OF);
    assertEquals(
        MoneyTotals.of(Money.of("0.54", "EUR"), Money.of("0.05", "GBP")),
        RevenueAtRiskStrategy.calendarAccurate()
            .assess(connections, defaults, MARCH)
            .unplanned()
            .rounded(),
        "ossvalue's default mapping values major at 0.5");
  }
}
