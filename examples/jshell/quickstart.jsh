// ossvalue quick start: one access network, one four-hour outage, the revenue it put at risk.
// Run from the repository root after `mvn -q -DskipTests package`:
//   jshell --class-path "core/target/*:core/target/lib/*" examples/jshell/quickstart.jsh
import java.time.*
import java.util.*
import org.ossvalue.core.*
import org.ossvalue.core.topology.*
import org.ossvalue.core.valuation.*

// An OLT supports an access service, which delivers one fibre connection sold at 450.00 EUR a month.
var topology = Topology.builder().
    resource("OLT-1").
    service("ACCESS-1", "OLT-1").
    build();

var fibre = Connection.builder().
    id("C-1").account("ACME").segment("enterprise").
    addRecurringCharges(RecurringCharge.monthly(Money.of("450.00", "EUR"))).
    activation(Instant.parse("2025-01-01T00:00:00Z")).
    addRealizedBy("ACCESS-1").
    build();

// A critical alarm on the OLT, 02:10 to 06:00 on 4 March: 230 minutes.
var outage = Cause.alarm("A-1").element("OLT-1").severity(Severity.CRITICAL).
    raised(Instant.parse("2025-03-04T02:10:00Z")).
    cleared(Instant.parse("2025-03-04T06:00:00Z")).
    build();

var march = ReportingPeriod.month("2025-03", "UTC");
var impacts = ImpactEngine.create().compute(topology, List.of(fibre), List.of(outage), march.to());
var risk = RevenueAtRiskStrategy.calendarAccurate().assess(List.of(fibre), impacts, march);

System.out.println(impacts.all().get(0));
// 450.00 x 230 / 44,640 minutes in March = 2.318548... EUR
System.out.println("Revenue at risk in March 2025: " + risk.unplanned().get("EUR").rounded());
/exit
