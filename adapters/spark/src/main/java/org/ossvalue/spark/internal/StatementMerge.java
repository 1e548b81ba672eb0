package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.RevenueAttribution;
import org.ossvalue.core.attribution.Game;
import org.ossvalue.core.attribution.OssFunction;
import org.ossvalue.core.attribution.ProtectionSums;
import org.ossvalue.core.statement.AmountLines;
import org.ossvalue.core.statement.AvailabilityFigure;
import org.ossvalue.core.statement.BreakdownRow;
import org.ossvalue.core.statement.Breakdowns;
import org.ossvalue.core.statement.CoalitionValue;
import org.ossvalue.core.statement.CreditLines;
import org.ossvalue.core.statement.DataQuality;
import org.ossvalue.core.statement.EnabledLines;
import org.ossvalue.core.statement.ExcludedEntry;
import org.ossvalue.core.statement.FulfilmentLines;
import org.ossvalue.core.statement.FunctionShare;
import org.ossvalue.core.statement.Gaps;
import org.ossvalue.core.statement.Headline;
import org.ossvalue.core.statement.HeadlineEvidence;
import org.ossvalue.core.statement.HeadlineExplanations;
import org.ossvalue.core.statement.ImpactLine;
import org.ossvalue.core.statement.LeakageLines;
import org.ossvalue.core.statement.LostLines;
import org.ossvalue.core.statement.OfferingInsight;
import org.ossvalue.core.statement.Parameter;
import org.ossvalue.core.statement.RangeLines;
import org.ossvalue.core.statement.RiskLines;
import org.ossvalue.core.statement.StatementConfig;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.core.valuation.ledger.Ledger;
import org.ossvalue.core.valuation.ledger.Ledgers;

/**
 * The driver's half: sums the partitions' exact figures and assembles the whole base's {@link
 * ValueStatement} the way {@code ValueStatement.assess} does (padding to every currency, breakdown
 * order, top impacts, product insight, attribution over the summed counterfactual game).
 */
public final class StatementMerge {

  private final SortedSet<String> currencies = new TreeSet<>();
  private final Map<String, Map<Optional<String>, MoneyTotals.Accumulator>> sums = new HashMap<>();
  private final Map<String, Map<Optional<String>, Map<Optional<String>, BigDecimal>>> plain =
      new HashMap<>();
  private final Map<String, Map<Optional<String>, Map<Optional<String>, Long>>> counts =
      new HashMap<>();
  private final Map<String, SortedSet<String>> texts = new HashMap<>();
  private final TreeMap<Long, Parameter> parameters = new TreeMap<>();
  private final List<ImpactLine> tops = new ArrayList<>();
  private final Map<String, HeadlineEvidence> evidence = new TreeMap<>();
  private final Map<String, Map<String, BigDecimal>> games = new TreeMap<>();
  private String guard = "";

  /** Adds the partitions' small rows (every tag but entries, exclusions, impacts and lines). */
  public StatementMerge add(List<Row> parts) {
    for (Row r : parts) {
      String tag = r.getString(0);
      String name = r.getString(1);
      Optional<String> key = Optional.ofNullable(r.getString(2));
      Optional<String> currency = Optional.ofNullable(r.getString(3));
      switch (tag) {
        case UnitStatement.CURRENCY -> currencies.add(currency.orElseThrow());
        case UnitStatement.SUM -> {
          BigDecimal v = new BigDecimal(r.getString(4));
          if (name.equals("game")) {
            addGame(currency.orElseThrow(), key.orElse(""), v);
          } else if (currency.isPresent()
              && !name.contains("availability")
              && !name.equals("insight.minutes")) {
            sums.computeIfAbsent(name, k -> new HashMap<>())
                .computeIfAbsent(key, k -> MoneyTotals.accumulator())
                .add(v, Money.currency(currency.get()));
          } else {
            plain
                .computeIfAbsent(name, k -> new HashMap<>())
                .computeIfAbsent(key, k -> new TreeMap<>(OPTIONAL_ORDER))
                .merge(currency, v, BigDecimal::add);
          }
        }
        case UnitStatement.COUNT ->
            counts
                .computeIfAbsent(name, k -> new HashMap<>())
                .computeIfAbsent(key, k -> new TreeMap<>(OPTIONAL_ORDER))
                .merge(currency, r.getLong(5), Long::sum);
        case UnitStatement.TEXT -> {
          if (name.equals("guard")) {
            guard = key.orElse("");
          } else {
            texts.computeIfAbsent(name, k -> new TreeSet<>()).add(key.orElseThrow());
          }
        }
        case UnitStatement.PARAMETER ->
            parameters.putIfAbsent(r.getLong(5), Parameter.of(name, key.orElse("")));
        case UnitStatement.TOP -> tops.add(EntryRows.impact(r.getStruct(8)));
        case UnitStatement.EVIDENCE -> {
          HeadlineEvidence e = EvidenceRows.evidence(r.getStruct(10));
          evidence.merge(e.key(), e, HeadlineEvidence::merge);
        }
        default -> throw new IllegalArgumentException("not a small part: " + tag);
      }
    }
    return this;
  }

