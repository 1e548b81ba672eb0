package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.statement.ImpactLine;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.MoneyEstimate;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.core.valuation.ledger.GuardRule;

/**
 * Ledger entries, guard exclusions, explanations and impact lines to rows of their output schemas
 * ({@code SparkSchemas.LEDGER_ENTRIES}, {@code EXCLUSIONS}, {@code EXPLANATION}, {@code
 * IMPACT_LINES}) and back, exactly: amounts travel as exact decimal text.
 */
public final class EntryRows {

  private static final int ENTRY_FIELDS = 12;

  private final boolean java8Api;

  /** Rows for a session with or without the Java 8 time API. */
  public EntryRows(boolean java8Api) {
    this.java8Api = java8Api;
  }

  /** A {@code LEDGER_ENTRIES} row. */
  public Row entry(LedgerEntry e) {
    return RowFactory.create(entryValues(e));
  }

  /** An {@code EXCLUSIONS} row. */
  public Row exclusion(GuardExclusion x) {
    Object[] values = new Object[ENTRY_FIELDS + 3];
    System.arraycopy(entryValues(x.entry()), 0, values, 0, ENTRY_FIELDS);
    values[ENTRY_FIELDS] = x.rule().label();
    values[ENTRY_FIELDS + 1] = x.reason();
    values[ENTRY_FIELDS + 2] = Values.seq(x.countedIn());
    return RowFactory.create(values);
  }

  private Object[] entryValues(LedgerEntry e) {
    Money m = e.amount();
    return new Object[] {
      e.kind().label(),
      e.connection(),
      m.currency().getCurrencyCode(),
      Values.output(m.amount()),
      Values.exact(m.amount()),
      ts(e.window().map(TimeWindow::start).orElse(null)),
      ts(e.window().map(TimeWindow::end).orElse(null)),
      Values.seq(e.records()),
      e.range().map(r -> Values.exact(r.low().amount())).orElse(null),
      e.range().map(r -> Values.exact(r.high().amount())).orElse(null),
      e.fullRefund(),
      explanation(e.explanation())
    };
  }

  /** A ledger entry from a {@code LEDGER_ENTRIES} (or {@code EXCLUSIONS}) row. */
  public static LedgerEntry entry(Row r) {
    java.util.Currency currency = Money.currency(r.getString(2));
    LedgerEntry.Builder b =
        LedgerEntry.builder()
            .kind(kind(r.getString(0)))
            .connection(r.getString(1))
            .amount(Money.of(new BigDecimal(r.getString(4)), currency))
            .addAllRecords(r.<String>getList(7))
            .fullRefund(r.getBoolean(10))
            .explanation(explanation(r.getStruct(11)));
    Instant start = Values.instant(r.get(5));
    Instant end = Values.instant(r.get(6));
    if (start != null && end != null) {
      b.window(TimeWindow.of(start, end));
    }
    if (!r.isNullAt(8) && !r.isNullAt(9)) {
      b.range(
          MoneyEstimate.of(
              Money.of(new BigDecimal(r.getString(8)), currency),
              Money.of(new BigDecimal(r.getString(4)), currency),
              Money.of(new BigDecimal(r.getString(9)), currency)));
    }
    return b.build();
  }

  /** A guard exclusion from an {@code EXCLUSIONS} row. */
  public static GuardExclusion exclusion(Row r) {
    return GuardExclusion.builder()
        .entry(entry(r))
        .rule(rule(r.getString(ENTRY_FIELDS)))
        .reason(r.getString(ENTRY_FIELDS + 1))
        .countedIn(r.<String>getList(ENTRY_FIELDS + 2))
        .build();
  }

  /** An {@code EXPLANATION} row. */
  public static Row explanation(Explanation e) {
    List<Row> inputs = new ArrayList<>(e.inputs().size());
    for (Explanation.Input i : e.inputs()) {
      inputs.add(RowFactory.create(i.name(), i.value(), Values.seq(i.records())));
    }
    return RowFactory.create(e.figure(), e.result(), e.formula(), Values.seq(inputs), e.clause());
  }

  /** An explanation from an {@code EXPLANATION} row. */
  public static Explanation explanation(Row r) {
    Explanation.Builder b =
        Explanation.builder()
            .figure(r.getString(0))
            .result(r.getString(1))
            .formula(r.getString(2))
            .clause(r.getString(4));
    for (Row i : r.<Row>getList(3)) {
      b.addInputs(Explanation.Input.of(i.getString(0), i.getString(1), i.<String>getList(2)));
    }
    return b.build();
  }

  /** An {@code IMPACT_LINES} row. */
  public Row impact(ImpactLine l) {
    Optional<String> currency =
        l.revenueAtRisk().or(l::mrr).map(m -> m.currency().getCurrencyCode());
    return RowFactory.create(
        l.connection(),
        ts(l.start()),
        ts(l.end()),
        Values.exact(l.degradation()),
        Values.exact(l.minutes()),
        l.planned(),
        Values.seq(l.causes()),
        l.mrr().map(m -> Values.exact(m.amount())).orElse(null),
        l.revenueAtRisk().map(m -> Values.exact(m.amount())).orElse(null),
        l.usageLost().map(m -> Values.exact(m.amount())).orElse(null),
        currency.orElse(null));
  }

  /** An impact line from an {@code IMPACT_LINES} row. */
  public static ImpactLine impact(Row r) {
    ImpactLine.Builder b =
        ImpactLine.builder()
            .connection(r.getString(0))
            .start(Values.instant(r.get(1)))
            .end(Values.instant(r.get(2)))
            .degradation(new BigDecimal(r.getString(3)))
            .minutes(new BigDecimal(r.getString(4)))
            .planned(r.getBoolean(5))
            .causes(r.<String>getList(6));
    if (!r.isNullAt(10)) {
      java.util.Currency c = Money.currency(r.getString(10));
      if (!r.isNullAt(7)) {
        b.mrr(Money.of(new BigDecimal(r.getString(7)), c));
      }
      if (!r.isNullAt(8)) {
        b.revenueAtRisk(Money.of(new BigDecimal(r.getString(8)), c));
      }
      if (!r.isNullAt(9)) {
        b.usageLost(Money.of(new BigDecimal(r.getString(9)), c));
      }
    }
    return b.build();
  }

  static LedgerKind kind(String label) {
    for (LedgerKind k : LedgerKind.values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("ledger must be a LedgerKind label, was " + label);
  }

  private static GuardRule rule(String label) {
    for (GuardRule g : GuardRule.values()) {
      if (g.label().equals(label)) {
        return g;
      }
    }
    throw new IllegalArgumentException("rule must be a GuardRule label, was " + label);
  }

  private @Nullable Object ts(@Nullable Instant instant) {
    return Values.timestamp(instant, java8Api);
  }
}
