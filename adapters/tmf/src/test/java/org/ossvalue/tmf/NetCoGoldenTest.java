package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.Severity;
import org.ossvalue.core.StatusChange;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.ChargeKind;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.fulfilment.OrderState;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * Every fact of fixtures-dev/README.md sections 1, 2, 6, 7 and 8, read from the NetCo files through
 * the adapter, and the revenue-at-risk totals end to end.
 */
class NetCoGoldenTest {

  static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");
  static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");

  private final TmfDataset netco = TmfReader.strict().readDirectory(Fixtures.netco());
  private final Impacts impacts =
      ImpactEngine.create().compute(netco.topology(), netco.connections(), netco.causes(), AS_OF);

  // --- reading ---

  @Test
  void everyNetCoRecordIsAcceptedAndCountsReconcile() {
    Map<String, long[]> expected = new TreeMap<>();
    expected.put("product.json", new long[] {12, 12, 0, 0});
    expected.put("service.json", new long[] {16, 16, 0, 0});
    expected.put("resource.json", new long[] {13, 13, 0, 0});
    expected.put("alarm.json", new long[] {9, 9, 0, 0});
    expected.put("troubleTicket.json", new long[] {3, 3, 0, 0});
    expected.put("serviceProblem.json", new long[] {1, 1, 0, 0});
    expected.put("productOrder.json", new long[] {4, 4, 0, 0});
    expected.put("sla.json", new long[] {2, 2, 0, 0});
    expected.put("usage.json", new long[] {4, 4, 0, 0});
    expected.put("customerBill.json", new long[] {2, 2, 0, 0});
    expected.put("appliedCustomerBillingRate.json", new long[] {4, 4, 0, 0});
    expected.put("events.ndjson", new long[] {29, 28, 0, 1});
    assertEquals(expected.size(), netco.report().files().size());
    for (FileReport f : netco.report().files()) {
      long[] e = expected.get(f.file());
      assertEquals(
          List.of(e[0], e[1], e[2], e[3]),
          List.of(f.read(), f.accepted(), f.rejected(), f.duplicates()),
          f.file());
    }
    assertTrue(netco.report().rejections().isEmpty(), netco.report().rejections().toString());
  }

  // --- §1 connections and MRR ---

  @Test
  void section1ConnectionsCustomersSegmentsStatusAndMrr() {
    String[][] rows = {
      {"P-1001", "CUST-001", "enterprise", "active", "450.00 EUR"},
      {"P-1002", "CUST-001", "enterprise", "active", "320.00 EUR"},
      {"P-1003", "CUST-002", "enterprise", "active", "780.00 EUR"},
      {"P-1004", "CUST-002", "enterprise", "active", "450.00 EUR"},
      {"P-1005", "CUST-003", "smb", "active", "89.90 EUR"},
      {"P-1006", "CUST-003", "smb", "active", "59.00 EUR"},
      {"P-1007", "CUST-004", "smb", "pendingActive", "89.90 EUR"},
      {"P-1008", "CUST-005", "residential", "active", "42.01 EUR"},
      {"P-1009", "CUST-005", "residential", "active", "25.00 EUR"},
      {"P-1010", "CUST-006", "enterprise", "active", "1200.00 GBP"},
      {"P-1011", "CUST-006", "enterprise", "active", "150.00 GBP"},
      {"P-1012", "CUST-004", "smb", "terminated", "120.00 EUR"},
    };
    assertEquals(12, netco.connections().size());
    for (String[] row : rows) {
      Connection c = netco.connection(row[0]).orElseThrow();
      assertEquals(row[1], c.customer().orElseThrow(), row[0]);
      assertEquals(row[2], c.segment().orElseThrow(), row[0]);
      assertEquals(row[3], c.status().label(), row[0]);
      assertEquals(row[4], c.mrr().orElseThrow().toString(), row[0]);
    }
    Connection p1001 = netco.connection("P-1001").orElseThrow();
    assertEquals("BA-001", p1001.account());
    assertEquals("PO-BF-1G", p1001.offering().orElseThrow());
    assertEquals(1, p1001.recurringCharges().size(), "one-time install 300.00 is not MRR");
  }

