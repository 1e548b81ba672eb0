package org.ossvalue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossvalue.core.statement.StatementConfig;

/** The {@code --config} file: keys, defaults, both syntaxes, and errors that name the key. */
class ConfigFileTest {

  /** Every key that has a default value, written as docs/cli.md gives the default. */
  private static final Map<String, String> DOCUMENTED_DEFAULTS = new LinkedHashMap<>();

  static {
    DOCUMENTED_DEFAULTS.put("severity.critical", "1");
    DOCUMENTED_DEFAULTS.put("severity.major", "0.5");
    DOCUMENTED_DEFAULTS.put("severity.minor", "0.25");
    DOCUMENTED_DEFAULTS.put("severity.warning", "0");
    DOCUMENTED_DEFAULTS.put("severity.indeterminate", "0");
    DOCUMENTED_DEFAULTS.put("timeValue.method", "calendarAccurate");
    DOCUMENTED_DEFAULTS.put("sla.downtimeRule", "fullOutageOnly");
    DOCUMENTED_DEFAULTS.put("sla.plannedExcluded", "true");
    DOCUMENTED_DEFAULTS.put("sla.minimumOutage", "PT0S");
    DOCUMENTED_DEFAULTS.put("sla.clockStart", "alarm");
    DOCUMENTED_DEFAULTS.put("churn.uplift", "proportionalHazards");
    DOCUMENTED_DEFAULTS.put("churn.default.baselineMonthlyChurn", "0.01");
    DOCUMENTED_DEFAULTS.put("churn.default.margin", "1");
    DOCUMENTED_DEFAULTS.put("churn.default.monthlyDiscountRate", "0.01");
    DOCUMENTED_DEFAULTS.put("churn.default.horizonMonths", "12");
    DOCUMENTED_DEFAULTS.put("churn.default.lookback", "P90D");
    DOCUMENTED_DEFAULTS.put("churn.default.halfLife", "P30D");
    DOCUMENTED_DEFAULTS.put("churn.default.perIncident", "0");
    DOCUMENTED_DEFAULTS.put("churn.default.perImpactHour", "0");
    DOCUMENTED_DEFAULTS.put("churn.default.plannedCounts", "false");
    DOCUMENTED_DEFAULTS.put(
        "fulfilment.capacityReasons", "noCapacity,insufficientCapacity,lackOfCapacity,capacity");
    DOCUMENTED_DEFAULTS.put("fulfilment.ledgerBasis", "requestedDate");
    DOCUMENTED_DEFAULTS.put("leakage.toleranceMinorUnits", "0.5");
    DOCUMENTED_DEFAULTS.put("counterfactual.detectionDelayMinutes", "10,30,60");
    DOCUMENTED_DEFAULTS.put("counterfactual.restoreMultiplier", "1.5,2,3");
    DOCUMENTED_DEFAULTS.put("counterfactual.recurrence", "0.1,0.25,0.5");
    DOCUMENTED_DEFAULTS.put("counterfactual.changeCausedShare", "0.05,0.1,0.2");
    DOCUMENTED_DEFAULTS.put("attribution.method", "shapley");
    DOCUMENTED_DEFAULTS.put(
        "guard.rules",
        "duplicateEntry,terminatedConnectionChurn,usageLostFullyCredited,"
            + "revenueAtRiskFullyCredited,pulledForwardNotBilled");
    DOCUMENTED_DEFAULTS.put("topImpacts", "10");
    DOCUMENTED_DEFAULTS.put("usageFromRecords", "true");
    DOCUMENTED_DEFAULTS.put("parallelism", "1");
  }

  private static ConfigFile.ConfigException error(Map<String, String> entries) {
    return assertThrows(
        ConfigFile.ConfigException.class, () -> ConfigFile.of("c.properties", entries));
  }

  @Test
  void anEmptyFileIsTheDefaults(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("empty.properties");
    Files.writeString(empty, "# nothing\n");
    assertEquals(StatementConfig.defaults().parameters(), ConfigFile.read(empty).parameters());
    Path json = dir.resolve("empty.json");
    Files.writeString(json, "{ }");
    assertEquals(StatementConfig.defaults().parameters(), ConfigFile.read(json).parameters());
  }

  @Test
  void everyDocumentedDefaultIsTheDefault() {
    assertEquals(
        StatementConfig.defaults().parameters(),
        ConfigFile.of("defaults.properties", DOCUMENTED_DEFAULTS).parameters());
  }

  @Test
  void everyKeyIsDocumentedInCliMd() throws IOException {
    String doc = Files.readString(Path.of("..", "..", "docs", "cli.md"), StandardCharsets.UTF_8);
    for (String key : ConfigFile.KEYS) {
      assertTrue(doc.contains("`" + key + "`") || doc.contains("`" + key + " "), key);
    }
    for (String field : ConfigFile.CHURN_FIELDS) {
      assertTrue(doc.contains("`churn.<segment>." + field + "`"), field);
    }
    for (String prefix : ConfigFile.PATTERN_KEYS) {
      assertTrue(doc.contains("`" + prefix + "<"), prefix);
    }
    for (String key : DOCUMENTED_DEFAULTS.keySet()) {
      String documented = key.replace("churn.default.", "churn.<segment>.");
      assertTrue(doc.contains("`" + documented + "`"), documented);
    }
  }

