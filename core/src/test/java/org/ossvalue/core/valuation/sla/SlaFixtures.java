package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;

/** Small builders for SLA tests. */
final class SlaFixtures {

  static final TimeWindow MARCH = TimeWindow.parse("2025-03-01T00:00Z/2025-04-01T00:00Z");
  static final Instant AS_OF = MARCH.end();

  private SlaFixtures() {}

  static Connection connection(String id, String mrr) {
    return Connection.builder()
        .id(id)
        .account("A")
        .activation(Instant.parse("2024-01-01T00:00:00Z"))
        .addRecurringCharges(RecurringCharge.monthly(Money.of(mrr, "EUR")))
        .addRealizedBy("SVC-" + id)
        .sla("SLA")
        .build();
  }

  static ServiceImpact down(String connection, String interval, String... causes) {
    return impact(connection, interval, "1", ImpactClass.UNPLANNED, causes);
  }

  static ServiceImpact impact(
      String connection, String interval, String d, ImpactClass cls, String... causes) {
    ServiceImpact.Builder b =
        ServiceImpact.builder()
            .connection(connection)
            .window(TimeWindow.parse(interval))
            .degradation(new BigDecimal(d))
            .classification(cls);
    for (String c : causes) {
      b.addCauses(CauseRef.parse(c));
    }
    return b.build();
  }

  static SlaCredit assess(SlaPolicyConfig config, Connection c, List<ServiceImpact> impacts) {
    return assess(config, c, impacts, List.of(), MARCH, 0);
  }

  static SlaCredit assess(
      SlaPolicyConfig config,
      Connection c,
      List<ServiceImpact> impacts,
      List<org.ossvalue.core.assurance.TroubleTicket> tickets,
      TimeWindow period,
      int previous) {
    return SlaPolicy.of("SLA", config)
        .assess(
            SlaCase.builder()
                .connection(c)
                .billingPeriod(period)
                .impacts(impacts)
                .tickets(tickets)
                .previousConsecutiveBreaches(previous)
                .asOf(AS_OF)
                .zone(ZoneOffset.UTC)
                .build());
  }
}
