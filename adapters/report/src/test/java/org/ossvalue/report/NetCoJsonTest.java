package org.ossvalue.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * NetCo, March 2025, in the JSON contract: every figure the fixtures-dev README gives, to the cent,
 * read back from the JSON text (not from the statement object).
 */
class NetCoJsonTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private static final String TEXT = NetCo.render(StatementRenderer.json(), NetCo.STATEMENT);
  private static final JsonNode JSON = parse(TEXT);

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code [{"currency":"EUR","value":"1.00"}, …]} as {@code 1.00 EUR, …}. */
  private static String monies(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false)
        .map(NetCoJsonTest::money)
        .collect(Collectors.joining(", "));
  }

  private static String money(JsonNode m) {
    return m.get("value").asText() + " " + m.get("currency").asText();
  }

  private static JsonNode find(JsonNode array, String key, String value) {
    for (JsonNode n : array) {
      if (n.path(key).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + key + "=" + value + " in " + array);
  }

  @Test
  void periodAndAsOfAreTheCommandsArguments() {
    assertEquals("2025-03-01T00:00:00Z", JSON.at("/period/from").asText());
    assertEquals("2025-04-01T00:00:00Z", JSON.at("/period/to").asText());
    assertEquals("UTC", JSON.at("/period/zone").asText());
    assertEquals("2025-04-01T00:00:00Z", JSON.get("asOf").asText());
  }

  @Test
  void headlineIsTheReadmes() {
    JsonNode h = JSON.get("headline");
    assertEquals("2270.10 EUR, 1350.00 GBP", monies(h.get("connected")), "§1 recognised");
    assertEquals("2215.91 EUR, 1350.00 GBP", monies(h.get("mrr")), "§1 active MRR");
    assertEquals("0.00 EUR, 0.00 GBP", monies(h.get("enabled")));
    assertEquals("32.22 EUR, 1.29 GBP", monies(h.get("protected")));
    assertEquals("111.42 EUR, 4.03 GBP", monies(h.get("atRisk")), "§3, not 111.43");
    assertEquals("0.00 EUR, 3.23 GBP", monies(h.get("plannedAtRisk")), "§3 planned");
    assertEquals("190.56 EUR, 120.00 GBP", monies(h.get("lost")));
    assertEquals("190.50 EUR, 120.00 GBP", monies(h.get("credits")), "§4");
    assertEquals("59.00 EUR, 0.00 GBP", monies(h.get("leakage")), "§7");
    JsonNode a = h.get("revenueWeightedAvailability");
    assertEquals("EUR", a.get(0).get("currency").asText());
    assertEquals(
        "95.09",
        a.get(0)
            .get("unplanned")
            .decimalValue()
            .setScale(2, java.math.RoundingMode.HALF_EVEN)
            .toPlainString());
    assertEquals("GBP", a.get(1).get("currency").asText());
    assertEquals(
        "99.70",
        a.get(1)
            .get("unplanned")
            .decimalValue()
            .setScale(2, java.math.RoundingMode.HALF_EVEN)
            .toPlainString());
    assertEquals(
        "99.46",
        a.get(1)
            .get("includingPlanned")
            .decimalValue()
            .setScale(2, java.math.RoundingMode.HALF_EVEN)
            .toPlainString());
  }

  @Test
  void connectionsCarryTheReadmesMrr() {
    JsonNode cs = JSON.get("connections");
    assertEquals(12, cs.size());
    JsonNode p1004 = find(cs, "id", "P-1004");
    assertEquals("450.00 EUR", money(p1004.get("mrr")), "5,400.00 per year");
    assertEquals("enterprise", p1004.get("segment").asText());
    assertEquals("active", p1004.get("status").asText());
    JsonNode p1007 = find(cs, "id", "P-1007");
    assertEquals("pendingActive", p1007.get("status").asText());
    assertEquals("0.00 EUR", money(p1007.get("mrr")));
    assertEquals("42.01 EUR", money(find(cs, "id", "P-1008").get("mrr")), "tax excluded");
    assertEquals("54.19 EUR", money(find(cs, "id", "P-1012").get("connected")));
  }

  @Test
  void impactsAreTheIntervalUnionWithTheirCauses() {
    JsonNode p1001 = find(JSON.get("impacts"), "connection", "P-1001");
    assertEquals("2025-03-04T02:10:00Z", p1001.get("start").asText());
    assertEquals("2025-03-04T06:00:00Z", p1001.get("end").asText());
    assertEquals(230, p1001.get("minutes").intValue(), "not 390");
    assertEquals("1", p1001.get("degradation").asText());
    assertFalse(p1001.get("planned").booleanValue());
    assertEquals("[\"alarm:7001\",\"alarm:7008\"]", p1001.get("causes").toString());
    List<String> planned = new ArrayList<>();
    for (JsonNode i : JSON.get("impacts")) {
      if (i.get("planned").booleanValue()) {
        planned.add(i.get("connection").asText() + " " + i.get("minutes").asText());
      }
    }
    assertEquals(List.of("P-1010 120"), planned);
  }

  @Test
  void revenueAtRiskByConnectionIsTheReadmesToTheCent() {
    JsonNode r = JSON.get("revenueAtRisk");
    assertEquals("111.42 EUR, 4.03 GBP", monies(r.get("totals")));
    assertEquals("0.00 EUR, 3.23 GBP", monies(r.get("plannedTotals")));
    List<String> lines = new ArrayList<>();
    for (JsonNode c : r.get("byConnection")) {
      lines.add(c.get("connection").asText() + " " + money(c.get("money")));
    }
    assertEquals(
        List.of(
            "P-1001 2.32 EUR",
            "P-1002 1.51 EUR",
            "P-1003 0.79 EUR",
            "P-1004 94.96 EUR",
            "P-1005 0.42 EUR",
            "P-1006 2.00 EUR",
            "P-1008 8.87 EUR",
            "P-1010 4.03 GBP",
            "P-1012 0.56 EUR"),
        lines);
  }

  @Test
  void slaCreditsAreTheReadmes() {
    JsonNode s = JSON.get("slaCredits");
    assertEquals("190.50 EUR, 120.00 GBP", monies(s.get("totals")));
    List<String> lines = new ArrayList<>();
    for (JsonNode c : s.get("byConnection")) {
      lines.add(
          c.get("connection").asText()
              + " "
              + c.get("availability").decimalValue().toPlainString()
              + " "
              + money(c.get("money")));
    }
    assertEquals(
        List.of(
            "P-1001 99.4848 112.50 EUR",
            "P-1003 99.8992 78.00 EUR",
            "P-1004 100.0000 0.00 EUR",
            "P-1005 99.5296 0.00 EUR",
            "P-1010 99.6640 120.00 GBP"),
        lines);
  }

  @Test
  void ordersHaveTheReadmesLeadTimesAndValues() {
    JsonNode orders = JSON.at("/fulfilment/orders");
    JsonNode po3001 = find(orders, "order", "PO-3001");
    assertEquals(16218, po3001.get("leadTimeMinutes").intValue());
    assertEquals("11.31 EUR", money(po3001.get("pulledForward")));
    assertEquals("0.00 EUR", money(po3001.get("delayed")));
    JsonNode po3002 = find(orders, "order", "PO-3002");
    assertEquals(50220, po3002.get("leadTimeMinutes").intValue());
    assertEquals("552.46 GBP", money(po3002.get("delayed")));
    JsonNode po3003 = find(orders, "order", "PO-3003");
    assertEquals(10170, po3003.get("leadTimeMinutes").intValue());
    assertFalse(po3003.has("pulledForward"), "unknown from structured data: left out");
    JsonNode po3004 = find(orders, "order", "PO-3004");
    assertFalse(po3004.has("leadTimeMinutes"), "open");
    assertEquals(41140, po3004.get("ageMinutes").intValue());
  }

  @Test
  void leakageIsP1006AndTheAccountsWithoutABill() {
    JsonNode l = JSON.get("leakage");
    assertEquals(1, l.get("items").size());
    JsonNode item = l.get("items").get(0);
    assertEquals("P-1006", item.get("connection").asText());
    assertEquals("59.00 EUR", money(item.get("money")));
    assertEquals("connectedNotBilled", item.get("kind").asText());
    assertEquals(
        "[\"BA-002\",\"BA-004\",\"BA-005\",\"BA-006\"]", l.get("notAssessable").toString());
  }

  @Test
  void dataQualityIsWordForWordWhatCheckPrints() throws IOException {
    JsonNode check =
        MAPPER.readTree(
            Files.readString(NetCo.resource("check-fixtures-dev.json"), StandardCharsets.UTF_8));
    assertEquals(check, JSON.get("dataQuality"));
    assertTrue(JSON.at("/dataQuality/rejected").isEmpty());
  }

  @Test
  void theJsonEndsWithOneNewline() {
    assertTrue(TEXT.endsWith("}\n") && !TEXT.endsWith("\n\n"), TEXT.substring(TEXT.length() - 5));
  }

  @Test
  void theAttributionGameListsEveryCoalitionFromNothingToTheProtectedRevenue() {
    JsonNode game = JSON.get("attributionGame");
    assertEquals(32, game.size(), "16 coalitions of 4 functions, EUR and GBP");
    assertEquals("[]", game.get(0).get("functions").toString());
    assertEquals("0.00 EUR", money(game.get(0).get("money")));
    assertEquals(
        "[\"faultManagement\",\"incidentManagement\",\"problemManagement\",\"changeManagement\"]",
        game.get(15).get("functions").toString());
    assertEquals("32.22 EUR", money(game.get(15).get("money")), "protectedRevenue.central");
    assertEquals("1.29 GBP", money(game.get(31).get("money")));
    assertEquals("[\"changeManagement\"]", game.get(8).get("functions").toString());
  }
}
