package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * The NetCo export rewritten in v5 shapes (party wrappers, agreementItem, string alarm ids,
 * creationDate, relatedEntity.entity, statusChangeHistory, appliedBillingRateType, timeOccurred,
 * {@code @type} everywhere), with every date-time in another offset ({@code +02:00}, {@code
 * -05:00}, {@code +05:30}, {@code -00:00}, some with milliseconds) and products and alarms as
 * NDJSON: the reader makes exactly the same dataset of it.
 */
class NetCoV5ShapesTest {

  private final TmfDataset v4 = TmfReader.strict().readDirectory(Fixtures.netco());
  private final TmfDataset v5 = TmfReader.strict().readDirectory(Fixtures.resource("netco-v5"));

  @Test
  void v5ShapesAndOtherOffsetsGiveTheSameRecords() {
    assertEquals(v4.connections(), v5.connections());
    assertEquals(v4.alarms(), v5.alarms());
    assertEquals(v4.tickets(), v5.tickets());
    assertEquals(v4.problems(), v5.problems());
    assertEquals(v4.orders(), v5.orders());
    assertEquals(v4.usage(), v5.usage());
    assertEquals(v4.bills(), v5.bills());
    assertEquals(v4.billLines(), v5.billLines());
    assertEquals(v4.slaTerms(), v5.slaTerms());
    assertEquals(v4.events(), v5.events());
    assertEquals(v4.topology().elements(), v5.topology().elements());
    for (String e : v4.topology().elements()) {
      assertEquals(v4.topology().supportersOf(e), v5.topology().supportersOf(e), e);
      assertEquals(v4.topology().rule(e), v5.topology().rule(e), e);
    }
    assertTrue(v5.report().rejections().isEmpty());
  }

  @Test
  void revenueAtRiskIsTheSameFromV5Shapes() {
    ReportingPeriod march = ReportingPeriod.month("2025-03", "UTC");
    Impacts impacts =
        ImpactEngine.create()
            .compute(
                v5.topology(),
                v5.connections(),
                v5.causes(),
                Instant.parse("2025-04-01T00:00:00Z"));
    RevenueAtRisk risk =
        RevenueAtRiskStrategy.calendarAccurate().assess(v5.connections(), impacts, march);
    assertEquals(Money.of("111.42", "EUR"), risk.unplanned().get("EUR").rounded());
    assertEquals(Money.of("4.03", "GBP"), risk.unplanned().get("GBP").rounded());
    assertEquals(MoneyTotals.of(Money.of("3.23", "GBP")), risk.planned().rounded());
  }
}
