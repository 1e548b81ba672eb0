package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading an export in parts ({@link TmfParts}, each record on its own, NDJSON cut into chunks of
 * random length) and doing the whole-export steps with its messages ({@link PartsAssembly}) gives
 * exactly what {@link TmfReader#readDirectory} gives: the same records and the same report, message
 * for message.
 */
class TmfPartsTest {

  private static final TmfReader READER = TmfReader.lenient();

  @TempDir Path tmp;

  @Test
  void netcoInParts() {
    assertSameAsDirectory(withoutEvents(Fixtures.netco()), 1);
  }

  @Test
  void netcoInV5ShapesAndNdjsonInParts() {
    Path dir = withoutEvents(Fixtures.resource("netco-v5"));
    qt().withExamples(10)
        .forAll(longs().all())
        .checkAssert(seed -> assertSameAsDirectory(dir, seed));
  }

  @Test
  void officialExamplesInParts() {
    Path dir = withoutEvents(Fixtures.officialV5());
    ReadReport report = assertSameAsDirectory(dir, 7);
    assertTrue(
        report.warnings().stream().anyMatch(w -> w.file().equals("other/")), report::toString);
    assertTrue(report.files().stream().anyMatch(f -> f.duplicates() > 0), report::toString);
  }

  @Test
  void duplicatesRejectionsAndReferencesAcrossParts() {
    Path dir = awkward();
    ReadReport report = assertSameAsDirectory(dir, 3);
    FileReport ndjson = report.file("product.ndjson").orElseThrow();
    assertEquals(3, ndjson.duplicates(), report::toString);
    assertTrue(ndjson.rejected() >= 3, report::toString);
    assertTrue(
        report.warnings().stream()
            .anyMatch(
                w -> w.reason().startsWith("Empty file") || w.reason().startsWith("empty file")),
        report::toString);
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(seed -> assertSameAsDirectory(dir, seed));
  }

  @Test
  void kindsThatNeedTheWholeExportAreNotReadInParts() {
    for (TmfKind k :
        List.of(
            TmfKind.RESOURCE,
            TmfKind.SERVICE,
            TmfKind.SLA,
            TmfKind.SERVICE_LEVEL_OBJECTIVE,
            TmfKind.EVENTS)) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  READER
                      .parts()
                      .readFile(
                          new ByteArrayInputStream(new byte[0]), "x.json", k, false, r -> {}));
      assertTrue(e.getMessage().contains(k.toString()), e.getMessage());
    }
    assertThrows(
        IllegalArgumentException.class,
        () ->
            READER
                .parts()
                .readLines(
                    new ByteArrayInputStream(new byte[0]), "a.ndjson", TmfKind.ALARM, 0, r -> {}));
  }

  @Test
  void recordsSayWhereTheyAreAndWhatBecameOfThem() {
    List<TmfRecord> out = new ArrayList<>();
    String text = "\n" + Fixtures.product("P-1", Fixtures.monthly("10.00", "EUR")) + "\n{\"id\":\n";
    READER
        .parts()
        .readLines(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "product.ndjson",
            TmfKind.PRODUCT,
            41,
            out::add);
    assertEquals(2, out.size(), out::toString);
    assertEquals("product.ndjson:42 id=P-1 ACCEPTED", out.get(0).toString());
    assertEquals(TmfRecord.Outcome.REJECTED, out.get(1).outcome());
    assertEquals(TmfPosition.line("product.ndjson", 43), out.get(1).position());
    assertEquals(43, out.get(1).rejection().orElseThrow().line().getAsLong());
    assertThrows(IllegalArgumentException.class, () -> TmfPosition.line("a.ndjson", 0));
    assertEquals("product.json[3]", TmfPosition.index("product.json", 3).toString());
  }

  @Test
  void partsTravelWithTheReadersSettings() throws Exception {
    TmfReader reader = TmfReader.builder().priceTypeAlias("monthlyFee", "recurring").build();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(reader.parts());
    }
    TmfParts copy;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (TmfParts) in.readObject();
    }
    String product =
        Fixtures.product("P-1", Fixtures.monthly("10.00", "EUR"))
            .replace("\"recurring\"", "\"monthlyFee\"");
    List<TmfRecord> read = new ArrayList<>();
    copy.readLines(
        new ByteArrayInputStream(product.getBytes(StandardCharsets.UTF_8)),
        "product.ndjson",
        TmfKind.PRODUCT,
        1,
        read::add);
    List<TmfRecord> lenient = new ArrayList<>();
    READER
        .parts()
        .readLines(
            new ByteArrayInputStream(product.getBytes(StandardCharsets.UTF_8)),
            "product.ndjson",
            TmfKind.PRODUCT,
            1,
            lenient::add);
    assertEquals(TmfRecord.Outcome.ACCEPTED, read.get(0).outcome(), read::toString);
    assertTrue(
        read.get(0).warnings().stream().anyMatch(w -> w.reason().contains("monthlyFee")),
        read.get(0).warnings()::toString);
    assertTrue(!lenient.get(0).equals(read.get(0)), "the alias must make a difference");
  }

  /** Reads an export both ways and compares everything; returns the report. */
  private static ReadReport assertSameAsDirectory(Path dir, long seed) {
    TmfDataset expected = READER.readDirectory(dir);
    PartsAssembly.Result actual = PartsAssembly.read(READER, dir, seed);
    assertEquals(expected.report(), actual.report());
    assertEquals(expected.connections(), values(actual, TmfKind.PRODUCT));
    assertEquals(expected.alarms(), values(actual, TmfKind.ALARM));
    assertEquals(expected.tickets(), values(actual, TmfKind.TROUBLE_TICKET));
    assertEquals(expected.problems(), values(actual, TmfKind.SERVICE_PROBLEM));
    assertEquals(expected.orders(), values(actual, TmfKind.PRODUCT_ORDER));
    assertEquals(expected.usage(), values(actual, TmfKind.USAGE));
    assertEquals(expected.bills(), values(actual, TmfKind.CUSTOMER_BILL));
    assertEquals(expected.billLines(), values(actual, TmfKind.APPLIED_CUSTOMER_BILLING_RATE));
    return actual.report();
  }

  private static List<Object> values(PartsAssembly.Result r, TmfKind kind) {
    return r.values().getOrDefault(kind, List.of());
  }

  /** A copy of an export (with its subdirectories, empty) without its events file. */
  private Path withoutEvents(Path from) {
    try {
      Path dir = Files.createTempDirectory(tmp, "parts");
      try (Stream<Path> s = Files.list(from)) {
        for (Path p : s.toList()) {
          String name = p.getFileName().toString();
          if (Files.isDirectory(p)) {
            Files.createDirectory(dir.resolve(name));
          } else if (TmfKind.ofFileName(name).orElse(null) != TmfKind.EVENTS) {
            Files.copy(p, dir.resolve(name));
          }
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * NetCo's network and alarms with products that repeat ids across files and lines (invalid copies
   * before and after the accepted one), broken and blank lines, a record without id, references to
   * elements and an SLA that do not exist, an alarm on nothing, an empty file and files that are
   * not read.
   */
  private Path awkward() {
    Path net = Fixtures.netco();
    try {
      Map<String, String> files = new LinkedHashMap<>();
      for (String n : List.of("resource.json", "service.json", "sla.json", "alarm.json")) {
        files.put(n, Files.readString(net.resolve(n)));
      }
      String good = Fixtures.product("P-2", Fixtures.monthly("20.00", "EUR"));
      String bad = Fixtures.product("P-2", Fixtures.monthly("-20.00", "EUR"));
      String refs =
          Fixtures.product("P-3", Fixtures.monthly("30.00", "EUR"))
              .replace(
                  "\"status\"",
                  "\"realizingService\":[{\"id\":\"SVC-2001\"},{\"id\":\"SVC-NOWHERE\"}],"
                      + "\"productCharacteristic\":[{\"name\":\"sla\",\"value\":\"SLA-NONE\"}],"
                      + "\"status\"");
      files.put(
          "product.json",
          "[" + Fixtures.product("P-1", Fixtures.monthly("10.00", "EUR")) + "," + refs + "]");
      files.put(
          "product.ndjson",
          String.join(
                  "\n",
                  Fixtures.product("P-1", Fixtures.monthly("11.00", "EUR")),
                  "",
                  "{\"id\":",
                  bad,
                  good,
                  "   ",
                  bad,
                  good.replace("20.00", "21.00"),
                  "{\"status\":\"active\"}",
                  "[1,2]",
                  Fixtures.product("P-4", Fixtures.monthly("40.00", "GBP"))
                      .replace("\"status\"", "\"realizingResource\":[{\"id\":\"P-1\"}],\"status\""))
              + "\n");
      String alarms = files.get("alarm.json");
      files.put(
          "alarm.ndjson",
          "{\"id\":\"A-X\",\"alarmedObject\":{\"id\":\"NOWHERE\"},\"perceivedSeverity\":\"major\","
              + "\"alarmRaisedTime\":\"2025-03-02T01:00:00Z\",\"alarmType\":\"x\","
              + "\"probableCause\":\"y\",\"state\":\"raised\"}\n"
              + "{\"id\":\"A-P\",\"alarmedObject\":{\"id\":\"P-2\"},\"perceivedSeverity\":\"major\","
              + "\"alarmRaisedTime\":\"2025-03-02T01:00:00Z\",\"alarmType\":\"x\","
              + "\"probableCause\":\"y\",\"state\":\"raised\"}\n");
      files.put("alarm.json", alarms);
      files.put("usage.ndjson", "\n\n");
      files.put("notes.txt", "not TMF");
      Path dir = Fixtures.export(tmp, files);
      Files.createDirectory(dir.resolve("archive"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
