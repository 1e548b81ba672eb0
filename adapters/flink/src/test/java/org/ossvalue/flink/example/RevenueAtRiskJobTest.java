package org.ossvalue.flink.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.flink.ClosedImpact;
import org.ossvalue.flink.RevenueAtRiskStream;

/**
 * The example job on NetCo's files: the March figures; and its Kafka wiring (in and out, at least
 * once or exactly once) builds a plan.
 */
class RevenueAtRiskJobTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static Path netco(Path dir) throws IOException {
    for (String f :
        List.of("product.json", "service.json", "resource.json", "sla.json", "events.ndjson")) {
      try (InputStream in = RevenueAtRiskJobTest.class.getResourceAsStream("/netco/" + f)) {
        Files.copy(in, dir.resolve(f.equals("events.ndjson") ? "../events.ndjson" : f));
      }
    }
    return dir;
  }

  @Test
  void replaysNetCoFromFiles(@TempDir Path tmp) throws Exception {
    Path inventory = Files.createDirectory(tmp.resolve("export"));
    netco(inventory);
    RevenueAtRiskJob.Options o =
        RevenueAtRiskJob.parse(
            "--inventory", inventory.toString(),
            "--events", tmp.resolve("events.ndjson").toString(),
            "--until", "2025-04-01T00:00:00Z",
            "--out-of-orderness", "PT3H",
            "--parallelism", "2");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    RevenueAtRiskStream.Outputs out = RevenueAtRiskJob.wire(env, o);
    CollectClosed sink = new CollectClosed();
    out.closedImpacts().sinkTo(sink);
    env.execute("example");
    MoneyTotals.Accumulator unplanned = MoneyTotals.accumulator();
    List<String> lines = new ArrayList<>();
    for (ClosedImpact c : sink.items()) {
      if (!c.impact().isPlanned()) {
        unplanned.add(c.revenueAtRisk().orElseThrow());
      }
      lines.add(Json.closed(c));
    }
    assertEquals(
        List.of(Money.of("111.42", "EUR"), Money.of("4.03", "GBP")),
        unplanned.toTotals().rounded().all());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.contains("\"connection\":\"P-1001\"") && l.contains("alarm:7008")),
        lines.toString());
  }

  @Test
  void wiresKafkaInAndOutWithoutABroker(@TempDir Path tmp) {
    for (String guarantee : List.of("at-least-once", "exactly-once")) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--inventory", tmp.toString(),
                  "--kafka-bootstrap", "127.0.0.1:9",
                  "--kafka-topic", "tmf.alarm.events",
                  "--kafka-out", "ossvalue",
                  "--reload", "PT5M"));
      if (guarantee.equals("exactly-once")) {
        args.addAll(List.of("--kafka-transactional-id", "ossvalue-rar"));
      }
      RevenueAtRiskJob.Options o = RevenueAtRiskJob.parse(args.toArray(new String[0]));
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      RevenueAtRiskJob.sinks(RevenueAtRiskJob.wire(env, o), o);
      String plan = env.getExecutionPlan();
      assertTrue(plan.contains("TMF envelopes (Kafka)"), plan);
      assertTrue(plan.contains("Inventory (TMF export)"), plan);
      assertEquals(
          4,
          plan.split("\"contents\" : \"Sink: Writer\"", -1).length - 1,
          guarantee + ": four outputs");
    }
    assertThrows(IllegalArgumentException.class, () -> RevenueAtRiskJob.parse("--inventory", "x"));
    // Kafka output needs the brokers
    RevenueAtRiskJob.Options noBroker =
        RevenueAtRiskJob.parse(
            "--inventory", tmp.toString(), "--events", "e.ndjson", "--kafka-out", "ossvalue");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RevenueAtRiskJob.sinks(
                RevenueAtRiskJob.wire(
                    StreamExecutionEnvironment.getExecutionEnvironment(), noBroker),
                noBroker));
  }
}
