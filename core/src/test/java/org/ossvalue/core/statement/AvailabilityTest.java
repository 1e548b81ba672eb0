package org.ossvalue.core.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.topology.ImpactEngine;

class AvailabilityTest {

  private static Availability netCo() {
    Impacts impacts =
        ImpactEngine.create()
            .compute(NetCo.topology(), NetCo.connections(), NetCo.alarms(), NetCo.AS_OF);
    return Availability.of(NetCo.connections(), impacts, NetCo.MARCH);
  }

  @Test
  void netCoRevenueWeightedAvailabilityMatchesTheReadme() {
    Availability a = netCo();
    Availability.Measure eur = a.byCurrency().get("EUR");
    assertEquals(
        0, new BigDecimal("101337422.4").compareTo(eur.sold()), "2,215.91 × 44,640 + 120 × 20,160");
    assertEquals(0, new BigDecimal("4973998.2").compareTo(eur.lostUnplanned()));
    assertEquals(new BigDecimal("95.09"), Availability.Measure.percent(eur.unplanned()));
    Availability.Measure gbp = a.byCurrency().get("GBP");
    assertEquals(new BigDecimal("99.70"), Availability.Measure.percent(gbp.unplanned()));
    assertEquals(new BigDecimal("99.46"), Availability.Measure.percent(gbp.includingPlanned()));
    assertEquals(
        "95.09 % unplanned (4973998.2 of 101337422.4 EUR·min lost), 95.09 % with planned",
        eur.toString());
  }

  @Test
  void netCoConnectionWeightedAvailabilityCountsConnectionMinutes() {
    Availability.Measure c = netCo().connections();
    // 10 connections all March + P-1012 for 14 days; P-1007 never active
    assertEquals(0, new BigDecimal("466560").compareTo(c.sold()));
    // 230 + 210 + 45 + 0.5 × 18,840 + 210 + 210 + 0.25 × 5,220 + 0.5 × 18,840 + 210 + 150
    assertEquals(0, new BigDecimal("21410").compareTo(c.lostUnplanned()));
    assertEquals(0, new BigDecimal("120").compareTo(c.lostPlanned()));
    assertEquals(new BigDecimal("95.41"), Availability.Measure.percent(c.unplanned()));
    assertEquals(new BigDecimal("95.39"), Availability.Measure.percent(c.includingPlanned()));
  }
}
