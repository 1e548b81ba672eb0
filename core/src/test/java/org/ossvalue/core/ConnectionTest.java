package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ConnectionTest {

  private static Connection.Builder base() {
    return Connection.builder().id("C-1").account("A-1");
  }

  @Test
  void mrrNormalisesEveryPeriodToAMonth() {
    Connection c =
        base()
            .addRecurringCharges(RecurringCharge.of(Money.of("5400", "EUR"), ChargePeriod.YEAR))
            .addRecurringCharges(RecurringCharge.of(Money.of("30", "EUR"), ChargePeriod.QUARTER))
            .addRecurringCharges(RecurringCharge.of(Money.of("10", "EUR"), ChargePeriod.WEEK))
            .addRecurringCharges(RecurringCharge.of(Money.of("1", "EUR"), ChargePeriod.DAY))
            .build();
    // 450 + 10 + 43.48125 + 30.436875
    assertEquals(Money.of("533.918125", "EUR"), c.mrr().orElseThrow());
    assertEquals(
        Money.of("8.33333333333333333333", "EUR"),
        RecurringCharge.of(Money.of("100", "EUR"), ChargePeriod.YEAR).monthly());
  }

  @Test
  void chargesMustShareOneCurrency() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                base()
                    .addRecurringCharges(RecurringCharge.monthly(Money.of("1", "EUR")))
                    .addRecurringCharges(RecurringCharge.monthly(Money.of("1", "GBP")))
                    .build());
    assertEquals(
        "recurringCharges must share one currency, was EUR and GBP at recurringCharges[1] (connection C-1)",
        e.getMessage());
  }

  @Test
  void rejectsNegativeChargesAndTerminationBeforeActivation() {
    assertEquals(
        "amount must be >= 0, was -45.00 EUR",
        assertThrows(
                IllegalArgumentException.class,
                () -> RecurringCharge.monthly(Money.of("-45.00", "EUR")))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    base()
                        .activation(NetCo.t("2025-03-02T00:00:00Z"))
                        .termination(NetCo.t("2025-03-01T00:00:00Z"))
                        .build())
            .getMessage()
            .startsWith("termination must not be before activation"));
  }

  @Test
  void chargePeriodLabelsParseLeniently() {
    assertEquals(ChargePeriod.YEAR, ChargePeriod.parse("Annual"));
    assertEquals(ChargePeriod.HALF_YEAR, ChargePeriod.parse("half-year"));
    assertEquals(
        "recurringChargePeriod must be one of day, week, month, quarter, halfYear, year, was fortnight",
        assertThrows(IllegalArgumentException.class, () -> ChargePeriod.parse("fortnight"))
            .getMessage());
    assertEquals(ConnectionStatus.ABORTED, ConnectionStatus.parse("aborted "));
  }

  @Test
  void earnsOnlyInsideItsActiveWindow() {
    Connection c =
        base()
            .activation(NetCo.t("2025-03-10T00:00:00Z"))
            .termination(NetCo.t("2025-03-20T00:00:00Z"))
            .build();
    assertEquals(
        TimeWindow.parse("2025-03-10T00:00Z/2025-03-20T00:00Z"),
        c.activeWindow(NetCo.MARCH.window()).orElseThrow());
    assertTrue(c.isActiveAt(NetCo.t("2025-03-10T00:00:00Z")));
    assertTrue(!c.isActiveAt(NetCo.t("2025-03-20T00:00:00Z")));
    assertEquals(BigDecimal.ZERO.signum(), base().build().mrr().map(Money::signum).orElse(0));
  }
}
