package org.ossvalue.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.ossvalue.core.statement.OfferingInsight;
import org.ossvalue.core.statement.Parameter;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.report.StatementRenderer;

/**
 * One self-contained HTML page: inline CSS, charts as inline SVG drawn here (they show with scripts
 * off), and a Content-Security-Policy that forbids every fetch, so nothing is loaded when the page
 * is viewed. Every text from the statement is escaped.
 *
 * <p>Sections: headline tiles per currency; the value waterfall per currency (connected → enabled →
 * at risk → lost → credits → protected); revenue protected by OSS function; availability by
 * segment; the largest impacts with their causes; SLA credits owed; leakage; product insight; data
 * quality; what was not valued; how the headline was derived; the parameters used.
 *
 * <p>Every chart carries {@code data-chart}. A short inline script, run after load, checks that
 * each has a non-zero size and that no script error occurred, and writes the outcome into {@code
 * <body data-render-check="ok charts=N">} (or {@code failed: …}): a headless browser's DOM dump
 * tells a test whether the page rendered.
 */
public enum HtmlRenderer implements StatementRenderer {
  /** The one instance. */
  INSTANCE;

  /** Rows shown of a list that grows with the operator (leaks, credits, rejections, offerings). */
  static final int LIST_LIMIT = 50;

  private static final String CONNECTED = "#2563eb";
  private static final String ENABLED = "#0d9488";
  private static final String AT_RISK = "#f59e0b";
  private static final String LOST = "#dc2626";
  private static final String CREDITS = "#9f1239";
  private static final String PROTECTED = "#16a34a";
  private static final String[] PALETTE = {
    "#2563eb", "#16a34a", "#f59e0b", "#9333ea", "#0d9488", "#dc2626", "#64748b", "#db2777"
  };
  private static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);

  @Override
  public void render(ValueStatement s, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(64 * 1024);
    Headline h = s.headline();
    List<String> currencies = Figures.currencies(h);
    head(b, s);
    b.append("<body>\n<main>\n");
    b.append("<header><h1>OSS value statement</h1><p class=\"sub\">")
        .append(esc(day(s.period().from().toString())))
        .append(" to ")
        .append(esc(day(s.period().to().toString())))
        .append(" (")
        .append(esc(s.period().zone().getId()))
        .append("), as of ")
        .append(esc(s.asOf().toString()))
        .append(" · ")
        .append(s.connections().size())
        .append(" connections · ")
        .append(s.impacts().size())
        .append(" impact windows · ")
        .append(s.fulfilment().orders().size())
        .append(" orders</p></header>\n");
    if (currencies.isEmpty()) {
      b.append("<section><p class=\"empty\">No money in this statement: no connection with a")
          .append(" recurring charge.</p></section>\n");
    }
    for (String c : currencies) {
      currencySection(b, s, c);
    }
    availability(b, s);
    topImpacts(b, s.topImpacts());
    credits(b, s.slaCredits().byConnection());
    leakage(b, s);
    insight(b, s.productInsight());
    dataQuality(b, s.dataQuality());
    gaps(b, s.gaps(), s.excluded());
    explanations(b, s.explanations());
    parameters(b, s.parameters());
    b.append("<footer>Written by ossvalue. Money is exact and rounded half-even to the minor unit")
        .append(" only for display; currencies are never added together.</footer>\n");
    b.append("</main>\n");
    script(b);
    b.append("</body>\n</html>\n");
    out.write(b.toString());
    out.flush();
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public String toString() {
    return "StatementRenderer.html()";
  }

  // ---- page frame

  private static void head(StringBuilder b, ValueStatement s) {
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    b.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    b.append("<title>OSS value statement ")
        .append(esc(day(s.period().from().toString())))
        .append(" to ")
        .append(esc(day(s.period().to().toString())))
        .append("</title>\n");
    // Records script errors, console errors and blocked fetches from the very start.
    b.append("<script>(function(){var p=window.__ossvalueErrors=[];")
        .append("window.addEventListener('error',function(e){p.push(String(e.message||e));});")
        .append("document.addEventListener('securitypolicyviolation',function(e){")
        .append("p.push('blocked '+e.blockedURI);});")
        .append("var ce=console.error;console.error=function(){")
        .append("p.push('console.error '+Array.prototype.join.call(arguments,' '));")
        .append("return ce.apply(console,arguments);};})();</script>\n");
    b.append("<style>\n").append(CSS).append("</style>\n</head>\n");
  }

  private static final String CSS =
      """
      :root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f6f7f9;--card:#fff}
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,\
      "Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
      main{max-width:1140px;margin:0 auto;padding:28px 24px 48px}
      header h1{font-size:28px;margin:0 0 2px;letter-spacing:-.01em}
      .sub{color:var(--muted);margin:0 0 20px}
      section{background:var(--card);border:1px solid var(--line);border-radius:10px;\
      padding:18px 22px;margin:0 0 18px}
      h2{font-size:19px;margin:0 0 12px}
      h3{font-size:15px;margin:16px 0 8px;color:#374151}
      .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;\
      margin:0 0 16px}
      .tile{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfbfc}
      .tile .k{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
      .tile .v{font-size:20px;font-weight:650;font-variant-numeric:tabular-nums;white-space:nowrap}
      .tile .v small{font-size:12px;font-weight:500;color:var(--muted);margin-left:3px}
      .grid2{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:22px}
      @media (max-width:860px){.grid2{grid-template-columns:1fr}}
      svg.chart{display:block;width:100%;height:auto}
      svg text{font-family:inherit;font-size:12px;fill:#374151}
      svg .val{font-weight:600;font-variant-numeric:tabular-nums}
      svg .axis{stroke:#9ca3af;stroke-width:1}
      svg .link{stroke:#9ca3af;stroke-dasharray:3 3}
      .note{color:var(--muted);font-size:13px;margin:8px 0 0}
      table{border-collapse:collapse;width:100%;font-size:13.5px}
      th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
      th{font-weight:600;color:#374151;background:#fafafa}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.mono,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",\
      monospace;font-size:12.5px}
      .bar{display:inline-block;height:10px;border-radius:2px;background:#f59e0b;\
      vertical-align:middle;min-width:1px}
      .barcell{width:22%}
      .tag{display:inline-block;padding:0 6px;margin:0 3px 2px 0;border-radius:4px;\
      background:#eef2ff;color:#3730a3;font-size:12px;font-family:ui-monospace,Menlo,Consolas,\
      monospace;white-space:nowrap}
      .empty{color:var(--muted);margin:4px 0}
      .more{color:var(--muted);font-style:italic}
      details{border-top:1px solid var(--line);padding:6px 0}
      summary{cursor:pointer;font-weight:600}
      details pre{white-space:pre-wrap;font-size:12.5px;margin:6px 0 4px;color:#374151}
      .legend span{display:inline-block;margin-right:14px;font-size:13px;color:#374151}
      .legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;\
      vertical-align:-1px}
      footer{color:var(--muted);font-size:12.5px;margin-top:8px}
      """;

  private static void script(StringBuilder b) {
    b.append("<script>\n")
        .append("window.addEventListener('load',function(){\n")
        .append("  var problems=window.__ossvalueErrors.slice();\n")
        .append("  var charts=document.querySelectorAll('[data-chart]');\n")
        .append("  for(var i=0;i<charts.length;i++){var r=charts[i].getBoundingClientRect();\n")
        .append("    if(!(r.width>0&&r.height>0)){problems.push('empty chart '+")
        .append("charts[i].getAttribute('data-chart'));}}\n")
        .append("  document.body.setAttribute('data-render-check',problems.length===0?")
        .append("'ok charts='+charts.length:'failed: '+problems.join('; '));\n")
        .append("});\n</script>\n");
  }

  // ---- per currency: tiles, waterfall, attribution

  private static void currencySection(StringBuilder b, ValueStatement s, String c) {
    Headline h = s.headline();
    Money connected = amount(h.connected(), c);
    Money enabled = amount(h.enabled(), c);
    Money atRisk = amount(h.atRisk(), c);
    Money lost = amount(h.lost(), c);
    Money credits = amount(h.credits(), c);
    Money protectedRevenue = amount(h.protectedRevenue(), c);
    b.append("<section id=\"value-").append(esc(c)).append("\">\n");
    b.append("<h2>Value in ").append(esc(c)).append("</h2>\n<div class=\"tiles\">\n");
    tile(b, "Connected", connected);
    tile(b, "Active MRR", amount(h.mrr(), c));
    tile(b, "Enabled", enabled);
    tile(b, "Protected", protectedRevenue);
    tile(b, "At risk", atRisk);
    tile(b, "Planned work", amount(h.plannedAtRisk(), c));
    tile(b, "Lost", lost);
    tile(b, "SLA credits", credits);
    tile(b, "Leakage", amount(h.leakage(), c));
    tile(b, "Churn exposure", amount(h.churnExposure(), c));
    Optional<AvailabilityFigure> a = Figures.availability(h.revenueWeightedAvailability(), c);
    b.append("<div class=\"tile\"><div class=\"k\">Availability</div><div class=\"v\">")
        .append(a.map(x -> esc(Figures.percent(x.unplanned()))).orElse("–"))
        .append("</div></div>\n</div>\n");
    b.append("<div class=\"grid2\">\n<div>\n<h3>Value waterfall</h3>\n");
    waterfall(b, c, connected, enabled, atRisk, lost, credits, protectedRevenue);
    b.append("<p class=\"note\">From revenue connected in the period: <em>enabled</em> is the")
        .append(" part OSS enabled (new activations, revenue pulled forward); <em>at risk</em>")
        .append(" (service-impacted time, still billed), <em>lost</em> (usage lost, delays,")
        .append(" capacity) and <em>SLA credits</em> step down; <em>protected</em> steps up: the")
        .append(" loss OSS avoided (counterfactual, central estimate).</p>\n</div>\n");
    b.append("<div>\n<h3>Revenue protected, by OSS function</h3>\n");
    List<FunctionShare> shares = new ArrayList<>();
    s.attribution().stream()
        .filter(f -> f.money().currency().getCurrencyCode().equals(c))
        .forEach(shares::add);
    attribution(b, c, shares);
    b.append("</div>\n</div>\n</section>\n");
  }

  private static void tile(StringBuilder b, String label, Money m) {
    b.append("<div class=\"tile\"><div class=\"k\">")
        .append(esc(label))
        .append("</div><div class=\"v\">")
        .append(esc(Figures.amount(m)))
        .append("<small>")
        .append(esc(m.currency().getCurrencyCode()))
        .append("</small></div></div>\n");
  }

  /** One step of the waterfall: from low to high in money, drawn in a colour. */
  private record Step(
      String label, String sign, Money value, BigDecimal low, BigDecimal high, String colour) {}

  private static void waterfall(
      StringBuilder b,
      String c,
      Money connected,
      Money enabled,
      Money atRisk,
      Money lost,
      Money credits,
      Money protectedRevenue) {
    BigDecimal top = connected.amount();
    BigDecimal enabledPart = enabled.amount().min(top).max(BigDecimal.ZERO);
    Money otherLost = lost.minus(credits);
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("Connected", "", connected, BigDecimal.ZERO, top, CONNECTED));
    steps.add(new Step("Enabled", "", enabled, top.subtract(enabledPart), top, ENABLED));
    BigDecimal level = top;
    steps.add(new Step("At risk", "−", atRisk, level.subtract(atRisk.amount()), level, AT_RISK));
    level = level.subtract(atRisk.amount());
    steps.add(new Step("Lost", "−", otherLost, level.subtract(otherLost.amount()), level, LOST));
    level = level.subtract(otherLost.amount());
    steps.add(
        new Step("SLA credits", "−", credits, level.subtract(credits.amount()), level, CREDITS));
    level = level.subtract(credits.amount());
    steps.add(
        new Step(
            "Protected",
            "+",
            protectedRevenue,
            level,
            level.add(protectedRevenue.amount()),
            PROTECTED));
    BigDecimal min = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (Step st : steps) {
      min = min.min(st.low()).min(st.high());
      max = max.max(st.low()).max(st.high());
    }
    if (max.compareTo(min) == 0) {
      max = min.add(BigDecimal.ONE);
    }
    int width = 640;
    int height = 300;
    int top0 = 26;
    int plot = 220;
    int slot = (width - 20) / steps.size();
    int barWidth = slot * 3 / 5;
    BigDecimal range = max.subtract(min);
    b.append("<svg class=\"chart\" data-chart=\"waterfall-")
        .append(esc(c))
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"Value waterfall in ")
        .append(esc(c))
        .append("\">\n");
    String zeroY = y(BigDecimal.ZERO, min, range, top0, plot);
    b.append("<line class=\"axis\" x1=\"10\" x2=\"")
        .append(width - 10)
        .append("\" y1=\"")
        .append(zeroY)
        .append("\" y2=\"")
        .append(zeroY)
        .append("\"/>\n");
    for (int i = 0; i < steps.size(); i++) {
      Step st = steps.get(i);
      int x = 10 + i * slot + (slot - barWidth) / 2;
      BigDecimal lo = st.low().min(st.high());
      BigDecimal hi = st.low().max(st.high());
      String yTop = y(hi, min, range, top0, plot);
      BigDecimal barHeight =
          new BigDecimal(y(lo, min, range, top0, plot)).subtract(new BigDecimal(yTop));
      String shown = (st.value().rounded().isZero() ? "" : st.sign()) + Figures.amount(st.value());
      String label = st.label() + ": " + shown + " " + c;
      b.append("<g><title>").append(esc(label)).append("</title>");
      b.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(yTop)
          .append("\" width=\"")
          .append(barWidth)
          .append("\" height=\"")
          .append(barHeight.max(new BigDecimal("1.5")).toPlainString())
          .append("\" rx=\"2\" fill=\"")
          .append(st.colour())
          .append("\"/>");
      b.append("<text class=\"val\" x=\"")
          .append(x + barWidth / 2)
          .append("\" y=\"")
          .append(new BigDecimal(yTop).subtract(BigDecimal.valueOf(6)).toPlainString())
          .append("\" text-anchor=\"middle\">")
          .append(esc(shown))
          .append("</text>");
      b.append("<text x=\"")
          .append(x + barWidth / 2)
          .append("\" y=\"")
          .append(height - 30)
          .append("\" text-anchor=\"middle\">")
          .append(esc(st.label()))
          .append("</text></g>\n");
      if (i < steps.size() - 1) {
        // the running level carried to the next bar
        BigDecimal carried = i <= 1 ? top : steps.get(i).low();
        String ly = y(carried, min, range, top0, plot);
        b.append("<line class=\"link\" x1=\"")
            .append(x + barWidth)
            .append("\" x2=\"")
            .append(x + slot)
            .append("\" y1=\"")
            .append(ly)
            .append("\" y2=\"")
            .append(ly)
            .append("\"/>\n");
      }
    }
    b.append("<text x=\"10\" y=\"")
        .append(height - 8)
        .append("\" fill=\"#6b7280\">")
        .append(esc(c))
        .append(", rounded to the minor unit</text>\n</svg>\n");
  }

  /** The y coordinate of a value on a vertical axis from min (bottom) over range. */
  private static String y(BigDecimal v, BigDecimal min, BigDecimal range, int top, int plot) {
    BigDecimal share = v.subtract(min).divide(range, MC);
    return BigDecimal.valueOf(top + plot)
        .subtract(share.multiply(BigDecimal.valueOf(plot)))
        .setScale(1, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private static void attribution(StringBuilder b, String c, List<FunctionShare> shares) {
    if (shares.isEmpty()) {
      b.append("<p class=\"empty\">Nothing protected in ")
          .append(esc(c))
          .append(" in this period.</p>\n");
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (FunctionShare f : shares) {
      total = total.add(f.money().amount());
      max = max.max(f.money().amount().abs());
    }
    if (max.signum() == 0) {
      max = BigDecimal.ONE;
    }
    int width = 420;
    int row = 30;
    int labelWidth = 150;
    int barMax = 160;
    int height = shares.size() * row + 12;
    b.append("<svg class=\"chart\" data-chart=\"attribution-")
        .append(esc(c))
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"Revenue protected by OSS function in ")
        .append(esc(c))
        .append("\">\n");
    for (int i = 0; i < shares.size(); i++) {
      FunctionShare f = shares.get(i);
      int yy = 6 + i * row;
      BigDecimal w =
          f.money()
              .amount()
              .abs()
              .divide(max, MC)
              .multiply(BigDecimal.valueOf(barMax))
              .setScale(1, RoundingMode.HALF_EVEN);
      String share =
          total.signum() == 0
              ? ""
              : " · "
                  + f.money()
                      .amount()
                      .multiply(BigDecimal.valueOf(100))
                      .divide(total, MC)
                      .setScale(0, RoundingMode.HALF_EVEN)
                      .toPlainString()
                  + " %";
      b.append("<g><title>")
          .append(esc(humanise(f.function()) + ": " + Figures.money(f.money())))
          .append("</title><text x=\"0\" y=\"")
          .append(yy + 15)
          .append("\">")
          .append(esc(humanise(f.function())))
          .append("</text><rect x=\"")
          .append(labelWidth)
          .append("\" y=\"")
          .append(yy + 4)
          .append("\" width=\"")
          .append(w.max(BigDecimal.ONE).toPlainString())
          .append("\" height=\"16\" rx=\"2\" fill=\"")
          .append(PALETTE[i % PALETTE.length])
          .append("\"/><text class=\"val\" x=\"")
          .append(new BigDecimal(labelWidth + 6).add(w).toPlainString())
          .append("\" y=\"")
          .append(yy + 16)
          .append("\">")
          .append(esc(Figures.amount(f.money()) + share))
          .append("</text></g>\n");
    }
    b.append("</svg>\n<p class=\"note\">Shares of the central revenue protected (")
        .append(esc(Figures.amount(Money.of(total, shares.get(0).money().currency()))))
        .append(' ')
        .append(esc(c))
        .append("), split by the attribution strategy in the parameters.</p>\n");
  }

  // ---- availability by segment

  private static void availability(StringBuilder b, ValueStatement s) {
    record Bar(String label, BigDecimal unplanned, BigDecimal planned) {}
    List<Bar> bars = new ArrayList<>();
    for (BreakdownRow r : s.breakdowns().bySegment()) {
      for (AvailabilityFigure a : r.revenueWeightedAvailability()) {
        bars.add(
            new Bar(
                r.key().orElse("(no segment)") + " · " + a.currency().orElse(""),
                a.unplanned(),
                a.includingPlanned()));
      }
    }
    AvailabilityFigure cw = s.headline().connectionWeightedAvailability();
    b.append("<section id=\"availability\">\n<h2>Availability by segment</h2>\n");
    if (bars.isEmpty()) {
      b.append("<p class=\"empty\">No revenue-bearing connection was active in the period.</p>\n");
    } else {
      BigDecimal lowest = BigDecimal.valueOf(100);
      for (Bar bar : bars) {
        lowest = lowest.min(bar.unplanned()).min(bar.planned());
      }
      // the axis starts at a multiple of 5 below the lowest figure, so differences show
      BigDecimal floor =
          lowest
              .subtract(BigDecimal.ONE)
              .divide(BigDecimal.valueOf(5), 0, RoundingMode.FLOOR)
              .multiply(BigDecimal.valueOf(5))
              .max(BigDecimal.ZERO)
              .min(BigDecimal.valueOf(95));
      BigDecimal span = BigDecimal.valueOf(100).subtract(floor);
      int width = 900;
      int row = 30;
      int labelWidth = 190;
      int barMax = 560;
      int height = bars.size() * row + 34;
      b.append("<svg class=\"chart\" data-chart=\"availability\" viewBox=\"0 0 ")
          .append(width)
          .append(' ')
          .append(height)
          .append("\" role=\"img\" aria-label=\"Revenue-weighted availability by segment\">\n");
      for (int i = 0; i < bars.size(); i++) {
        Bar bar = bars.get(i);
        int yy = 4 + i * row;
        BigDecimal w = width(bar.unplanned(), floor, span, barMax);
        BigDecimal wp = width(bar.planned(), floor, span, barMax);
        b.append("<g><title>")
            .append(
                esc(
                    bar.label()
                        + ": "
                        + Figures.percent(bar.unplanned())
                        + " unplanned, "
                        + Figures.percent(bar.planned())
                        + " including planned work"))
            .append("</title><text x=\"0\" y=\"")
            .append(yy + 15)
            .append("\">")
            .append(esc(bar.label()))
            .append("</text><rect x=\"")
            .append(labelWidth)
            .append("\" y=\"")
            .append(yy + 3)
            .append("\" width=\"")
            .append(w.max(BigDecimal.ONE).toPlainString())
            .append("\" height=\"16\" rx=\"2\" fill=\"")
            .append(CONNECTED)
            .append("\"/>");
        if (bar.planned().compareTo(bar.unplanned()) != 0) {
          b.append("<rect x=\"")
              .append(new BigDecimal(labelWidth).add(wp).toPlainString())
              .append("\" y=\"")
              .append(yy + 1)
              .append("\" width=\"2\" height=\"20\" fill=\"")
              .append(AT_RISK)
              .append("\"/>");
        }
        b.append("<text class=\"val\" x=\"")
            .append(labelWidth + barMax + 10)
            .append("\" y=\"")
            .append(yy + 16)
            .append("\">")
            .append(esc(Figures.percent(bar.unplanned())))
            .append("</text></g>\n");
      }
      int axisY = bars.size() * row + 8;
      b.append("<line class=\"axis\" x1=\"")
          .append(labelWidth)
          .append("\" x2=\"")
          .append(labelWidth + barMax)
          .append("\" y1=\"")
          .append(axisY)
          .append("\" y2=\"")
          .append(axisY)
          .append("\"/>");
      int step = span.compareTo(BigDecimal.valueOf(25)) <= 0 ? 5 : span.intValue() <= 50 ? 10 : 20;
      for (BigDecimal v = floor;
          v.compareTo(BigDecimal.valueOf(100)) <= 0;
          v = v.add(BigDecimal.valueOf(step))) {
        BigDecimal x = new BigDecimal(labelWidth).add(width(v, floor, span, barMax));
        b.append("<text x=\"")
            .append(x.toPlainString())
            .append("\" y=\"")
            .append(axisY + 16)
            .append("\" text-anchor=\"middle\" fill=\"#6b7280\">")
            .append(esc(v.toPlainString() + " %"))
            .append("</text>");
      }
      b.append("\n</svg>\n");
      b.append("<p class=\"legend\"><span><i style=\"background:")
          .append(CONNECTED)
          .append("\"></i>revenue-weighted, unplanned impacts</span><span><i style=\"background:")
          .append(AT_RISK)
          .append("\"></i>including planned work</span></p>\n");
      b.append("<p class=\"note\">Share of sold revenue-minutes delivered (MRR × active minutes),")
          .append(" per segment and currency; the axis starts at ")
          .append(esc(floor.toPlainString()))
          .append(" %. Connection-weighted over all connections: ")
          .append(esc(Figures.percent(cw.unplanned())))
          .append(" (")
          .append(esc(Figures.percent(cw.includingPlanned())))
          .append(" including planned work).</p>\n");
    }
    b.append("</section>\n");
  }

  private static BigDecimal width(BigDecimal value, BigDecimal floor, BigDecimal span, int max) {
    return value
        .subtract(floor)
        .max(BigDecimal.ZERO)
        .divide(span, MC)
        .multiply(BigDecimal.valueOf(max))
        .setScale(1, RoundingMode.HALF_EVEN);
  }

  // ---- tables

  private static void topImpacts(StringBuilder b, List<ImpactLine> impacts) {
    b.append("<section id=\"top-impacts\">\n<h2>Largest impacts, by revenue at risk</h2>\n");
    if (impacts.isEmpty()) {
      b.append("<p class=\"empty\">No unplanned impact in the period.</p>\n</section>\n");
      return;
    }
    b.append("<table data-chart=\"top-impacts\">\n<thead><tr><th>Connection</th>")
        .append("<th>Window</th><th class=\"n\">d</th><th class=\"n\">Minutes</th>")
        .append("<th>Causes</th><th class=\"n\">At risk</th><th class=\"barcell\"></th>")
        .append("</tr></thead>\n<tbody>\n");
    for (ImpactLine i : impacts) {
      BigDecimal max =
          impacts.stream()
              .filter(x -> x.revenueAtRisk().isPresent())
              .filter(
                  x ->
                      x.revenueAtRisk()
                          .get()
                          .currency()
                          .equals(i.revenueAtRisk().map(Money::currency).orElse(null)))
              .map(x -> x.revenueAtRisk().get().amount())
              .reduce(BigDecimal.ZERO, BigDecimal::max);
      String pct =
          i.revenueAtRisk().isEmpty() || max.signum() == 0
              ? "0"
              : i.revenueAtRisk()
                  .get()
                  .amount()
                  .multiply(BigDecimal.valueOf(100))
                  .divide(max, MC)
                  .setScale(1, RoundingMode.HALF_EVEN)
                  .toPlainString();
      b.append("<tr><td class=\"mono\">")
          .append(esc(i.connection()))
          .append("</td><td class=\"mono\">")
          .append(esc(window(i.start().toString(), i.end().toString())))
          .append("</td><td class=\"n\">")
          .append(esc(Figures.degradation(i.degradation())))
          .append("</td><td class=\"n\">")
          .append(esc(Figures.minutes(i.minutes())))
          .append("</td><td>");
      for (String cause : i.causes()) {
        b.append("<span class=\"tag\">").append(esc(cause)).append("</span>");
      }
      b.append("</td><td class=\"n\">")
          .append(esc(i.revenueAtRisk().map(Figures::money).orElse("not valued")))
          .append("</td><td class=\"barcell\"><span class=\"bar\" style=\"width:")
          .append(pct)
          .append("%\"></span></td></tr>\n");
    }
    b.append("</tbody>\n</table>\n<p class=\"note\">Unplanned impact windows, largest first per")
        .append(" currency; d is the degradation (1 = down). Bars compare within a currency.")
        .append("</p>\n</section>\n");
  }

  private static void credits(StringBuilder b, List<CreditRow> rows) {
    List<CreditRow> owed = new ArrayList<>();
    rows.stream()
        .filter(r -> r.money().signum() != 0)
        .sorted(Figures.largestFirst(CreditRow::money, CreditRow::connection))
        .forEach(owed::add);
    b.append("<section id=\"credits\">\n<h2>SLA credits owed</h2>\n");
    b.append("<p class=\"note\">")
        .append(owed.size())
        .append(" of ")
        .append(rows.size())
        .append(" SLA assessments owe a credit.</p>\n");
    if (!owed.isEmpty()) {
      b.append("<table>\n<thead><tr><th>Connection</th><th>Agreement</th><th>Month</th>")
          .append("<th class=\"n\">Availability</th><th class=\"n\">Downtime (min)</th>")
          .append("<th class=\"n\">Credit</th></tr></thead>\n<tbody>\n");
      for (CreditRow r : first(owed)) {
        b.append("<tr><td class=\"mono\">")
            .append(esc(r.connection()))
            .append("</td><td>")
            .append(esc(r.agreement()))
            .append("</td><td>")
            .append(esc(r.billingPeriod().start().toString().substring(0, 7)))
            .append(r.provisional() ? " (provisional)" : "")
            .append("</td><td class=\"n\">")
            .append(esc(r.availability().setScale(4, RoundingMode.HALF_EVEN).toPlainString()))
            .append(" %</td><td class=\"n\">")
            .append(esc(Figures.minutes(r.downtimeMinutes())))
            .append("</td><td class=\"n\">")
            .append(esc(Figures.money(r.money())))
            .append("</td></tr>\n");
      }
      more(b, owed.size(), 6);
      b.append("</tbody>\n</table>\n");
    }
    b.append("</section>\n");
  }

  private static void leakage(StringBuilder b, ValueStatement s) {
    List<LeakageItem> items = new ArrayList<>(s.leakage().items());
    items.sort(
        Figures.largestFirst(
            LeakageItem::money, i -> i.account() + " " + i.connection().orElse("")));
    b.append("<section id=\"leakage\">\n<h2>Revenue leaking</h2>\n");
    if (items.isEmpty()) {
      b.append("<p class=\"empty\">No leak found: every assessable connection was billed.</p>\n");
    } else {
      b.append("<table>\n<thead><tr><th>Account</th><th>Connection</th><th>Kind</th>")
          .append("<th class=\"n\">Expected</th><th class=\"n\">Billed</th>")
          .append("<th class=\"n\">Leaking</th></tr></thead>\n<tbody>\n");
      for (LeakageItem i : first(items)) {
        b.append("<tr><td class=\"mono\">")
            .append(esc(i.account()))
            .append("</td><td class=\"mono\">")
            .append(esc(i.connection().orElse("–")))
            .append("</td><td>")
            .append(esc(i.kind()))
            .append("</td><td class=\"n\">")
            .append(esc(Figures.money(i.expected())))
            .append("</td><td class=\"n\">")
            .append(esc(Figures.money(i.billed())))
            .append("</td><td class=\"n\">")
            .append(esc(Figures.money(i.money())))
            .append("</td></tr>\n");
      }
      more(b, items.size(), 6);
      b.append("</tbody>\n</table>\n");
    }
    List<String> notAssessable = s.leakage().notAssessable();
    if (!notAssessable.isEmpty()) {
      b.append("<p class=\"note\">Not assessable (active connections, no bill in the period): ")
          .append(esc(String.join(", ", first(notAssessable))))
          .append(
              notAssessable.size() > LIST_LIMIT
                  ? " … and " + (notAssessable.size() - LIST_LIMIT) + " more"
                  : "")
          .append(" — expected ")
          .append(esc(Figures.monies(s.leakage().notAssessableExpected())))
          .append(".</p>\n");
    }
    b.append("</section>\n");
  }

  private static void insight(StringBuilder b, List<OfferingInsight> insights) {
    if (insights.isEmpty()) {
      return;
    }
    b.append("<section id=\"product-insight\">\n<h2>Revenue at risk per incident-hour, by")
        .append(" offering</h2>\n<table>\n<thead><tr><th>Offering</th><th class=\"n\">Impacts")
        .append("</th><th class=\"n\">Incident minutes</th><th class=\"n\">At risk</th>")
        .append("<th class=\"n\">Per incident-hour</th></tr></thead>\n<tbody>\n");
    for (OfferingInsight o : first(insights)) {
      b.append("<tr><td class=\"mono\">")
          .append(esc(o.offering().orElse("(no offering)")))
          .append("</td><td class=\"n\">")
          .append(o.impacts())
          .append("</td><td class=\"n\">")
          .append(esc(Figures.minutes(o.incidentMinutes())))
          .append("</td><td class=\"n\">")
          .append(esc(Figures.money(o.atRisk())))
          .append("</td><td class=\"n\">")
          .append(esc(Figures.money(o.perIncidentMinute().times(BigDecimal.valueOf(60)))))
          .append("</td></tr>\n");
    }
    more(b, insights.size(), 5);
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void dataQuality(StringBuilder b, DataQuality q) {
    b.append("<section id=\"data-quality\">\n<h2>Data quality</h2>\n");
    if (q.files().isEmpty()) {
      b.append("<p class=\"empty\">No reader facts: the records were supplied in code.</p>\n");
    } else {
      b.append("<table>\n<thead><tr><th>File</th><th>Kind</th><th class=\"n\">Read</th>")
          .append("<th class=\"n\">Accepted</th><th class=\"n\">Rejected</th>")
          .append("<th class=\"n\">Duplicates</th><th class=\"n\">Warnings</th></tr></thead>\n")
          .append("<tbody>\n");
      for (DataQuality.FileCount f : q.files()) {
        b.append("<tr><td class=\"mono\">")
            .append(esc(f.file()))
            .append("</td><td>")
            .append(esc(f.kind()))
            .append("</td><td class=\"n\">")
            .append(f.read())
            .append("</td><td class=\"n\">")
            .append(f.accepted())
            .append("</td><td class=\"n\">")
            .append(f.rejected())
            .append("</td><td class=\"n\">")
            .append(f.duplicates())
            .append("</td><td class=\"n\">")
            .append(f.warnings())
            .append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    issues(b, "Rejected", q.rejected());
    issues(b, "Warnings", q.warnings());
    b.append("</section>\n");
  }

  private static void issues(StringBuilder b, String title, List<DataQuality.Issue> issues) {
    b.append("<h3>").append(esc(title)).append(" (").append(issues.size()).append(")</h3>\n");
    if (issues.isEmpty()) {
      b.append("<p class=\"empty\">None.</p>\n");
      return;
    }
    b.append("<ul>\n");
    for (DataQuality.Issue i : first(issues)) {
      b.append("<li><code>").append(esc(i.toString())).append("</code></li>\n");
    }
    if (issues.size() > LIST_LIMIT) {
      b.append("<li class=\"more\">… and ")
          .append(issues.size() - LIST_LIMIT)
          .append(" more (the JSON form lists every one)</li>\n");
    }
    b.append("</ul>\n");
  }

  private static void gaps(StringBuilder b, Gaps g, List<ExcludedEntry> excluded) {
    List<String[]> lists = new ArrayList<>();
    add(lists, "Causes placed nowhere", g.unresolvedCauses());
    add(lists, "Impacted connections without MRR", g.unvaluedConnections());
    add(lists, "Unknown SLA agreements", g.unknownAgreements());
    add(lists, "Bill lines placed in no period", g.unplacedBillLines());
    add(lists, "Fulfilment figures unknown", g.unknownFigures());
    add(lists, "Usage records not used", g.unusedUsage());
    List<String> guard = new ArrayList<>();
    excluded.forEach(e -> guard.add(e.toString()));
    add(lists, "Kept out by the double-count guard", guard);
    b.append("<section id=\"gaps\">\n<h2>Not valued, and why</h2>\n");
    if (lists.isEmpty()) {
      b.append("<p class=\"empty\">Nothing: every record was valued.</p>\n");
    }
    for (String[] l : lists) {
      b.append("<h3>").append(esc(l[0])).append("</h3>\n<ul>\n").append(l[1]).append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static void add(List<String[]> lists, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    StringBuilder li = new StringBuilder();
    for (String i : first(items)) {
      li.append("<li><code>").append(esc(i)).append("</code></li>\n");
    }
    if (items.size() > LIST_LIMIT) {
      li.append("<li class=\"more\">… and ")
          .append(items.size() - LIST_LIMIT)
          .append(" more</li>\n");
    }
    lists.add(new String[] {title + " (" + items.size() + ")", li.toString()});
  }

  private static void explanations(StringBuilder b, List<Explanation> explanations) {
    if (explanations.isEmpty()) {
      return;
    }
    b.append("<section id=\"explanations\">\n<h2>How the headline was derived</h2>\n");
    for (Explanation e : explanations) {
      b.append("<details><summary>")
          .append(esc(e.figure()))
          .append(" = ")
          .append(esc(e.result()))
          .append("</summary><pre>")
          .append(esc(e.toString()))
          .append("</pre></details>\n");
    }
    b.append("</section>\n");
  }

  private static void parameters(StringBuilder b, List<Parameter> parameters) {
    b.append("<section id=\"parameters\">\n<h2>Parameters used</h2>\n<table>\n<tbody>\n");
    for (Parameter p : parameters) {
      b.append("<tr><td>")
          .append(esc(p.name()))
          .append("</td><td class=\"mono\">")
          .append(esc(p.value()))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  // ---- helpers

  private static void more(StringBuilder b, int size, int columns) {
    if (size > LIST_LIMIT) {
      b.append("<tr><td class=\"more\" colspan=\"")
          .append(columns)
          .append("\">… and ")
          .append(size - LIST_LIMIT)
          .append(" more (the JSON and CSV forms list every one)</td></tr>\n");
    }
  }

  private static <T> List<T> first(List<T> items) {
    return items.size() > LIST_LIMIT ? items.subList(0, LIST_LIMIT) : items;
  }

  private static Money amount(List<Money> amounts, String currency) {
    return Figures.of(amounts, currency).orElse(Money.zero(Money.currency(currency)));
  }

  /** {@code 2025-03-01T00:00:00Z} as {@code 2025-03-01} when it is midnight, else as it is. */
  private static String day(String instant) {
    return instant.endsWith("T00:00:00Z") ? instant.substring(0, 10) : instant;
  }

  /** {@code 03-04 02:10 → 06:00} style: the day once when both ends share it. */
  private static String window(String start, String end) {
    String s = start.replace('T', ' ').replace("Z", "");
    String e = end.replace('T', ' ').replace("Z", "");
    if (s.length() >= 16 && e.length() >= 16 && s.substring(0, 10).equals(e.substring(0, 10))) {
      return s.substring(0, 16) + " → " + e.substring(11, 16) + " UTC";
    }
    return cut(s) + " → " + cut(e) + " UTC";
  }

  private static String cut(String s) {
    return s.endsWith(":00") && s.length() == 19 ? s.substring(0, 16) : s;
  }

  /** {@code incidentManagement} as {@code Incident management}. */
  static String humanise(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (i == 0) {
        out.append(Character.toUpperCase(ch));
      } else if (Character.isUpperCase(ch)) {
        out.append(' ').append(Character.toLowerCase(ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static String esc(String s) {
    return Html.escape(s);
  }
}
