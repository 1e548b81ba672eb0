package org.ossvalue.core.statement;

import java.time.Instant;
import java.util.List;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.NetCoRecords;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.assurance.ServiceProblem;

/** NetCo's records (fixtures-dev README) as statement inputs, built with the core API. */
final class NetCoInputs {

  private NetCoInputs() {}

  /** March 2025, UTC, as of 1 April 00:00Z. */
  static StatementInputs march() {
    return of(NetCo.MARCH);
  }

  /** Every record, for another period, as of 1 April 00:00Z. */
  static StatementInputs of(ReportingPeriod period) {
    return builder(period).build();
  }

  static StatementInputs.Builder builder(ReportingPeriod period) {
    return StatementInputs.builder()
        .period(period)
        .asOf(NetCo.AS_OF)
        .connections(NetCo.connections())
        .topology(NetCo.topology())
        .causes(NetCo.alarms())
        .tickets(NetCoRecords.tickets())
        .problems(problems())
        .orders(NetCoRecords.orders())
        .usage(NetCoRecords.usage())
        .bills(NetCoRecords.bills())
        .billLines(NetCoRecords.billLines())
        .slaTerms(NetCoRecords.slaTerms());
  }

  /** SP-8001 (README section 6): root cause RES-AGG-MUC-01, alarm 7001. */
  static List<ServiceProblem> problems() {
    return List.of(
        ServiceProblem.builder()
            .id("SP-8001")
            .created(Instant.parse("2025-03-04T02:20:00Z"))
            .resolved(Instant.parse("2025-03-04T05:45:00Z"))
            .status("closed")
            .priority(1)
            .addAffected("SVC-2101", "SVC-2102", "SVC-2105", "SVC-2007", "SVC-2012")
            .addRootCause("RES-AGG-MUC-01")
            .addAlarms("7001")
            .build());
  }
}
