package org.ossvalue.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.Topology;

/**
 * Live revenue at risk per minute, per cause, per account and in total, and the SLA standing of a
 * connection that is down, step by step on a hand-computed scenario (4 March 2025, a 44,640-minute
 * month).
 *
 * <p>AGG feeds ACC-1 (with ONT-1) and ACC-2 (with ONT-2). C-1 (account A1, 446.40 EUR: 0.01 EUR a
 * minute when down) is on ACC-1 under SLA-G (99.5 % → 10 %, 99 % → 25 %); C-2 (account A2, 892.80
 * EUR: 0.02 a minute) is on ACC-2 and terminates at 12:00. Alarm 9001 (critical, AGG) runs 10:00 to
 * 13:00, alarm 9002 (critical, ONT-1) 10:30 to 14:00. Acknowledgements of 9002 at 11:31:00.001,
 * 12:31:00.001 and 13:31:00.001 move the watermark (out-of-orderness one minute) to 11:30, 12:30
 * and 13:30.
 *
 * <p>Live figures are stepped at the watermarks a unit sees, and a unit's event time waits for the
 * first inventory. Had every envelope (and the end-of-input watermark) gone through before the
 * inventory reached the units, event time would jump straight to the end when it came, in one step,
 * and the steps at 11:30, 12:30 and 13:30 would never exist: which of the two happens depends on
 * how the two sources are scheduled. So the envelopes after the first two wait for the first live
 * figure (as of 10:28:59.999, E2's watermark), which shows that the inventory is in place and that
 * from there event time steps with the envelopes.
 */
class LiveFiguresTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = Clusters.extension();

  static final String DAY = "2025-03-04T";
  static final Instant END = Instant.parse(DAY + "15:00:00Z");

  static Inventory inventory() {
    Topology t =
        Topology.builder()
            .resource("AGG")
            .resource("ONT-1")
            .resource("ONT-2")
            .service("ACC-1", "AGG", "ONT-1")
            .service("ACC-2", "AGG", "ONT-2")
            .build();
    Instant activation = Instant.parse("2025-01-01T00:00:00Z");
    Connection c1 =
        Connection.builder()
            .id("C-1")
            .account("A1")
            .addRealizedBy("ACC-1")
            .addRecurringCharges(RecurringCharge.monthly(Money.of("446.40", "EUR")))
            .activation(activation)
            .sla("SLA-G")
            .build();
    Connection c2 =
        Connection.builder()
            .id("C-2")
            .account("A2")
            .addRealizedBy("ACC-2")
            .addRecurringCharges(RecurringCharge.monthly(Money.of("892.80", "EUR")))
            .activation(activation)
            .termination(Instant.parse(DAY + "12:00:00Z"))
            .build();
    SlaTerms gold =
        SlaTerms.builder()
            .id("SLA-G")
            .addTiers(CreditTier.of("99.5", "10"), CreditTier.of("99", "25"))
            .build();
    return Inventory.of(t, List.of(c1, c2), List.of(gold));
  }

  static String create(String event, String time, String alarm, String element) {
    return "{\"eventId\":\""
        + event
        + "\",\"eventTime\":\""
        + DAY
        + time
        + "Z\",\"eventType\":\"AlarmCreateEvent\",\"event\":{\"alarm\":{\"id\":\""
        + alarm
        + "\",\"state\":\"raised\",\"perceivedSeverity\":\"critical\",\"alarmType\":\"equipmentAlarm\","
        + "\"probableCause\":\"powerProblem\",\"sourceSystemId\":\"EMS\",\"alarmedObject\":{\"id\":\""
        + element
        + "\"},\"alarmRaisedTime\":\""
        + DAY
        + time
        + "Z\"}}}";
  }

  static String clear(String event, String time, String alarm) {
    return "{\"eventId\":\""
        + event
        + "\",\"eventTime\":\""
        + DAY
        + time
        + "Z\",\"eventType\":\"AlarmStateChangeEvent\",\"event\":{\"alarm\":{\"id\":\""
        + alarm
        + "\",\"state\":\"cleared\",\"perceivedSeverity\":\"cleared\",\"alarmClearedTime\":\""
        + DAY
        + time
        + "Z\"}}}";
  }

  static String ack(String event, String time, String alarm) {
    return "{\"eventId\":\""
        + event
        + "\",\"eventTime\":\""
        + DAY
        + time
        + "Z\",\"eventType\":\"AlarmAttributeValueChangeEvent\",\"fieldPath\":\"ackState\","
        + "\"event\":{\"alarm\":{\"id\":\""
        + alarm
        + "\",\"state\":\"updated\",\"ackState\":\"acknowledged\",\"alarmChangedTime\":\""
        + DAY
        + time
        + "Z\"}}}";
  }

  static final List<String> ENVELOPES =
      List.of(
          create("E1", "10:00:00", "9001", "AGG"),
          create("E2", "10:30:00", "9002", "ONT-1"),
          ack("E3", "11:31:00.001", "9002"),
          ack("E4", "12:31:00.001", "9002"),
          clear("E5", "13:00:00", "9001"),
          ack("E6", "13:31:00.001", "9002"),
          clear("E7", "14:00:00", "9002"));

  /** The live figures as they stood once every figure for {@code at} was emitted. */
  static Map<String, BigDecimal> at(List<LiveRevenueAtRisk> items, String time) {
    Instant at = Instant.parse(DAY + time + "Z");
    assertTrue(items.stream().anyMatch(l -> l.asOf().equals(at)), "a step at " + at + ": " + items);
    Map<String, BigDecimal> state = new TreeMap<>();
    for (LiveRevenueAtRisk l : items) {
      if (!l.asOf().isAfter(at)) {
        assertEquals("EUR", l.perMinute().currency().getCurrencyCode());
        state.put(l.dimension() + " " + l.key(), l.perMinute().amount());
      }
    }
    state.values().removeIf(v -> v.signum() == 0);
    return state;
  }

  /** The envelopes in order, those from {@code first} on once a live figure has been emitted. */
  static final class AfterFirstLiveFigure implements GeneratorFunction<Long, String> {
    private static final long serialVersionUID = 1L;

    private final ArrayList<String> envelopes;
    private final int first;
    private final Collect<LiveRevenueAtRisk> live;

    AfterFirstLiveFigure(List<String> envelopes, int first, Collect<LiveRevenueAtRisk> live) {
      this.envelopes = new ArrayList<>(envelopes);
      this.first = first;
      this.live = live;
    }

    @Override
    public String map(Long index) throws Exception {
      if (index == first) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (live.items().isEmpty()) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("no live figure after the first " + first);
          }
          Thread.sleep(10);
        }
      }
      return envelopes.get(index.intValue());
    }
  }

  static Map<String, BigDecimal> figures(String... keysAndValues) {
    Map<String, BigDecimal> m = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], new BigDecimal(keysAndValues[i + 1]));
    }
    return m;
  }

  static void assertFigures(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual) {
    assertEquals(expected.keySet(), actual.keySet(), actual.toString());
    expected.forEach(
        (k, v) -> assertEquals(0, v.compareTo(actual.get(k)), k + ": " + actual.get(k)));
  }

  @Test
  void liveFiguresFollowCausesAndConnectionLifecycles() throws Exception {
    StreamSettings settings =
        StreamSettings.builder()
            .maxOutOfOrderness(Duration.ofMinutes(1))
            .allowedLateness(Duration.ofMinutes(10))
            .endOfInput(END)
            .build();
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Job.noKryo());
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    env.setParallelism(1);
    Job job = new Job();
    job.wire(
        env.fromSource(
                new DataGeneratorSource<>(
                    new AfterFirstLiveFigure(ENVELOPES, 2, job.live),
                    ENVELOPES.size(),
                    Types.STRING),
                WatermarkStrategy.noWatermarks(),
                "envelopes")
            .uid("envelopes"),
        env.fromData(List.of(inventory()), RevenueAtRiskStream.INVENTORY_TYPE).uid("inventory"),
        settings);
    env.execute("ossvalue live figures");
    List<LiveRevenueAtRisk> live = job.live.items();

    // both connections down; C-1 by both alarms, so it counts in full under each
    assertFigures(
        figures(
            "TOTAL ", "0.03",
            "ACCOUNT A1", "0.01",
            "ACCOUNT A2", "0.02",
            "CAUSE alarm:9001", "0.03",
            "CAUSE alarm:9002", "0.01"),
        at(live, "11:30:00"));
    // C-2 terminated at 12:00, with no event: its revenue is no longer at risk
    assertFigures(
        figures(
            "TOTAL ", "0.01",
            "ACCOUNT A1", "0.01",
            "CAUSE alarm:9001", "0.01",
            "CAUSE alarm:9002", "0.01"),
        at(live, "12:30:00"));
    // 9001 cleared at 13:00: C-1 is still down, by 9002 alone
    assertFigures(
        figures("TOTAL ", "0.01", "ACCOUNT A1", "0.01", "CAUSE alarm:9002", "0.01"),
        at(live, "13:30:00"));
    // the end of input: nothing at risk any more
    assertFigures(figures(), at(live, "15:00:00"));

    // C-1 has been down 210 minutes at 13:30: the 99.5 % tier (223.2 minutes of 44,640) breaks
    // after 13.2 more, at 13:43:12 if it stays down
    SlaWarning w =
        job.sla.items().stream()
            .filter(s -> s.asOf().equals(Instant.parse(DAY + "13:30:00Z")))
            .findFirst()
            .orElseThrow();
    assertEquals("C-1", w.connection());
    assertEquals(0, new BigDecimal("210").compareTo(w.downtimeMinutes()), w.toString());
    assertTrue(w.down(), w.toString());
    assertTrue(w.breachedTier().isEmpty(), w.toString());
    assertEquals(0, new BigDecimal("99.5").compareTo(w.nextTier().orElseThrow().belowPercent()));
    assertEquals(0, new BigDecimal("13.2").compareTo(w.minutesToNextTier().orElseThrow()));
    assertEquals(Instant.parse(DAY + "13:43:12Z"), w.breachAt().orElseThrow());
    // and once it is back up (14:00, 240 minutes): the tier is breached, the next one is 206.4
    // minutes away, nothing breaks while it stays up
    SlaWarning last =
        job.sla.items().stream().filter(s -> s.asOf().equals(END)).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("240").compareTo(last.downtimeMinutes()), last.toString());
    assertEquals(
        0, new BigDecimal("99.5").compareTo(last.breachedTier().orElseThrow().belowPercent()));
    assertEquals(0, new BigDecimal("206.4").compareTo(last.minutesToNextTier().orElseThrow()));
    assertTrue(!last.down() && last.breachAt().isEmpty(), last.toString());
    assertEquals(Money.of("44.64", "EUR"), last.creditSoFar().rounded());

    // the closed impacts are the batch ones
    List<ServiceImpact> streamed = new ArrayList<>();
    job.closed.items().forEach(c -> streamed.add(c.impact()));
    streamed.sort(null);
    assertEquals(Batch.impacts(inventory(), Batch.causes(ENVELOPES), END).all(), streamed, "batch");
    assertEquals(List.of(), job.skipped.items());
  }
}
