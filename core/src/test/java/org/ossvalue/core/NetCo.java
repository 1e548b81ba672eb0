package org.ossvalue.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;

/**
 * The hand-checked "NetCo" operator of March 2025 (fixtures-dev README), built with the core API:
 * twelve connections, the topology under them and the nine alarms.
 */
public final class NetCo {

  public static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");
  public static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");

  private NetCo() {}

  public static Topology topology() {
    return Topology.builder()
        .resource("RES-AGG-MUC-01")
        .resource("RES-ONT-0001")
        .resource("RES-ONT-0005")
        .resource("RES-ONT-0007")
        .resource("RES-ONT-0008")
        .resource("RES-ONT-0012")
        .resource("RES-PE-FRA-01")
        .resource("RES-PE-FRA-02")
        .resource("RES-OLT-HAM-03")
        .resource("RES-SBC-01")
        .resource("RES-MSISDN-4917012345678")
        .resource("RES-PE-LON-01")
        .resource("RES-CPE-LON-07")
        .service("SVC-2101", "RES-ONT-0001", "RES-AGG-MUC-01")
        .service("SVC-2001", "SVC-2101")
        .service("SVC-2102", "RES-AGG-MUC-01")
        .service("SVC-2002", "SVC-2102")
        .service("SVC-2003", CombinationRule.redundant(), "RES-PE-FRA-01", "RES-PE-FRA-02")
        .service("SVC-2004", "RES-OLT-HAM-03")
        .service("SVC-2105", "RES-ONT-0005", "RES-AGG-MUC-01")
        .service("SVC-2005", "SVC-2105")
        .service("SVC-2106", "RES-SBC-01")
        .service("SVC-2006", "SVC-2105", "SVC-2106")
        .service("SVC-2007", "RES-ONT-0007", "RES-AGG-MUC-01")
        .service("SVC-2008", "RES-ONT-0008", "RES-OLT-HAM-03")
        .service("SVC-2009", "RES-MSISDN-4917012345678")
        .service("SVC-2010", "RES-PE-LON-01")
        .service("SVC-2011", "RES-CPE-LON-07")
        .service("SVC-2012", "RES-ONT-0012", "RES-AGG-MUC-01")
        .relates("SVC-2011", "SVC-2010", "reliesOn")
        .relates("RES-ONT-0001", "RES-AGG-MUC-01", "connectedTo")
        .build();
  }

  public static List<Connection> connections() {
    return List.of(
        connection(
            "P-1001",
            "BA-001",
            "enterprise",
            "450.00",
            "EUR",
            "2024-06-03T08:00:00Z",
            "SVC-2001",
            "SLA-9001"),
        connection(
            "P-1002",
            "BA-001",
            "enterprise",
            "320.00",
            "EUR",
            "2024-09-01T00:00:00Z",
            "SVC-2002",
            null),
        connection(
            "P-1003",
            "BA-002",
            "enterprise",
            "780.00",
            "EUR",
            "2023-11-15T00:00:00Z",
            "SVC-2003",
            "SLA-9001"),
        base("P-1004", "BA-002", "enterprise", "2024-02-01T00:00:00Z", "SVC-2004", "SLA-9002")
            .addRecurringCharges(RecurringCharge.of(Money.of("5400.00", "EUR"), ChargePeriod.YEAR))
            .build(),
        base("P-1005", "BA-003", "smb", "2025-01-17T15:30:00Z", "SVC-2005", "SLA-9002")
            .addRecurringCharges(RecurringCharge.monthly(Money.of("89.90", "EUR")))
            .usageRevenuePerMonth(Money.of("12.50", "EUR"))
            .build(),
        connection(
            "P-1006", "BA-003", "smb", "59.00", "EUR", "2025-01-17T15:30:00Z", "SVC-2006", null),
        base("P-1007", "BA-004", "smb", null, "SVC-2007", null)
            .status(ConnectionStatus.PENDING_ACTIVE)
            .addRecurringCharges(RecurringCharge.monthly(Money.of("89.90", "EUR")))
            .build(),
        connection(
            "P-1008",
            "BA-005",
            "residential",
            "42.01",
            "EUR",
            "2023-04-12T00:00:00Z",
            "SVC-2008",
            null),
        connection(
            "P-1009",
            "BA-005",
            "residential",
            "25.00",
            "EUR",
            "2024-10-01T00:00:00Z",
            "SVC-2009",
            null),
        connection(
            "P-1010",
            "BA-006",
            "enterprise",
            "1200.00",
            "GBP",
            "2025-02-14T11:00:00Z",
            "SVC-2010",
            "SLA-9001"),
        connection(
            "P-1011",
            "BA-006",
            "enterprise",
            "150.00",
            "GBP",
            "2025-02-14T11:00:00Z",
            "SVC-2011",
            null),
        base("P-1012", "BA-004", "smb", "2021-09-01T00:00:00Z", "SVC-2012", null)
            .status(ConnectionStatus.TERMINATED)
            .termination(Instant.parse("2025-03-15T00:00:00Z"))
            .addRecurringCharges(RecurringCharge.monthly(Money.of("120.00", "EUR")))
            .build());
  }

