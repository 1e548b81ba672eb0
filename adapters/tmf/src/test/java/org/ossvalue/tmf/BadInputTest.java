package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ossvalue.tmf.Fixtures.monthly;
import static org.ossvalue.tmf.Fixtures.product;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.core.Money;
import org.ossvalue.core.Severity;

/** Every kind of bad input the issue lists, each named with file, record, field and value. */
class BadInputTest {

  @TempDir Path tmp;

  private TmfDataset read(String file, String content) {
    return TmfReader.lenient().readDirectory(Fixtures.export(tmp, file, content));
  }

  private TmfDataset read(Map<String, String> files) {
    return TmfReader.lenient().readDirectory(Fixtures.export(tmp, files));
  }

  private static Rejection only(TmfDataset d) {
    assertEquals(1, d.report().rejections().size(), d.report().rejections().toString());
    return d.report().rejections().get(0);
  }

  private static void assertCounts(
      TmfDataset d, String file, long read, long acc, long rej, long dup) {
    FileReport f = d.report().file(file).orElseThrow();
    assertEquals(
        List.of(read, acc, rej, dup),
        List.of(f.read(), f.accepted(), f.rejected(), f.duplicates()),
        f.toString());
    assertEquals(
        f.rejected(), d.report().rejections(file).size(), "one rejection per rejected record");
  }

  // --- ids ---

  @Test
  void missingIdIsRejected() {
    TmfDataset d =
        read(
            "product.json",
            "[" + product("P-1", monthly("10", "EUR")).replace("\"id\":\"P-1\",", "") + "]");
    Rejection r = only(d);
    assertEquals("product.json", r.file());
    assertEquals(OptionalLong.of(0), r.index());
    assertEquals("id", r.field().orElseThrow());
    assertEquals("must be present", r.reason());
    assertCounts(d, "product.json", 1, 0, 1, 0);
  }

  @Test
  void nullIdIsRejected() {
    TmfDataset d =
        read(
            "product.json",
            "[" + product("P-1", monthly("10", "EUR")).replace("\"P-1\"", "null") + "]");
    assertEquals("must not be null", only(d).reason());
  }

  @Test
  void blankIdIsRejected() {
    TmfDataset d = read("product.json", "[" + product(" ", monthly("10", "EUR")) + "]");
    assertTrue(only(d).reason().startsWith("must not be blank"));
  }

  @Test
  void duplicateIdKeepsTheFirstAndNamesBothIndexes() {
    TmfDataset d =
        read(
            "product.json",
            "["
                + product("P-1", monthly("10", "EUR"))
                + ","
                + product("P-2", monthly("20", "EUR"))
                + ","
                + product("P-1", monthly("99", "EUR"))
                + "]");
    assertCounts(d, "product.json", 3, 2, 0, 1);
    assertEquals(Money.of("10", "EUR"), d.connection("P-1").orElseThrow().mrr().orElseThrow());
    Warning w = d.report().warnings("product.json").get(0);
    assertEquals(OptionalLong.of(2), w.index());
    assertEquals("P-1", w.id().orElseThrow());
    assertTrue(w.reason().contains("product.json[0] is kept"), w.reason());
    assertTrue(w.reason().contains("index 2"), w.reason());
  }

  @Test
  void numericIdWhereAStringBelongsIsRejectedButAlarmIdsMayBeIntegers() {
    TmfDataset d =
        read(
            "product.json",
            "[" + product("P-1", monthly("10", "EUR")).replace("\"P-1\"", "42") + "]");
    assertEquals("must be a string, was number 42", only(d).reason());
    TmfDataset alarms =
        read(
            "alarm.json",
            "[{\"id\":7001,\"perceivedSeverity\":\"major\",\"alarmRaisedTime\":\"2025-03-01T00:00:00Z\","
                + "\"alarmedObject\":{\"id\":\"R-1\"}}]");
    assertEquals("7001", alarms.alarms().get(0).id());
  }

  // --- amounts and currencies ---

  @Test
  void negativeRecurringAmountIsRejectedWithThePathAndValue() {
    TmfDataset d = read("product.json", "[" + product("P-9", monthly("-45.00", "EUR")) + "]");
    Rejection r = only(d);
    assertEquals("productPrice[0].price.dutyFreeAmount.value", r.field().orElseThrow());
    assertTrue(r.reason().contains("must be >= 0") && r.reason().contains("-45.00"), r.reason());
    assertTrue(
        r.toString()
            .startsWith("product.json[0] id=P-9 productPrice[0].price.dutyFreeAmount.value: "),
        r.toString());
  }

