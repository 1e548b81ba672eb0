package org.ossvalue.report;

import java.time.Instant;
import java.util.List;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.Severity;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;

/** Small statements built in code: hostile names, a zero-decimal currency, nothing at all. */
final class Statements {

  private Statements() {}

  /** Markup in every name, a JPY connection beside a EUR one, an outage on each. */
  static ValueStatement hostile() {
    Connection eur =
        Connection.builder()
            .id("C-<1>&\"x\"")
            .account("ACME, \"Ltd\"")
            .segment("<script>alert('segment')</script>")
            .offering("fibre, 1G\nline two")
            .addRecurringCharges(RecurringCharge.monthly(Money.of("450.00", "EUR")))
            .activation(Instant.parse("2025-01-01T00:00:00Z"))
            .build();
    Connection jpy =
        Connection.builder()
            .id("J-1")
            .account("KK")
            .segment("enterprise")
            .addRecurringCharges(RecurringCharge.monthly(Money.of("99999", "JPY")))
            .activation(Instant.parse("2025-01-01T00:00:00Z"))
            .build();
    return ValueStatement.assess(
        StatementInputs.builder()
            .period(NetCo.MARCH)
            .asOf(NetCo.AS_OF)
            .connections(List.of(eur, jpy))
            .causes(
                List.of(
                    Cause.alarm("<img src=x onerror=alert(1)>")
                        .element(eur.id())
                        .severity(Severity.CRITICAL)
                        .raised(Instant.parse("2025-03-04T02:10:00Z"))
                        .cleared(Instant.parse("2025-03-04T06:00:00Z"))
                        .build(),
                    Cause.alarm("A-2")
                        .element("J-1")
                        .severity(Severity.MAJOR)
                        .raised(Instant.parse("2025-03-10T00:00:00Z"))
                        .cleared(Instant.parse("2025-03-10T07:13:00Z"))
                        .build()))
            .build());
  }

  /** A statement of nothing: no connection, no record. */
  static ValueStatement empty() {
    return ValueStatement.assess(
        StatementInputs.builder().period(NetCo.MARCH).asOf(NetCo.AS_OF).build());
  }
}