  private void addGame(String currency, String coalition, BigDecimal v) {
    games.computeIfAbsent(currency, k -> new HashMap<>()).merge(coalition, v, BigDecimal::add);
  }

  private static final Comparator<Optional<String>> OPTIONAL_ORDER =
      Comparator.comparing((Optional<String> k) -> k.isEmpty()).thenComparing(k -> k.orElse(""));

  /** Per-currency exact totals of every additive figure and ledger, as a statement pads them. */
  public Map<String, List<Money>> totals() {
    Map<String, List<Money>> result = new TreeMap<>();
    sums.forEach(
        (name, byKey) -> {
          if (byKey.containsKey(Optional.<String>empty())
              && !name.startsWith("breakdown.")
              && !name.startsWith("insight.")) {
            result.put(name, pad(byKey.get(Optional.<String>empty()).toTotals()));
          }
        });
    return result;
  }

  /**
   * The whole base's statement, its headline explained from the units' merged evidence. Lines
   * (connections, impacts, per-connection amounts, credits, orders, leakage items) stay in the
   * DataFrames; {@code entries} and {@code exclusions} fill the ledgers when given (else the
   * ledgers are empty and {@link #totals()} hold their totals).
   */
  public ValueStatement statement(
      ReportingPeriod period,
      Instant asOf,
      StatementConfig config,
      DataQuality dataQuality,
      List<LedgerEntry> entries,
      List<GuardExclusion> exclusions) {
    Headline headline =
        Headline.builder()
            .connected(padded("headline.connected"))
            .mrr(padded("headline.mrr"))
            .enabled(padded("headline.enabled"))
            .protectedRevenue(padded("headline.protectedRevenue"))
            .atRisk(padded("headline.atRisk"))
            .plannedAtRisk(padded("headline.plannedAtRisk"))
            .lost(padded("headline.lost"))
            .credits(padded("headline.credits"))
            .usageLost(padded("headline.usageLost"))
            .delayed(padded("headline.delayed"))
            .leakage(padded("headline.leakage"))
            .churnExposure(padded("headline.churnExposure"))
            .revenueWeightedAvailability(revenueWeighted("availability", Optional.empty()))
            .connectionWeightedAvailability(connectionWeighted("availability", Optional.empty()))
            .build();

    Map<LedgerKind, List<LedgerEntry>> byKind = new EnumMap<>(LedgerKind.class);
    for (LedgerKind k : LedgerKind.values()) {
      byKind.put(k, new ArrayList<>());
    }
    List<LedgerEntry> sorted = new ArrayList<>(entries);
    sorted.sort(ENTRY_ORDER);
    sorted.forEach(e -> byKind.get(e.kind()).add(e));
    Map<LedgerKind, Ledger> ledgerMap = new TreeMap<>();
    byKind.forEach((k, list) -> ledgerMap.put(k, Ledger.of(k, list)));
    List<GuardExclusion> excluded = new ArrayList<>(exclusions);
    excluded.sort(Comparator.comparing(GuardExclusion::entry, ENTRY_ORDER));
    Ledgers ledgers =
        Ledgers.builder().asOf(asOf).guard(guard).ledgers(ledgerMap).excluded(excluded).build();

    List<FunctionShare> attribution = new ArrayList<>();
    List<OssFunction> players = config.counterfactual().players();
    for (Money pool : padded("protectedRevenue.central")) {
      if (pool.rounded().isZero()) {
        continue;
      }
      Currency c = pool.currency();
      Map<String, BigDecimal> v = games.getOrDefault(c.getCurrencyCode(), Map.of());
      Game game =
          Game.of(
              players,
              coalition -> v.getOrDefault(key(players, coalition), BigDecimal.ZERO),
              "revenue protected in " + c + " at central parameters, " + period);
      RevenueAttribution a = config.attribution().attribute(pool, game);
      a.shares().forEach(s -> attribution.add(FunctionShare.of(s.contributor(), s.amount())));
    }

    return ValueStatement.builder()
        .period(period)
        .asOf(asOf)
        .headline(headline)
        .revenueAtRisk(
            RiskLines.builder()
                .totals(padded("revenueAtRisk.totals"))
                .plannedTotals(padded("revenueAtRisk.plannedTotals"))
                .build())
        .usageLost(AmountLines.builder().totals(padded("usageLost.totals")).build())
        .slaCredits(CreditLines.builder().totals(padded("slaCredits.totals")).build())
        .fulfilment(
            FulfilmentLines.builder()
                .pulledForward(padded("fulfilment.pulledForward"))
                .delayed(padded("fulfilment.delayed"))
                .capacityLost(padded("fulfilment.capacityLost"))
                .activatedMrr(padded("fulfilment.activatedMrr"))
                .forecastDelay(padded("fulfilment.forecastDelay"))
                .build())
        .enabled(
            EnabledLines.builder()
                .activated(padded("enabled.activated"))
                .pulledForward(padded("enabled.pulledForward"))
                .includedInActivated(padded("enabled.includedInActivated"))
                .total(padded("enabled.total"))
                .activatedMrr(padded("enabled.activatedMrr"))
                .build())
        .lost(
            LostLines.builder()
                .credits(padded("lost.credits"))
                .usageLost(padded("lost.usageLost"))
                .delayed(padded("lost.delayed"))
                .capacityLost(padded("lost.capacityLost"))
                .total(padded("lost.total"))
                .build())
        .leakage(
            LeakageLines.builder()
                .totals(padded("leakage.totals"))
                .overchargeTotals(padded("leakage.overchargeTotals"))
                .notAssessable(text("leakage.notAssessable"))
                .notAssessableExpected(padded("leakage.notAssessableExpected"))
                .usageRated(padded("leakage.usageRated"))
                .usageBilled(padded("leakage.usageBilled"))
                .build())
        .churnExposure(range("churnExposure"))
        .protectedRevenue(range("protectedRevenue"))
        .attribution(attribution)
        .attributionGame(game(players))
        .breakdowns(
            Breakdowns.builder()
                .bySegment(breakdown("segment"))
                .byOffering(breakdown("offering"))
                .build())
        .topImpacts(ImpactLine.top(tops, config.topImpacts()))
        .productInsight(productInsight())
        .parameters(parameters.values())
        .dataQuality(dataQuality)
        .excluded(excludedEntries(excluded))
        .gaps(
            Gaps.builder()
                .unresolvedCauses(text("gaps.unresolvedCauses"))
                .unvaluedConnections(text("gaps.unvaluedConnections"))
                .unknownAgreements(text("gaps.unknownAgreements"))
                .unplacedBillLines(text("gaps.unplacedBillLines"))
                .unknownFigures(text("gaps.unknownFigures"))
                .unusedUsage(text("gaps.unusedUsage"))
                .build())
        .headlineEvidence(evidence.values().stream().sorted(HeadlineEvidence.ORDER).toList())
        .explanations(HeadlineExplanations.of(evidence.values(), config))
        .ledgers(ledgers)
        .build();
  }

