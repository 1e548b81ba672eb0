package org.ossvalue.flink.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.flink.Inventory;
import org.ossvalue.flink.RevenueAtRiskStream;
import org.ossvalue.flink.StreamSettings;

/**
 * Streaming throughput at scale: an inventory of {@code connections} connections (regions of 200,
 * each behind an aggregation node and a redundant PE pair, one ONT per connection) and {@code
 * events} alarm envelopes over one month (70 % on an ONT, 25 % on an aggregation node, 5 % on a
 * PE), each alarm cleared 50 alarms later; every output discarded. Runs the job twice on a local
 * MiniCluster, with and without the events, and prints events per second of the difference.
 *
 * <p>{@code java ... org.ossvalue.flink.bench.StreamingThroughput [connections] [events]
 * [parallelism]} (docs/performance.md has the exact command).
 */
public final class StreamingThroughput {

  static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
  static final Instant END = Instant.parse("2025-04-01T00:00:00Z");
  static final int PER_REGION = 200;

  private StreamingThroughput() {}

  /** The generated inventory, built where the source runs. */
  static final class Operator implements GeneratorFunction<Long, Inventory> {
    private static final long serialVersionUID = 1L;
    private final int connections;

    Operator(int connections) {
      this.connections = connections;
    }

    @Override
    public Inventory map(Long ignored) {
      int regions = (connections + PER_REGION - 1) / PER_REGION;
      Topology.Builder t = Topology.builder();
      List<Connection> cs = new ArrayList<>(connections);
      Money mrr = Money.of(new BigDecimal("49.90"), Money.currency("EUR"));
      RecurringCharge charge = RecurringCharge.monthly(mrr);
      Instant activation = START.minus(Duration.ofDays(365));
      for (int r = 0; r < regions; r++) {
        t.resource("AGG-" + r).resource("PE-" + r + "-a").resource("PE-" + r + "-b");
        t.service("PE-" + r, CombinationRule.redundant(), "PE-" + r + "-a", "PE-" + r + "-b");
        t.service("ACC-" + r, "AGG-" + r, "PE-" + r);
      }
      for (int i = 0; i < connections; i++) {
        String ont = "ONT-" + i;
        t.resource(ont);
        cs.add(
            Connection.builder()
                .id("C-" + i)
                .account("ACCT-" + (i / 3))
                .addRealizedBy(ont, "ACC-" + (i / PER_REGION))
                .addRecurringCharges(charge)
                .activation(activation)
                .build());
      }
      return Inventory.of(t.build(), cs, List.of());
    }
  }

  /** The k-th envelope: even k raise alarm k/2, odd k clear the alarm raised 50 alarms before. */
  static final class Envelopes implements GeneratorFunction<Long, String> {
    private static final long serialVersionUID = 1L;
    private final int connections;
    private final long events;

    Envelopes(int connections, long events) {
      this.connections = connections;
      this.events = events;
    }

    @Override
    public String map(Long k) {
      long step = Duration.between(START, END).toMillis() / Math.max(1, events);
      Instant at = START.plusMillis(k * step);
      if (k % 2 == 0) {
        long a = k / 2;
        long h = mix(a);
        int pick = (int) Math.floorMod(h, 100);
        String element;
        String severity;
        if (pick < 70) {
          element = "ONT-" + Math.floorMod(h >>> 8, connections);
          severity = "critical";
        } else if (pick < 95) {
          element = "AGG-" + Math.floorMod(h >>> 8, (connections + PER_REGION - 1) / PER_REGION);
          severity = pick < 85 ? "major" : "critical";
        } else {
          element =
              "PE-" + Math.floorMod(h >>> 8, (connections + PER_REGION - 1) / PER_REGION) + "-a";
          severity = "critical";
        }
        return "{\"eventId\":\"B-"
            + k
            + "\",\"eventTime\":\""
            + at
            + "\",\"eventType\":\"AlarmCreateEvent\",\"event\":{\"alarm\":{\"id\":\""
            + a
            + "\",\"state\":\"raised\",\"perceivedSeverity\":\""
            + severity
            + "\",\"alarmedObject\":{\"id\":\""
            + element
            + "\"},\"alarmRaisedTime\":\""
            + at
            + "\"}}}";
      }
      long a = Math.max(0, (k - 1) / 2 - 50);
      return "{\"eventId\":\"B-"
          + k
          + "\",\"eventTime\":\""
          + at
          + "\",\"eventType\":\"AlarmStateChangeEvent\",\"event\":{\"alarm\":{\"id\":\""
          + a
          + "\",\"state\":\"cleared\",\"perceivedSeverity\":\"cleared\",\"alarmClearedTime\":\""
          + at
          + "\"}}}";
    }

    private static long mix(long x) {
      x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
      x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
      return x ^ (x >>> 33);
    }
  }

  static long run(int connections, long events, int parallelism) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    env.setParallelism(parallelism);
    RevenueAtRiskStream.Outputs out =
        RevenueAtRiskStream.builder()
            .envelopes(
                env.fromSource(
                        new DataGeneratorSource<>(
                            new Envelopes(connections, events),
                            events,
                            RateLimiterStrategy.noOp(),
                            Types.STRING),
                        WatermarkStrategy.noWatermarks(),
                        "envelopes")
                    .setParallelism(1))
            .inventory(
                env.fromSource(
                        new DataGeneratorSource<>(
                            new Operator(connections), 1, RevenueAtRiskStream.INVENTORY_TYPE),
                        WatermarkStrategy.noWatermarks(),
                        "inventory")
                    .setParallelism(1))
            .settings(
                StreamSettings.builder()
                    .maxOutOfOrderness(Duration.ofMinutes(1))
                    .allowedLateness(Duration.ofMinutes(10))
                    .endOfInput(END)
                    .build())
            .build();
    out.closedImpacts().sinkTo(new DiscardingSink<>());
    out.liveRevenueAtRisk().sinkTo(new DiscardingSink<>());
    out.slaWarnings().sinkTo(new DiscardingSink<>());
    out.skippedEvents().sinkTo(new DiscardingSink<>());
    long t0 = System.nanoTime();
    JobExecutionResult r = env.execute("ossvalue throughput " + connections + "/" + events);
    long wall = System.nanoTime() - t0;
    System.out.printf(
        "connections=%d events=%d parallelism=%d wall=%.1f s net=%.1f s%n",
        connections, events, parallelism, wall / 1e9, r.getNetRuntime() / 1e3);
    return wall;
  }

  /** {@code [connections] [events] [parallelism]}. */
  public static void main(String[] args) throws Exception {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long events = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000;
    int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    run(10_000, 100_000, parallelism); // warm-up
    long inventoryOnly = run(connections, 0, parallelism);
    long full = run(connections, events, parallelism);
    double seconds = (full - inventoryOnly) / 1e9;
    System.out.printf(
        "events/s (inventory load subtracted): %.0f; events/s (whole job): %.0f%n",
        events / seconds, events / (full / 1e9));
  }
}
