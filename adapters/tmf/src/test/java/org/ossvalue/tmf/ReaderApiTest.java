package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ossvalue.tmf.Fixtures.monthly;
import static org.ossvalue.tmf.Fixtures.product;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ConnectionStatus;

/** The public reader API beyond directories: streams, streaming, kinds, messages. */
class ReaderApiTest {

  @TempDir Path tmp;

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fileNamesSayKindAndFormat() {
    assertEquals(Optional.of(TmfKind.TROUBLE_TICKET), TmfKind.ofFileName("troubleTicket.json"));
    assertEquals(Optional.of(TmfKind.PRODUCT), TmfKind.ofFileName("Product.NDJSON"));
    assertEquals(Optional.of(TmfKind.SLA), TmfKind.ofFileName("serviceLevelSpecification.json"));
    assertEquals(Optional.of(TmfKind.EVENTS), TmfKind.ofFileName("events.jsonl"));
    assertEquals(Optional.empty(), TmfKind.ofFileName("product.csv"));
    assertEquals(Optional.empty(), TmfKind.ofFileName("party.json"));
    assertTrue(TmfKind.isLineDelimited("alarm.ndjson"));
  }

  @Test
  void streamsAreReadAsOneExport() {
    Map<String, InputStream> streams = new LinkedHashMap<>();
    streams.put("product.ndjson", utf8(product("P-1", monthly("10", "EUR")) + "\n"));
    streams.put("service.json", utf8("[{\"id\":\"S-1\"}]"));
    TmfDataset d = TmfReader.lenient().readStreams(streams);
    assertEquals(1, d.connections().size());
    assertEquals(List.of("S-1"), d.topology().elements());
    assertThrows(
        IllegalArgumentException.class,
        () -> TmfReader.lenient().readStreams(Map.of("party.json", utf8("[]"))));
  }

  @Test
  void streamingHandsOverEachRecordAndReportsTheRest() {
    List<Connection> seen = new ArrayList<>();
    ReadReport report =
        TmfReader.lenient().stream(
            utf8(
                "["
                    + product("P-1", monthly("10", "EUR"))
                    + ","
                    + product("P-2", monthly("-1", "EUR"))
                    + "]"),
            "product.json",
            TmfKind.PRODUCT,
            false,
            o -> seen.add((Connection) o));
    assertEquals(List.of("P-1"), seen.stream().map(Connection::id).toList());
    assertEquals(1, report.rejections().size());
    assertEquals("P-2", report.rejections().get(0).id().orElseThrow());
    assertThrows(
        TmfRejectedException.class,
        () ->
            TmfReader.strict().stream(
                utf8("[" + product("P-2", monthly("-1", "EUR")) + "]"),
                "product.json",
                TmfKind.PRODUCT,
                false,
                o -> {}));
  }

  @Test
  void streamingAlarmsFromAFile() {
    Path dir =
        Fixtures.export(
            tmp,
            "alarm.ndjson",
            "{\"id\":1,\"perceivedSeverity\":\"minor\",\"alarmRaisedTime\":\"2025-03-01T00:00:00Z\","
                + "\"alarmedObject\":{\"id\":\"R\"}}\n");
    List<TmfAlarm> alarms = new ArrayList<>();
    TmfReader.lenient().streamAlarms(dir.resolve("alarm.ndjson"), alarms::add);
    assertEquals("1", alarms.get(0).id());
  }

  @Test
  void theAbortedStatusWithItsTrailingSpaceIsRead() {
    TmfDataset d =
        TmfReader.lenient()
            .readDirectory(
                Fixtures.export(
                    tmp,
                    "product.json",
                    "["
                        + product("P-1", monthly("10", "EUR")).replace("\"active\"", "\"aborted \"")
                        + "]"));
    assertEquals(ConnectionStatus.ABORTED, d.connection("P-1").orElseThrow().status());
  }

  @Test
  void v5PartiesNameTheCustomerAndAccount() {
    String p =
        "[{\"id\":\"P-1\",\"status\":\"active\",\"relatedParty\":[{\"role\":\"User\",\"partyOrPartyRole\":{\"id\":\"U-1\"}},"
            + "{\"role\":\"x\",\"partyOrPartyRole\":{\"id\":\"C-1\",\"@referredType\":\"Customer\"}}],"
            + "\"agreementItem\":[{\"id\":\"SLA-1\"}],\"productPrice\":["
            + monthly("10", "EUR")
            + "]}]";
    Connection c =
        TmfReader.lenient()
            .readDirectory(Fixtures.export(tmp, "product.json", p))
            .connection("P-1")
            .orElseThrow();
    assertEquals("C-1", c.account());
    assertEquals("SLA-1", c.sla().orElseThrow());
  }

  @Test
  void messagesReadAsFileRecordFieldReason() {
    Rejection r =
        Rejection.builder()
            .file("events.ndjson")
            .line(16)
            .id("SOVHF")
            .field("eventType")
            .reason("unknown")
            .build();
    assertEquals("events.ndjson:16 id=SOVHF eventType: unknown", r.toString());
    Warning w = Warning.builder().file("notes.txt").reason("unsupported file").build();
    assertEquals("notes.txt unsupported file", w.toString());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            FileReport.builder()
                .file("f")
                .kind(TmfKind.PRODUCT)
                .read(3)
                .accepted(1)
                .rejected(1)
                .duplicates(0)
                .warnings(0)
                .build(),
        "counts must reconcile");
  }

  @Test
  void aMissingDirectoryIsAnIllegalArgument() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TmfReader.lenient().readDirectory(tmp.resolve("nope")));
  }
}
