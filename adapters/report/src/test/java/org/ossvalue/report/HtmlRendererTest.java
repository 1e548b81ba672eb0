package org.ossvalue.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTML page without a browser: self-contained, every text escaped, every section present
 * (HtmlInChromiumIT checks that it renders).
 */
class HtmlRendererTest {

  private static final String NETCO = NetCo.render(StatementRenderer.html(), NetCo.STATEMENT);

  @Test
  void nothingIsFetchedWhenViewed() {
    assertFalse(NETCO.contains("http://") || NETCO.contains("https://"), "no URL");
    assertFalse(NETCO.contains("src="), "no external script or image");
    assertFalse(NETCO.contains("<link"), "no stylesheet link");
    assertTrue(
        NETCO.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"),
        "and a policy that forbids fetching");
  }

  @Test
  void everySectionIsThere() {
    for (String id :
        List.of(
            "value-EUR",
            "value-GBP",
            "availability",
            "top-impacts",
            "credits",
            "leakage",
            "data-quality",
            "gaps",
            "explanations",
            "parameters")) {
      assertTrue(NETCO.contains("<section id=\"" + id + "\">"), id);
    }
    for (String chart :
        List.of(
            "waterfall-EUR", "waterfall-GBP", "attribution-EUR", "availability", "top-impacts")) {
      assertTrue(NETCO.contains("data-chart=\"" + chart + "\""), chart);
    }
  }

  @Test
  void theWaterfallStepsInTheBriefsOrderWithTheHeadlineFigures() {
    int from = NETCO.indexOf("data-chart=\"waterfall-EUR\"");
    String eur = NETCO.substring(from, NETCO.indexOf("</svg>", from));
    List<String> labels =
        List.of(
            "Connected: 2,270.10 EUR",
            "Enabled: 0.00 EUR",
            "At risk: −111.42 EUR",
            "Lost: −0.06 EUR",
            "SLA credits: −190.50 EUR",
            "Protected: +32.22 EUR");
    int previous = -1;
    for (String l : labels) {
      int at = eur.indexOf("<title>" + l + "</title>");
      assertTrue(at > previous, l + " missing or out of order in\n" + eur);
      previous = at;
    }
  }

  @Test
  void markupInNamesIsEscapedEverywhere() {
    String page = NetCo.render(StatementRenderer.html(), Statements.hostile());
    assertFalse(page.contains("<script>alert"), "segment name ran as a script");
    assertFalse(page.contains("<img src=x"), "cause id became an element");
    assertTrue(page.contains("&lt;script&gt;alert(&#39;segment&#39;)&lt;/script&gt;"));
    assertTrue(page.contains("alarm:&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(page.contains("C-&lt;1&gt;&amp;&quot;x&quot;"));
    Matcher scripts = Pattern.compile("<script>").matcher(page);
    int count = 0;
    while (scripts.find()) {
      count++;
    }
    assertEquals(2, count, "only the page's own two scripts");
  }

  @Test
  void aZeroDecimalCurrencyGetsItsOwnSection() {
    String page = NetCo.render(StatementRenderer.html(), Statements.hostile());
    assertTrue(page.contains("<section id=\"value-JPY\">"));
    assertTrue(page.contains("99,999<small>JPY</small>"), "JPY without decimals");
  }

  @Test
  void aStatementOfNothingStillMakesAPage() {
    String page = NetCo.render(StatementRenderer.html(), Statements.empty());
    assertTrue(page.contains("No money in this statement"));
    assertTrue(page.endsWith("</html>\n"));
  }
}