  /** Entries in a stable order: ledger, connection, window, records, amount. */
  public static final Comparator<LedgerEntry> ENTRY_ORDER =
      Comparator.comparing((LedgerEntry e) -> e.kind())
          .thenComparing(LedgerEntry::connection)
          .thenComparing(e -> e.window().map(w -> w.start().toString()).orElse(""))
          .thenComparing(e -> e.window().map(w -> w.end().toString()).orElse(""))
          .thenComparing(e -> String.join(",", e.records()))
          .thenComparing(e -> e.amount().amount());

  private List<String> text(String name) {
    return List.copyOf(texts.getOrDefault(name, new TreeSet<>()));
  }

  private List<Money> padded(String name) {
    MoneyTotals.Accumulator acc = sums.getOrDefault(name, Map.of()).get(Optional.<String>empty());
    return pad(acc == null ? MoneyTotals.empty() : acc.toTotals());
  }

  private List<Money> pad(MoneyTotals totals) {
    List<Money> padded = new ArrayList<>(currencies.size());
    for (String code : currencies) {
      padded.add(totals.get(code));
    }
    for (Money m : totals.all()) {
      if (!currencies.contains(m.currency().getCurrencyCode())) {
        throw new IllegalStateException("statement currencies " + currencies + " miss " + m);
      }
    }
    return padded;
  }

  private List<Money> unpadded(String name, Optional<String> key) {
    MoneyTotals.Accumulator acc = sums.getOrDefault(name, Map.of()).get(key);
    return acc == null ? List.of() : acc.toTotals().all();
  }

  private RangeLines range(String name) {
    return RangeLines.builder()
        .low(padded(name + ".low"))
        .central(padded(name + ".central"))
        .high(padded(name + ".high"))
        .build();
  }

  private List<AvailabilityFigure> revenueWeighted(String name, Optional<String> key) {
    Map<Optional<String>, BigDecimal> sold = plainOf(name + ".sold", key);
    List<AvailabilityFigure> figures = new ArrayList<>();
    sold.forEach(
        (currency, s) -> {
          if (currency.isPresent()) {
            figures.add(
                AvailabilityFigure.of(
                    currency,
                    s,
                    plainOf(name + ".lostUnplanned", key).getOrDefault(currency, BigDecimal.ZERO),
                    plainOf(name + ".lostPlanned", key).getOrDefault(currency, BigDecimal.ZERO)));
          }
        });
    return figures;
  }

