package org.ossvalue.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.TmfKind;
import org.ossvalue.tmf.TmfReader;

/**
 * Reading about 100 MB of TMF637 products or TMF642 alarms (one JSON array, generated in memory
 * from a fixed seed) three ways over the same bytes: the ossvalue adapter (records to core values,
 * every field validated), Jackson {@code readTree} of the whole array, and a raw {@link JsonParser}
 * token loop that builds nothing. One operation reads the whole array; compare ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class TmfReadBenchmark {

  /** The resource read. */
  @Param({"product", "alarm"})
  public String kind;

  /** Size of the generated array, in megabytes. */
  @Param({"100"})
  public int megabytes;

  private byte[] bytes = new byte[0];
  private long records;
  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper mapper = new ObjectMapper();
  private final TmfReader reader = TmfReader.lenient();

  /** Generates the array once per trial. */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(megabytes * 1_100_000);
    records = TmfData.write(out, kind, megabytes * 1_000_000L, false, 42L);
    bytes = out.toByteArray();
  }

  /** The adapter: every record parsed, validated and built as a core value. */
  @Benchmark
  public long adapter(Blackhole bh) {
    ReadReport report =
        reader.stream(
            new ByteArrayInputStream(bytes),
            kind + ".json",
            kind.equals("alarm") ? TmfKind.ALARM : TmfKind.PRODUCT,
            false,
            bh::consume);
    long accepted = report.files().get(0).accepted();
    if (accepted != records) {
      throw new IllegalStateException("accepted " + accepted + " of " + records);
    }
    return accepted;
  }

  /** Baseline: Jackson's tree model of the whole array. */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /** Baseline: every token, nothing built. */
  @Benchmark
  public long rawTokenLoop() throws IOException {
    long tokens = 0;
    try (JsonParser p = factory.createParser(bytes)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Baseline: Jackson's tree model, one record at a time. */
  @Benchmark
  public long jacksonReadTreePerRecord(Blackhole bh) throws IOException {
    long n = 0;
    try (JsonParser p = factory.createParser(bytes)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        bh.consume(mapper.readTree(p));
        n++;
      }
    }
    return n;
  }
}
