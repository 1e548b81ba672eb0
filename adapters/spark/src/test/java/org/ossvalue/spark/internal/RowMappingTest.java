package org.ossvalue.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.StatusChange;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;

/**
 * Tickets and problems survive the way to rows and back (as Spark hands rows to a partition: arrays
 * as Scala sequences), status change reasons included.
 */
class RowMappingTest {

  private static final Instant T = Instant.parse("2025-03-04T02:35:00Z");

  @Test
  void ticketsKeepTheirStatusChangeReasons() {
    TroubleTicket t =
        TroubleTicket.builder()
            .id("TT-5001")
            .created(T)
            .status("inProgress")
            .addElements("P-1001")
            .addAlarms("7001")
            .addHistory(
                StatusChange.of("acknowledged", T, "Ticket created by NOC"),
                StatusChange.of("inProgress", T.plusSeconds(360)))
            .build();
    for (boolean java8Api : new boolean[] {false, true}) {
      assertEquals(t, InputRows.ticket(Values.forEncoder(new CoreRows(java8Api).ticket(t))));
    }
  }

  @Test
  void problemsKeepTheirStatusChangeReasons() {
    ServiceProblem p =
        ServiceProblem.builder()
            .id("SP-8001")
            .created(T)
            .status("closed")
            .addAlarms("7001")
            .addTickets("TT-5001")
            .addHistory(StatusChange.of("closed", T.plusSeconds(3600), "Root cause removed"))
            .build();
    assertEquals(p, InputRows.problem(Values.forEncoder(new CoreRows(false).problem(p))));
  }
}
