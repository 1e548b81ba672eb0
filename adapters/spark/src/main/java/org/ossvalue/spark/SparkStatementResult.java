package org.ossvalue.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.report.StatementRenderer;

/**
 * What {@link SparkStatement#assess} produced: the whole base's {@link ValueStatement} on the
 * driver, and the statement's tables for the lake (ledger entries, exclusions, impact lines, one
 * row of figures per connection, exact totals). The tables are persisted; {@link #close()} releases
 * them.
 *
 * <p>The driver's statement carries every headline figure, section total, breakdown by segment and
 * offering, top impact, product insight, attribution, parameter, gap, exclusion and (unless turned
 * off) ledger entry of the single-machine statement; its per-connection lines (connections,
 * impacts, per-connection amounts, credit rows, order lines, leakage items) are left empty, since a
 * base of millions of connections does not fit a driver: they are {@link #connections()}, {@link
 * #impacts()} and {@link #ledgerEntries()}. Its headline explanations are the single machine's,
 * word for word: rendered from the units' merged evidence ({@code HeadlineEvidence}).
 */
public final class SparkStatementResult implements AutoCloseable {

  private final ValueStatement statement;
  private final Map<String, List<Money>> figures;
  private final Dataset<Row> totals;
  private final Dataset<Row> ledgerEntries;
  private final Dataset<Row> exclusions;
  private final Dataset<Row> impacts;
  private final Dataset<Row> connections;
  private final Dataset<Row> persisted;
  private final int partitions;

  SparkStatementResult(
      ValueStatement statement,
      Map<String, List<Money>> figures,
      Dataset<Row> totals,
      Dataset<Row> ledgerEntries,
      Dataset<Row> exclusions,
      Dataset<Row> impacts,
      Dataset<Row> connections,
      Dataset<Row> persisted,
      int partitions) {
    this.statement = statement;
    this.figures = Map.copyOf(figures);
    this.totals = totals;
    this.ledgerEntries = ledgerEntries;
    this.exclusions = exclusions;
    this.impacts = impacts;
    this.connections = connections;
    this.persisted = persisted;
    this.partitions = partitions;
  }

  /** The statement of the whole base. */
  public ValueStatement statement() {
    return statement;
  }

  /**
   * Every additive figure by name ({@code headline.atRisk}, {@code lost.total}, {@code
   * ledger.creditsOwed}, …), exact, padded to the statement's currencies.
   */
  public Map<String, List<Money>> figures() {
    return figures;
  }

  /** The figures as a table ({@link SparkSchemas#TOTALS}). */
  public Dataset<Row> totals() {
    return totals;
  }

  /** The kept ledger entries ({@link SparkSchemas#LEDGER_ENTRIES}). */
  public Dataset<Row> ledgerEntries() {
    return ledgerEntries;
  }

  /** What the double-count guard excluded ({@link SparkSchemas#EXCLUSIONS}). */
  public Dataset<Row> exclusions() {
    return exclusions;
  }

  /** The impact lines ({@link SparkSchemas#IMPACT_LINES}). */
  public Dataset<Row> impacts() {
    return impacts;
  }

  /** One row of figures per connection ({@link SparkSchemas#CONNECTION_FIGURES}). */
  public Dataset<Row> connections() {
    return connections;
  }

  /**
   * The statement as the JSON the CLI's {@code ossvalue statement --format json} writes
   * (docs/statement-json.md), with the line arrays empty (they are the result's tables).
   */
  public String json() {
    StringWriter out = new StringWriter();
    try {
      StatementRenderer.json().render(statement, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes {@link #json()} to a file, UTF-8, replacing it. */
  public void writeJson(Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StatementRenderer.json().render(statement, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The number of units the base was cut into. */
  public int partitions() {
    return partitions;
  }

  /** Releases the persisted tables. */
  @Override
  public void close() {
    persisted.unpersist();
  }

  @Override
  public String toString() {
    return "SparkStatementResult{" + partitions + " partitions, " + statement + "}";
  }
}
