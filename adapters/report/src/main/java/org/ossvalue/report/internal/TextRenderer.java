package org.ossvalue.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.AvailabilityFigure;
import org.ossvalue.core.statement.BreakdownRow;
import org.ossvalue.core.statement.CreditRow;
import org.ossvalue.core.statement.DataQuality;
import org.ossvalue.core.statement.ExcludedEntry;
import org.ossvalue.core.statement.FunctionShare;
import org.ossvalue.core.statement.Gaps;
import org.ossvalue.core.statement.Headline;
import org.ossvalue.core.statement.ImpactLine;
import org.ossvalue.core.statement.LeakageItem;
import org.ossvalue.core.statement.Parameter;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.report.StatementRenderer;

/**
 * A value statement for people, in plain text: the headline (one column per currency), then
 * attribution and breakdowns, the largest impacts, credits and leaks, then data quality, what could
 * not be valued, and the parameters used. Lists that grow with the operator (credits, leaks,
 * rejections) show their first {@value #LIST_LIMIT} lines and say how many more there are.
 */
public enum TextRenderer implements StatementRenderer {
  /** The one instance. */
  INSTANCE;

  /** Lines shown of a list that grows with the operator. */
  static final int LIST_LIMIT = 25;

  private static final String NL = "\n";

  @Override
  public void render(ValueStatement s, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(8192);
    Headline h = s.headline();
    List<String> currencies = Figures.currencies(h);
    b.append("OSS value statement").append(NL);
    b.append("Period   ")
        .append(s.period().from())
        .append(" to ")
        .append(s.period().to())
        .append(" (")
        .append(s.period().zone().getId())
        .append(")")
        .append(NL);
    b.append("As of    ").append(s.asOf()).append(NL);
    b.append("Records  ")
        .append(s.connections().size())
        .append(" connections, ")
        .append(s.impacts().size())
        .append(" impact windows, ")
        .append(s.fulfilment().orders().size())
        .append(" orders")
        .append(NL)
        .append(NL);

    headline(b, h, currencies);
    attribution(b, s.attribution());
    breakdown(b, "By segment", "segment", s.breakdowns().bySegment(), currencies);
    breakdown(b, "By offering", "offering", s.breakdowns().byOffering(), currencies);
    topImpacts(b, s.topImpacts());
    credits(b, s.slaCredits().byConnection());
    leakage(b, s);
    dataQuality(b, s.dataQuality());
    gaps(b, s.gaps(), s.excluded());
    parameters(b, s.parameters());
    out.write(b.toString());
    out.flush();
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public String toString() {
    return "StatementRenderer.text()";
  }

  private static void headline(StringBuilder b, Headline h, List<String> currencies) {
    title(b, "Headline");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-34s", ""));
    currencies.forEach(c -> head.append(String.format(Locale.ROOT, "%16s", c)));
    b.append(head.toString().stripTrailing()).append(NL);
    line(b, "Revenue connected", h.connected(), currencies);
    line(b, "Active MRR at period end", h.mrr(), currencies);
    line(b, "Revenue enabled", h.enabled(), currencies);
    line(b, "Revenue protected (central)", h.protectedRevenue(), currencies);
    line(b, "Revenue at risk (unplanned)", h.atRisk(), currencies);
    line(b, "Revenue at risk (planned work)", h.plannedAtRisk(), currencies);
    line(b, "Revenue lost", h.lost(), currencies);
    line(b, "  of which SLA credits owed", h.credits(), currencies);
    line(b, "  of which usage revenue lost", h.usageLost(), currencies);
    line(b, "  of which revenue delayed", h.delayed(), currencies);
    line(b, "Revenue leaking (not billed)", h.leakage(), currencies);
    line(b, "Churn exposure (central)", h.churnExposure(), currencies);
    StringBuilder avail =
        new StringBuilder(String.format(Locale.ROOT, "%-34s", "Availability, revenue-weighted"));
    StringBuilder planned =
        new StringBuilder(String.format(Locale.ROOT, "%-34s", "  including planned work"));
    for (String c : currencies) {
      Optional<AvailabilityFigure> a = Figures.availability(h.revenueWeightedAvailability(), c);
      avail.append(
          String.format(
              Locale.ROOT, "%16s", a.map(x -> Figures.percent(x.unplanned())).orElse("–")));
      planned.append(
          String.format(
              Locale.ROOT, "%16s", a.map(x -> Figures.percent(x.includingPlanned())).orElse("–")));
    }
    b.append(avail).append(NL).append(planned).append(NL);
    AvailabilityFigure cw = h.connectionWeightedAvailability();
    b.append(
            String.format(
                Locale.ROOT,
                "%-34s%s (%s including planned work)",
                "Availability, connection-weighted",
                Figures.percent(cw.unplanned()),
                Figures.percent(cw.includingPlanned())))
        .append(NL)
        .append(NL);
  }

  private static void line(
      StringBuilder b, String label, List<Money> amounts, List<String> currencies) {
    StringBuilder l = new StringBuilder(String.format(Locale.ROOT, "%-34s", label));
    for (String c : currencies) {
      l.append(
          String.format(
              Locale.ROOT, "%16s", Figures.of(amounts, c).map(Figures::amount).orElse("–")));
    }
    b.append(l).append(NL);
  }

  private static void attribution(StringBuilder b, List<FunctionShare> shares) {
    title(b, "Revenue protected, by OSS function (central)");
    if (shares.isEmpty()) {
      b.append("  nothing protected in the period").append(NL);
    }
    for (FunctionShare f : shares) {
      b.append(String.format(Locale.ROOT, "  %-32s%18s", f.function(), Figures.money(f.money())))
          .append(NL);
    }
    b.append(NL);
  }

  private static void breakdown(
      StringBuilder b, String title, String key, List<BreakdownRow> rows, List<String> currencies) {
    title(b, title);
    b.append(
            String.format(
                Locale.ROOT,
                "  %-22s %5s %4s %13s %12s %12s %12s %12s %9s",
                key,
                "conns",
                "cur",
                "connected",
                "at risk",
                "lost",
                "leakage",
                "protected",
                "avail."))
        .append(NL);
    for (BreakdownRow r : rows) {
      boolean first = true;
      for (String c : currencies) {
        if (Figures.of(r.connected(), c).isEmpty() && Figures.of(r.mrr(), c).isEmpty()) {
          continue;
        }
        b.append(
                String.format(
                    Locale.ROOT,
                    "  %-22s %5s %4s %13s %12s %12s %12s %12s %9s",
                    first ? cut(r.key().orElse("(none)"), 22) : "",
                    first ? Long.toString(r.connections()) : "",
                    c,
                    amount(r.connected(), c),
                    amount(r.atRisk(), c),
                    amount(r.lost(), c),
                    amount(r.leakage(), c),
                    amount(r.protectedRevenue(), c),
                    Figures.availability(r.revenueWeightedAvailability(), c)
                        .map(a -> Figures.percent(a.unplanned()))
                        .orElse("–")))
            .append(NL);
        first = false;
      }
      if (first) {
        b.append(
                String.format(
                    Locale.ROOT,
                    "  %-22s %5d %4s",
                    cut(r.key().orElse("(none)"), 22),
                    r.connections(),
                    "–"))
            .append(NL);
      }
    }
    b.append(NL);
  }

  private static void topImpacts(StringBuilder b, List<ImpactLine> impacts) {
    title(b, "Largest unplanned impacts, by revenue at risk");
    if (impacts.isEmpty()) {
      b.append("  none").append(NL);
    }
    for (ImpactLine i : impacts) {
      b.append(
              String.format(
                  Locale.ROOT,
                  "  %-14s %16s  %s → %s  d=%s  %s min  %s",
                  i.connection(),
                  i.revenueAtRisk().map(Figures::money).orElse("not valued"),
                  i.start(),
                  i.end(),
                  Figures.degradation(i.degradation()),
                  Figures.minutes(i.minutes()),
                  String.join(" ", i.causes())))
          .append(NL);
    }
    b.append(NL);
  }

  private static void credits(StringBuilder b, List<CreditRow> rows) {
    List<CreditRow> owed = new ArrayList<>();
    rows.stream()
        .filter(r -> r.money().signum() != 0)
        .sorted(Figures.largestFirst(CreditRow::money, CreditRow::connection))
        .forEach(owed::add);
    title(b, "SLA credits owed (" + owed.size() + " of " + rows.size() + " assessed)");
    limited(
        b,
        owed,
        r ->
            String.format(
                Locale.ROOT,
                "  %-14s %-12s %s  %10s  %16s%s",
                r.connection(),
                r.agreement(),
                r.billingPeriod().start().toString().substring(0, 10),
                r.availability().setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString()
                    + " %",
                Figures.money(r.money()),
                r.provisional() ? "  (provisional)" : ""));
    b.append(NL);
  }

  private static void leakage(StringBuilder b, ValueStatement s) {
    title(b, "Revenue leaking (" + s.leakage().items().size() + ")");
    limited(
        b,
        sortedLeaks(s),
        (LeakageItem i) ->
            String.format(
                Locale.ROOT,
                "  %-12s %-14s %-20s %16s  (expected %s, billed %s)",
                i.account(),
                i.connection().orElse("–"),
                i.kind(),
                Figures.money(i.money()),
                Figures.money(i.expected()),
                Figures.money(i.billed())));
    if (!s.leakage().notAssessable().isEmpty()) {
      b.append("  not assessable (no bill in the period): ")
          .append(String.join(", ", first(s.leakage().notAssessable())))
          .append(more(s.leakage().notAssessable()))
          .append(NL);
    }
    b.append(NL);
  }

  private static List<LeakageItem> sortedLeaks(ValueStatement s) {
    List<LeakageItem> items = new ArrayList<>(s.leakage().items());
    items.sort(
        Figures.largestFirst(
            LeakageItem::money, i -> i.account() + " " + i.connection().orElse("")));
    return items;
  }

  private static void dataQuality(StringBuilder b, DataQuality q) {
    title(b, "Data quality");
    if (q.files().isEmpty()) {
      b.append("  no reader facts (records supplied in code)").append(NL);
    } else {
      b.append(
              String.format(
                  Locale.ROOT,
                  "  %-34s %-28s %8s %9s %9s %10s %9s",
                  "file",
                  "kind",
                  "read",
                  "accepted",
                  "rejected",
                  "duplicates",
                  "warnings"))
          .append(NL);
      for (DataQuality.FileCount f : q.files()) {
        b.append(
                String.format(
                    Locale.ROOT,
                    "  %-34s %-28s %8d %9d %9d %10d %9d",
                    cut(f.file(), 34),
                    cut(f.kind(), 28),
                    f.read(),
                    f.accepted(),
                    f.rejected(),
                    f.duplicates(),
                    f.warnings()))
            .append(NL);
      }
    }
    b.append("  Rejected (").append(q.rejected().size()).append("):").append(NL);
    limited(b, q.rejected(), i -> "    " + i);
    b.append("  Warnings (").append(q.warnings().size()).append("):").append(NL);
    limited(b, q.warnings(), i -> "    " + i);
    b.append(NL);
  }

  private static void gaps(StringBuilder b, Gaps g, List<ExcludedEntry> excluded) {
    title(b, "Not valued, and why");
    int before = b.length();
    gap(b, "causes placed nowhere", g.unresolvedCauses());
    gap(b, "impacted connections without MRR", g.unvaluedConnections());
    gap(b, "unknown SLA agreements", g.unknownAgreements());
    gap(b, "bill lines placed in no period", g.unplacedBillLines());
    gap(b, "fulfilment figures unknown", g.unknownFigures());
    gap(b, "usage records not used", g.unusedUsage());
    if (!excluded.isEmpty()) {
      b.append("  kept out by the double-count guard (")
          .append(excluded.size())
          .append("):")
          .append(NL);
      limited(b, excluded, e -> "    " + e);
    }
    if (b.length() == before) {
      b.append("  nothing").append(NL);
    }
    b.append(NL);
  }

  private static void gap(StringBuilder b, String what, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    b.append("  ").append(what).append(" (").append(items.size()).append("):").append(NL);
    limited(b, items, i -> "    " + i);
  }

  private static void parameters(StringBuilder b, List<Parameter> parameters) {
    title(b, "Parameters used");
    for (Parameter p : parameters) {
      b.append("  ").append(p.name()).append(" = ").append(p.value()).append(NL);
    }
  }

  private static void title(StringBuilder b, String title) {
    b.append(title).append(NL).append("-".repeat(title.length())).append(NL);
  }

  private static <T> void limited(StringBuilder b, List<T> items, Function<T, String> line) {
    for (T item : first(items)) {
      b.append(line.apply(item)).append(NL);
    }
    if (items.size() > LIST_LIMIT) {
      b.append("    … and ").append(items.size() - LIST_LIMIT).append(" more").append(NL);
    }
  }

  private static <T> List<T> first(List<T> items) {
    return items.size() > LIST_LIMIT ? items.subList(0, LIST_LIMIT) : items;
  }

  private static String more(List<?> items) {
    return items.size() > LIST_LIMIT ? " … and " + (items.size() - LIST_LIMIT) + " more" : "";
  }

  private static String amount(List<Money> amounts, String currency) {
    return Figures.of(amounts, currency).map(Figures::amount).orElse("–");
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
