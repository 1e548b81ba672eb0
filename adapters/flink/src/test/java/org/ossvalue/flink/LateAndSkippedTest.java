package org.ossvalue.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.tmf.TmfDataset;

/**
 * Late, unreadable and unplaceable events are reported on the side and counted in metrics, never
 * applied silently.
 */
class LateAndSkippedTest {

  /** Keeps every metric after its job ends. */
  static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setConfiguration(METRICS.addToConfiguration(new Configuration()))
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  /** The sum of a counter over the job's subtasks. */
  static long count(JobID job, String name) {
    long sum = 0;
    for (Metric m : METRICS.findMetrics(job, name).values()) {
      sum += ((Counter) m).getCount();
    }
    return sum;
  }

  /** Envelopes whose eventId came before. */
  static long duplicates(List<String> lines) {
    Set<String> ids = new HashSet<>();
    Pattern id = Pattern.compile("\"eventId\":\"([^\"]+)\"");
    long copies = 0;
    for (String l : lines) {
      Matcher m = id.matcher(l);
      if (m.find() && !ids.add(m.group(1))) {
        copies++;
      }
    }
    return copies;
  }

  /** An alarm raised on 5 March, delivered after the events of 28 March. */
  static final String LATE =
      "{\"eventId\":\"EV-LATE\",\"eventTime\":\"2025-03-05T10:00:05Z\",\"eventType\":\"AlarmCreateEvent\","
          + "\"event\":{\"alarm\":{\"id\":7999,\"state\":\"raised\",\"perceivedSeverity\":\"critical\","
          + "\"alarmType\":\"equipmentAlarm\",\"probableCause\":\"powerProblem\",\"sourceSystemId\":\"EMS\","
          + "\"alarmedObject\":{\"id\":\"RES-PE-LON-01\"},\"alarmRaisedTime\":\"2025-03-05T10:00:00Z\"}}}";

  /** An alarm on an element no inventory has. */
  static final String NOWHERE =
      "{\"eventId\":\"EV-NOWHERE\",\"eventTime\":\"2025-03-10T12:30:05Z\",\"eventType\":\"AlarmCreateEvent\","
          + "\"event\":{\"alarm\":{\"id\":7998,\"state\":\"raised\",\"perceivedSeverity\":\"critical\","
          + "\"alarmType\":\"equipmentAlarm\",\"probableCause\":\"powerProblem\",\"sourceSystemId\":\"EMS\","
          + "\"alarmedObject\":{\"id\":\"RES-NOWHERE\"},\"alarmRaisedTime\":\"2025-03-10T12:30:00Z\"}}}";

  static final String BROKEN = "{\"eventId\":\"EV-BROKEN\",\"eventTime\":";

  @Test
  void lateEventsAreReportedAndNotApplied() throws Exception {
    List<String> lines = new ArrayList<>(NetCo.envelopes());
    int after = 0;
    while (!lines.get(after).contains("EV-900022")) {
      after++;
    }
    lines.add(after + 1, NOWHERE); // in time order, after the last 10 March event
    lines.add(BROKEN);
    lines.add(LATE);
    TmfDataset batch = NetCo.dataset("events.ndjson");
    Job job =
        Job.run(
            lines,
            Inventory.of(batch),
            NetCoReplayTest.SETTINGS,
            RuntimeExecutionMode.STREAMING,
            1);

    Map<SkippedEvent.Reason, List<SkippedEvent>> byReason = new TreeMap<>();
    job.skipped
        .items()
        .forEach(s -> byReason.computeIfAbsent(s.reason(), k -> new ArrayList<>()).add(s));
    assertEquals(3, job.skipped.items().size(), job.skipped.items().toString());
    SkippedEvent late = byReason.get(SkippedEvent.Reason.LATE).get(0);
    assertEquals("EV-LATE", late.eventId().orElseThrow());
    assertEquals("alarm:7999", late.record().orElseThrow());
    assertTrue(late.detail().contains("before the closed horizon"), late.detail());
    assertEquals(
        "alarm:7998", byReason.get(SkippedEvent.Reason.UNRESOLVED).get(0).record().orElseThrow());
    assertEquals(1, byReason.get(SkippedEvent.Reason.REJECTED).size());

    // and each is counted in a metric, as are the copies of events delivered twice
    assertEquals(1, count(job.id, "ossvalue.late"));
    assertEquals(1, count(job.id, "ossvalue.unresolved"));
    assertEquals(1, count(job.id, "ossvalue.rejected"));
    assertTrue(duplicates(lines) > 0);
    assertEquals(duplicates(lines), count(job.id, "ossvalue.duplicates"));

    // nothing of the late alarm reached the figures: they are still the batch figures
    List<ServiceImpact> streamed = new ArrayList<>();
    job.closed.items().forEach(c -> streamed.add(c.impact()));
    streamed.sort(null);
    assertEquals(NetCo.batchImpacts(batch).all(), streamed);
  }

  @Test
  void inBatchModeNothingIsLateAndTheUnplaceableIsStillReported() throws Exception {
    List<String> lines = new ArrayList<>(NetCo.envelopes());
    lines.add(NOWHERE);
    Job job =
        Job.run(
            lines,
            Inventory.of(NetCo.dataset("events.ndjson")),
            NetCoReplayTest.SETTINGS,
            RuntimeExecutionMode.BATCH,
            2);
    assertEquals(1, job.skipped.items().size(), job.skipped.items().toString());
    assertEquals(SkippedEvent.Reason.UNRESOLVED, job.skipped.items().get(0).reason());
  }
}
