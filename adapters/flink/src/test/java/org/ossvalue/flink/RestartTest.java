package org.ossvalue.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ServiceImpact;

/** A job stopped with a savepoint mid-stream and resumed from it loses and repeats nothing. */
class RestartTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = Clusters.extension();

  private static final Map<String, AtomicLong> SEEN = new ConcurrentHashMap<>();

  /** The i-th envelope. */
  static final class Lines implements GeneratorFunction<Long, String> {
    private static final long serialVersionUID = 1L;
    private final String[] lines;

    Lines(List<String> lines) {
      this.lines = lines.toArray(new String[0]);
    }

    @Override
    public String map(Long i) {
      return lines[i.intValue()];
    }
  }

  /** Counts the envelopes that went past. */
  static final class Count implements MapFunction<String, String> {
    private static final long serialVersionUID = 1L;
    private final String id;

    Count(String id) {
      this.id = id;
    }

    @Override
    public String map(String s) {
      SEEN.get(id).incrementAndGet();
      return s;
    }
  }

  private static Job wire(
      StreamExecutionEnvironment env,
      Generated g,
      StreamSettings s,
      RateLimiterStrategy rate,
      String id) {
    env.setParallelism(2);
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    Job job = new Job();
    job.wire(
        env.fromSource(
                new DataGeneratorSource<>(
                    new Lines(g.envelopes), g.envelopes.size(), rate, Types.STRING),
                WatermarkStrategy.noWatermarks(),
                "envelopes")
            .setParallelism(1)
            .uid("envelopes")
            .map(new Count(id))
            .setParallelism(1)
            .uid("count"),
        env.fromData(List.of(g.inventory), RevenueAtRiskStream.INVENTORY_TYPE).uid("inventory"),
        s);
    return job;
  }

  @Test
  void restartFromASavepointMidStreamGivesTheSameFigures(@TempDir Path dir) throws Exception {
    Generated g = Generated.of(7, 4, 20, 150);
    StreamSettings s =
        StreamSettings.builder()
            .maxOutOfOrderness(Duration.ofHours(1))
            .allowedLateness(Duration.ofMinutes(10))
            .endOfInput(Generated.END)
            .build();
    Job clean = Job.run(g.envelopes, g.inventory, s, RuntimeExecutionMode.STREAMING, 2);

    SEEN.put("first", new AtomicLong());
    StreamExecutionEnvironment first =
        StreamExecutionEnvironment.getExecutionEnvironment(Job.noKryo());
    Job before = wire(first, g, s, RateLimiterStrategy.perSecond(200), "first");
    JobClient client = first.executeAsync("ossvalue before the savepoint");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (SEEN.get("first").get() < g.envelopes.size() / 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    String savepoint =
        client
            .stopWithSavepoint(false, dir.toUri().toString(), SavepointFormatType.CANONICAL)
            .get(60, TimeUnit.SECONDS);
    long seenBefore = SEEN.get("first").get();
    assertTrue(
        seenBefore > 0 && seenBefore < g.envelopes.size(), "stopped mid-stream: " + seenBefore);

    Configuration conf = Job.noKryo();
    conf.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
    SEEN.put("second", new AtomicLong());
    StreamExecutionEnvironment second = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    Job after = wire(second, g, s, RateLimiterStrategy.noOp(), "second");
    second.execute("ossvalue after the savepoint");
    assertEquals(g.envelopes.size(), seenBefore + SEEN.get("second").get(), "every envelope once");

    List<ClosedImpact> resumed = new ArrayList<>(before.closed.items());
    resumed.addAll(after.closed.items());
    assertEquals(impacts(clean.closed.items()), impacts(resumed));
    for (boolean planned : new boolean[] {false, true}) {
      MoneyTotals expected = Batch.sum(clean.closed.items(), planned, Generated.PERIOD);
      assertEquals(expected, Batch.sum(resumed, planned, Generated.PERIOD));
    }
    assertEquals(clean.skipped.items(), after.skipped.items());
  }

  private static List<ServiceImpact> impacts(List<ClosedImpact> items) {
    List<ServiceImpact> out = new ArrayList<>();
    items.forEach(c -> out.add(c.impact()));
    out.sort(null);
    return out;
  }
}
