package org.ossvalue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ossvalue.cli.Cli.byConnection;
import static org.ossvalue.cli.Cli.money;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.core.ReportingPeriod;

/** {@code ossvalue statement}: periods, strict and lenient reads, usage errors, --config, --out. */
class StatementCommandTest {

  private static final String NETCO = Cli.resource("fixtures-dev").toString();
  private static final String HOSTILE = Cli.resource("hostile").toString();

  private static String period(JsonNode s) {
    return s.at("/period/from").asText()
        + " "
        + s.at("/period/to").asText()
        + " "
        + s.at("/period/zone").asText()
        + " asOf "
        + s.at("/asOf").asText();
  }

  private static String parameter(JsonNode s, String name) {
    for (JsonNode p : s.get("parameters")) {
      if (p.get("name").asText().equals(name)) {
        return p.get("value").asText();
      }
    }
    throw new AssertionError("no parameter " + name + " in " + s.get("parameters"));
  }

  // ---- periods

  @Test
  void withoutAPeriodTheLastFullMonthBeforeAsOfIsStated() {
    Cli.Run r =
        Cli.run("statement", "--tmf", NETCO, "--as-of", "2025-04-15T10:00Z", "--format", "json");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals(
        "2025-03-01T00:00:00Z 2025-04-01T00:00:00Z UTC asOf 2025-04-15T10:00:00Z",
        period(r.json()));
  }

  @Test
  void anAsOfAtTheFirstInstantOfAMonthStatesThePreviousMonth() {
    Cli.Run r =
        Cli.run("statement", "--tmf", NETCO, "--as-of", "2025-04-01T00:00Z", "--format", "json");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals(
        "2025-03-01T00:00:00Z 2025-04-01T00:00:00Z UTC asOf 2025-04-01T00:00:00Z",
        period(r.json()));
    assertEquals("111.42 EUR, 4.03 GBP", money(r.json().at("/headline/atRisk")));
  }

  @Test
  void theMonthIsTakenInTheZone() {
    Cli.Run r =
        Cli.run(
            "statement",
            "--tmf",
            NETCO,
            "--zone",
            "Europe/Berlin",
            "--as-of",
            "2025-04-01T00:30+02:00",
            "--format",
            "json");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals(
        "2025-02-28T23:00:00Z 2025-03-31T22:00:00Z Europe/Berlin asOf 2025-03-31T22:30:00Z",
        period(r.json()),
        "00:30 on 1 April in Berlin: March (CET, then CEST from the 30th) is the last full month");
  }

  @Test
  void withoutAsOfNowIsUsed() {
    Cli.Run r = Cli.run("statement", "--tmf", NETCO, "--format", "json");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals(
        "2025-03-01T00:00:00Z 2025-04-01T00:00:00Z UTC asOf 2025-04-02T09:30:00Z",
        period(r.json()),
        "Cli.NOW is 2 April 2025");
  }

  @Test
  void aPeriodWithNoActiveConnectionIsStatedWithAWarning() {
    Cli.Run r = Cli.run("statement", "--tmf", NETCO, "--month", "2019-06", "--format", "json");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals("0.00 EUR, 0.00 GBP", money(r.json().at("/headline/connected")));
    assertTrue(
        r.err().startsWith("ossvalue statement: none of the 12 connections was active in"),
        r.err());
    assertTrue(r.err().contains("the first activation is 20"), r.err());
    assertTrue(r.err().contains("--month or --from/--to state another period"), r.err());
    Cli.Run march = Cli.run("statement", "--tmf", NETCO, "--month", "2025-03", "--format", "json");
    assertEquals("", march.err(), "no warning when connections were active");
  }

