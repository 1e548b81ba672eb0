// ossvalue value statement in JShell: the bundled sample operator (4,000 connections, March 2025,
// generated at first use by ossvalue-testkit), read as a TMF export, stated.
// Run from the repository root after `mvn -q -DskipTests package`:
//   jshell --class-path examples/cli/target/ossvalue.jar examples/jshell/statement.jsh
import java.util.*
import org.ossvalue.core.*
import org.ossvalue.core.statement.*
import org.ossvalue.testkit.SampleOperator
import org.ossvalue.tmf.*

// The sample as a TMF v4 export, read strictly: every record must be accepted.
var export = TmfReader.strict().readStreams(SampleOperator.streams());

// March 2025 in UTC, as of the export instant (2025-04-01T00:00Z), every parameter at its default.
var statement = ValueStatement.assess(
    export.statementInputs(SampleOperator.period(), SampleOperator.asOf()));

// Money is exact; round half-even to the currency's minor unit only to print.
String show(List<Money> amounts) {
  return amounts.stream().map(m -> m.rounded().toString()).reduce((a, b) -> a + ", " + b).orElse("-");
}

var h = statement.headline();
System.out.println("Value statement " + statement.period() + ", " + statement.connections().size() + " connections");
System.out.println("  revenue connected   " + show(h.connected()));
System.out.println("  revenue enabled     " + show(h.enabled()));
System.out.println("  revenue protected   " + show(h.protectedRevenue()));
System.out.println("  revenue at risk     " + show(h.atRisk()) + " (planned work apart: " + show(h.plannedAtRisk()) + ")");
System.out.println("  revenue lost        " + show(h.lost()) + " (of which SLA credits " + show(h.credits()) + ")");
System.out.println("  revenue leaking     " + show(h.leakage()));
System.out.println("  availability        " + h.revenueWeightedAvailability());
/exit
