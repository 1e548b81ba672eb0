package org.ossvalue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ossvalue.cli.Cli.amount;
import static org.ossvalue.cli.Cli.byConnection;
import static org.ossvalue.cli.Cli.money;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code ossvalue statement --tmf fixtures-dev --month 2025-03 --zone UTC --as-of 2025-04-01T00:00Z
 * --format json}: the figures of the fixtures-dev README (NetCo, March 2025), to the cent, read
 * from the JSON contract. The fixture files are a copy in this module's test resources.
 */
class StatementNetCoTest {

  private static final String[] NETCO = {
    "statement",
    "--tmf",
    Cli.resource("fixtures-dev").toString(),
    "--month",
    "2025-03",
    "--zone",
    "UTC",
    "--as-of",
    "2025-04-01T00:00Z",
    "--format",
    "json"
  };

  private static final Cli.Run RUN = Cli.run(NETCO);
  private static final JsonNode S = RUN.json();

  @Test
  void netCoIsStatedWithoutRejectionsOrNoise() {
    assertEquals(Main.OK, RUN.code(), RUN.toString());
    assertEquals("", RUN.err());
    assertEquals("2025-03-01T00:00:00Z", S.at("/period/from").asText());
    assertEquals("2025-04-01T00:00:00Z", S.at("/period/to").asText());
    assertEquals("UTC", S.at("/period/zone").asText());
    assertEquals("2025-04-01T00:00:00Z", S.at("/asOf").asText());
    assertEquals(0, S.at("/dataQuality/rejected").size());
  }

  @Test
  void connectionsAndMrrAreSection1() {
    Map<String, String> mrr = new TreeMap<>();
    Map<String, String> segment = new TreeMap<>();
    for (JsonNode c : S.get("connections")) {
      assertTrue(c.hasNonNull("account"), c.toString());
      assertTrue(c.hasNonNull("status"), c.toString());
      segment.put(c.get("id").asText(), c.path("segment").asText());
      if (c.get("status").asText().equals("active")) {
        mrr.put(c.get("id").asText(), amount(c.get("mrr")));
      }
    }
    assertEquals(
        "{P-1001=450.00 EUR, P-1002=320.00 EUR, P-1003=780.00 EUR, P-1004=450.00 EUR,"
            + " P-1005=89.90 EUR, P-1006=59.00 EUR, P-1008=42.01 EUR, P-1009=25.00 EUR,"
            + " P-1010=1200.00 GBP, P-1011=150.00 GBP}",
        mrr.toString());
    assertEquals(12, S.get("connections").size());
    assertEquals("smb", segment.get("P-1007"));
    assertEquals("residential", segment.get("P-1008"));
    assertEquals("2215.91 EUR, 1350.00 GBP", money(S.at("/headline/mrr")), "active MRR");
    assertEquals("2270.10 EUR, 1350.00 GBP", money(S.at("/headline/connected")), "recognised");
  }

  @Test
  void impactsAreSection2UnionedPerConnection() {
    List<String> impacts = new ArrayList<>();
    for (JsonNode i : S.get("impacts")) {
      impacts.add(
          i.get("connection").asText()
              + " "
              + i.get("start").asText().substring(5, 16)
              + "→"
              + i.get("end").asText().substring(5, 16)
              + " d="
              + i.get("degradation").decimalValue().stripTrailingZeros().toPlainString()
              + " "
              + i.get("minutes").decimalValue().stripTrailingZeros().toPlainString()
              + " min"
              + (i.get("planned").asBoolean() ? " planned " : " ")
              + i.get("causes"));
    }
    assertEquals(
        List.of(
            "P-1001 03-04T02:10→03-04T06:00 d=1 230 min [\"alarm:7001\",\"alarm:7008\"]",
            "P-1002 03-04T02:10→03-04T05:40 d=1 210 min [\"alarm:7001\"]",
            "P-1003 03-10T11:00→03-10T11:45 d=1 45 min [\"alarm:7002\",\"alarm:7003\"]",
            "P-1004 03-18T22:00→04-01T00:00 d=0.5 18840 min [\"alarm:7004\"]",
            "P-1005 03-04T02:10→03-04T05:40 d=1 210 min [\"alarm:7001\"]",
            "P-1006 03-04T02:10→03-04T05:40 d=1 210 min [\"alarm:7001\"]",
            "P-1006 03-28T09:00→04-01T00:00 d=0.25 5220 min [\"alarm:7007\"]",
            "P-1008 03-18T22:00→04-01T00:00 d=0.5 18840 min [\"alarm:7004\"]",
            "P-1010 03-02T01:00→03-02T03:00 d=1 120 min planned [\"alarm:7009\"]",
            "P-1010 03-25T14:15→03-25T16:45 d=1 150 min [\"alarm:7006\"]",
            "P-1012 03-04T02:10→03-04T05:40 d=1 210 min [\"alarm:7001\"]"),
        impacts.stream().filter(i -> !i.startsWith("P-1007 ")).toList(),
        S.get("impacts").toPrettyString());
  }