  @Test
  void fromAndToStateAnyPeriod() {
    Cli.Run r =
        Cli.run(
            "statement",
            "--tmf",
            NETCO,
            "--from",
            "2025-03-04T00:00Z",
            "--to",
            "2025-03-05T00:00Z",
            "--as-of",
            "2025-04-01T00:00Z",
            "--format",
            "json");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals(
        "2025-03-04T00:00:00Z 2025-03-05T00:00:00Z UTC asOf 2025-04-01T00:00:00Z",
        period(r.json()));
    assertEquals(
        "P-1001 2.32 EUR, P-1002 1.51 EUR, P-1005 0.42 EUR, P-1006 0.28 EUR, P-1012 0.56 EUR",
        byConnection(r.json().at("/revenueAtRisk/byConnection"), "money"),
        "4 March only: alarm 7001 and 7008; P-1006 without 7007");
  }

  @Test
  void theSampleWithoutPeriodOrAsOfIsItsOwnMonthAtItsExportInstant() {
    StatementCommand c = new StatementCommand(Cli.NOW, false);
    ReportingPeriod p = c.period(StatementCommand.UTC);
    assertEquals("[2025-03-01T00:00:00Z, 2025-04-01T00:00:00Z) UTC", p.toString());
    assertEquals(Instant.parse("2025-04-01T00:00:00Z"), c.asOf(p));
    c.zone = ZoneId.of("America/New_York");
    p = c.period(c.zone);
    assertEquals("[2025-03-01T05:00:00Z, 2025-04-01T04:00:00Z) America/New_York", p.toString());
    assertEquals(Instant.parse("2025-04-01T04:00:00Z"), c.asOf(p), "not before the period ends");
  }

  @Test
  void theSampleWithAsOfFollowsTheGeneralRule() {
    StatementCommand c = new StatementCommand(Cli.NOW, false);
    c.asOf = Instant.parse("2025-05-10T00:00:00Z");
    ReportingPeriod p = c.period(StatementCommand.UTC);
    assertEquals("[2025-04-01T00:00:00Z, 2025-05-01T00:00:00Z) UTC", p.toString());
    assertEquals(c.asOf, c.asOf(p));
  }

  // ---- strict and lenient