  @Test
  void unknownCurrencyIsRejected() {
    Rejection r = only(read("product.json", "[" + product("P-1", monthly("10", "XYZ")) + "]"));
    assertEquals("productPrice[0].price.dutyFreeAmount.unit", r.field().orElseThrow());
    assertTrue(r.reason().contains("XYZ"), r.reason());
  }

  @Test
  void lowerCaseCurrencyIsRejected() {
    Rejection r = only(read("product.json", "[" + product("P-1", monthly("10", "eur")) + "]"));
    assertEquals("productPrice[0].price.dutyFreeAmount.unit", r.field().orElseThrow());
    assertTrue(r.reason().contains("upper-case") && r.reason().contains("eur"), r.reason());
  }

  @Test
  void twoCurrenciesInOneMrrAreRejected() {
    Rejection r =
        only(
            read(
                "product.json",
                "[" + product("P-1", monthly("10", "EUR") + "," + monthly("5", "GBP")) + "]"));
    assertEquals("productPrice[1].price.dutyFreeAmount.unit", r.field().orElseThrow());
    assertTrue(r.reason().contains("EUR") && r.reason().contains("GBP"), r.reason());
  }

  @Test
  void stringAmountIsRejected() {
    Rejection r =
        only(read("product.json", "[" + product("P-1", monthly("\"45.00\"", "EUR")) + "]"));
    assertEquals("productPrice[0].price.dutyFreeAmount.value", r.field().orElseThrow());
    assertEquals("must be a number, was string \"45.00\"", r.reason());
  }

  @Test
  void amountsAreExactDecimalsFromTheTokenText() {
    TmfDataset d =
        read(
            "product.json",
            "[" + product("P-1", monthly("0.1000000000000000055511151231257827", "EUR")) + "]");
    assertEquals(
        "0.1000000000000000055511151231257827",
        d.connection("P-1").orElseThrow().mrr().orElseThrow().amount().toPlainString());
  }

  @Test
  void anAbsurdExponentIsRejectedNotExpanded() {
    Rejection r =
        only(read("product.json", "[" + product("P-1", monthly("-1e999999999", "EUR")) + "]"));
    assertEquals("productPrice[0].price.dutyFreeAmount.value", r.field().orElseThrow());
    assertTrue(r.reason().startsWith("must be a plain decimal"), r.reason());
  }

  @Test
  void unknownChargePeriodIsRejected() {
    Rejection r =
        only(
            read(
                "product.json",
                "[" + product("P-1", monthly("10", "EUR").replace("month", "fortnight")) + "]"));
    assertEquals("productPrice[0].recurringChargePeriod", r.field().orElseThrow());
    assertTrue(r.reason().contains("fortnight"), r.reason());
  }

  @Test
  void missingChargePeriodIsRejected() {
    Rejection r =
        only(
            read(
                "product.json",
                "["
                    + product(
                        "P-1",
                        monthly("10", "EUR").replace("\"recurringChargePeriod\":\"month\",", ""))
                    + "]"));
    assertEquals("productPrice[0].recurringChargePeriod", r.field().orElseThrow());
    assertEquals("must be present for a recurring price", r.reason());
  }

  @Test
  void taxIncludedAmountIsUsedOnlyWithoutANetAmountAndFlagged() {
    String price =
        "{\"priceType\":\"recurring\",\"recurringChargePeriod\":\"month\",\"price\":{\"taxIncludedAmount\":{\"unit\":\"EUR\",\"value\":49.99}}}";
    TmfDataset d = read("product.json", "[" + product("P-1", price) + "]");
    assertEquals(Money.of("49.99", "EUR"), d.connection("P-1").orElseThrow().mrr().orElseThrow());
    Warning w = d.report().warnings().get(0);
    assertEquals("productPrice[0].price.taxIncludedAmount", w.field().orElseThrow());
    assertTrue(w.reason().contains("tax-included"), w.reason());
  }

  @Test
  void misspeltRecurringIsReadOnlyThroughTheLoggedAlias() {
    String price = monthly("29.99", "EUR").replace("\"recurring\"", "\"reccurring\"");
    TmfDataset d = read("product.json", "[" + product("P-1", price) + "]");
    assertEquals(Money.of("29.99", "EUR"), d.connection("P-1").orElseThrow().mrr().orElseThrow());
    assertTrue(d.report().warnings().get(0).reason().contains("reccurring"));
    TmfDataset noAlias =
        TmfReader.builder()
            .noPriceTypeAliases()
            .build()
            .readDirectory(Fixtures.export(tmp, "product.json", "[" + product("P-1", price) + "]"));
    assertTrue(noAlias.connection("P-1").orElseThrow().mrr().isEmpty());
    assertTrue(noAlias.report().warnings().get(0).reason().startsWith("unknown priceType"));
  }