  @Test
  void section1ActiveTotalsPerCurrencyAndSegment() {
    Instant at = Instant.parse("2025-03-31T00:00:00Z");
    List<Connection> active =
        netco.connections().stream().filter(c -> c.isActiveAt(at)).collect(Collectors.toList());
    MoneyTotals totals =
        active.stream().map(c -> c.mrr().orElseThrow()).collect(MoneyTotals.collector());
    assertEquals(Money.of("2215.91", "EUR"), totals.get("EUR"));
    assertEquals(Money.of("1350.00", "GBP"), totals.get("GBP"));
    Map<String, MoneyTotals> bySegment = new TreeMap<>();
    for (Connection c : active) {
      bySegment.merge(
          c.segment().orElseThrow(), MoneyTotals.of(c.mrr().orElseThrow()), MoneyTotals::plus);
    }
    assertEquals(Money.of("2000.00", "EUR"), bySegment.get("enterprise").get("EUR"));
    assertEquals(Money.of("148.90", "EUR"), bySegment.get("smb").get("EUR"));
    assertEquals(Money.of("67.01", "EUR"), bySegment.get("residential").get("EUR"));
  }

  @Test
  void section1YearlyPriceIsTwelfthAndTaxIncludedIsNeverUsed() {
    assertEquals(Money.of("450.00", "EUR"), netco.connection("P-1004").orElseThrow().mrr().get());
    assertEquals(Money.of("42.01", "EUR"), netco.connection("P-1008").orElseThrow().mrr().get());
    assertEquals(
        Money.of("89.90", "EUR"),
        netco.connection("P-1005").orElseThrow().mrr().get(),
        "the usage price 0.50 EUR/GB is not MRR");
  }

  @Test
  void section1PendingEarnsNothingAndTerminatedEarnedFourteenDays() {
    Connection p1007 = netco.connection("P-1007").orElseThrow();
    assertEquals(ConnectionStatus.PENDING_ACTIVE, p1007.status());
    assertTrue(p1007.activation().isEmpty());
    assertTrue(p1007.activeWindow(MARCH.window()).isEmpty());
    Connection p1012 = netco.connection("P-1012").orElseThrow();
    assertEquals(Instant.parse("2025-03-15T00:00:00Z"), p1012.termination().orElseThrow());
    TimeWindow active = p1012.activeWindow(MARCH.window()).orElseThrow();
    Money earned =
        RevenueAtRiskStrategy.calendarAccurate()
            .valueOf(p1012.mrr().orElseThrow(), active, BigDecimal.ONE, MARCH.zone());
    assertEquals(Money.of("54.19", "EUR"), earned.rounded());
  }

  @Test
  void section1LinksRealizersAndSlas() {
    assertEquals(Set.of("SVC-2001"), netco.connection("P-1001").orElseThrow().realizedBy());
    assertEquals(
        Set.of("SVC-2009", "RES-MSISDN-4917012345678"),
        netco.connection("P-1009").orElseThrow().realizedBy());
    Map<String, String> slas = new TreeMap<>();
    for (Connection c : netco.connections()) {
      c.sla().ifPresent(s -> slas.put(c.id(), s));
    }
    assertEquals(
        Map.of(
            "P-1001", "SLA-9001",
            "P-1003", "SLA-9001",
            "P-1010", "SLA-9001",
            "P-1004", "SLA-9002",
            "P-1005", "SLA-9002"),
        slas);
  }

  @Test
  void section1TopologyRulesAndInformationalRelationships() {
    assertEquals(13 + 16, netco.topology().size());
    assertEquals(CombinationRule.redundant(), netco.topology().rule("SVC-2003"));
    assertEquals(CombinationRule.allRequired(), netco.topology().rule("SVC-2006"));
    assertEquals(List.of("SVC-2105", "SVC-2106"), netco.topology().supportersOf("SVC-2006"));
    assertEquals(
        Set.of("RES-ONT-0001", "RES-AGG-MUC-01"),
        Set.copyOf(netco.topology().supportersOf("SVC-2101")));
    assertTrue(
        netco.topology().relationships().stream()
            .anyMatch(
                r ->
                    r.source().equals("SVC-2011")
                        && r.target().equals("SVC-2010")
                        && r.type().equals("reliesOn")));
    assertFalse(netco.topology().supportersOf("SVC-2011").contains("SVC-2010"));
    assertEquals(
        Set.of("P-1001", "P-1002", "P-1005", "P-1006", "P-1012", "P-1007"),
        netco.topology().reach("RES-AGG-MUC-01", netco.connections()));
  }

