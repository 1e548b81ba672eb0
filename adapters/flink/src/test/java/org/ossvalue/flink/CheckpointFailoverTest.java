package org.ossvalue.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ossvalue.core.ServiceImpact;

/**
 * A job that fails mid-stream and recovers from its last checkpoint loses nothing and counts
 * nothing twice: with a sink that commits on checkpoints (as Kafka's exactly-once sink does), the
 * closed impacts, their totals and the skipped events are those of a run without the failure.
 */
class CheckpointFailoverTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = Clusters.extension();

  static final AtomicBoolean FAILED = new AtomicBoolean();
  static final AtomicLong PASSED = new AtomicLong();

  /**
   * Fails once, on the first envelope after a quarter of them went through and a checkpoint
   * committed.
   */
  static final class FailOnce implements MapFunction<String, String> {
    private static final long serialVersionUID = 1L;
    private final long after;
    private final Committed<?> committed;

    FailOnce(long after, Committed<?> committed) {
      this.after = after;
      this.committed = committed;
    }

    @Override
    public String map(String envelope) {
      if (PASSED.incrementAndGet() > after
          && committed.commits() > 0
          && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("injected failure");
      }
      return envelope;
    }
  }

  @Test
  void aFailureMidStreamRecoversFromTheLastCheckpointWithTheSameFigures() throws Exception {
    Generated g = Generated.of(11, 4, 20, 150);
    StreamSettings s =
        StreamSettings.builder()
            .maxOutOfOrderness(Duration.ofHours(1))
            .allowedLateness(Duration.ofMinutes(10))
            .endOfInput(Generated.END)
            .build();
    Job clean = Job.run(g.envelopes, g.inventory, s, RuntimeExecutionMode.STREAMING, 2);

    Configuration conf = Job.noKryo();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(200));
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    env.setParallelism(2);
    FAILED.set(false);
    PASSED.set(0);
    Committed<ClosedImpact> closed = new Committed<>();
    Committed<SkippedEvent> skipped = new Committed<>();
    RevenueAtRiskStream.Outputs out =
        RevenueAtRiskStream.builder()
            .envelopes(
                env.fromSource(
                        new DataGeneratorSource<>(
                            new RestartTest.Lines(g.envelopes),
                            g.envelopes.size(),
                            RateLimiterStrategy.perSecond(200),
                            Types.STRING),
                        WatermarkStrategy.noWatermarks(),
                        "envelopes")
                    .setParallelism(1)
                    .uid("envelopes")
                    .map(new FailOnce(g.envelopes.size() / 4, closed))
                    .setParallelism(1)
                    .uid("fail-once"))
            .inventory(
                env.fromData(List.of(g.inventory), RevenueAtRiskStream.INVENTORY_TYPE)
                    .uid("inventory"))
            .settings(s)
            .build();
    out.closedImpacts().sinkTo(closed).uid("sink-closed");
    out.skippedEvents().sinkTo(skipped).uid("sink-skipped");
    env.execute("ossvalue failover");

    assertTrue(FAILED.get(), "the job failed once and recovered");
    assertEquals(impacts(clean.closed.items()), impacts(closed.items()), "each impact once");
    for (boolean planned : new boolean[] {false, true}) {
      assertEquals(
          Batch.sum(clean.closed.items(), planned, Generated.PERIOD),
          Batch.sum(closed.items(), planned, Generated.PERIOD));
    }
    assertEquals(clean.skipped.items(), skipped.items());
  }

  private static List<ServiceImpact> impacts(List<ClosedImpact> items) {
    List<ServiceImpact> out = new ArrayList<>();
    items.forEach(c -> out.add(c.impact()));
    out.sort(null);
    return out;
  }
}
