package org.ossvalue.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ossvalue.core.Connection;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.topology.ElementKind;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.tmf.TmfDataset;

/**
 * The inventory as an unbounded, reloading stream next to an unbounded event stream (as the example
 * job with {@code --reload} on Kafka): the inventory stream never holds back event time; the first
 * inventory lacks the London unit (RES-PE-LON-01, SVC-2010, P-1010), every later one is the whole
 * export. The alarms on the missing unit wait for it and are applied when it appears; inventories
 * sent again unchanged change nothing. Once the watermark has passed March, the closed impacts are
 * March's batch impacts, each once.
 */
class ReloadTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = Clusters.extension();

  static final Set<String> LONDON = Set.of("RES-PE-LON-01", "SVC-2010", "P-1010");
  static final AtomicLong POLLS = new AtomicLong();

  /** NetCo without the London unit. */
  static Inventory withoutLondon(Inventory full) {
    Topology t = full.topology();
    Topology.Builder b = Topology.builder();
    for (String id : t.elements()) {
      if (!LONDON.contains(id)) {
        if (t.kind(id).orElseThrow() == ElementKind.RESOURCE) {
          b.resource(id);
        } else {
          b.service(id);
        }
        b.rule(id, t.rule(id));
      }
    }
    for (String id : t.elements()) {
      for (String s : t.supportersOf(id)) {
        if (!LONDON.contains(id) && !LONDON.contains(s)) {
          b.supports(s, id);
        }
      }
    }
    List<Connection> connections = new ArrayList<>(full.connections());
    connections.removeIf(c -> LONDON.contains(c.id()));
    return Inventory.of(b.build(), connections, full.slaTerms());
  }

  /** The n-th poll of the export: without London first, then the whole of it. */
  static final class Polls implements GeneratorFunction<Long, Inventory> {
    private static final long serialVersionUID = 1L;

    @Override
    public Inventory map(Long n) {
      POLLS.incrementAndGet();
      Inventory full = Inventory.of(NetCo.dataset());
      return n == 0 ? withoutLondon(full) : full;
    }
  }

  /**
   * NetCo's envelopes at 50 a second, then, without end, an acknowledgement of alarm 7004 a second
   * of event time apart from 1 April 03:11: the watermark keeps moving, as on a live topic.
   */
  static final class Live implements GeneratorFunction<Long, String> {
    private static final long serialVersionUID = 1L;
    private final String[] lines;

    Live(List<String> lines) {
      this.lines = lines.toArray(new String[0]);
    }

    @Override
    public String map(Long i) {
      if (i < lines.length) {
        return lines[i.intValue()];
      }
      String at = CLOCK.plusSeconds(i - lines.length).toString();
      return "{\"eventId\":\"CLOCK-"
          + i
          + "\",\"eventTime\":\""
          + at
          + "\",\"eventType\":\"AlarmAttributeValueChangeEvent\",\"fieldPath\":\"ackState\","
          + "\"event\":{\"alarm\":{\"id\":\"7004\",\"state\":\"updated\","
          + "\"ackState\":\"acknowledged\",\"alarmChangedTime\":\""
          + at
          + "\"}}}";
    }
  }

  /** Three hours of out-of-orderness and ten minutes of lateness after this, March is closed. */
  static final Instant CLOCK = Instant.parse("2025-04-01T03:11:00Z");

  @Test
  void aReloadingInventoryPlacesHeldAlarmsAndChangesNothingElse() throws Exception {
    POLLS.set(0);
    StreamSettings settings =
        StreamSettings.builder()
            .maxOutOfOrderness(Duration.ofHours(3)) // the 7006 clear comes 2.5 h before its create
            .allowedLateness(Duration.ofMinutes(10))
            // London's alarms wait for their element however late the second inventory comes
            .stateRetention(Duration.ofDays(60))
            .build();
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Job.noKryo());
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    env.setParallelism(2);
    Job job = new Job();
    List<String> lines = NetCo.envelopes();
    job.wire(
        env.fromSource(
                new DataGeneratorSource<>(
                    new Live(lines),
                    Long.MAX_VALUE,
                    RateLimiterStrategy.perSecond(50),
                    Types.STRING),
                WatermarkStrategy.noWatermarks(),
                "live envelopes")
            .setParallelism(1)
            .uid("envelopes"),
        env.fromSource(
                new DataGeneratorSource<>(
                    new Polls(),
                    Long.MAX_VALUE,
                    RateLimiterStrategy.perSecond(5),
                    RevenueAtRiskStream.INVENTORY_TYPE),
                WatermarkStrategy.noWatermarks(),
                "inventory polls")
            .setParallelism(1)
            .uid("inventory"),
        settings);
    JobClient client = env.executeAsync("ossvalue reload");

    TmfDataset batch = NetCo.dataset("events.ndjson");
    List<ServiceImpact> expected = NetCo.batchImpacts(batch).all();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try {
      while (job.closed.items().size() < expected.size() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      // a few more unchanged inventories go through before the job is cancelled
      long polls = POLLS.get();
      while (POLLS.get() < polls + 3 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } finally {
      client.cancel().get(30, TimeUnit.SECONDS);
    }

    List<ServiceImpact> streamed = new ArrayList<>();
    MoneyTotals.Accumulator unplanned = MoneyTotals.accumulator();
    MoneyTotals.Accumulator planned = MoneyTotals.accumulator();
    for (ClosedImpact c : job.closed.items()) {
      streamed.add(c.impact());
      (c.impact().isPlanned() ? planned : unplanned).add(c.revenueAtRisk().orElseThrow());
    }
    streamed.sort(null);
    assertEquals(expected, streamed, "each batch impact once, London's included");
    RevenueAtRisk risk = NetCo.batchRisk(batch);
    assertEquals(risk.unplanned(), unplanned.toTotals());
    assertEquals(risk.planned(), planned.toTotals());
    assertTrue(POLLS.get() >= 4, "polls: " + POLLS.get());
    // the London alarms may be reported as waiting for their element, and nothing else
    for (SkippedEvent s : job.skipped.items()) {
      assertEquals(SkippedEvent.Reason.UNRESOLVED, s.reason(), s.toString());
      assertTrue(
          Set.of("alarm:7006", "alarm:7009").contains(s.record().orElseThrow()), s.toString());
    }
  }
}