  @Test
  void section1SlaTermsFromRules() {
    SlaTerms gold = sla("SLA-9001");
    assertEquals(
        List.of(
            CreditTier.of("99.95", "10"), CreditTier.of("99.5", "25"), CreditTier.of("99", "50")),
        gold.tierList());
    assertEquals(0, gold.capPercentOfMrr().orElseThrow().compareTo(new BigDecimal("50")));
    assertTrue(gold.plannedExcluded());
    SlaTerms silver = sla("SLA-9002");
    assertEquals(
        List.of(CreditTier.of("99.5", "5"), CreditTier.of("99.0", "15")), silver.tierList());
    assertEquals(0, silver.capPercentOfMrr().orElseThrow().compareTo(new BigDecimal("15")));
  }

  // --- §2 impacts ---

  @Test
  void section2EveryImpactWindowMatchesTheReadme() {
    assertImpacts(
        "P-1001", "2025-03-04T02:10:00Z/2025-03-04T06:00:00Z 1 unplanned [alarm:7001, alarm:7008]");
    assertImpacts("P-1002", "2025-03-04T02:10:00Z/2025-03-04T05:40:00Z 1 unplanned [alarm:7001]");
    assertImpacts("P-1005", "2025-03-04T02:10:00Z/2025-03-04T05:40:00Z 1 unplanned [alarm:7001]");
    assertImpacts(
        "P-1006",
        "2025-03-04T02:10:00Z/2025-03-04T05:40:00Z 1 unplanned [alarm:7001]",
        "2025-03-28T09:00:00Z/2025-04-01T00:00:00Z 0.25 unplanned [alarm:7007]");
    assertImpacts("P-1012", "2025-03-04T02:10:00Z/2025-03-04T05:40:00Z 1 unplanned [alarm:7001]");
    assertImpacts(
        "P-1003", "2025-03-10T11:00:00Z/2025-03-10T11:45:00Z 1 unplanned [alarm:7002, alarm:7003]");
    assertImpacts("P-1004", "2025-03-18T22:00:00Z/2025-04-01T00:00:00Z 0.5 unplanned [alarm:7004]");
    assertImpacts("P-1008", "2025-03-18T22:00:00Z/2025-04-01T00:00:00Z 0.5 unplanned [alarm:7004]");
    assertImpacts(
        "P-1010",
        "2025-03-02T01:00:00Z/2025-03-02T03:00:00Z 1 planned [alarm:7009]",
        "2025-03-25T14:15:00Z/2025-03-25T16:45:00Z 1 unplanned [alarm:7006]");
    assertImpacts("P-1007");
    assertImpacts("P-1009");
    assertImpacts("P-1011");
  }

  @Test
  void section2MinutesPerProduct() {
    assertEquals(0, minutesOf("P-1001").compareTo(BigDecimal.valueOf(230)));
    assertEquals(0, minutesOf("P-1002").compareTo(BigDecimal.valueOf(210)));
    assertEquals(0, minutesOf("P-1003").compareTo(BigDecimal.valueOf(45)));
    assertEquals(0, minutesOf("P-1004").compareTo(BigDecimal.valueOf(18840)));
    assertEquals(0, minutesOf("P-1006").compareTo(BigDecimal.valueOf(210 + 5220)));
    assertEquals(0, minutesOf("P-1008").compareTo(BigDecimal.valueOf(18840)));
    assertEquals(0, minutesOf("P-1010").compareTo(BigDecimal.valueOf(120 + 150)));
  }

  @Test
  void section2AlarmsAsCauses() {
    TmfAlarm a7009 = netco.alarm("7009").orElseThrow();
    assertTrue(a7009.planned());
    assertEquals(Severity.CRITICAL, a7009.severity());
    assertEquals(Severity.MAJOR, netco.alarm("7004").orElseThrow().severity());
    assertEquals(Severity.WARNING, netco.alarm("7005").orElseThrow().severity());
    assertEquals(Severity.MINOR, netco.alarm("7007").orElseThrow().severity());
    assertEquals("RES-AGG-MUC-01", netco.alarm("7001").orElseThrow().element());
    assertFalse(netco.alarm("7001").orElseThrow().planned());
  }

  // --- §3 end to end ---

