package org.ossvalue.testkit;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.testkit.operator.EventMode;
import org.ossvalue.testkit.operator.OperatorSpec;
import org.ossvalue.testkit.operator.SyntheticOperator;
import org.ossvalue.testkit.operator.TmfLayout;
import org.ossvalue.testkit.operator.TmfVersion;
import org.ossvalue.testkit.operator.WriteOptions;
import org.ossvalue.testkit.operator.WriteSummary;

/**
 * The sample operator the {@code ossvalue} command runs on when it is given no export: 4,000
 * connections in three currencies, March 2025 in UTC, as-of 2025-04-01T00:00Z, written as a TMF v4
 * export (JSON arrays plus {@code events.ndjson}). Generated at first use by {@link
 * SyntheticOperator} from a fixed spec, so it is the same everywhere, byte for byte.
 *
 * <pre>{@code
 * TmfDataset sample = TmfReader.strict().readStreams(SampleOperator.streams());
 * }</pre>
 */
public final class SampleOperator {

  /** The sample's seed. */
  public static final long SEED = 20250301L;

  /** The sample's connections. */
  public static final int CONNECTIONS = 4_000;

  /** The sample's month. */
  public static final YearMonth MONTH = YearMonth.of(2025, 3);

  private static final OperatorSpec SPEC =
      OperatorSpec.builder()
          .seed(SEED)
          .connections(CONNECTIONS)
          .month(MONTH)
          .zone(ZoneOffset.UTC)
          .alarmsPerConnection(0.15)
          .build();

  private static final WriteOptions OPTIONS =
      WriteOptions.builder()
          .version(TmfVersion.V4)
          .layout(TmfLayout.ARRAYS)
          .events(EventMode.ORDERED)
          .build();

  private static volatile Map<String, byte[]> files;

  private SampleOperator() {}

  /** The spec the sample is generated from. */
  public static OperatorSpec spec() {
    return SPEC;
  }

  /** The TMF shapes and layout the sample is written in. */
  public static WriteOptions options() {
    return OPTIONS;
  }

  /** The sample as a synthetic operator (for its core objects). */
  public static SyntheticOperator operator() {
    return SyntheticOperator.of(SPEC);
  }

  /** The sample's month, in UTC. */
  public static ReportingPeriod period() {
    return SPEC.period();
  }

  /** The instant the sample's export is taken: 2025-04-01T00:00:00Z. */
  public static Instant asOf() {
    return SPEC.asOf();
  }

  /** The export's files, name to content: generated once, then kept (a few tens of MB). */
  public static Map<String, byte[]> files() {
    Map<String, byte[]> f = files;
    if (f == null) {
      synchronized (SampleOperator.class) {
        f = files;
        if (f == null) {
          f = java.util.Collections.unmodifiableMap(operator().writeTmf(OPTIONS));
          files = f;
        }
      }
    }
    return f;
  }

  /** The export's files as fresh streams, for {@code TmfReader.readStreams}. */
  public static Map<String, InputStream> streams() {
    Map<String, InputStream> streams = new LinkedHashMap<>();
    files().forEach((name, bytes) -> streams.put(name, new ByteArrayInputStream(bytes)));
    return streams;
  }

  /** Writes the export into a directory. */
  public static WriteSummary writeTo(Path dir) {
    return operator().writeTmf(dir, OPTIONS);
  }
}