  @Test
  void revenueAtRiskIsSection3WithPlannedApart() {
    assertEquals("111.42 EUR, 4.03 GBP", money(S.at("/revenueAtRisk/totals")));
    assertEquals("0.00 EUR, 3.23 GBP", money(S.at("/revenueAtRisk/plannedTotals")));
    assertEquals(
        "P-1001 2.32 EUR, P-1002 1.51 EUR, P-1003 0.79 EUR, P-1004 94.96 EUR, P-1005 0.42 EUR,"
            + " P-1006 2.00 EUR, P-1008 8.87 EUR, P-1010 4.03 GBP, P-1012 0.56 EUR",
        byConnection(S.at("/revenueAtRisk/byConnection"), "money"));
    assertEquals("111.42 EUR, 4.03 GBP", money(S.at("/headline/atRisk")));
    assertEquals("0.06 EUR, 0.00 GBP", money(S.at("/headline/usageLost")), "P-1005's usage");
    JsonNode availability = S.at("/headline/revenueWeightedAvailability");
    assertEquals("95.09", percent(availability.get(0).get("unplanned")));
    assertEquals("99.70", percent(availability.get(1).get("unplanned")));
    assertEquals("99.46", percent(availability.get(1).get("includingPlanned")));
  }

  @Test
  void slaCreditsAreSection4() {
    assertEquals("190.50 EUR, 120.00 GBP", money(S.at("/slaCredits/totals")));
    assertEquals("190.50 EUR, 120.00 GBP", money(S.at("/headline/credits")));
    List<String> rows = new ArrayList<>();
    for (JsonNode c : S.at("/slaCredits/byConnection")) {
      rows.add(
          c.get("connection").asText()
              + " "
              + c.get("availability").decimalValue().toPlainString()
              + " % "
              + amount(c.get("money")));
    }
    assertEquals(
        List.of(
            "P-1001 99.4848 % 112.50 EUR",
            "P-1003 99.8992 % 78.00 EUR",
            "P-1004 100.0000 % 0.00 EUR",
            "P-1005 99.5296 % 0.00 EUR",
            "P-1010 99.6640 % 120.00 GBP"),
        rows);
  }

  @Test
  void fulfilmentIsSection5() {
    Map<String, JsonNode> orders = new TreeMap<>();
    for (JsonNode o : S.at("/fulfilment/orders")) {
      orders.put(o.get("order").asText(), o);
    }
    assertEquals(List.of("PO-3001", "PO-3002", "PO-3003", "PO-3004"), List.copyOf(orders.keySet()));
    assertEquals("16218", plain(orders.get("PO-3001").get("leadTimeMinutes")));
    assertEquals("11.31 EUR", amount(orders.get("PO-3001").get("pulledForward")));
    assertEquals("50220", plain(orders.get("PO-3002").get("leadTimeMinutes")));
    assertEquals("552.46 GBP", amount(orders.get("PO-3002").get("delayed")));
    assertEquals("10170", plain(orders.get("PO-3003").get("leadTimeMinutes")));
    assertFalse(orders.get("PO-3003").has("pulledForward"), "its old price is only in free text");
    assertFalse(orders.get("PO-3004").has("leadTimeMinutes"), "open");
    assertEquals("41140", plain(orders.get("PO-3004").get("ageMinutes")));
    assertEquals("0.00 EUR, 0.00 GBP", money(S.at("/headline/enabled")), "nothing in March");
  }

  @Test
  void leakageIsSection7() {
    JsonNode items = S.at("/leakage/items");
    assertEquals(1, items.size(), items.toPrettyString());
    assertEquals("BA-003", items.get(0).get("account").asText());
    assertEquals("P-1006", items.get(0).get("connection").asText());
    assertEquals("59.00 EUR", amount(items.get(0).get("money")));
    assertEquals(
        "[\"BA-002\",\"BA-004\",\"BA-005\",\"BA-006\"]", S.at("/leakage/notAssessable").toString());
    assertEquals("59.00 EUR, 0.00 GBP", money(S.at("/headline/leakage")));
  }

  @Test
  void theStatementPrintsTheDefaultParametersItUsed() {
    Map<String, String> p = new TreeMap<>();
    for (JsonNode n : S.get("parameters")) {
      p.put(n.get("name").asText(), n.get("value").asText());
    }
    assertEquals("RevenueAtRiskStrategy.calendarAccurate()", p.get("revenueAtRisk"));
    assertTrue(p.get("severityMapping").startsWith("SeverityMapping.defaults("), p.toString());
    assertEquals("AttributionStrategy.shapley()", p.get("attribution"));
  }

  @Test
  void theV5ShapesOfNetCoGiveTheSameStatement() {
    String[] args = NETCO.clone();
    args[2] = Cli.resource("netco-v5").toString();
    Cli.Run v5 = Cli.run(args);
    assertEquals(Main.OK, v5.code(), v5.toString());
    ObjectNode a = (ObjectNode) S.deepCopy();
    ObjectNode b = (ObjectNode) v5.json().deepCopy();
    a.remove("dataQuality");
    b.remove("dataQuality");
    assertEquals(a, b, "everything but the file names and counts");
  }

  private static String plain(JsonNode n) {
    return n.decimalValue().stripTrailingZeros().toPlainString();
  }

  private static String percent(JsonNode p) {
    return p.decimalValue().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