  @Test
  void revenueAtRiskEndToEndFromTheFiles() {
    RevenueAtRisk risk =
        RevenueAtRiskStrategy.calendarAccurate().assess(netco.connections(), impacts, MARCH);
    assertEquals(Money.of("111.42", "EUR"), risk.unplanned().get("EUR").rounded());
    assertEquals(Money.of("4.03", "GBP"), risk.unplanned().get("GBP").rounded());
    assertEquals(MoneyTotals.of(Money.of("3.23", "GBP")), risk.planned().rounded());
  }

  @Test
  void usageLostEndToEndWithUsageFromTheFiles() {
    List<Connection> withUsage = netco.connectionsWithUsage(MARCH.window());
    assertEquals(
        Money.of("12.50", "EUR"),
        withUsage.stream()
            .filter(c -> c.id().equals("P-1005"))
            .findFirst()
            .orElseThrow()
            .usageRevenuePerMonth()
            .orElseThrow());
    RevenueAtRisk risk =
        RevenueAtRiskStrategy.calendarAccurate()
            .assess(
                withUsage,
                ImpactEngine.create().compute(netco.topology(), withUsage, netco.causes(), AS_OF),
                MARCH);
    assertEquals(MoneyTotals.of(Money.of("0.06", "EUR")), risk.usageLost().rounded());
  }

  // --- §6 tickets and problems ---

  @Test
  void section6Tickets() {
    TroubleTicket tt1 = ticket("TT-5001");
    assertTrue(tt1.elements().containsAll(Set.of("P-1001", "SVC-2001")));
    assertEquals(Set.of("7001", "7008"), tt1.alarms());
    assertEquals(Instant.parse("2025-03-04T02:35:00Z"), tt1.created());
    assertEquals(Instant.parse("2025-03-04T06:05:00Z"), tt1.resolved().orElseThrow());
    assertEquals(210, Duration.between(tt1.created(), tt1.resolved().get()).toMinutes());
    assertEquals("closed", tt1.status());
    assertEquals(
        List.of("acknowledged", "inProgress", "resolved", "closed"),
        tt1.history().stream().map(StatusChange::status).collect(Collectors.toList()));
    assertEquals(
        Instant.parse("2025-03-04T07:00:00Z"), tt1.history().last().at(), "closed at 07:00");
    assertEquals(
        Optional.of("Field engineer dispatched"),
        tt1.history().stream()
            .filter(c -> c.status().equals("inProgress"))
            .findFirst()
            .orElseThrow()
            .reason(),
        "status change reasons are kept");
    assertEquals(Severity.CRITICAL, tt1.severity().orElseThrow());

    TroubleTicket tt2 = ticket("TT-5002");
    assertEquals(Set.of("SVC-2003"), tt2.elements());
    assertEquals(65, Duration.between(tt2.created(), tt2.resolved().orElseThrow()).toMinutes());

    TroubleTicket tt3 = ticket("TT-5003");
    assertEquals(Set.of("P-1008"), tt3.elements());
    assertTrue(tt3.resolved().isEmpty());
    assertEquals(18240, Duration.between(tt3.created(), AS_OF).toMinutes());
  }

  @Test
  void section6ServiceProblem() {
    ServiceProblem sp = netco.problems().get(0);
    assertEquals("SP-8001", sp.id());
    assertEquals(1, sp.priority().orElseThrow());
    assertEquals(
        Set.of("SVC-2101", "SVC-2102", "SVC-2105", "SVC-2007", "SVC-2012", "RES-AGG-MUC-01"),
        sp.affected());
    assertEquals(Set.of("RES-AGG-MUC-01"), sp.rootCause());
    assertEquals(Set.of("7001"), sp.alarms());
    assertEquals(Set.of("TT-5001"), sp.tickets());
    assertEquals(Instant.parse("2025-03-04T02:20:00Z"), sp.created());
    assertEquals(Instant.parse("2025-03-04T05:45:00Z"), sp.resolved().orElseThrow());
    Set<String> reached = new java.util.TreeSet<>();
    for (String s : sp.affected()) {
      reached.addAll(netco.topology().reach(s, netco.connections()));
    }
    assertEquals(Set.of("P-1001", "P-1002", "P-1005", "P-1006", "P-1012", "P-1007"), reached);
  }

  // --- §5 orders (structured MRR only) ---

