package org.ossvalue.core;

import java.time.Instant;
import java.util.List;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.ChargeKind;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.fulfilment.OrderState;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;

/**
 * The rest of the hand-checked "NetCo" records (fixtures-dev README sections 4 to 7), built with
 * the core API as the TMF adapter would produce them: SLA terms, trouble tickets, orders, bills,
 * bill lines and usage. {@link NetCo} holds the connections, topology and alarms.
 */
public final class NetCoRecords {

  /** January to March 2025, UTC: the quarter the orders of section 5 fall in. */
  public static final ReportingPeriod Q1 =
      ReportingPeriod.of(t("2025-01-01T00:00:00Z"), t("2025-04-01T00:00:00Z"), NetCo.utc());

  private NetCoRecords() {}

  /** SLA-9001 Gold and SLA-9002 Silver, as TMF623 rules with serviceCredit:n%MRR consequences. */
  public static List<SlaTerms> slaTerms() {
    TimeWindow valid = TimeWindow.of(t("2024-01-01T00:00:00Z"), t("2026-12-31T23:59:59Z"));
    return List.of(
        SlaTerms.builder()
            .id("SLA-9001")
            .name("Business Gold availability 99.95%")
            .addTiers(
                CreditTier.of("99.95", "10"),
                CreditTier.of("99.5", "25"),
                CreditTier.of("99.0", "50"))
            .capPercentOfMrr(new java.math.BigDecimal("50"))
            .plannedExcluded(true)
            .validFor(valid)
            .build(),
        SlaTerms.builder()
            .id("SLA-9002")
            .name("Business Silver availability 99.5%")
            .addTiers(CreditTier.of("99.5", "5"), CreditTier.of("99.0", "15"))
            .capPercentOfMrr(new java.math.BigDecimal("15"))
            .plannedExcluded(true)
            .validFor(valid)
            .build());
  }

  /** TT-5001, TT-5002, TT-5003. */
  public static List<TroubleTicket> tickets() {
    return List.of(
        TroubleTicket.builder()
            .id("TT-5001")
            .created(t("2025-03-04T02:35:00Z"))
            .resolved(t("2025-03-04T06:05:00Z"))
            .status("closed")
            .addElements("P-1001", "SVC-2001")
            .addAlarms("7001", "7008")
            .build(),
        TroubleTicket.builder()
            .id("TT-5002")
            .created(t("2025-03-10T11:05:00Z"))
            .resolved(t("2025-03-10T12:10:00Z"))
            .status("resolved")
            .addElements("SVC-2003")
            .build(),
        TroubleTicket.builder()
            .id("TT-5003")
            .created(t("2025-03-19T08:00:00Z"))
            .status("inProgress")
            .addElements("P-1008")
            .build());
  }