  @Test
  void jsonNestedFlatAndPropertiesAreTheSame(@TempDir Path dir) throws IOException {
    Path props = dir.resolve("c.properties");
    Files.writeString(
        props,
        """
        severity.major = 0.4
        churn.enterprise.perIncident = 0.1, 0.2, 0.3
        sla.policy.SLA-9001 = telcoPerHour
        fulfilment.baseline.FIBRE-1G = P10D
        attribution.method = proportional
        attribution.weight.faultManagement = 2
        attribution.weight.incidentManagement = 1
        """);
    Path nested = dir.resolve("nested.json");
    Files.writeString(
        nested,
        """
        {"severity": {"major": 0.4},
         "churn": {"enterprise": {"perIncident": [0.1, 0.2, 0.3]}},
         "sla": {"policy": {"SLA-9001": "telcoPerHour"}},
         "fulfilment": {"baseline": {"FIBRE-1G": "P10D"}},
         "attribution": {"method": "proportional",
                         "weight": {"faultManagement": 2, "incidentManagement": 1}}}
        """);
    Path flat = dir.resolve("flat.json");
    Files.writeString(
        flat,
        """
        {"severity.major": "0.4", "churn.enterprise.perIncident": "0.1,0.2,0.3",
         "sla.policy.SLA-9001": "telcoPerHour", "fulfilment.baseline.FIBRE-1G": "P10D",
         "attribution.method": "proportional", "attribution.weight.faultManagement": 2,
         "attribution.weight.incidentManagement": 1}
        """);
    StatementConfig expected = ConfigFile.read(props);
    assertEquals(expected.parameters(), ConfigFile.read(nested).parameters());
    assertEquals(expected.parameters(), ConfigFile.read(flat).parameters());
    String printed = expected.parameters().toString();
    assertTrue(printed.contains("major=0.4"), printed);
    assertTrue(printed.contains("Telco per hour"), printed);
    assertTrue(printed.contains("FIBRE-1G"), printed);
    assertTrue(printed.contains("faultManagement"), printed);
  }

  @Test
  void aSegmentStartsFromTheDefaultSegment() {
    StatementConfig c =
        ConfigFile.of(
            "c.properties",
            Map.of("churn.default.margin", "0.3", "churn.smb.perImpactHour", "0.01,0.02,0.04"));
    var smb = c.churn().bySegment().get("smb");
    assertEquals("0.3", smb.margin().toPlainString());
    assertEquals("0.02 [0.01, 0.04]", smb.perImpactHour().toString());
    assertEquals("0.3", c.churn().fallback().margin().toPlainString());
  }

  @Test
  void errorsNameTheFileTheKeyAndTheValue() {
    assertEquals(
        "c.properties: unknown key severity.mjor (docs/cli.md lists every key)",
        error(Map.of("severity.mjor", "0.4")).getMessage());
    assertEquals(
        "c.properties: severity.major must be a degradation in [0, 1], was 1.5",
        error(Map.of("severity.major", "1.5")).getMessage());
    assertEquals(
        "c.properties: topImpacts must be a whole number, was ten",
        error(Map.of("topImpacts", "ten")).getMessage());
    assertEquals(
        "c.properties: counterfactual.recurrence must be three decimals with low <= central <="
            + " high, was 0.5,0.25,0.1",
        error(Map.of("counterfactual.recurrence", "0.5,0.25,0.1")).getMessage());
    assertTrue(
        error(Map.of("churn.default.margin", "1.5")).getMessage().contains("margin"),
        "core's check, with the key's prefix");
    assertTrue(
        error(Map.of("churn.margin", "0.5")).getMessage().contains("unknown key churn.margin"));
    assertTrue(
        error(Map.of("attribution.method", "proportional"))
            .getMessage()
            .contains("attribution.weight."));
    assertTrue(
        error(Map.of("attribution.samples", "10"))
            .getMessage()
            .contains("only with attribution.method = shapleyMonteCarlo"));
    assertTrue(error(Map.of("sla.policy.SLA-1", "platinum")).getMessage().contains("businessGold"));
    for (String key : List.of("sla.minimumOutage", "fulfilment.defaultBaseline")) {
      assertTrue(error(Map.of(key, "10 days")).getMessage().contains("ISO-8601"), key);
    }
  }

  @Test
  void badJsonIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"severity\": {\"major\": 0.4,}}");
    assertTrue(
        assertThrows(ConfigFile.ConfigException.class, () -> ConfigFile.read(f))
            .getMessage()
            .startsWith(f + ": not valid JSON"));
    Files.writeString(f, "{\"topImpacts\": 5, \"topImpacts\": 6}");
    assertTrue(
        assertThrows(ConfigFile.ConfigException.class, () -> ConfigFile.read(f))
            .getMessage()
            .contains("topImpacts"));
    Files.writeString(f, "[1]");
    assertTrue(
        assertThrows(ConfigFile.ConfigException.class, () -> ConfigFile.read(f))
            .getMessage()
            .contains("one JSON object"));
  }
}