  @Test
  void ordersCarryStructuredPricesOnlyAndNoPreviousMrrFromText() {
    Order po3003 = order("PO-3003");
    assertEquals(OrderAction.MODIFY, po3003.items().get(0).action());
    assertEquals(Money.of("450.00", "EUR"), po3003.items().get(0).mrr().orElseThrow());
    assertTrue(po3003.items().get(0).previousMrr().isEmpty(), "390.00 is only in description");
    assertTrue(po3003.items().get(0).mrrDelta().isEmpty());
    Order po3004 = order("PO-3004");
    assertEquals(OrderState.IN_PROGRESS, po3004.state());
    assertEquals(Instant.parse("2025-03-03T10:20:00Z"), po3004.created());
    assertEquals(Instant.parse("2025-04-01T00:00:00Z"), po3004.requestedDate().orElseThrow());
    assertEquals(Instant.parse("2025-04-08T00:00:00Z"), po3004.expectedCompletion().orElseThrow());
    assertTrue(po3004.completion().isEmpty());
    assertEquals("BA-004", po3004.account().orElseThrow());
    Order po3001 = order("PO-3001");
    assertEquals(Instant.parse("2025-01-17T15:30:00Z"), po3001.completion().orElseThrow());
    assertEquals(
        Money.of("148.90", "EUR"),
        po3001.items().stream().map(i -> i.mrrDelta().orElseThrow()).reduce(Money::plus).get());
  }

  // --- §7 usage, bills, leakage ---

  @Test
  void section7UsageOfP1005AndRejectedUsageExcluded() {
    List<UsageRecord> p1005 =
        netco.usage().stream().filter(u -> u.connection().equals("P-1005")).toList();
    assertEquals(3, p1005.size());
    assertEquals(
        Money.of("12.50", "EUR"),
        p1005.stream().map(UsageRecord::amount).reduce(Money::plus).get());
    assertTrue(netco.usage().stream().noneMatch(u -> u.id().equals("U-40004")));
    assertTrue(
        netco.report().warnings("usage.json").stream()
            .anyMatch(w -> w.id().orElse("").equals("U-40004")));
  }

  @Test
  void section7BillsAndLines() {
    Bill cb1 = bill("CB-6001");
    assertEquals("BA-001", cb1.account());
    assertEquals(Money.of("770.00", "EUR"), cb1.taxExcluded().orElseThrow());
    assertEquals("settled", cb1.state().orElseThrow());
    assertEquals(MARCH.window(), cb1.billingPeriod().orElseThrow());
    assertEquals(Money.of("102.40", "EUR"), bill("CB-6002").taxExcluded().orElseThrow());
    Map<String, ChargeKind> kinds = new TreeMap<>();
    for (BillLine l : netco.billLines()) {
      kinds.put(l.id(), l.kind());
    }
    assertEquals(
        Map.of(
            "ACBR-6001-1", ChargeKind.RECURRING,
            "ACBR-6001-2", ChargeKind.RECURRING,
            "ACBR-6002-1", ChargeKind.RECURRING,
            "ACBR-6002-2", ChargeKind.USAGE),
        kinds);
  }

  @Test
  void section7P1006LeaksBecauseNoRecurringLineBillsIt() {
    Set<String> billedRecurring =
        netco.billLines().stream()
            .filter(l -> l.kind() == ChargeKind.RECURRING)
            .map(l -> l.connection().orElseThrow())
            .collect(Collectors.toSet());
    Set<String> ba003Active =
        netco.connections().stream()
            .filter(c -> c.account().equals("BA-003") && c.isActiveAt(AS_OF.minusSeconds(1)))
            .map(Connection::id)
            .collect(Collectors.toSet());
    ba003Active.removeAll(billedRecurring);
    assertEquals(Set.of("P-1006"), ba003Active);
  }

  // --- §8 events ---

  @Test
  void section8EventsDeduplicatedAndReplayed() {
    EventSummary ev = netco.events();
    assertEquals(29, ev.read());
    assertEquals(28, ev.distinct());
    assertEquals(1, ev.duplicates());
    assertEquals(0, ev.rejected());
    assertEquals(28, ev.applied());
    assertEquals(9, ev.appliedByType().get("AlarmCreateEvent"));
    assertEquals(7, ev.appliedByType().get("AlarmStateChangeEvent"));
    assertTrue(
        netco.report().warnings("events.ndjson").get(0).reason().contains("EV-900009"),
        "the duplicate names the eventId");
  }

