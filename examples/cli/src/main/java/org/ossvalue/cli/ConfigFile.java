package org.ossvalue.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.ossvalue.core.Severity;
import org.ossvalue.core.attribution.AttributionStrategy;
import org.ossvalue.core.attribution.CounterfactualConfig;
import org.ossvalue.core.attribution.MonteCarloConfig;
import org.ossvalue.core.attribution.OssFunction;
import org.ossvalue.core.attribution.ParameterRange;
import org.ossvalue.core.statement.StatementConfig;
import org.ossvalue.core.valuation.Estimate;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.core.valuation.SeverityMapping;
import org.ossvalue.core.valuation.churn.ChurnConfig;
import org.ossvalue.core.valuation.churn.ChurnParameters;
import org.ossvalue.core.valuation.churn.ChurnUplift;
import org.ossvalue.core.valuation.fulfilment.FulfilmentBasis;
import org.ossvalue.core.valuation.fulfilment.FulfilmentConfig;
import org.ossvalue.core.valuation.leakage.LeakageConfig;
import org.ossvalue.core.valuation.ledger.DoubleCountGuard;
import org.ossvalue.core.valuation.ledger.GuardRule;
import org.ossvalue.core.valuation.sla.AvailabilityConfig;
import org.ossvalue.core.valuation.sla.ClockStart;
import org.ossvalue.core.valuation.sla.DowntimeRule;
import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.core.valuation.sla.SlaPolicyConfig;
import org.ossvalue.core.valuation.sla.SlaPresets;

/**
 * The {@code --config FILE} of {@code ossvalue statement}: strategy parameters as flat keys, in a
 * {@code .properties} file ({@code severity.major = 0.4}) or a {@code .json} file (the same keys,
 * flat {@code {"severity.major": 0.4}} or nested {@code {"severity": {"major": 0.4}}}; a range may
 * be an array {@code [10, 30, 60]}). Every key has a default (docs/cli.md lists them); a key not
 * listed is an error naming it. The result is a {@link StatementConfig}, whose {@code parameters()}
 * the statement prints.
 */
final class ConfigFile {

  /** A problem with the file: a usage error naming the file and the key. */
  static final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigException(String message) {
      super(message);
    }

    ConfigException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The segment name whose churn parameters apply to every other segment. */
  static final String DEFAULT_SEGMENT = "default";

  private static final String CHURN = "churn.";
  private static final String SLA_POLICY = "sla.policy.";
  private static final String BASELINE = "fulfilment.baseline.";
  private static final String WEIGHT = "attribution.weight.";

  /** The fields of {@code churn.<segment>.<field>}. */
  static final Set<String> CHURN_FIELDS =
      Set.of(
          "baselineMonthlyChurn",
          "margin",
          "monthlyDiscountRate",
          "horizonMonths",
          "lookback",
          "halfLife",
          "perIncident",
          "perImpactHour",
          "plannedCounts");

  /** The keys with a fixed name; docs/cli.md documents each. */
  static final Set<String> KEYS =
      Set.of(
          "severity.critical",
          "severity.major",
          "severity.minor",
          "severity.warning",
          "severity.indeterminate",
          "timeValue.method",
          "timeValue.flatMonth",
          "sla.downtimeRule",
          "sla.plannedExcluded",
          "sla.minimumOutage",
          "sla.clockStart",
          "sla.zone",
          "churn.uplift",
          "fulfilment.defaultBaseline",
          "fulfilment.capacityReasons",
          "fulfilment.ledgerBasis",
          "leakage.toleranceMinorUnits",
          "counterfactual.detectionDelayMinutes",
          "counterfactual.restoreMultiplier",
          "counterfactual.recurrence",
          "counterfactual.changeCausedShare",
          "attribution.method",
          "attribution.samples",
          "attribution.seed",
          "guard.rules",
          "topImpacts",
          "usageFromRecords",
          "parallelism");

  /** The keys named after something in the data: an agreement, an offering, a function. */
  static final List<String> PATTERN_KEYS =
      List.of("sla.policy.", "fulfilment.baseline.", "attribution.weight.");

