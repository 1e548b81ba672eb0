package org.ossvalue.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;

/**
 * NetCo, March 2025: the fixtures-dev files (copied into this module's test resources) read
 * strictly by the TMF adapter and stated with the defaults, as the TMF adapter's end-to-end test
 * builds it.
 */
final class NetCo {

  static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");
  static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");

  static final TmfDataset DATASET = TmfReader.strict().readDirectory(resource("fixtures-dev"));
  static final ValueStatement STATEMENT = ValueStatement.assess(inputs(DATASET));

  private NetCo() {}

  static StatementInputs inputs(TmfDataset d) {
    return StatementInputs.builder()
        .period(MARCH)
        .asOf(AS_OF)
        .connections(d.connections())
        .topology(d.topology())
        .causes(d.causes())
        .tickets(d.tickets())
        .problems(d.problems())
        .orders(d.orders())
        .usage(d.usage())
        .bills(d.bills())
        .billLines(d.billLines())
        .slaTerms(d.slaTerms())
        .dataQuality(d.report().toDataQuality())
        .build();
  }

  static Path resource(String name) {
    try {
      return Path.of(NetCo.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a renderer writes for a statement. */
  static String render(StatementRenderer renderer, ValueStatement statement) {
    StringWriter out = new StringWriter();
    try {
      renderer.render(statement, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
