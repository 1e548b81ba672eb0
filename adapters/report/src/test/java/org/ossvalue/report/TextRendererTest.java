package org.ossvalue.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text statement: headline figures, then breakdowns, then data quality, then parameters. */
class TextRendererTest {

  private static final String TEXT = NetCo.render(StatementRenderer.text(), NetCo.STATEMENT);

  private static void assertLine(String start, String... figures) {
    String line =
        TEXT.lines()
            .filter(l -> l.startsWith(start))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no line " + start + "\n" + TEXT));
    for (String f : figures) {
      assertTrue(line.contains(f), line + " lacks " + f);
    }
  }

  @Test
  void theHeadlineLinesCarryTheReadmesFigures() {
    assertLine("Revenue connected", "2,270.10", "1,350.00");
    assertLine("Active MRR at period end", "2,215.91", "1,350.00");
    assertLine("Revenue at risk (unplanned)", "111.42", "4.03");
    assertLine("Revenue at risk (planned work)", "0.00", "3.23");
    assertLine("Revenue lost", "190.56", "120.00");
    assertLine("  of which SLA credits owed", "190.50", "120.00");
    assertLine("Revenue leaking (not billed)", "59.00", "0.00");
    assertLine("Revenue protected (central)", "32.22", "1.29");
    assertLine("Availability, revenue-weighted", "95.09 %", "99.70 %");
    assertLine("  including planned work", "95.09 %", "99.46 %");
  }

  @Test
  void sectionsComeInOrderHeadlineBreakdownsDataQualityParameters() {
    int previous = -1;
    for (String title :
        List.of(
            "Headline\n",
            "By segment\n",
            "By offering\n",
            "Data quality\n",
            "Not valued, and why\n",
            "Parameters used\n")) {
      int at = TEXT.indexOf(title);
      assertTrue(at > previous, title + " out of order\n" + TEXT);
      previous = at;
    }
  }

  @Test
  void linesNameWhatTheyAreAbout() {
    assertTrue(TEXT.contains("alarm:7001 alarm:7008"), "top impacts show their causes");
    assertTrue(TEXT.contains("P-1006") && TEXT.contains("connectedNotBilled"), "the leak");
    assertTrue(TEXT.contains("BA-002, BA-004, BA-005, BA-006"), "not assessable");
    assertTrue(TEXT.contains("events.ndjson:16 id=EV-900009"), "warnings as check words them");
    assertTrue(TEXT.contains("revenueAtRisk = RevenueAtRiskStrategy.calendarAccurate()"));
  }

  @Test
  void aStatementOfNothingSaysSo() {
    String empty = NetCo.render(StatementRenderer.text(), Statements.empty());
    assertTrue(empty.contains("0 connections"), empty);
    assertTrue(empty.contains("no reader facts"), empty);
  }
}