  private final String file;

  private ConfigFile(String file) {
    this.file = file;
  }

  /** Reads a {@code .properties} or {@code .json} file into a configuration. */
  static StatementConfig read(Path path) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    ConfigFile f = new ConfigFile(path.toString());
    if (!Files.isRegularFile(path)) {
      throw new ConfigException(
          "--config must be a file, was "
              + path
              + (Files.exists(path) ? " (a directory)" : " (does not exist)"));
    }
    Map<String, String> entries;
    if (lower.endsWith(".properties")) {
      entries = f.properties(path);
    } else if (lower.endsWith(".json")) {
      entries = f.json(path);
    } else {
      throw new ConfigException(
          "--config must be a .properties or .json file, was " + path.getFileName());
    }
    return f.toConfig(entries);
  }

  /** The configuration these flat entries describe (exposed for tests). */
  static StatementConfig of(String file, Map<String, String> entries) {
    return new ConfigFile(file).toConfig(entries);
  }

  private Map<String, String> properties(Path path) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    Map<String, String> entries = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      entries.put(key.trim(), p.getProperty(key).trim());
    }
    return entries;
  }

  private Map<String, String> json(Path path) {
    Map<String, String> entries = new LinkedHashMap<>();
    JsonFactory factory =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        JsonParser p = factory.createParser(r)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ConfigException(file + ": must hold one JSON object");
      }
      object(p, "", entries);
      if (p.nextToken() != null) {
        throw new ConfigException(file + ": must hold one JSON object, found more after it");
      }
    } catch (JsonParseException e) {
      throw new ConfigException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    return entries;
  }

  private void object(JsonParser p, String prefix, Map<String, String> entries) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = prefix + p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        object(p, key + ".", entries);
      } else if (t == JsonToken.START_ARRAY) {
        List<String> items = new ArrayList<>();
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
          if (!item.isScalarValue() || item == JsonToken.VALUE_NULL) {
            throw new ConfigException(
                file + ": " + key + " must be an array of numbers or strings");
          }
          items.add(p.getText().trim());
        }
        put(entries, key, String.join(",", items));
      } else if (t == JsonToken.VALUE_NULL) {
        throw new ConfigException(
            file + ": " + key + " must not be null (leave the key out for its default)");
      } else {
        put(entries, key, p.getText().trim());
      }
    }
  }

  private void put(Map<String, String> entries, String key, String value) {
    if (entries.put(key, value) != null) {
      throw new ConfigException(file + ": " + key + " is given twice");
    }
  }

  private StatementConfig toConfig(Map<String, String> entries) {
    List<String> unknown = new ArrayList<>();
    for (String key : entries.keySet()) {
      if (!known(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new ConfigException(
          file
              + ": unknown key"
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown)
              + " (docs/cli.md lists every key)");
    }
    Values v = new Values(entries);
    try {
      StatementConfig.Builder b = StatementConfig.builder();
      b.severityMapping(severity(v));
      RevenueAtRiskStrategy timeValue = timeValue(v);
      b.revenueAtRisk(timeValue);
      AvailabilityConfig measurement = measurement(v);
      b.slaMeasurement(measurement);
      slaPolicies(v, measurement).forEach(b::addSlaPolicies);
      b.churn(churn(v));
      b.fulfilment(fulfilment(v, timeValue));
      b.leakage(leakage(v, timeValue));
      b.counterfactual(counterfactual(v));
      b.attribution(attribution(v));
      b.guard(guard(v));
      v.integer("topImpacts").ifPresent(b::topImpacts);
      v.bool("usageFromRecords").ifPresent(b::usageFromRecords);
      v.integer("parallelism").ifPresent(b::parallelism);
      return b.build();
    } catch (ConfigException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
  }

  private static boolean known(String key) {
    if (KEYS.contains(key)) {
      return true;
    }
    for (String prefix : List.of(SLA_POLICY, BASELINE, WEIGHT)) {
      if (key.startsWith(prefix) && key.length() > prefix.length()) {
        return true;
      }
    }
    if (key.startsWith(CHURN)) {
      int dot = key.lastIndexOf('.');
      return dot > CHURN.length() && CHURN_FIELDS.contains(key.substring(dot + 1));
    }
    return false;
  }

  private SeverityMapping severity(Values v) {
    boolean any = false;
    Map<Severity, BigDecimal> table = new EnumMap<>(Severity.class);
    table.put(Severity.CRITICAL, SeverityMapping.DEFAULT_CRITICAL);
    table.put(Severity.MAJOR, SeverityMapping.DEFAULT_MAJOR);
    table.put(Severity.MINOR, SeverityMapping.DEFAULT_MINOR);
    table.put(Severity.WARNING, BigDecimal.ZERO);
    table.put(Severity.INDETERMINATE, BigDecimal.ZERO);
    for (Severity s : Severity.values()) {
      String key = "severity." + s.name().toLowerCase(Locale.ROOT);
      Optional<BigDecimal> d = v.decimal(key);
      if (d.isPresent()) {
        any = true;
        if (d.get().signum() < 0 || d.get().compareTo(BigDecimal.ONE) > 0) {
          throw v.invalid(key, "a degradation in [0, 1]");
        }
        table.put(s, d.get());
      }
    }
    boolean defaults = true;
    for (Severity s : Severity.values()) {
      BigDecimal d =
          switch (s) {
            case CRITICAL -> SeverityMapping.DEFAULT_CRITICAL;
            case MAJOR -> SeverityMapping.DEFAULT_MAJOR;
            case MINOR -> SeverityMapping.DEFAULT_MINOR;
            case WARNING, INDETERMINATE -> BigDecimal.ZERO;
          };
      defaults &= table.get(s).compareTo(d) == 0;
    }
    return any && !defaults ? SeverityMapping.of(table) : StatementConfig.DEFAULT_SEVERITY_MAPPING;
  }

  private RevenueAtRiskStrategy timeValue(Values v) {
    String method = v.text("timeValue.method").orElse("calendarAccurate");
    Optional<Duration> month = v.duration("timeValue.flatMonth");
    switch (method) {
      case "calendarAccurate" -> {
        if (month.isPresent()) {
          throw v.invalid("timeValue.flatMonth", "given only with timeValue.method = flatRate");
        }
        return StatementConfig.DEFAULT_REVENUE_AT_RISK;
      }
      case "flatRate" -> {
        if (month.isPresent() && (month.get().isNegative() || month.get().isZero())) {
          throw v.invalid("timeValue.flatMonth", "a positive duration such as P30D");
        }
        return month.map(RevenueAtRiskStrategy::flatRate).orElse(RevenueAtRiskStrategy.flatRate());
      }
      default -> throw v.invalid("timeValue.method", "calendarAccurate or flatRate");
    }
  }

  private AvailabilityConfig measurement(Values v) {
    AvailabilityConfig.Builder b = AvailabilityConfig.builder();
    v.text("sla.downtimeRule").ifPresent(rule -> b.downtimeRule(downtimeRule(v, rule)));
    v.bool("sla.plannedExcluded").ifPresent(b::plannedExcluded);
    v.duration("sla.minimumOutage").ifPresent(b::minimumOutage);
    v.text("sla.clockStart")
        .ifPresent(
            c ->
                b.clockStart(
                    switch (c) {
                      case "alarm" -> ClockStart.ALARM;
                      case "ticket" -> ClockStart.TICKET;
                      case "ticketElseAlarm" -> ClockStart.TICKET_ELSE_ALARM;
                      default ->
                          throw v.invalid("sla.clockStart", "alarm, ticket or ticketElseAlarm");
                    }));
    v.text("sla.zone")
        .ifPresent(
            z -> {
              try {
                b.zone(java.time.ZoneId.of(z));
              } catch (java.time.DateTimeException e) {
                throw v.invalid("sla.zone", "a zone id such as UTC or Europe/Berlin");
              }
            });
    return b.build();
  }

  private static DowntimeRule downtimeRule(Values v, String rule) {
    if (rule.equals("fullOutageOnly")) {
      return DowntimeRule.fullOutageOnly();
    }
    if (rule.equals("degradationWeighted")) {
      return DowntimeRule.degradationWeighted();
    }
    if (rule.startsWith("atLeast:")) {
      try {
        BigDecimal threshold = new BigDecimal(rule.substring("atLeast:".length()).trim());
        if (threshold.signum() > 0 && threshold.compareTo(BigDecimal.ONE) <= 0) {
          return DowntimeRule.atLeast(threshold);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw v.invalid(
        "sla.downtimeRule", "fullOutageOnly, degradationWeighted or atLeast:<d> with d in (0, 1]");
  }

  private List<SlaPolicy> slaPolicies(Values v, AvailabilityConfig measurement) {
    List<SlaPolicy> policies = new ArrayList<>();
    for (String key : v.keysStartingWith(SLA_POLICY)) {
      String agreement = key.substring(SLA_POLICY.length());
      String preset = v.text(key).orElseThrow();
      SlaPolicyConfig config =
          switch (preset) {
            case "businessGold" -> SlaPresets.businessGold();
            case "businessSilver" -> SlaPresets.businessSilver();
            case "publicCloudMonthly" -> SlaPresets.publicCloudMonthly();
            case "telcoPerHour" -> SlaPresets.telcoPerHour();
            default ->
                throw v.invalid(
                    key, "businessGold, businessSilver, publicCloudMonthly or telcoPerHour");
          };
      policies.add(
          SlaPolicy.of(
              agreement, SlaPolicyConfig.builder().from(config).availability(measurement).build()));
    }
    return policies;
  }

  private ChurnConfig churn(Values v) {
    ChurnConfig.Builder b = ChurnConfig.builder();
    v.text("churn.uplift")
        .ifPresent(
            u ->
                b.uplift(
                    switch (u) {
                      case "proportionalHazards" -> ChurnUplift.proportionalHazards();
                      case "linear" -> ChurnUplift.linear();
                      default -> throw v.invalid("churn.uplift", "proportionalHazards or linear");
                    }));
    Set<String> segments = new TreeSet<>();
    for (String key : v.keysStartingWith(CHURN)) {
      if (!key.equals("churn.uplift")) {
        segments.add(key.substring(CHURN.length(), key.lastIndexOf('.')));
      }
    }
    ChurnParameters fallback = churnParameters(v, DEFAULT_SEGMENT, ChurnParameters.defaults());
    b.fallback(fallback);
    for (String segment : segments) {
      if (!segment.equals(DEFAULT_SEGMENT)) {
        b.putBySegment(segment, churnParameters(v, segment, fallback));
      }
    }
    return b.build();
  }

  private ChurnParameters churnParameters(Values v, String segment, ChurnParameters base) {
    String p = CHURN + segment + ".";
    ChurnParameters.Builder b = ChurnParameters.builder().from(base);
    v.decimal(p + "baselineMonthlyChurn").ifPresent(b::baselineMonthlyChurn);
    v.decimal(p + "margin").ifPresent(b::margin);
    v.decimal(p + "monthlyDiscountRate").ifPresent(b::monthlyDiscountRate);
    v.integer(p + "horizonMonths").ifPresent(b::horizonMonths);
    v.duration(p + "lookback").ifPresent(b::lookback);
    v.duration(p + "halfLife").ifPresent(b::halfLife);
    v.range(p + "perIncident").ifPresent(r -> b.perIncident(Estimate.of(r[0], r[1], r[2])));
    v.range(p + "perImpactHour").ifPresent(r -> b.perImpactHour(Estimate.of(r[0], r[1], r[2])));
    v.bool(p + "plannedCounts").ifPresent(b::plannedCounts);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": " + p + e.getMessage(), e);
    }
  }

  private FulfilmentConfig fulfilment(Values v, RevenueAtRiskStrategy timeValue) {
    FulfilmentConfig.Builder b = FulfilmentConfig.builder().timeValue(timeValue);
    for (String key : v.keysStartingWith(BASELINE)) {
      b.putBaselineLeadTimes(key.substring(BASELINE.length()), v.duration(key).orElseThrow());
    }
    v.duration("fulfilment.defaultBaseline").ifPresent(b::defaultBaselineLeadTime);
    v.list("fulfilment.capacityReasons").ifPresent(r -> b.capacityReasons(new TreeSet<>(r)));
    v.text("fulfilment.ledgerBasis")
        .ifPresent(
            basis ->
                b.ledgerBasis(
                    switch (basis) {
                      case "requestedDate" -> FulfilmentBasis.REQUESTED_DATE;
                      case "baseline" -> FulfilmentBasis.BASELINE;
                      default ->
                          throw v.invalid("fulfilment.ledgerBasis", "requestedDate or baseline");
                    }));
    return b.build();
  }

  private static LeakageConfig leakage(Values v, RevenueAtRiskStrategy timeValue) {
    LeakageConfig.Builder b = LeakageConfig.builder().proRata(timeValue);
    v.decimal("leakage.toleranceMinorUnits").ifPresent(b::toleranceMinorUnits);
    return b.build();
  }

  private static CounterfactualConfig counterfactual(Values v) {
    CounterfactualConfig.Builder b = CounterfactualConfig.builder();
    Function<String[], ParameterRange> range = r -> ParameterRange.of(r[0], r[1], r[2]);
    v.range("counterfactual.detectionDelayMinutes").map(range).ifPresent(b::detectionDelayMinutes);
    v.range("counterfactual.restoreMultiplier").map(range).ifPresent(b::restoreMultiplier);
    v.range("counterfactual.recurrence").map(range).ifPresent(b::recurrence);
    v.range("counterfactual.changeCausedShare").map(range).ifPresent(b::changeCausedShare);
    return b.build();
  }

  private static AttributionStrategy attribution(Values v) {
    String method = v.text("attribution.method").orElse("shapley");
    List<String> weights = v.keysStartingWith(WEIGHT);
    boolean monteCarlo = method.equals("shapleyMonteCarlo");
    if (!monteCarlo) {
      for (String key : List.of("attribution.samples", "attribution.seed")) {
        if (v.has(key)) {
          throw v.invalid(key, "given only with attribution.method = shapleyMonteCarlo");
        }
      }
    }
    if (!method.equals("proportional") && !weights.isEmpty()) {
      throw v.invalid(weights.get(0), "given only with attribution.method = proportional");
    }
    switch (method) {
      case "shapley" -> {
        return StatementConfig.DEFAULT_ATTRIBUTION;
      }
      case "equal" -> {
        return AttributionStrategy.equal();
      }
      case "removalEffect" -> {
        return AttributionStrategy.removalEffect();
      }
      case "shapleyMonteCarlo" -> {
        MonteCarloConfig.Builder mc = MonteCarloConfig.builder();
        v.integer("attribution.samples").ifPresent(mc::samples);
        v.longValue("attribution.seed").ifPresent(mc::seed);
        return AttributionStrategy.shapleyMonteCarlo(mc.build());
      }
      case "proportional" -> {
        if (weights.isEmpty()) {
          throw v.invalid(
              "attribution.method",
              "proportional only with attribution.weight.<function> keys, such as"
                  + " attribution.weight.faultManagement = 2");
        }
        Map<OssFunction, BigDecimal> w = new LinkedHashMap<>();
        for (String key : weights) {
          w.put(OssFunction.of(key.substring(WEIGHT.length())), v.decimal(key).orElseThrow());
        }
        return AttributionStrategy.proportional(w);
      }
      default ->
          throw v.invalid(
              "attribution.method",
              "shapley, shapleyMonteCarlo, equal, proportional or removalEffect");
    }
  }

  private static DoubleCountGuard guard(Values v) {
    Optional<List<String>> rules = v.list("guard.rules");
    if (rules.isEmpty()) {
      return StatementConfig.DEFAULT_GUARD;
    }
    if (rules.get().equals(List.of("none"))) {
      return DoubleCountGuard.none();
    }
    Set<GuardRule> set = EnumSet.noneOf(GuardRule.class);
    for (String label : rules.get()) {
      GuardRule rule = null;
      for (GuardRule r : GuardRule.values()) {
        if (r.label().equals(label)) {
          rule = r;
        }
      }
      if (rule == null) {
        List<String> labels = new ArrayList<>();
        for (GuardRule r : GuardRule.values()) {
          labels.add(r.label());
        }
        throw v.invalid("guard.rules", "none, or a list of " + String.join(", ", labels));
      }
      set.add(rule);
    }
    return DoubleCountGuard.of(set);
  }

  /** Typed access to the entries, with errors naming the file, the key and the value. */
  private final class Values {
    private final Map<String, String> entries;

    Values(Map<String, String> entries) {
      this.entries = entries;
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }

    List<String> keysStartingWith(String prefix) {
      List<String> keys = new ArrayList<>();
      for (String k : entries.keySet()) {
        if (k.startsWith(prefix)) {
          keys.add(k);
        }
      }
      keys.sort(null);
      return keys;
    }

    ConfigException invalid(String key, String expected) {
      return new ConfigException(
          file + ": " + key + " must be " + expected + ", was " + entries.getOrDefault(key, ""));
    }

    Optional<String> text(String key) {
      String value = entries.get(key);
      if (value == null) {
        return Optional.empty();
      }
      if (value.isEmpty()) {
        throw invalid(key, "a value (leave the key out for its default)");
      }
      return Optional.of(value);
    }

    Optional<BigDecimal> decimal(String key) {
      return text(key)
          .map(
              t -> {
                try {
                  return new BigDecimal(t);
                } catch (NumberFormatException e) {
                  throw invalid(key, "a decimal number");
                }
              });
    }

    Optional<Integer> integer(String key) {
      return text(key)
          .map(
              t -> {
                try {
                  return Integer.parseInt(t);
                } catch (NumberFormatException e) {
                  throw invalid(key, "a whole number");
                }
              });
    }

    Optional<Long> longValue(String key) {
      return text(key)
          .map(
              t -> {
                try {
                  return Long.parseLong(t);
                } catch (NumberFormatException e) {
                  throw invalid(key, "a whole number");
                }
              });
    }

    Optional<Boolean> bool(String key) {
      return text(key)
          .map(
              t -> {
                if (t.equals("true")) {
                  return Boolean.TRUE;
                }
                if (t.equals("false")) {
                  return Boolean.FALSE;
                }
                throw invalid(key, "true or false");
              });
    }

    Optional<Duration> duration(String key) {
      return text(key)
          .map(
              t -> {
                try {
                  return Duration.parse(t);
                } catch (DateTimeParseException e) {
                  throw invalid(key, "an ISO-8601 duration such as P10D, PT36H or PT15M");
                }
              });
    }

    Optional<List<String>> list(String key) {
      return text(key)
          .map(
              t -> {
                List<String> items = new ArrayList<>();
                for (String item : t.split(",", -1)) {
                  if (item.isBlank()) {
                    throw invalid(key, "a comma-separated list without empty items");
                  }
                  items.add(item.trim());
                }
                return items;
              });
    }

    /** One decimal (low = central = high) or three: low, central, high. */
    Optional<String[]> range(String key) {
      return list(key)
          .map(
              items -> {
                List<BigDecimal> d = new ArrayList<>();
                for (String i : items) {
                  try {
                    d.add(new BigDecimal(i));
                  } catch (NumberFormatException e) {
                    throw invalid(key, "one decimal, or three (low, central, high)");
                  }
                }
                if (d.size() == 1) {
                  return new String[] {items.get(0), items.get(0), items.get(0)};
                }
                if (d.size() != 3) {
                  throw invalid(key, "one decimal, or three (low, central, high)");
                }
                if (d.get(0).compareTo(d.get(1)) > 0 || d.get(1).compareTo(d.get(2)) > 0) {
                  throw invalid(key, "three decimals with low <= central <= high");
                }
                return items.toArray(new String[0]);
              });
    }
  }
}