  @Test
  void badCurrencyOnAnUnusedAmountIsOnlyAWarning() {
    String price =
        "{\"priceType\":\"recurring\",\"recurringChargePeriod\":\"month\",\"price\":{\"dutyFreeAmount\":{\"unit\":\"EUR\",\"value\":20},"
            + "\"taxIncludedAmount\":{\"unit\":\"EUT\",\"value\":20}}}";
    TmfDataset d = read("product.json", "[" + product("P-1", price) + "]");
    assertTrue(d.report().rejections().isEmpty());
    assertEquals(
        "productPrice[0].price.taxIncludedAmount.unit",
        d.report().warnings().get(0).field().orElseThrow());
  }

  // --- wrong JSON types ---

  @Test
  void numberWhereAStringBelongsIsRejected() {
    Rejection r =
        only(
            read(
                "product.json",
                "[" + product("P-1", monthly("10", "EUR")).replace("\"active\"", "5") + "]"));
    assertEquals("status", r.field().orElseThrow());
    assertEquals("must be a string, was number 5", r.reason());
  }

  @Test
  void objectWhereAnArrayBelongsIsRejected() {
    Rejection r =
        only(
            read(
                "product.json",
                "[{\"id\":\"P-1\",\"billingAccount\":{\"id\":\"B\"},\"productPrice\":{}}]"));
    assertEquals("productPrice", r.field().orElseThrow());
    assertEquals("must be an array, was an object", r.reason());
  }

  @Test
  void aRecordThatIsNotAnObjectIsRejected() {
    TmfDataset d = read("product.json", "[" + product("P-1", monthly("10", "EUR")) + ", 42]");
    assertEquals("must be an object, was number 42", only(d).reason());
    assertCounts(d, "product.json", 2, 1, 1, 0);
  }

  @Test
  void topLevelObjectWhereAnArrayBelongsIsRejected() {
    TmfDataset d = read("product.json", product("P-1", monthly("10", "EUR")));
    Rejection r = only(d);
    assertTrue(r.reason().startsWith("must be a JSON array of records"), r.reason());
    assertTrue(r.index().isEmpty());
    assertCounts(d, "product.json", 1, 0, 1, 0);
  }

  // --- times ---

  @Test
  void clearedBeforeRaisedIsRejectedAsInstants() {
    TmfDataset d =
        read(
            "alarm.json",
            alarm("A-1", "major", "2025-03-04T02:10:00Z", "2025-03-04T04:00:00+02:00"));
    Rejection r = only(d);
    assertEquals("alarmClearedTime", r.field().orElseThrow());
    assertEquals("A-1", r.id().orElseThrow());
  }

  @Test
  void aDaylightSavingChangeIsNoError() {
    // Berlin 2025-03-30: 01:59+01:00 is followed by 03:00+02:00, one minute later.
    TmfDataset d =
        read(
            "alarm.json",
            alarm("A-1", "major", "2025-03-30T01:59:00+01:00", "2025-03-30T03:00:00+02:00"));
    assertTrue(d.report().rejections().isEmpty(), d.report().rejections().toString());
    TmfAlarm a = d.alarms().get(0);
    assertEquals(60, java.time.Duration.between(a.raised(), a.cleared().orElseThrow()).toSeconds());
  }

  @Test
  void timestampsWithOffsetsAndFractionsAreAccepted() {
    assertEquals(Instant.parse("2025-03-04T00:10:00Z"), raised("2025-03-04T02:10:00+02:00"));
    assertEquals(Instant.parse("2025-03-04T02:10:00Z"), raised("2025-03-04T02:10:00-00:00"));
    assertEquals(
        Instant.parse("2025-03-04T02:10:00.123456789Z"), raised("2025-03-04T02:10:00.123456789Z"));
    assertEquals(Instant.parse("2025-03-04T02:10:00.5Z"), raised("2025-03-04T02:10:00.5Z"));
    assertEquals(Instant.parse("2025-03-04T07:40:00Z"), raised("2025-03-04T02:10:00-05:30"));
  }

  @Test
  void aTimestampWithoutOffsetIsRejectedNeverGuessed() {
    Rejection r = only(read("alarm.json", alarm("A-1", "major", "2025-03-04T02:10:00", null)));
    assertEquals("alarmRaisedTime", r.field().orElseThrow());
    assertTrue(
        r.reason().contains("with an offset") && r.reason().contains("2025-03-04T02:10:00"),
        r.reason());
  }

  @Test
  void invalidDatesAreRejected() {
    for (String bad :
        List.of(
            "2025-02-30T00:00:00Z",
            "2025-13-01T00:00:00Z",
            "2025-03-04T25:00:00Z",
            "2025-03-04",
            "yesterday")) {
      TmfDataset d = read("alarm.json", alarm("A-1", "major", bad, null));
      assertEquals("alarmRaisedTime", only(d).field().orElseThrow(), bad);
    }
  }

