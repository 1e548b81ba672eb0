package org.ossvalue.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.tmf.TmfDataset;

/** Late, unreadable and unplaceable events are reported on the side, never applied silently. */
class LateAndSkippedTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = Clusters.extension();

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
