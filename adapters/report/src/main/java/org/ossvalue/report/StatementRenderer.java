package org.ossvalue.report;

import java.io.IOException;
import java.io.Writer;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.report.internal.CsvRenderer;
import org.ossvalue.report.internal.HtmlRenderer;
import org.ossvalue.report.internal.JsonRenderer;
import org.ossvalue.report.internal.TextRenderer;

/**
 * Writes a {@link ValueStatement} in one format: what the CLI's {@code ossvalue statement --format}
 * and a batch job call to publish a statement.
 *
 * <ul>
 *   <li>{@link #json()}: the stable JSON contract of docs/statement-json.md; money always {@code
 *       {"currency":"EUR","value":"123.45"}}, rounded half-even to the currency's minor unit.
 *   <li>{@link #text()}: a statement for people: headline, breakdowns, data quality, parameters.
 *   <li>{@link #csv()}: one row per ledger entry (RFC 4180), with a header.
 *   <li>{@link #html()}: one self-contained page (inline CSS and SVG, no network at view time) with
 *       a value waterfall, attribution, availability, top impacts, leakage and data quality.
 * </ul>
 *
 * <p>The built-ins are stateless and thread-safe, and the same statement always gives the same
 * characters. They write to the {@link Writer} they are given, flush it and never close it; the
 * caller chooses the encoding (UTF-8 recommended: the text and HTML forms use characters such as
 * {@code →} and {@code ·}).
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("statement.json"))) {
 *   StatementRenderer.forFormat("json").render(statement, out);
 * }
 * }</pre>
 */
public interface StatementRenderer {

  /**
   * Writes the statement to {@code out} and flushes it; does not close it.
   *
   * @throws IOException when writing to {@code out} fails
   */
  void render(ValueStatement statement, Writer out) throws IOException;

  /**
   * The media type of what {@link #render} writes, without charset (the caller's writer decides the
   * encoding): {@code application/json}, {@code text/plain}, {@code text/csv} or {@code text/html}.
   */
  String mediaType();

  /** The JSON contract (docs/statement-json.md). */
  static StatementRenderer json() {
    return JsonRenderer.INSTANCE;
  }

  /** A readable statement: headline lines, then breakdowns, then data quality, then parameters. */
  static StatementRenderer text() {
    return TextRenderer.INSTANCE;
  }

  /** One row per ledger entry (RFC 4180 quoting, CRLF line ends), with a header row. */
  static StatementRenderer csv() {
    return CsvRenderer.INSTANCE;
  }

  /** One self-contained HTML page with charts; nothing is fetched when it is viewed. */
  static StatementRenderer html() {
    return HtmlRenderer.INSTANCE;
  }

  /**
   * The renderer of a format name: {@code json}, {@code text}, {@code csv} or {@code html} (lower
   * case, as the CLI's {@code --format} takes them).
   *
   * @throws IllegalArgumentException naming the value, for any other name
   */
  static StatementRenderer forFormat(String name) {
    return switch (name) {
      case "json" -> json();
      case "text" -> text();
      case "csv" -> csv();
      case "html" -> html();
      default ->
          throw new IllegalArgumentException(
              "format must be one of json, text, csv, html, was \"" + name + "\"");
    };
  }
}