  private Instant raised(String text) {
    TmfDataset d = read("alarm.json", alarm("A-1", "major", text, null));
    assertTrue(d.report().rejections().isEmpty(), d.report().rejections().toString());
    return d.alarms().get(0).raised();
  }

  static String alarm(String id, String severity, String raised, String cleared) {
    return "[{\"id\":\""
        + id
        + "\",\"perceivedSeverity\":\""
        + severity
        + "\",\"alarmRaisedTime\":\""
        + raised
        + "\","
        + (cleared == null ? "" : "\"alarmClearedTime\":\"" + cleared + "\",")
        + "\"alarmedObject\":{\"id\":\"R-1\"}}]";
  }

  // --- topology ---

  @Test
  void aSupportsCycleIsNamedAndItsRecordsRejected() {
    String services =
        "[{\"id\":\"S-A\",\"supportingService\":[{\"id\":\"S-C\"}]},"
            + "{\"id\":\"S-B\",\"supportingService\":[{\"id\":\"S-A\"}]},"
            + "{\"id\":\"S-C\",\"supportingService\":[{\"id\":\"S-B\"}]},"
            + "{\"id\":\"S-D\"}]";
    TmfDataset d = read("service.json", services);
    assertCounts(d, "service.json", 4, 1, 3, 0);
    for (Rejection r : d.report().rejections()) {
      assertTrue(
          r.reason().contains("cycle")
              && r.reason().contains("S-A")
              && r.reason().contains("S-B")
              && r.reason().contains("S-C"),
          r.reason());
      assertEquals("supportingService[0].id", r.field().orElseThrow());
    }
    assertEquals(List.of("S-D"), d.topology().elements());
  }

  @Test
  void aSelfLoopIsNamed() {
    TmfDataset d =
        read("service.json", "[{\"id\":\"S-A\",\"supportingService\":[{\"id\":\"S-A\"}]}]");
    Rejection r = only(d);
    assertEquals("S-A", r.id().orElseThrow());
    assertTrue(r.reason().contains("S-A supports itself"), r.reason());
  }

