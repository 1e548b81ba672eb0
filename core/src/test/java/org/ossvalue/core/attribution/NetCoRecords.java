package org.ossvalue.core.attribution;

import java.time.Instant;
import java.util.List;
import org.ossvalue.core.StatusChange;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;

/** NetCo's tickets and service problem (fixtures-dev README §6), built with the core API. */
final class NetCoRecords {

  private NetCoRecords() {}

  static List<TroubleTicket> tickets() {
    return List.of(
        TroubleTicket.builder()
            .id("TT-5001")
            .created(t("2025-03-04T02:35:00Z"))
            .resolved(t("2025-03-04T06:05:00Z"))
            .status("closed")
            .addElements("P-1001", "SVC-2001")
            .addAlarms("7001", "7008")
            .addHistory(
                StatusChange.of("acknowledged", t("2025-03-04T02:35:00Z")),
                StatusChange.of("inProgress", t("2025-03-04T02:41:00Z")),
                StatusChange.of("resolved", t("2025-03-04T06:05:00Z")),
                StatusChange.of("closed", t("2025-03-04T07:00:00Z")))
            .build(),
        TroubleTicket.builder()
            .id("TT-5002")
            .created(t("2025-03-10T11:05:00Z"))
            .resolved(t("2025-03-10T12:10:00Z"))
            .status("resolved")
            .addElements("SVC-2003")
            .addHistory(
                StatusChange.of("acknowledged", t("2025-03-10T11:05:00Z")),
                StatusChange.of("inProgress", t("2025-03-10T11:09:00Z")),
                StatusChange.of("resolved", t("2025-03-10T12:10:00Z")))
            .build(),
        TroubleTicket.builder()
            .id("TT-5003")
            .created(t("2025-03-19T08:00:00Z"))
            .status("inProgress")
            .addElements("P-1008")
            .addHistory(
                StatusChange.of("acknowledged", t("2025-03-19T08:00:00Z")),
                StatusChange.of("inProgress", t("2025-03-19T09:30:00Z")))
            .build());
  }

  static List<ServiceProblem> problems() {
    return List.of(
        ServiceProblem.builder()
            .id("SP-8001")
            .created(t("2025-03-04T02:20:00Z"))
            .resolved(t("2025-03-04T05:45:00Z"))
            .status("closed")
            .priority(1)
            .addAffected("SVC-2101", "SVC-2102", "SVC-2105", "SVC-2007", "SVC-2012")
            .addRootCause("RES-AGG-MUC-01")
            .addAlarms("7001")
            .build());
  }

  static Instant t(String text) {
    return Instant.parse(text);
  }
}