  @Test
  void section8ReplayingOnlyTheEventsGivesTheAlarmsOfAlarmJson(@TempDir Path tmp) {
    TmfDataset eventsOnly =
        TmfReader.strict().readDirectory(Fixtures.copy(tmp, Fixtures.netco(), "events.ndjson"));
    assertEquals(9, eventsOnly.alarms().size());
    List<String> cleared =
        eventsOnly.alarms().stream()
            .filter(a -> !a.isOpen())
            .map(TmfAlarm::id)
            .sorted()
            .collect(Collectors.toList());
    assertEquals(List.of("7001", "7002", "7003", "7005", "7006", "7008", "7009"), cleared);
    List<String> open =
        eventsOnly.alarms().stream().filter(TmfAlarm::isOpen).map(TmfAlarm::id).sorted().toList();
    assertEquals(List.of("7004", "7007"), open);
    TmfAlarm a7007 = eventsOnly.alarm("7007").orElseThrow();
    assertEquals("acknowledged", a7007.ackState().orElseThrow());
    assertEquals(Instant.parse("2025-03-28T09:20:00Z"), a7007.changed().orElseThrow());
    for (TmfAlarm fromEvents : eventsOnly.alarms()) {
      TmfAlarm fromFile = netco.alarm(fromEvents.id()).orElseThrow();
      assertEquals(fromFile.raised(), fromEvents.raised(), fromEvents.id());
      assertEquals(fromFile.cleared(), fromEvents.cleared(), fromEvents.id());
      assertEquals(
          fromFile.severity(),
          fromEvents.severity(),
          "the clear event's \"cleared\" never replaces the raise severity of " + fromEvents.id());
      assertEquals(fromFile.cause(), fromEvents.cause(), fromEvents.id());
    }
    assertTrue(
        eventsOnly.alarms().stream().allMatch(TmfAlarm::severityKnown),
        "no alarm is left with only 'cleared'");
  }

  @Test
  void section8OtherEventsUpdateTheirRecords(@TempDir Path tmp) {
    TmfDataset eventsOnly =
        TmfReader.lenient().readDirectory(Fixtures.copy(tmp, Fixtures.netco(), "events.ndjson"));
    assertEquals(
        List.of("TT-5001", "TT-5002"),
        eventsOnly.tickets().stream().map(TroubleTicket::id).toList());
    TroubleTicket tt1 = eventsOnly.tickets().get(0);
    assertEquals("closed", tt1.status());
    assertEquals(Instant.parse("2025-03-04T06:05:00Z"), tt1.resolved().orElseThrow());
    assertTrue(eventsOnly.problems().isEmpty(), "its create event carries no date at all");
    assertTrue(
        eventsOnly.report().warnings().stream()
            .anyMatch(
                w ->
                    w.id().orElse("").equals("SP-8001")
                        && w.reason().contains("known only from events")),
        eventsOnly.report().warnings().toString());
    Order po3004 = order("PO-3004");
    assertEquals(
        List.of("acknowledged"),
        po3004.history().stream().map(StatusChange::status).toList(),
        "the create event's state enters the history; the export's inProgress stays current");
    assertEquals(
        List.of("completed"),
        order("PO-3003").history().stream().map(StatusChange::status).toList());
    assertEquals(
        Instant.parse("2025-03-15T00:00:00Z"),
        netco.connection("P-1012").orElseThrow().termination().orElseThrow());
  }

  // --- helpers ---

  private SlaTerms sla(String id) {
    return netco.slaTerms().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private TroubleTicket ticket(String id) {
    return netco.tickets().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private Order order(String id) {
    return netco.orders().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private Bill bill(String id) {
    return netco.bills().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private void assertImpacts(String connection, String... expected) {
    List<String> actual =
        impacts.forConnection(connection).stream()
            .map(
                i ->
                    i.window().start()
                        + "/"
                        + i.window().end()
                        + " "
                        + i.degradation().toPlainString()
                        + " "
                        + i.classification()
                        + " "
                        + i.causes())
            .collect(Collectors.toList());
    assertEquals(List.of(expected), actual, connection);
  }

  private BigDecimal minutesOf(String connection) {
    return impacts.forConnection(connection).stream()
        .map(ServiceImpact::minutes)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
