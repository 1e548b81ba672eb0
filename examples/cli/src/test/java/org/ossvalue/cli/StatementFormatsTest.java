package org.ossvalue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** All four formats on the bundled sample operator, the README's "run the main job" command. */
class StatementFormatsTest {

  @Test
  void textIsAReadableStatementWithHeadlineThenBreakdownsThenDataQuality() {
    Cli.Run r = Cli.run("statement");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals("", r.err());
    String out = r.out();
    assertTrue(out.contains("2025-03"), out);
    assertTrue(out.contains("EUR"), out);
    assertTrue(out.toLowerCase(java.util.Locale.ROOT).contains("data quality"), out);
  }

  @Test
  void jsonIsTheContractForTheSamplesOwnMonth() {
    Cli.Run r = Cli.run("statement", "--format", "json");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals("", r.err());
    JsonNode s = r.json();
    assertEquals("2025-03-01T00:00:00Z", s.at("/period/from").asText());
    assertEquals("2025-04-01T00:00:00Z", s.at("/period/to").asText());
    assertEquals("UTC", s.at("/period/zone").asText());
    assertEquals("2025-04-01T00:00:00Z", s.at("/asOf").asText(), "the sample's export instant");
    assertEquals(4_000, s.get("connections").size());
    assertTrue(s.get("impacts").size() > 100, "a realistic month: " + s.get("impacts").size());
    assertEquals(0, s.at("/dataQuality/rejected").size(), "the sample reads cleanly");
    assertTrue(s.at("/headline/connected").size() >= 1, s.at("/headline").toString());
    for (String key :
        new String[] {
          "period",
          "asOf",
          "connections",
          "impacts",
          "revenueAtRisk",
          "slaCredits",
          "fulfilment",
          "leakage",
          "churnExposure",
          "attribution",
          "headline",
          "dataQuality",
          "parameters"
        }) {
      assertTrue(s.has(key), key);
    }
    for (JsonNode m : s.at("/headline/connected")) {
      assertTrue(m.get("value").asText().matches("-?\\d+\\.\\d{2}"), m.toString());
    }
  }

  @Test
  void csvHasOneRowPerLedgerEntryAfterItsHeader() {
    Cli.Run r = Cli.run("statement", "--format", "csv");
    assertEquals(Main.OK, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.size() > 100, "rows: " + lines.size());
    String header = lines.get(0);
    assertTrue(header.contains(","), header);
    long columns = header.chars().filter(c -> c == ',').count();
    assertTrue(columns >= 3, header);
  }

  @Test
  void htmlIsOneSelfContainedPage() {
    Cli.Run r = Cli.run("statement", "--format", "html");
    assertEquals(Main.OK, r.code(), r.toString());
    String page = r.out();
    assertTrue(page.startsWith("<!DOCTYPE html>") || page.startsWith("<!doctype html>"), page);
    assertTrue(page.contains("<svg"), "charts are inline SVG");
    assertTrue(!page.contains("src=\"http") && !page.contains("href=\"http"), "nothing fetched");
  }
}
