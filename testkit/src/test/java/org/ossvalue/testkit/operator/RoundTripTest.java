package org.ossvalue.testkit.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ossvalue.tmf.FileReport;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;
import org.ossvalue.tmf.Warning;

/**
 * Generate → write → read with ossvalue-tmf in strict mode: no rejection, and the very core objects
 * the generator hands back directly, for every shape, layout and event mode.
 */
class RoundTripTest {

  static List<WriteOptions> options() {
    return List.of(
        WriteOptions.defaults(),
        WriteOptions.builder()
            .version(TmfVersion.V4)
            .layout(TmfLayout.NDJSON)
            .events(EventMode.ORDERED)
            .build(),
        WriteOptions.builder()
            .version(TmfVersion.V5)
            .layout(TmfLayout.ARRAYS)
            .events(EventMode.AT_LEAST_ONCE_UNORDERED)
            .build(),
        WriteOptions.builder().version(TmfVersion.V5).layout(TmfLayout.NDJSON).build());
  }

  @ParameterizedTest
  @MethodSource("options")
  void strictReadGivesTheSameCoreObjects(WriteOptions options, @TempDir Path dir) {
    OperatorSpec spec =
        OperatorSpec.builder()
            .seed(20250301)
            .connections(3_000)
            .alarmsPerConnection(0.3)
            .zone(java.time.ZoneId.of("Europe/Berlin"))
            .build();
    SyntheticOperator op = SyntheticOperator.of(spec);
    WriteSummary written = op.writeTmf(dir, options);
    TmfDataset read = TmfReader.strict().readDirectory(dir);
    OperatorData data = op.data();

    for (FileReport f : read.report().files()) {
      assertEquals(
          written.file(f.file()).orElseThrow().records(), f.read(), () -> "records of " + f);
      assertEquals(0, f.rejected(), f::toString);
    }
    // The only warnings are the ones the generator means: rejected usage (excluded from revenue)
    // and, with at-least-once delivery, duplicate events.
    List<Warning> unexpected =
        read.report().warnings().stream()
            .filter(w -> !w.reason().startsWith("usage with status rejected"))
            .filter(
                w ->
                    options.events() != EventMode.AT_LEAST_ONCE_UNORDERED
                        || !w.reason().startsWith("duplicate"))
            .toList();
    assertEquals(List.of(), unexpected.subList(0, Math.min(5, unexpected.size())));
    assertTrue(
        read.report().warnings().stream()
            .anyMatch(w -> w.reason().startsWith("usage with status rejected")));
    if (options.events() == EventMode.AT_LEAST_ONCE_UNORDERED) {
      assertTrue(read.events().duplicates() > 0, read.events()::toString);
    }
    assertEquals(data.connections(), read.connections());
    assertEquals(Topologies.describe(data.topology()), Topologies.describe(read.topology()));
    assertEquals(data.causes(), read.causes());
    assertEquals(data.tickets(), read.tickets());
    assertEquals(data.problems(), read.problems());
    assertEquals(data.orders(), read.orders());
    assertEquals(data.usage(), read.usage());
    assertEquals(data.bills(), read.bills());
    assertEquals(data.billLines(), read.billLines());
    assertEquals(data.slaTerms(), read.slaTerms());
  }
}