  @Test
  void strictByDefaultARejectedRecordExitsThreeAfterListingEveryRejection() {
    Cli.Run r = Cli.run("statement", "--tmf", HOSTILE, "--month", "2025-03", "--format", "json");
    assertEquals(Main.REJECTED, r.code(), r.toString());
    assertEquals("", r.out(), "nothing stated");
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.get(0).startsWith("ossvalue statement: 8 records rejected"), r.err());
    assertEquals(9, lines.size(), r.err());
    assertTrue(
        lines.contains(
            "  product.json[1] id=P-9 productPrice[0].price.dutyFreeAmount.value: amount must be"
                + " >= 0, was -45.00 EUR"),
        r.err());
    for (String line : lines.subList(1, lines.size())) {
      assertTrue(line.matches("  [\\w.]+\\.(json|ndjson)\\b.*"), "names its file: " + line);
    }
  }

  @Test
  void lenientStatesTheAcceptedRecordsAndListsTheRejectionsInTheDataQuality() {
    Cli.Run r =
        Cli.run(
            "statement",
            "--tmf",
            HOSTILE,
            "--month",
            "2025-03",
            "--as-of",
            "2025-04-01T00:00Z",
            "--lenient",
            "--format",
            "json");
    assertEquals(Main.OK, r.code(), r.toString());
    JsonNode q = r.json().get("dataQuality");
    assertEquals(8, q.get("rejected").size(), q.toPrettyString());
    JsonNode first = q.get("rejected").get(0);
    assertTrue(first.has("file") && first.has("reason"), first.toString());
    assertTrue(r.err().contains("8 records rejected; stated the accepted records"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void lenientTextListsTheRejectionsToo() {
    Cli.Run r =
        Cli.run(
            "statement",
            "--tmf",
            HOSTILE,
            "--month",
            "2025-03",
            "--as-of",
            "2025-04-01T00:00Z",
            "--lenient");
    assertEquals(Main.OK, r.code(), r.toString());
    assertTrue(r.out().contains("id=P-9"), r.out());
  }

  // ---- usage errors

  @Test
  void usageErrorsExitTwoWithOneLineAndNothingStated(@TempDir Path dir) throws IOException {
    Path unknownKey = dir.resolve("bad.properties");
    Files.writeString(unknownKey, "severity.mjor = 0.4\n");
    Path yaml = dir.resolve("config.yaml");
    Files.writeString(yaml, "a: b\n");
    String[][] cases = {
      {"--month", "2025-13"},
      {"--month", "March"},
      {"--month", "2025-03", "--from", "2025-03-01T00:00Z", "--to", "2025-04-01T00:00Z"},
      {"--from", "2025-03-01T00:00Z"},
      {"--to", "2025-03-01T00:00Z"},
      {"--from", "2025-04-01T00:00Z", "--to", "2025-03-01T00:00Z"},
      {"--zone", "Mars/Olympus_Mons"},
      {"--as-of", "yesterday"},
      {"--as-of", "2025-04-01T00:00"},
      {"--format", "xml"},
      {"--format", "JSON"},
      {"--tmf", "/no/such/export"},
      {"--tmf", Cli.resource("fixtures-dev/product.json").toString()},
      {"--config", unknownKey.toString()},
      {"--config", yaml.toString()},
      {"--config", dir.resolve("missing.json").toString()},
      {"--out", dir.toString()},
      {"--out", dir.resolve("no/such/dir/s.html").toString()},
      {"--bogus"},
      {"positional"}
    };
    for (String[] c : cases) {
      String[] args = new String[c.length + 1];
      args[0] = "statement";
      System.arraycopy(c, 0, args, 1, c.length);
      Cli.Run r = Cli.run(args);
      String what = String.join(" ", c) + " -> " + r;
      assertEquals(Main.USAGE, r.code(), what);
      assertEquals("", r.out(), what);
      assertEquals(1, r.err().lines().count(), what);
      assertTrue(r.err().startsWith("ossvalue statement: "), what);
    }
  }

  @Test
  void usageErrorMessagesNameTheProblem(@TempDir Path dir) throws IOException {
    assertTrue(Cli.run("statement", "--month", "2025-13").err().contains("YYYY-MM"));
    assertTrue(
        Cli.run("statement", "--month", "2025-03", "--from", "2025-03-01T00:00Z")
            .err()
            .contains("--month and --from/--to are mutually exclusive"));
    assertTrue(Cli.run("statement", "--zone", "Mars/Olympus_Mons").err().contains("Mars"));
    assertTrue(Cli.run("statement", "--format", "xml").err().contains("xml"));
    Path config = dir.resolve("c.properties");
    Files.writeString(config, "severity.mjor = 0.4\nchurn.enterprise.margn = 0.3\n");
    String err = Cli.run("statement", "--config", config.toString()).err();
    assertTrue(err.contains("unknown keys churn.enterprise.margn, severity.mjor"), err);
  }

  // ---- --config

  @Test
  void aConfigFileChangesAParameterAndTheStatementShowsIt(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("netco.properties");
    Files.writeString(
        config,
        "# major alarms degrade by 0.4 instead of 0.5\nseverity.major = 0.4\n",
        StandardCharsets.UTF_8);
    Cli.Run r =
        Cli.run(
            "statement",
            "--tmf",
            NETCO,
            "--month",
            "2025-03",
            "--as-of",
            "2025-04-01T00:00Z",
            "--config",
            config.toString(),
            "--format",
            "json");
    assertEquals(Main.OK, r.code(), r.toString());
    JsonNode s = r.json();
    assertTrue(
        parameter(s, "severityMapping").contains("major=0.4"), s.get("parameters").toString());
    assertTrue(
        byConnection(s.at("/revenueAtRisk/byConnection"), "money").contains("P-1004 75.97 EUR"),
        "450.00 × 0.4 × 18840 / 44640 = 75.967…");
  }

  @Test
  void aJsonConfigSetsChurnCoefficientsAndSlaPresets(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("netco.json");
    Files.writeString(
        config,
        """
        {
          "churn": {
            "default": { "perIncident": [0.1, 0.2, 0.3], "margin": 0.4 },
            "enterprise": { "perImpactHour": 0.05 }
          },
          "sla": { "policy": { "SLA-9002": "businessGold" } },
          "counterfactual.detectionDelayMinutes": [5, 15, 45]
        }
        """,
        StandardCharsets.UTF_8);
    Cli.Run r =
        Cli.run(
            "statement",
            "--tmf",
            NETCO,
            "--month",
            "2025-03",
            "--as-of",
            "2025-04-01T00:00Z",
            "--config",
            config.toString(),
            "--format",
            "json");
    assertEquals(Main.OK, r.code(), r.toString());
    JsonNode s = r.json();
    assertTrue(parameter(s, "churn").contains("margin 0.4"), parameter(s, "churn"));
    assertTrue(parameter(s, "churn").contains("enterprise"), parameter(s, "churn"));
    assertTrue(
        parameter(s, "slaPolicy SLA-9002").contains("Business Gold"),
        s.get("parameters").toString());
    assertEquals(
        "15 (5 to 45)",
        parameter(s, "counterfactual detectionDelayMinutes without faultManagement"));
    assertNotEquals("0.00 EUR, 0.00 GBP", money(s.at("/headline/churnExposure")));
    assertEquals(
        "199.49 EUR, 120.00 GBP",
        money(s.at("/slaCredits/totals")),
        "SLA-9002 as Gold: P-1005 at 99.5296 % is below 99.95, 10 % of 89.90 = 8.99 more");
  }

  // ---- formats and --out

  @Test
  void outWritesTheFileAndSaysSoOnStandardError(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("netco.html");
    Cli.Run r =
        Cli.run(
            "statement",
            "--tmf",
            NETCO,
            "--month",
            "2025-03",
            "--as-of",
            "2025-04-01T00:00Z",
            "--format",
            "html",
            "--out",
            html.toString());
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals("", r.out());
    assertEquals("ossvalue statement: wrote " + html + " (text/html)", r.err().strip());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<html"), page.substring(0, Math.min(200, page.length())));
  }

  @Test
  void theOfficialV5ExamplesAreStatedLenientlyWithoutACrash() {
    Path official =
        Path.of("..", "..", "adapters", "tmf", "src", "test", "resources", "official-v5");
    assertTrue(Files.isDirectory(official), official.toAbsolutePath().toString());
    Cli.Run strict = Cli.run("statement", "--tmf", official.toString(), "--format", "json");
    assertTrue(strict.code() == Main.OK || strict.code() == Main.REJECTED, strict.toString());
    Cli.Run r = Cli.run("statement", "--tmf", official.toString(), "--lenient", "--format", "json");
    assertEquals(Main.OK, r.code(), r.toString());
    assertTrue(r.json().has("headline"), r.out());
    for (String format : List.of("text", "csv", "html")) {
      Cli.Run f =
          Cli.run("statement", "--tmf", official.toString(), "--lenient", "--format", format);
      assertEquals(Main.OK, f.code(), format + ": " + f);
    }
  }

  @Test
  void helpListsTheStatementSubcommandAndItsOptions() {
    Cli.Run top = Cli.run("--help");
    assertTrue(top.out().contains("statement"), top.out());
    Cli.Run r = Cli.run("statement", "--help");
    assertEquals(Main.OK, r.code());
    for (String option :
        List.of(
            "--tmf",
            "--month",
            "--from",
            "--to",
            "--zone",
            "--as-of",
            "--format",
            "--out",
            "--lenient",
            "--config")) {
      assertTrue(r.out().contains(option), option + " in " + r.out());
    }
  }
}
