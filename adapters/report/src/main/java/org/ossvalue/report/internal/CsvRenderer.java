package org.ossvalue.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.report.StatementRenderer;

/**
 * One row per kept ledger entry, ledger by ledger in the order the statement keeps them, with a
 * header row; RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break (quotes doubled).
 *
 * <p>Columns: {@code ledger, connection, currency, amount} (rounded half-even to the minor unit, as
 * in the JSON), {@code exact} (the exact amount: per ledger and currency these sum to the ledger's
 * total), {@code from, to} (the window the amount covers, if any), {@code low, high} (the range of
 * estimates, exact), {@code records} (space-separated {@code kind:id}) and {@code formula}.
 */
public enum CsvRenderer implements StatementRenderer {
  /** The one instance. */
  INSTANCE;

  /** The header row's column names. */
  public static final List<String> HEADER =
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

  @Override
  public void render(ValueStatement statement, Writer out) throws IOException {
    row(out, HEADER);
    for (LedgerEntry e : statement.ledgers().entries()) {
      Money amount = e.amount();
      row(
          out,
          List.of(
              e.kind().label(),
              e.connection(),
              amount.currency().getCurrencyCode(),
              Json.value(amount),
              Json.plain(amount.amount()).toPlainString(),
              e.window().map(w -> w.start().toString()).orElse(""),
              e.window().map(w -> w.end().toString()).orElse(""),
              e.range().map(r -> Json.plain(r.low().amount()).toPlainString()).orElse(""),
              e.range().map(r -> Json.plain(r.high().amount()).toPlainString()).orElse(""),
              String.join(" ", e.records()),
              e.explanation().formula()));
    }
    out.flush();
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public String toString() {
    return "StatementRenderer.csv()";
  }

  private static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** A field as RFC 4180 writes it: quoted, quotes doubled, when it needs to be. */
  static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
