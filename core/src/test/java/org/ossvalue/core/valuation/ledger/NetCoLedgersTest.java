package org.ossvalue.core.valuation.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.NetCoRecords;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.Estimate;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.core.valuation.churn.ChurnConfig;
import org.ossvalue.core.valuation.churn.ChurnModel;
import org.ossvalue.core.valuation.churn.ChurnParameters;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValuation;
import org.ossvalue.core.valuation.leakage.LeakageCheck;
import org.ossvalue.core.valuation.sla.SlaEngine;
import org.ossvalue.core.valuation.sla.SlaPolicy;

/** NetCo's March 2025 figures in separate ledgers, guarded against double counting. */
class NetCoLedgersTest {

  private final List<Connection> connections = NetCo.connections();
  private final Impacts impacts =
      ImpactEngine.create().compute(NetCo.topology(), connections, NetCo.alarms(), NetCo.AS_OF);
  private final Ledgers ledgers =
      Ledgers.assemble(GuardContext.of(connections, NetCo.AS_OF), DoubleCountGuard.defaults())
          .addRevenueAtRisk(
              RevenueAtRiskStrategy.calendarAccurate().assess(connections, impacts, NetCo.MARCH))
          .add(
              SlaEngine.of(
                      NetCoRecords.slaTerms().stream()
                          .map(SlaPolicy::fromTerms)
                          .collect(Collectors.toList()))
                  .assess(connections, impacts, NetCo.MARCH)
                  .ledgerEntries())
          .add(
              ChurnModel.of(
                      ChurnConfig.builder()
                          .fallback(
                              ChurnParameters.builder()
                                  .perIncident(Estimate.of("0.1", "0.2", "0.3"))
                                  .build())
                          .build())
                  .assess(connections, impacts, NetCo.AS_OF)
                  .ledgerEntries())
          .add(
              FulfilmentValuation.defaults()
                  .assess(NetCoRecords.orders(), NetCoRecords.Q1, NetCo.AS_OF)
                  .ledgerEntries())
          .add(
              LeakageCheck.defaults()
                  .assess(connections, NetCoRecords.bills(), NetCoRecords.billLines(), NetCo.MARCH)
                  .ledgerEntries())
          .build();

  @Test
  void eachLedgerKeepsItsOwnMoneyPerCurrency() {
    assertEquals(
        MoneyTotals.of(Money.of("111.42", "EUR"), Money.of("4.03", "GBP")),
        ledgers.total(LedgerKind.REVENUE_AT_RISK_UNPLANNED).rounded());
    assertEquals(
        MoneyTotals.of(Money.of("3.23", "GBP")),
        ledgers.total(LedgerKind.REVENUE_AT_RISK_PLANNED).rounded());
    assertEquals(
        MoneyTotals.of(Money.of("0.06", "EUR")), ledgers.total(LedgerKind.USAGE_LOST).rounded());
    assertEquals(
        MoneyTotals.of(Money.of("190.50", "EUR"), Money.of("120.00", "GBP")),
        ledgers.total(LedgerKind.CREDITS_OWED).rounded());
    assertEquals(
        MoneyTotals.of(Money.of("11.31", "EUR")),
        ledgers.total(LedgerKind.PULLED_FORWARD).rounded());
    assertEquals(
        MoneyTotals.of(Money.of("552.46", "GBP")), ledgers.total(LedgerKind.DELAYED).rounded());
    assertEquals(MoneyTotals.of(Money.of("59.00", "EUR")), ledgers.total(LedgerKind.LEAKAGE));
  }

  @Test
  void theTerminatedConnectionsChurnExposureIsExcludedWithItsReason() {
    List<GuardExclusion> excluded = ledgers.excluded();
    assertEquals(1, excluded.size(), excluded.toString());
    GuardExclusion p1012 = excluded.get(0);
    assertEquals(GuardRule.TERMINATED_CONNECTION_CHURN, p1012.rule());
    assertEquals("P-1012", p1012.entry().connection());
    assertTrue(p1012.reason().contains("terminated at 2025-03-15T00:00:00Z"), p1012.reason());
    assertTrue(ledgers.ledger(LedgerKind.CHURN_EXPOSURE).forConnection("P-1012").isEmpty());
    assertTrue(ledgers.ledger(LedgerKind.CHURN_EXPOSURE).entries().size() > 0);
  }

  @Test
  void everyEntryPointsToItsConnectionAndRecordsAndExplainsItself() {
    for (LedgerEntry e : ledgers.entries()) {
      assertTrue(e.records().contains("connection:" + e.connection()), e.toString());
      assertTrue(e.records().size() >= 2, e.toString());
      assertTrue(!e.explain().formula().isBlank() && !e.explain().clause().isBlank(), e.toString());
    }
    LedgerEntry p1001Risk =
        ledgers.ledger(LedgerKind.REVENUE_AT_RISK_UNPLANNED).forConnection("P-1001").get(0);
    assertEquals(
        List.of("alarm:7001", "alarm:7008", "connection:P-1001"), List.copyOf(p1001Risk.records()));
    assertTrue(
        p1001Risk.explain().formula().contains("x d 1 x 230 min"), p1001Risk.explain().formula());
    assertEquals(new BigDecimal("230"), p1001Risk.window().orElseThrow().minutes());
  }
}
