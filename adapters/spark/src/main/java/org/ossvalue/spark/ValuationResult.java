package org.ossvalue.spark;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.statement.Availability;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.spark.internal.Envelopes;
import org.ossvalue.spark.internal.Plan;
import org.ossvalue.spark.internal.Values;

/**
 * What a {@link SparkValuation} produced: the tables for the lake (schemas in {@link
 * SparkSchemas}) and the exact totals, already computed. The tables are persisted; {@link #close()}
 * releases them.
 */
public final class ValuationResult implements AutoCloseable {

  private final SparkSession spark;
  private final ReportingPeriod period;
  private final Instant asOf;
  private final String valuation;
  private final Plan.Output out;
  private final Map<LedgerKind, MoneyTotals> totals;

  ValuationResult(
      SparkSession spark, ReportingPeriod period, Instant asOf, String valuation, Plan.Output out) {
    this.spark = spark;
    this.period = period;
    this.asOf = asOf;
    this.valuation = valuation;
    this.out = out;
    Map<LedgerKind, MoneyTotals> t = new EnumMap<>(LedgerKind.class);
    for (LedgerKind kind : LedgerKind.values()) {
      Map<String, BigDecimal> byCurrency = out.ledgerTotals().get(kind.label());
      if (byCurrency != null) {
        t.put(kind, totals(byCurrency));
      }
    }
    this.totals = Collections.unmodifiableMap(t);
  }

  /** The period valued. */
  public ReportingPeriod period() {
    return period;
  }

  /** The as-of instant. */
  public Instant asOf() {
    return asOf;
  }

  /** Service impacts ({@link SparkSchemas#IMPACTS}). */
  public Dataset<Row> impacts() {
    return stage(Envelopes.IMPACT, "impact");
  }

  /** Every ledger's entries after the double-count guard ({@link SparkSchemas#LEDGER_ENTRIES}). */
  public Dataset<Row> ledgerEntries() {
    return out.entries();
  }

  /** One ledger's entries. */
  public Dataset<Row> ledger(LedgerKind kind) {
    return out.entries().filter(col("ledger").equalTo(kind.label()));
  }

  /** What the double-count guard excluded, and why ({@link SparkSchemas#EXCLUSIONS}). */
  public Dataset<Row> exclusions() {
    return out.exclusions();
  }

  /** SLA assessments ({@link SparkSchemas#SLA_CREDITS}). */
  public Dataset<Row> slaCredits() {
    return stage(Envelopes.SLA_CREDIT, "slaCredit");
  }

  /** Leakage findings ({@link SparkSchemas#LEAKAGE_FINDINGS}). */
  public Dataset<Row> leakageFindings() {
    return stage(Envelopes.FINDING, "finding");
  }

  /** Billing accounts and whether each was assessable ({@link SparkSchemas#LEAKAGE_ACCOUNTS}). */
  public Dataset<Row> leakageAccounts() {
    return stage(Envelopes.ACCOUNT, "account");
  }

  /** Order timings ({@link SparkSchemas#ORDER_TIMINGS}). */
  public Dataset<Row> orderTimings() {
    return stage(Envelopes.TIMING, "timing");
  }

  /** Fulfilment figures, ledger or not ({@link SparkSchemas#FULFILMENT_FIGURES}). */
  public Dataset<Row> fulfilmentFigures() {
    return stage(Envelopes.FIGURE, "figure");
  }

  /** What could not be valued or placed ({@link SparkSchemas#NOTES}). */
  public Dataset<Row> notes() {
    return out.notes();
  }

  /** The exact totals as a table ({@link SparkSchemas#TOTALS}), one row per ledger and currency. */
  public Dataset<Row> totals() {
    List<Row> rows = new ArrayList<>();
    totals.forEach(
        (kind, t) ->
            t.all()
                .forEach(
                    m ->
                        rows.add(
                            RowFactory.create(
                                kind.label(),
                                m.currency().getCurrencyCode(),
                                Values.output(m.amount()),
                                Values.exact(m.amount()),
                                m.roundedAmount().toPlainString()))));
    return spark.createDataFrame(rows, SparkSchemas.TOTALS);
  }

  /** Each ledger's exact total per currency (ledgers without entries are absent). */
  public Map<LedgerKind, MoneyTotals> ledgerTotals() {
    return totals;
  }

  /** One ledger's exact total per currency; empty when it has no entry. */
  public MoneyTotals total(LedgerKind kind) {
    return totals.getOrDefault(kind, MoneyTotals.empty());
  }

  /** Rated usage in the period, per currency, exact (informational, not a ledger). */
  public MoneyTotals usageRated() {
    Map<String, BigDecimal> sums = out.sums().get("usageRated");
    return sums == null ? MoneyTotals.empty() : totals(sums);
  }

  /**
   * Revenue-weighted availability per ISO 4217 code (sold revenue-minutes, and what unplanned and
   * planned impacts took), summed exactly over the units: the core's {@link Availability} figures.
   */
  public SortedMap<String, Availability.Measure> availabilityByCurrency() {
    SortedMap<String, Availability.Measure> measures = new TreeMap<>();
    Map<String, BigDecimal> sold = sums("availability.sold");
    for (String code : sold.keySet()) {
      if (!code.equals("*")) {
        measures.put(code, measure(code, code + "·min"));
      }
    }
    return measures;
  }

  /** Connection-weighted availability over every connection active in the period. */
  public Availability.Measure connectionAvailability() {
    return measure("*", "connection·min");
  }

  private Availability.Measure measure(String code, String unit) {
    return Availability.Measure.of(
        sums("availability.sold").getOrDefault(code, BigDecimal.ZERO),
        sums("availability.lostUnplanned").getOrDefault(code, BigDecimal.ZERO),
        sums("availability.lostPlanned").getOrDefault(code, BigDecimal.ZERO),
        unit);
  }

  private Map<String, BigDecimal> sums(String name) {
    return out.sums().getOrDefault(name, Map.of());
  }

  /**
   * Writes every table as Parquet under {@code directory} (one directory per table: impacts,
   * ledgerEntries, exclusions, slaCredits, leakageFindings, leakageAccounts, orderTimings,
   * fulfilmentFigures, notes, totals), replacing what is there.
   */
  public void writeParquet(String directory) {
    Map<String, Dataset<Row>> tables = new java.util.LinkedHashMap<>();
    tables.put("impacts", impacts());
    tables.put("ledgerEntries", ledgerEntries());
    tables.put("exclusions", exclusions());
    tables.put("slaCredits", slaCredits());
    tables.put("leakageFindings", leakageFindings());
    tables.put("leakageAccounts", leakageAccounts());
    tables.put("orderTimings", orderTimings());
    tables.put("fulfilmentFigures", fulfilmentFigures());
    tables.put("notes", notes());
    tables.put("totals", totals());
    tables.forEach(
        (name, df) ->
            df.write().mode(SaveMode.Overwrite).parquet(new Path(directory, name).toString()));
  }

  /** Releases the persisted tables. */
  @Override
  public void close() {
    out.persisted().forEach(Dataset::unpersist);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ValuationResult{").append(valuation);
    totals.forEach((kind, t) -> s.append(", ").append(kind).append('=').append(t.rounded()));
    return s.append('}').toString();
  }

  private Dataset<Row> stage(int tag, String column) {
    return out.stages().filter(col("tag").equalTo(tag)).select(column + ".*");
  }

  private static MoneyTotals totals(Map<String, BigDecimal> byCurrency) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    byCurrency.forEach((code, amount) -> acc.add(amount, Money.currency(code)));
    return acc.toTotals();
  }
}
