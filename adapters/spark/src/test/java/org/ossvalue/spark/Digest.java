package org.ossvalue.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.AvailabilityFigure;
import org.ossvalue.core.statement.BreakdownRow;
import org.ossvalue.core.statement.ExcludedEntry;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.spark.internal.StatementSums;

/**
 * Every figure of a statement that a Spark run reproduces, as exact text by name, so that two
 * statements compare with one {@code assertEquals} and a difference names the figure.
 */
final class Digest {

  private Digest() {}

  static Map<String, String> of(ValueStatement s) {
    Map<String, String> d = new TreeMap<>();
    StatementSums.of(s).forEach((name, amounts) -> d.put(name, money(amounts)));
    for (LedgerKind kind : LedgerKind.values()) {
      d.put("ledger." + kind.label(), money(s.ledgers().total(kind).all()));
      d.put("ledgerEntries." + kind.label(), "" + s.ledgers().ledger(kind).entries().size());
    }
    d.put("availability.revenueWeighted", availability(s.headline().revenueWeightedAvailability()));
    d.put(
        "availability.connectionWeighted",
        availability(List.of(s.headline().connectionWeightedAvailability())));
    breakdown(d, "bySegment", s.breakdowns().bySegment());
    breakdown(d, "byOffering", s.breakdowns().byOffering());
    d.put(
        "attribution",
        s.attribution().stream()
            .map(a -> a.function() + "=" + exact(a.money()))
            .toList()
            .toString());
    d.put(
        "attributionGame",
        s.attributionGame().stream()
            .map(v -> v.functions() + "=" + exact(v.value()))
            .toList()
            .toString());
    d.put("topImpacts", s.topImpacts().toString());
    d.put(
        "productInsight",
        s.productInsight().stream()
            .map(
                o ->
                    o.offering()
                        + " "
                        + o.currency()
                        + " "
                        + o.impacts()
                        + " "
                        + plain(o.incidentMinutes())
                        + " "
                        + exact(o.atRisk())
                        + " "
                        + exact(o.perIncidentMinute()))
            .toList()
            .toString());
    d.put("parameters", s.parameters().toString());
    List<String> excluded = new ArrayList<>();
    for (ExcludedEntry x : s.excluded()) {
      excluded.add(x.ledger() + " " + x.connection() + " " + exact(x.money()) + " " + x.rule());
    }
    excluded.sort(null);
    d.put("excluded", excluded.toString());
    d.put("gaps.unresolvedCauses", sorted(s.gaps().unresolvedCauses()));
    d.put("gaps.unvaluedConnections", sorted(s.gaps().unvaluedConnections()));
    d.put("gaps.unknownAgreements", sorted(s.gaps().unknownAgreements()));
    d.put("gaps.unplacedBillLines", sorted(s.gaps().unplacedBillLines()));
    d.put("gaps.unknownFigures", sorted(s.gaps().unknownFigures()));
    d.put("gaps.unusedUsage", sorted(s.gaps().unusedUsage()));
    d.put("leakage.notAssessable", sorted(s.leakage().notAssessable()));
    for (Explanation e : s.explanations()) {
      d.put("explanation " + e.figure(), e.toString());
    }
    d.put("explanations", s.explanations().stream().map(Explanation::figure).toList().toString());
    return d;
  }

  /**
   * The digest of a single-machine statement as a run that keeps its ledgers in the lake can be
   * compared with it ({@link #ofLake}): ledger totals per currency without zeros, entries counted
   * per ledger, exclusions counted.
   */
  static Map<String, String> forLake(ValueStatement s) {
    Map<String, String> d = of(s);
    for (LedgerKind kind : LedgerKind.values()) {
      d.put("ledger." + kind.label(), nonZero(s.ledgers().total(kind).all()));
    }
    d.put("excluded", "" + s.excluded().size());
    return d;
  }

  /**
   * The digest of a run whose ledgers stayed in the lake ({@code ledgersOnDriver(false)}): ledger
   * totals from its exact figures, entries and exclusions counted in its tables.
   */
  static Map<String, String> ofLake(SparkStatementResult r) {
    Map<String, String> d = of(r.statement());
    Map<String, Long> counts = new TreeMap<>();
    r.ledgerEntries()
        .groupBy("ledger")
        .count()
        .collectAsList()
        .forEach(row -> counts.put(row.getString(0), row.getLong(1)));
    for (LedgerKind kind : LedgerKind.values()) {
      d.put(
          "ledger." + kind.label(),
          nonZero(r.figures().getOrDefault("ledger." + kind.label(), List.of())));
      d.put("ledgerEntries." + kind.label(), "" + counts.getOrDefault(kind.label(), 0L));
    }
    d.put("excluded", "" + r.exclusions().count());
    return d;
  }

  private static String nonZero(List<Money> amounts) {
    return money(amounts.stream().filter(m -> m.signum() != 0).toList());
  }

  /** The figures that differ: name -> expected | actual. */
  static Map<String, String> diff(Map<String, String> expected, Map<String, String> actual) {
    Map<String, String> d = new TreeMap<>();
    java.util.Set<String> keys = new java.util.TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    for (String k : keys) {
      String e = expected.get(k);
      String a = actual.get(k);
      if (!java.util.Objects.equals(e, a)) {
        d.put(k, e + " | " + a);
      }
    }
    return d;
  }

  private static void breakdown(Map<String, String> d, String name, List<BreakdownRow> rows) {
    for (BreakdownRow r : rows) {
      String p = name + "[" + r.key().orElse("-") + "].";
      d.put(p + "connections", "" + r.connections());
      d.put(p + "mrr", money(r.mrr()));
      d.put(p + "connected", money(r.connected()));
      d.put(p + "enabled", money(r.enabled()));
      d.put(p + "protectedRevenue", money(r.protectedRevenue()));
      d.put(p + "atRisk", money(r.atRisk()));
      d.put(p + "plannedAtRisk", money(r.plannedAtRisk()));
      d.put(p + "lost", money(r.lost()));
      d.put(p + "credits", money(r.credits()));
      d.put(p + "usageLost", money(r.usageLost()));
      d.put(p + "delayed", money(r.delayed()));
      d.put(p + "leakage", money(r.leakage()));
      d.put(p + "churnExposure", money(r.churnExposure()));
      d.put(p + "availability", availability(r.revenueWeightedAvailability()));
      d.put(
          p + "connectionAvailability", availability(List.of(r.connectionWeightedAvailability())));
    }
    d.put(name + ".keys", rows.stream().map(r -> r.key().orElse("-")).toList().toString());
  }

  private static String availability(List<AvailabilityFigure> figures) {
    return figures.stream()
        .map(
            a ->
                a.currency().orElse("connections")
                    + " sold "
                    + plain(a.sold())
                    + " lost "
                    + plain(a.lostUnplanned())
                    + " planned "
                    + plain(a.lostPlanned())
                    + " = "
                    + a)
        .collect(Collectors.joining(", "));
  }

  static String money(List<Money> amounts) {
    return amounts.stream().map(Digest::exact).toList().toString();
  }

  static String exact(Money m) {
    return m.currency().getCurrencyCode() + " " + plain(m.amount());
  }

  private static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  private static String sorted(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    copy.sort(null);
    return copy.toString();
  }
}
