package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.core.Severity;

/** One envelope at a time ({@link TmfReader#readEvent}) and one alarm's replay. */
class EventReadTest {

  private static final TmfReader READER = TmfReader.lenient();

  private static List<String> netcoLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String l :
        Files.readAllLines(Fixtures.netco().resolve("events.ndjson"), StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    return lines;
  }

  @Test
  void aCreateEventCarriesTheWholeAlarm() {
    String json =
        "{\"eventId\":\"E1\",\"eventTime\":\"2025-03-04T02:10:05Z\",\"eventType\":\"AlarmCreateEvent\","
            + "\"event\":{\"alarm\":{\"id\":7001,\"state\":\"raised\",\"perceivedSeverity\":\"critical\","
            + "\"alarmType\":\"equipmentAlarm\",\"probableCause\":\"powerProblem\",\"sourceSystemId\":\"EMS\","
            + "\"alarmedObject\":{\"id\":\"RES-1\"},\"alarmRaisedTime\":\"2025-03-04T02:10:00Z\","
            + "\"plannedOutageIndicator\":\"OutOfService\"}}}";
    TmfEvent e = READER.readEvent(json).event().orElseThrow();
    assertEquals("E1", e.eventId());
    assertEquals(Instant.parse("2025-03-04T02:10:05Z"), e.eventTime());
    assertEquals(Optional.of(TmfKind.ALARM), e.kind());
    assertEquals(Optional.of("Create"), e.action());
    assertEquals(List.of("7001"), e.recordIds());
    AlarmChange c = e.alarms().get(0);
    assertEquals(Optional.of("RES-1"), c.element());
    assertEquals(Optional.of("critical"), c.perceivedSeverity());
    assertEquals(Optional.of("OutOfService"), c.plannedOutageIndicator());
    TmfAlarm a = READER.replayAlarm("7001", List.of(e)).orElseThrow();
    assertTrue(a.planned());
    assertEquals(Severity.CRITICAL, a.severity());
    assertTrue(a.isOpen());
  }

  @Test
  void anEnvelopeMaySpanLines() {
    String json =
        "{\n \"eventId\": \"E2\",\n \"timeOcurred\": \"2025-03-04T05:40:06Z\",\n"
            + " \"eventType\": \"AlarmStateChangeEvent\",\n"
            + " \"event\": {\"alarm\": {\"id\": \"7001\", \"state\": \"cleared\","
            + " \"perceivedSeverity\": \"cleared\", \"alarmClearedTime\": \"2025-03-04T05:40:00Z\"}}\n}";
    TmfEvent e = READER.readEvent(json).event().orElseThrow();
    assertEquals(Instant.parse("2025-03-04T05:40:06Z"), e.eventTime());
    assertEquals(Optional.of(Instant.parse("2025-03-04T05:40:00Z")), e.alarms().get(0).cleared());
  }

  @Test
  void aClearAloneIsNotYetAnAlarm() {
    String clear =
        "{\"eventId\":\"E2\",\"eventTime\":\"2025-03-04T05:40:06Z\",\"eventType\":\"AlarmStateChangeEvent\","
            + "\"event\":{\"alarm\":{\"id\":\"7001\",\"state\":\"cleared\",\"alarmClearedTime\":\"2025-03-04T05:40:00Z\"}}}";
    TmfEvent e = READER.readEvent(clear).event().orElseThrow();
    assertEquals(Optional.empty(), READER.replayAlarm("7001", List.of(e)));
  }

  @Test
  void brokenEnvelopesAreRejectedWithTheirReason() {
    EventRead noId =
        READER.readEvent(
            "{\"eventTime\":\"2025-03-04T05:40:06Z\",\"eventType\":\"AlarmCreateEvent\",\"event\":{}}");
    assertFalse(noId.accepted());
    assertEquals(Optional.of("eventId"), noId.rejection().orElseThrow().field());
    EventRead malformed = READER.readEvent("{\"eventId\":");
    assertTrue(malformed.rejection().orElseThrow().reason().startsWith("truncated JSON"));
    EventRead badSeverity =
        READER.readEvent(
            "{\"eventId\":\"E3\",\"eventTime\":\"2025-03-04T05:40:06Z\",\"eventType\":\"AlarmCreateEvent\","
                + "\"event\":{\"alarm\":{\"id\":\"7\",\"perceivedSeverity\":\"apocalyptic\"}}}");
    assertFalse(badSeverity.accepted());
    assertThrows(TmfRejectedException.class, () -> TmfReader.strict().readEvent("[]"));
  }

  @Test
  void eventsOfOtherTypesKeepTheirEnvelope() throws IOException {
    TmfEvent order = READER.readEvent(netcoLines().get(0)).event().orElseThrow();
    assertEquals("EV-900024", order.eventId());
    assertEquals("ProductOrderStateChangeEvent", order.eventType());
    assertTrue(order.alarms().isEmpty());
    EventRead unknown =
        READER.readEvent(
            "{\"eventId\":\"E9\",\"eventTime\":\"2025-03-04T05:40:06Z\",\"eventType\":\"FooCreateEvent\",\"event\":{\"foo\":{}}}");
    assertEquals(Optional.empty(), unknown.event().orElseThrow().kind());
    assertEquals("E9", unknown.event().orElseThrow().eventId());
    assertFalse(unknown.warnings().isEmpty());
  }

  /** NetCo's 29 lines, one at a time, give the alarms the export reader gives, in any order. */
  @Test
  void replayingNetCoOneEnvelopeAtATimeEqualsTheExportReader(@TempDir Path tmp) throws IOException {
    List<String> lines = netcoLines();
    Path dir = Fixtures.copy(tmp, Fixtures.netco(), "events.ndjson");
    Map<String, TmfAlarm> expected = new TreeMap<>();
    READER.readDirectory(dir).alarms().forEach(a -> expected.put(a.id(), a));
    assertEquals(9, expected.size());
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<String> shuffled = new ArrayList<>(lines);
              Collections.shuffle(shuffled, new Random(seed));
              Map<String, List<TmfEvent>> byAlarm = new TreeMap<>();
              for (String l : shuffled) {
                TmfEvent e = READER.readEvent(l).event().orElseThrow();
                for (AlarmChange c : e.alarms()) {
                  byAlarm.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(e);
                }
              }
              Map<String, TmfAlarm> actual = new TreeMap<>();
              byAlarm.forEach(
                  (id, events) -> READER.replayAlarm(id, events).ifPresent(a -> actual.put(id, a)));
              assertEquals(expected, actual);
            });
  }
}