  private AvailabilityFigure connectionWeighted(String name, Optional<String> key) {
    Optional<String> none = Optional.empty();
    return AvailabilityFigure.of(
        none,
        plainOf(name + ".sold", key).getOrDefault(none, BigDecimal.ZERO),
        plainOf(name + ".lostUnplanned", key).getOrDefault(none, BigDecimal.ZERO),
        plainOf(name + ".lostPlanned", key).getOrDefault(none, BigDecimal.ZERO));
  }

  private Map<Optional<String>, BigDecimal> plainOf(String name, Optional<String> key) {
    return plain.getOrDefault(name, Map.of()).getOrDefault(key, new TreeMap<>(OPTIONAL_ORDER));
  }

  private List<BreakdownRow> breakdown(String dimension) {
    String p = "breakdown." + dimension + ".";
    List<Optional<String>> keys =
        new ArrayList<>(counts.getOrDefault(p + "connections", Map.of()).keySet());
    keys.sort(OPTIONAL_ORDER);
    List<BreakdownRow> rows = new ArrayList<>(keys.size());
    for (Optional<String> k : keys) {
      long n =
          counts.get(p + "connections").get(k).values().stream().mapToLong(Long::longValue).sum();
      rows.add(
          BreakdownRow.builder()
              .key(k)
              .connections(n)
              .mrr(unpadded(p + "mrr", k))
              .connected(unpadded(p + "connected", k))
              .enabled(unpadded(p + "enabled", k))
              .protectedRevenue(unpadded(p + "protectedRevenue", k))
              .atRisk(unpadded(p + "atRisk", k))
              .plannedAtRisk(unpadded(p + "plannedAtRisk", k))
              .lost(unpadded(p + "lost", k))
              .credits(unpadded(p + "credits", k))
              .usageLost(unpadded(p + "usageLost", k))
              .delayed(unpadded(p + "delayed", k))
              .leakage(unpadded(p + "leakage", k))
              .churnExposure(unpadded(p + "churnExposure", k))
              .revenueWeightedAvailability(revenueWeighted(p + "availability", k))
              .connectionWeightedAvailability(connectionWeighted(p + "availability", k))
              .build());
    }
    return rows;
  }

  private List<OfferingInsight> productInsight() {
    List<OfferingInsight> rows = new ArrayList<>();
    counts
        .getOrDefault("insight.impacts", Map.of())
        .forEach(
            (offering, byCurrency) ->
                byCurrency.forEach(
                    (currency, impacts) -> {
                      String code = currency.orElseThrow();
                      BigDecimal minutes =
                          plainOf("insight.minutes", offering)
                              .getOrDefault(currency, BigDecimal.ZERO);
                      Money atRisk = sums.get("insight.atRisk").get(offering).toTotals().get(code);
                      rows.add(OfferingInsight.of(offering, code, impacts, minutes, atRisk));
                    }));
    rows.sort(OfferingInsight.ORDER);
    return rows;
  }

  /** The summed game, as a statement lists it: per currency, coalitions in mask order. */
  private List<CoalitionValue> game(List<OssFunction> players) {
    List<CoalitionValue> result = new ArrayList<>();
    List<List<String>> coalitions = ProtectionSums.coalitionsOf(players);
    games.forEach(
        (code, v) -> {
          for (List<String> functions : coalitions) {
            BigDecimal value = v.getOrDefault(String.join(",", functions), BigDecimal.ZERO);
            result.add(CoalitionValue.of(functions, Money.of(value, Money.currency(code))));
          }
        });
    return result;
  }

  /** A coalition's key in the partitions' rows: its functions in player order, comma-joined. */
  private static String key(List<OssFunction> players, java.util.Set<OssFunction> coalition) {
    List<String> names = new ArrayList<>();
    for (OssFunction p : players) {
      if (coalition.contains(p)) {
        names.add(p.name());
      }
    }
    return String.join(",", names);
  }

  private static List<ExcludedEntry> excludedEntries(List<GuardExclusion> exclusions) {
    List<ExcludedEntry> excluded = new ArrayList<>();
    for (GuardExclusion x : exclusions) {
      excluded.add(
          ExcludedEntry.builder()
              .ledger(x.entry().kind().label())
              .connection(x.entry().connection())
              .money(x.entry().amount())
              .rule(x.rule().label())
              .reason(x.reason())
              .records(List.copyOf(x.entry().records()))
              .countedIn(x.countedIn())
              .build());
    }
    return excluded;
  }

  /** The statement currencies seen. */
  public SortedSet<String> currencies() {
    return currencies;
  }
}
