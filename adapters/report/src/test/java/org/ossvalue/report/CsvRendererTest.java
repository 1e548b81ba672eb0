package org.ossvalue.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.LedgerKind;

/** The CSV form parses back (RFC 4180) and reconciles with the statement's ledgers, exactly. */
class CsvRendererTest {

  private static final List<String> HEADER =
      List.of(
          "ledger",
          "connection",
          "currency",
          "amount",
          "exact",
          "from",
          "to",
          "low",
          "high",
          "records",
          "formula");

  /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean wasQuoted = false;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new AssertionError("quote inside an unquoted field at " + i);
        }
        quoted = true;
        wasQuoted = true;
        i++;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        i++;
      } else if (c == '\r') {
        assertEquals('\n', csv.charAt(i + 1), "CR without LF at " + i);
        row.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        assertTrue(c != '\n', "bare LF outside quotes at " + i);
        field.append(c);
        i++;
      }
    }
    assertTrue(!quoted && row.isEmpty() && field.length() == 0, "the last record must end in CRLF");
    return rows;
  }

  @Test
  void netCoParsesBackWithAHeaderAndOneRowPerLedgerEntry() {
    List<List<String>> rows = parse(NetCo.render(StatementRenderer.csv(), NetCo.STATEMENT));
    assertEquals(HEADER, rows.get(0));
    assertEquals(NetCo.STATEMENT.ledgers().entries().size(), rows.size() - 1);
    rows.forEach(r -> assertEquals(HEADER.size(), r.size(), r.toString()));
  }

  @Test
  void exactAmountsReconcileWithEveryLedgerTotal() {
    reconcile(NetCo.STATEMENT);
    reconcile(Statements.hostile());
  }

  private static void reconcile(ValueStatement s) {
    List<List<String>> rows = parse(NetCo.render(StatementRenderer.csv(), s));
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      sums.merge(r.get(0) + " " + r.get(2), new BigDecimal(r.get(4)), BigDecimal::add);
      Money exact = Money.of(r.get(4), r.get(2));
      assertEquals(exact.roundedAmount().toPlainString(), r.get(3), "amount is exact rounded");
    }
    Map<String, BigDecimal> expected = new TreeMap<>();
    for (LedgerKind kind : s.ledgers().ledgers().keySet()) {
      for (Money m : s.ledgers().total(kind).all()) {
        expected.put(kind.label() + " " + m.currency().getCurrencyCode(), m.amount());
      }
    }
    assertEquals(expected.keySet(), sums.keySet());
    expected.forEach(
        (k, v) -> assertEquals(0, v.compareTo(sums.get(k)), k + ": " + v + " vs " + sums.get(k)));
  }

  @Test
  void netCoLedgersGiveTheHeadlineToTheCent() {
    List<List<String>> rows = parse(NetCo.render(StatementRenderer.csv(), NetCo.STATEMENT));
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      sums.merge(r.get(0) + " " + r.get(2), new BigDecimal(r.get(4)), BigDecimal::add);
    }
    assertEquals("111.42", cents(sums.get("revenueAtRisk.unplanned EUR")));
    assertEquals("4.03", cents(sums.get("revenueAtRisk.unplanned GBP")));
    assertEquals("3.23", cents(sums.get("revenueAtRisk.planned GBP")));
    assertEquals("190.50", cents(sums.get("creditsOwed EUR")));
    assertEquals("120.00", cents(sums.get("creditsOwed GBP")));
    assertEquals("59.00", cents(sums.get("leakage EUR")));
  }

  @Test
  void fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
    String csv = NetCo.render(StatementRenderer.csv(), Statements.hostile());
    assertTrue(csv.contains("\"C-<1>&\"\"x\"\"\""), csv);
    List<List<String>> rows = parse(csv);
    assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("C-<1>&\"x\"")), rows.toString());
    assertTrue(
        rows.stream().anyMatch(r -> r.get(9).contains("alarm:<img src=x onerror=alert(1)>")),
        rows.toString());
  }

  private static String cents(BigDecimal v) {
    return v.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