  public static List<Cause> alarms() {
    return List.of(
        Cause.alarm("7009")
            .element("RES-PE-LON-01")
            .severity(Severity.CRITICAL)
            .planned(true)
            .raised(t("2025-03-02T01:00:00Z"))
            .cleared(t("2025-03-02T03:00:00Z"))
            .build(),
        alarm(
            "7001",
            "RES-AGG-MUC-01",
            Severity.CRITICAL,
            "2025-03-04T02:10:00Z",
            "2025-03-04T05:40:00Z"),
        alarm(
            "7008",
            "RES-ONT-0001",
            Severity.CRITICAL,
            "2025-03-04T03:00:00Z",
            "2025-03-04T06:00:00Z"),
        alarm(
            "7002",
            "RES-PE-FRA-01",
            Severity.CRITICAL,
            "2025-03-10T08:00:00Z",
            "2025-03-10T12:00:00Z"),
        alarm(
            "7003",
            "RES-PE-FRA-02",
            Severity.CRITICAL,
            "2025-03-10T11:00:00Z",
            "2025-03-10T11:45:00Z"),
        alarm("7004", "RES-OLT-HAM-03", Severity.MAJOR, "2025-03-18T22:00:00Z", null),
        alarm(
            "7005",
            "RES-ONT-0008",
            Severity.WARNING,
            "2025-03-20T07:00:00Z",
            "2025-03-20T07:30:00Z"),
        alarm(
            "7006",
            "RES-PE-LON-01",
            Severity.CRITICAL,
            "2025-03-25T14:15:00Z",
            "2025-03-25T16:45:00Z"),
        alarm("7007", "RES-SBC-01", Severity.MINOR, "2025-03-28T09:00:00Z", null));
  }

  static Instant t(String text) {
    return Instant.parse(text);
  }

  static TimeWindow w(String start, String end) {
    return TimeWindow.of(t(start), t(end));
  }

  private static Cause alarm(
      String id, String element, Severity severity, String raised, String cleared) {
    Cause.Builder b = Cause.alarm(id).element(element).severity(severity).raised(t(raised));
    if (cleared != null) {
      b.cleared(t(cleared));
    }
    return b.build();
  }

  private static Connection connection(
      String id,
      String account,
      String segment,
      String mrr,
      String currency,
      String start,
      String service,
      String sla) {
    return base(id, account, segment, start, service, sla)
        .addRecurringCharges(RecurringCharge.monthly(Money.of(mrr, currency)))
        .build();
  }

  private static Connection.Builder base(
      String id, String account, String segment, String start, String service, String sla) {
    Connection.Builder b =
        Connection.builder().id(id).account(account).segment(segment).addRealizedBy(service);
    if (start != null) {
      b.activation(t(start));
    }
    if (sla != null) {
      b.sla(sla);
    }
    return b;
  }

  static ZoneOffset utc() {
    return ZoneOffset.UTC;
  }
}