  @Test
  void danglingReferencesAreWarnedAndNeverImpact() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("service.json", "[{\"id\":\"S-1\",\"supportingResource\":[{\"id\":\"R-MISSING\"}]}]");
    files.put(
        "product.json",
        "["
            + product("P-1", monthly("10", "EUR"))
                .replace(
                    "\"productPrice\"",
                    "\"realizingService\":[{\"id\":\"S-1\"},{\"id\":\"S-MISSING\"}],\"productPrice\"")
            + "]");
    files.put(
        "alarm.json",
        alarm("A-1", "critical", "2025-03-01T00:00:00Z", null).replace("R-1", "R-MISSING"));
    TmfDataset d = read(files);
    assertTrue(d.report().rejections().isEmpty());
    assertEquals(java.util.Set.of("S-1"), d.connection("P-1").orElseThrow().realizedBy());
    assertTrue(
        d.report().warnings("product.json").stream()
            .anyMatch(w -> w.field().orElse("").equals("realizingService[1].id")));
    assertTrue(
        d.report().warnings("service.json").stream()
            .anyMatch(w -> w.field().orElse("").equals("supportingResource[0].id")));
    assertTrue(
        d.report().warnings("alarm.json").stream()
            .anyMatch(w -> w.field().orElse("").equals("alarmedObject.id")));
    assertTrue(
        org.ossvalue.core.topology.ImpactEngine.create()
            .compute(
                d.topology(), d.connections(), d.causes(), Instant.parse("2025-04-01T00:00:00Z"))
            .all()
            .isEmpty());
  }

  @Test
  void embeddedServicesAndBothV4ResourceRelationshipShapesAreRead() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "resource.json",
        "[{\"id\":\"R-1\",\"resourceRelationship\":[{\"relationshipType\":\"connectedTo\",\"resource\":{\"id\":\"R-2\"}},"
            + "{\"relationshipType\":\"contains\",\"id\":\"R-3\"}]},{\"id\":\"R-2\"},{\"id\":\"R-3\"}]");
    files.put(
        "service.json",
        "[{\"id\":\"S-1\",\"serviceCharacteristic\":[{\"name\":\"redundancyRule\",\"value\":\"atLeast:1\"}],"
            + "\"supportingService\":[{\"id\":\"S-2\",\"state\":\"active\",\"supportingResource\":[{\"id\":\"R-1\"}]},{\"id\":\"S-3\",\"category\":\"RFS\",\"supportingResource\":[{\"id\":\"R-2\"}]}]}]");
    TmfDataset d = read(files);
    assertTrue(d.report().rejections().isEmpty(), d.report().rejections().toString());
    assertEquals(List.of("R-1"), d.topology().supportersOf("S-2"));
    assertEquals(List.of("S-2", "S-3"), d.topology().supportersOf("S-1"));
    assertEquals(2, d.topology().relationships().size());
    assertEquals(
        org.ossvalue.core.topology.CombinationRule.atLeast(1).toString(),
        d.topology().rule("S-1").toString());
  }

  @Test
  void aV5ResourceSupportingResourceIsASupportsEdge() {
    TmfDataset d =
        read(
            "resource.json",
            "[{\"id\":\"R-CARD\",\"@type\":\"PhysicalResource\"},{\"id\":\"R-ROUTER\",\"@type\":\"PhysicalResource\","
                + "\"supportingResource\":[{\"id\":\"R-CARD\",\"@type\":\"ResourceRef\"}]}]");
    assertEquals(List.of("R-CARD"), d.topology().supportersOf("R-ROUTER"));
  }

  @Test
  void previousMrrComesOnlyFromAnEarlierStructuredProductState() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("product.json", "[" + product("P-1", monthly("450.00", "EUR")) + "]");
    files.put(
        "productOrder.json",
        "[{\"id\":\"O-1\",\"state\":\"completed\",\"orderDate\":\"2025-02-20T08:30:00Z\","
            + "\"description\":\"was 999.00/month\",\"productOrderItem\":[{\"id\":\"1\",\"action\":\"modify\","
            + "\"product\":{\"id\":\"P-1\"},\"itemPrice\":["
            + monthly("450.00", "EUR")
            + "]}]}]");
    TmfDataset withoutHistory = read(files);
    assertTrue(withoutHistory.orders().get(0).items().get(0).previousMrr().isEmpty());
    files.put(
        "events.ndjson",
        ev(
            "E1",
            "2025-01-10T00:00:00Z",
            "ProductAttributeValueChangeEvent",
            "{\"id\":\"P-1\",\"productPrice\":[" + monthly("390.00", "EUR") + "]}"));
    TmfDataset withHistory = read(files);
    org.ossvalue.core.fulfilment.OrderItem item = withHistory.orders().get(0).items().get(0);
    assertEquals(Money.of("390.00", "EUR"), item.previousMrr().orElseThrow());
    assertEquals(Money.of("60.00", "EUR"), item.mrrDelta().orElseThrow());
    assertEquals(
        Money.of("450.00", "EUR"),
        withHistory.connection("P-1").orElseThrow().mrr().orElseThrow(),
        "the export snapshot stays the current price");
  }

  @Test
  void aConfiguredRelationshipTypeBecomesASupportsEdge() {
    String services =
        "[{\"id\":\"S-1\",\"serviceRelationship\":[{\"relationshipType\":\"dependsOn\",\"service\":{\"id\":\"S-2\"}}]},{\"id\":\"S-2\"}]";
    TmfDataset informational = read("service.json", services);
    assertTrue(informational.topology().supportersOf("S-1").isEmpty());
    TmfDataset configured =
        TmfReader.builder()
            .supportsRelationshipType("dependsOn")
            .build()
            .readDirectory(Fixtures.export(tmp, "service.json", services));
    assertEquals(List.of("S-2"), configured.topology().supportersOf("S-1"));
  }

  @Test
  void anUnknownRedundancyRuleIsRejected() {
    Rejection r =
        only(
            read(
                "service.json",
                "[{\"id\":\"S-1\",\"serviceCharacteristic\":[{\"name\":\"redundancyRule\",\"value\":\"mostly\"}]}]"));
    assertEquals("serviceCharacteristic[0].value", r.field().orElseThrow());
  }

  // --- broken files ---

  @Test
  void aTruncatedArrayKeepsTheCompleteRecordsAndNamesLineAndColumn() {
    String full =
        "[\n"
            + product("P-1", monthly("10", "EUR"))
            + ",\n"
            + product("P-2", monthly("20", "EUR"))
            + "\n]";
    String truncated = full.substring(0, full.indexOf("P-2") + 40);
    TmfDataset d = read("product.json", truncated);
    assertEquals(1, d.connections().size());
    Rejection r = only(d);
    assertEquals(OptionalLong.of(1), r.index());
    assertTrue(r.reason().startsWith("truncated JSON"), r.reason());
    assertTrue(r.reason().contains("line 3 column"), r.reason());
    assertCounts(d, "product.json", 2, 1, 1, 0);
  }

  @Test
  void aTruncatedNdjsonLineLosesOnlyThatLine() {
    String ndjson =
        product("P-1", monthly("10", "EUR"))
            + "\n"
            + product("P-2", monthly("20", "EUR")).substring(0, 30)
            + "\n\n"
            + product("P-3", monthly("30", "EUR"))
            + "\n";
    TmfDataset d = read("product.ndjson", ndjson);
    assertEquals(List.of("P-1", "P-3"), d.connections().stream().map(c -> c.id()).toList());
    Rejection r = only(d);
    assertEquals(OptionalLong.of(2), r.line());
    assertTrue(r.reason().contains("line 2 column"), r.reason());
    assertCounts(d, "product.ndjson", 3, 2, 1, 0);
  }

  @Test
  void fiveThousandDeepNestingFailsFastWithALimitError() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String record = "{\"id\":\"P-1\",\"extra\":" + deep + "}";
    TmfDataset array =
        read("product.json", "[" + product("P-0", monthly("1", "EUR")) + "," + record + "]");
    Rejection r = only(array);
    assertEquals(OptionalLong.of(1), r.index());
    assertTrue(
        r.reason().startsWith("limit exceeded") && r.reason().contains("line 1 column"),
        r.reason());
    assertEquals(1, array.connections().size());
    TmfDataset lines =
        read("product.ndjson", record + "\n" + product("P-2", monthly("1", "EUR")) + "\n");
    assertEquals(OptionalLong.of(1), only(lines).line());
    assertEquals(1, lines.connections().size(), "the next line is still read");
  }

  @Test
  void aMegabyteStringFailsFastWithALimitError() {
    String big = "x".repeat(1 << 20);
    TmfDataset d =
        read(
            "product.json",
            "["
                + product("P-1", monthly("10", "EUR"))
                    .replace("\"status\"", "\"description\":\"" + big + "\",\"status\"")
                + "]");
    Rejection r = only(d);
    assertTrue(
        r.reason().startsWith("limit exceeded") && r.reason().contains("String value length"),
        r.reason());
    assertTrue(r.reason().length() < 1000);
  }

  @Test
  void aHugeArrayInsideARecordFailsFastInsteadOfFillingMemory() {
    StringBuilder refs = new StringBuilder("[");
    for (int i = 0; i < 100_001; i++) {
      refs.append(i == 0 ? "" : ",").append("{\"id\":\"S\"}");
    }
    refs.append(']');
    String record =
        product("P-1", monthly("1", "EUR"))
            .replace("\"status\"", "\"realizingService\":" + refs + ",\"status\"");
    Rejection r = only(read("product.ndjson", record + "\n"));
    assertTrue(r.reason().startsWith("limit exceeded: Array length"), r.reason());
  }

  @Test
  void emptyFileIsAWarning() {
    TmfDataset d = read("product.json", "");
    assertTrue(d.report().rejections().isEmpty());
    assertEquals("empty file: no records", d.report().warnings().get(0).reason());
  }

  @Test
  void unsupportedFilesAreWarnedAndNotRead() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("product.json", "[]");
    files.put("notes.txt", "hello");
    files.put("party.json", "[]");
    TmfDataset d = read(files);
    assertEquals(1, d.report().files().size());
    assertEquals(2, d.report().warnings().size());
    assertTrue(
        d.report().warnings().stream().allMatch(w -> w.reason().startsWith("unsupported file")));
  }

  // --- events ---

  @Test
  void anUnknownEventTypeIsRejectedAndAWellFormedUnusedOneIgnored() {
    String events =
        """
        {"eventId":"E1","eventTime":"2025-03-01T00:00:00Z","eventType":"CXJAD","event":{}}
        {"eventId":"E2","eventTime":"2025-03-01T00:00:00Z","eventType":"PartyCreateEvent",\
        "event":{"party":{"id":"X"}}}
        """;
    TmfDataset d = read("events.ndjson", events);
    Rejection r = only(d);
    assertEquals(OptionalLong.of(1), r.line());
    assertEquals("eventType", r.field().orElseThrow());
    assertTrue(r.reason().contains("CXJAD"));
    assertEquals(1, d.events().ignored());
    assertTrue(d.report().warnings().get(0).reason().contains("PartyCreateEvent"));
  }

  @Test
  void eventsAreOrderedByInstantNeverByText() {
    // As text, "…T10:30:00+02:00" sorts after "…T09:00:00Z", but it is the earlier instant.
    String events =
        ev(
                "E2",
                "2025-03-01T09:00:00Z",
                "AlarmStateChangeEvent",
                "{\"id\":\"A-1\",\"perceivedSeverity\":\"cleared\",\"alarmClearedTime\":\"2025-03-01T09:00:00Z\"}")
            + ev(
                "E1",
                "2025-03-01T10:30:00+02:00",
                "AlarmCreateEvent",
                "{\"id\":\"A-1\",\"perceivedSeverity\":\"major\",\"alarmRaisedTime\":\"2025-03-01T08:30:00Z\",\"alarmedObject\":{\"id\":\"R-1\"}}")
            + ev(
                "E3",
                "2025-03-01T08:45:00Z",
                "AlarmAttributeValueChangeEvent",
                "{\"id\":\"A-1\",\"perceivedSeverity\":\"critical\",\"state\":\"updated\"}");
    TmfDataset d = read("events.ndjson", events);
    TmfAlarm a = d.alarm("A-1").orElseThrow();
    assertEquals(
        Severity.MAJOR, a.severity(), "raised with major (the create event is the earliest)");
    assertEquals(Instant.parse("2025-03-01T09:00:00Z"), a.cleared().orElseThrow());
  }

  @Test
  void alarmFileAndEventsMergeByIdAndAClearNeverOverwritesTheSeverity() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("alarm.json", alarm("7001", "critical", "2025-03-04T02:10:00Z", null));
    files.put(
        "events.ndjson",
        ev(
            "E1",
            "2025-03-04T05:40:06Z",
            "AlarmStateChangeEvent",
            "{\"id\":7001,\"state\":\"cleared\",\"perceivedSeverity\":\"cleared\",\"alarmClearedTime\":\"2025-03-04T05:40:00Z\"}"));
    TmfDataset d = read(files);
    TmfAlarm a = d.alarm("7001").orElseThrow();
    assertEquals(Severity.CRITICAL, a.severity());
    assertEquals(Instant.parse("2025-03-04T05:40:00Z"), a.cleared().orElseThrow());
    assertEquals(1, d.alarms().size());
  }

  @Test
  void anAlarmKnownOnlyAsClearedIsWarnedSeverityUnknownNeverAZero() {
    TmfDataset d =
        read("alarm.json", alarm("A-5", "cleared", "2025-03-04T02:10:00Z", "2025-03-04T03:00:00Z"));
    TmfAlarm a = d.alarm("A-5").orElseThrow();
    assertEquals(Severity.INDETERMINATE, a.severity());
    assertFalse(a.severityKnown());
    Warning w = d.report().warnings().get(0);
    assertEquals("perceivedSeverity", w.field().orElseThrow());
    assertTrue(w.reason().startsWith("severity unknown"), w.reason());
  }

  @Test
  void anEventThatClearsBeforeTheRaiseIsRejected() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("alarm.json", alarm("7001", "critical", "2025-03-04T02:10:00Z", null));
    files.put(
        "events.ndjson",
        ev(
            "E1",
            "2025-03-04T05:40:06Z",
            "AlarmStateChangeEvent",
            "{\"id\":\"7001\",\"alarmClearedTime\":\"2025-03-04T01:00:00Z\"}"));
    TmfDataset d = read(files);
    Rejection r = only(d);
    assertEquals("events.ndjson", r.file());
    assertEquals(OptionalLong.of(1), r.line());
    assertTrue(d.alarm("7001").orElseThrow().isOpen());
    assertCounts(d, "events.ndjson", 1, 0, 1, 0);
  }

  @Test
  void aBatchPayloadOnASingleRecordEventIsRejectedClearly() {
    TmfDataset d =
        read(
            "events.ndjson",
            ev("E1", "2025-03-04T05:40:06Z", "ProductCreateEvent", "[{\"id\":\"P-1\"}]"));
    Rejection r = only(d);
    assertEquals("event.product", r.field().orElseThrow());
    assertTrue(r.reason().contains("array"), r.reason());
  }

  @Test
  void eventsWithoutTimeOrIdAreRejectedAndTimeOcurredIsAccepted() {
    String events =
        """
        {"eventTime":"2025-03-01T00:00:00Z","eventType":"AlarmCreateEvent","event":{"alarm":{"id":"A"}}}
        {"eventId":"E2","eventType":"AlarmCreateEvent","event":{"alarm":{"id":"A"}}}
        {"eventId":"E3","timeOcurred":"2025-03-01T00:00:00Z","eventType":"AlarmCreateEvent",\
        "event":{"alarm":{"id":"A","perceivedSeverity":"minor","alarmRaisedTime":"2025-03-01T00:00:00Z",\
        "alarmedObject":{"id":"R"}}}}
        """;
    TmfDataset d = read("events.ndjson", events);
    assertEquals(
        List.of("eventId", "eventTime"),
        d.report().rejections().stream().map(r -> r.field().orElseThrow()).toList());
    assertEquals(1, d.alarms().size());
  }

  static String ev(String id, String time, String type, String payload) {
    String key =
        type.startsWith("Alarm")
            ? "alarm"
            : type.startsWith("ProductOrder") ? "productOrder" : "product";
    return "{\"eventId\":\""
        + id
        + "\",\"eventTime\":\""
        + time
        + "\",\"eventType\":\""
        + type
        + "\",\"event\":{\""
        + key
        + "\":"
        + payload
        + "}}\n";
  }

  // --- strict ---

  @Test
  void strictFailsWithEveryRejectionListed() throws IOException {
    Path dir =
        Fixtures.export(
            tmp,
            "product.json",
            "["
                + product("P-1", monthly("-1", "EUR"))
                + ","
                + product("P-2", monthly("1", "eur"))
                + ","
                + product("P-3", monthly("1", "EUR"))
                + "]");
    TmfRejectedException e =
        assertThrows(TmfRejectedException.class, () -> TmfReader.strict().readDirectory(dir));
    assertEquals(2, e.rejections().size());
    assertTrue(e.getMessage().contains("P-1") && e.getMessage().contains("P-2"), e.getMessage());
    assertEquals(1, e.report().file("product.json").orElseThrow().accepted());
    Files.writeString(
        dir.resolve("product.json"),
        "[" + product("P-3", monthly("1", "EUR")) + "]",
        StandardCharsets.UTF_8);
    assertEquals(1, TmfReader.strict().readDirectory(dir).connections().size());
  }

  // --- billing and SLA conventions ---

  @Test
  void billLineKindsFollowTheDocumentedRule() {
    String rates =
        "["
            + rate(
                "L1",
                "\"type\":\"appliedBillingCharge\",\"characteristic\":[{\"name\":\"chargeKind\",\"value\":\"oneTimeCharge\"}]")
            + ","
            + rate(
                "L2",
                "\"appliedBillingRateType\":\"appliedBillingCharge\",\"name\":\"Monthly fee\"")
            + ","
            + rate("L3", "\"appliedBillingRateType\":\"appliedBillingCredit\"")
            + ","
            + rate("L4", "\"appliedBillingRateType\":\"appliedPenaltyCharge\"")
            + ","
            + rate("L5", "\"appliedBillingRateType\":\"monthly\"")
            + ","
            + rate("L6", "\"type\":\"appliedBillingCharge\",\"name\":\"Voice usage\"")
            + ","
            + rate("L7", "\"type\":\"appliedBillingCharge\",\"name\":\"Something\"")
            + "]";
    TmfDataset d = read("appliedCustomerBillingRate.json", rates);
    assertEquals(
        List.of("oneTime", "recurring", "credit", "penalty", "unknown", "usage", "unknown"),
        d.billLines().stream().map(l -> l.kind().label()).toList());
    assertEquals(2, d.report().warnings().size(), d.report().warnings().toString());
  }

  private static String rate(String id, String extra) {
    return "{\"id\":\""
        + id
        + "\","
        + extra
        + ",\"billingAccount\":{\"id\":\"BA\"},\"customerBill\":{\"id\":\"CB\"},\"taxExcludedAmount\":{\"unit\":\"EUR\",\"value\":-1.5}}";
  }

  @Test
  void tmf657SpecificationAndObjectivesBecomeSlaTerms() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "sla.json",
        "[{\"id\":\"SLS-1\",\"name\":\"Gold\",\"relatedServiceLevelObjective\":[{\"id\":\"O1\"},{\"id\":\"O2\"},{\"id\":\"O3\"},{\"id\":\"O-MISSING\"}]}]");
    files.put(
        "serviceLevelObjective.json",
        "[{\"id\":\"O1\",\"conformanceTarget\":\"99.95\",\"conformanceComparator\":\">=\","
            + "\"serviceLevelObjectiveConsequence\":[{\"prescribedAction\":\"serviceCredit:10%MRR\"}]},"
            + "{\"id\":\"O2\",\"conformanceTarget\":\"99.5\",\"serviceLevelObjectiveConsequence\":[{\"prescribedAction\":\"serviceCredit:25%MRR\"}]},"
            + "{\"id\":\"O3\",\"conformanceTarget\":\"50\",\"serviceLevelObjectiveParameter\":{\"name\":\"serviceCreditCap\"}}]");
    TmfDataset d = read(files);
    assertEquals(1, d.slaTerms().size());
    assertEquals(
        "SlaTerms{SLS-1 \"Gold\", tiers=[<99.95% -> 10% MRR, <99.5% -> 25% MRR], cap=50% MRR, planned excluded}",
        d.slaTerms().get(0).toString());
    assertTrue(d.report().warnings().get(0).reason().contains("O-MISSING"));
  }
}