  /** PO-3001 to PO-3004. PO-3003's previous price is known only from free text, so it is absent. */
  public static List<Order> orders() {
    return List.of(
        Order.builder()
            .id("PO-3001")
            .created(t("2025-01-06T09:12:00Z"))
            .requestedStart(t("2025-01-20T00:00:00Z"))
            .requestedCompletion(t("2025-01-20T00:00:00Z"))
            .expectedCompletion(t("2025-01-20T00:00:00Z"))
            .completion(t("2025-01-17T15:30:00Z"))
            .state(OrderState.COMPLETED)
            .account("BA-003")
            .addItems(
                add("1", "P-1005", "PO-BI-300", "89.90", "EUR", OrderState.COMPLETED),
                add("2", "P-1006", "PO-BV-10", "59.00", "EUR", OrderState.COMPLETED))
            .build(),
        Order.builder()
            .id("PO-3002")
            .created(t("2025-01-10T14:00:00Z"))
            .requestedStart(t("2025-02-03T00:00:00Z"))
            .requestedCompletion(t("2025-02-03T00:00:00Z"))
            .expectedCompletion(t("2025-02-14T00:00:00Z"))
            .completion(t("2025-02-14T11:00:00Z"))
            .state(OrderState.COMPLETED)
            .account("BA-006")
            .addItems(
                add("1", "P-1010", "PO-MPLS-INTL", "1200.00", "GBP", OrderState.COMPLETED),
                add("2", "P-1011", "PO-MGD-RTR", "150.00", "GBP", OrderState.COMPLETED))
            .build(),
        Order.builder()
            .id("PO-3003")
            .created(t("2025-02-20T08:30:00Z"))
            .requestedStart(t("2025-03-01T00:00:00Z"))
            .requestedCompletion(t("2025-03-01T00:00:00Z"))
            .completion(t("2025-02-27T10:00:00Z"))
            .state(OrderState.COMPLETED)
            .account("BA-001")
            .addItems(
                OrderItem.builder()
                    .id("1")
                    .action(OrderAction.MODIFY)
                    .state(OrderState.COMPLETED)
                    .connection("P-1001")
                    .offering("PO-BF-1G")
                    .mrr(Money.of("450.00", "EUR"))
                    .build())
            .build(),
        Order.builder()
            .id("PO-3004")
            .created(t("2025-03-03T10:20:00Z"))
            .requestedStart(t("2025-03-15T00:00:00Z"))
            .requestedCompletion(t("2025-04-01T00:00:00Z"))
            .expectedCompletion(t("2025-04-08T00:00:00Z"))
            .state(OrderState.IN_PROGRESS)
            .account("BA-004")
            .addItems(
                OrderItem.builder()
                    .id("1")
                    .action(OrderAction.DELETE)
                    .state(OrderState.COMPLETED)
                    .connection("P-1012")
                    .build(),
                add("2", "P-1007", "PO-BI-300", "89.90", "EUR", OrderState.IN_PROGRESS))
            .build());
  }

  /** CB-6001 (BA-001) and CB-6002 (BA-003), March 2025. */
  public static List<Bill> bills() {
    return List.of(
        Bill.builder()
            .id("CB-6001")
            .account("BA-001")
            .billingPeriod(NetCo.MARCH.window())
            .billDate(t("2025-04-01T06:00:00Z"))
            .taxExcluded(Money.of("770.00", "EUR"))
            .state("settled")
            .build(),
        Bill.builder()
            .id("CB-6002")
            .account("BA-003")
            .billingPeriod(NetCo.MARCH.window())
            .billDate(t("2025-04-01T06:00:00Z"))
            .taxExcluded(Money.of("102.40", "EUR"))
            .state("sent")
            .build());
  }

  /** The four applied customer billing rates. */
  public static List<BillLine> billLines() {
    return List.of(
        line("ACBR-6001-1", "BA-001", "CB-6001", "P-1001", ChargeKind.RECURRING, "450.00"),
        line("ACBR-6001-2", "BA-001", "CB-6001", "P-1002", ChargeKind.RECURRING, "320.00"),
        line("ACBR-6002-1", "BA-003", "CB-6002", "P-1005", ChargeKind.RECURRING, "89.90"),
        line("ACBR-6002-2", "BA-003", "CB-6002", "P-1005", ChargeKind.USAGE, "12.50"));
  }

  /** P-1005's rated usage in March (U-40004 was rejected and carries no amount). */
  public static List<UsageRecord> usage() {
    return List.of(
        usage("U-40001", "2025-03-09T23:59:59Z", "5.00"),
        usage("U-40002", "2025-03-19T23:59:59Z", "4.00"),
        usage("U-40003", "2025-03-29T23:59:59Z", "3.50"));
  }

  public static Instant t(String text) {
    return Instant.parse(text);
  }

  private static OrderItem add(
      String id, String connection, String offering, String mrr, String currency, OrderState s) {
    return OrderItem.builder()
        .id(id)
        .action(OrderAction.ADD)
        .state(s)
        .connection(connection)
        .offering(offering)
        .mrr(Money.of(mrr, currency))
        .build();
  }

  private static BillLine line(
      String id, String account, String bill, String connection, ChargeKind kind, String amount) {
    return BillLine.builder()
        .id(id)
        .account(account)
        .bill(bill)
        .connection(connection)
        .kind(kind)
        .coverage(NetCo.MARCH.window())
        .amount(Money.of(amount, "EUR"))
        .build();
  }

  private static UsageRecord usage(String id, String at, String amount) {
    return UsageRecord.builder()
        .id(id)
        .connection("P-1005")
        .at(t(at))
        .amount(Money.of(amount, "EUR"))
        .build();
  }
}
