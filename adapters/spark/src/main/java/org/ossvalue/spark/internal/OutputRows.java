package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Money;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.fulfilment.FulfilmentFigure;
import org.ossvalue.core.valuation.fulfilment.OrderTiming;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.core.valuation.leakage.AccountLeakage;
import org.ossvalue.core.valuation.leakage.LeakageFinding;
import org.ossvalue.core.valuation.sla.SlaCredit;

/**
 * Rows of the output schemas from core values, and ledger entries back from their rows. Instants
 * are written as the session expects them ({@link Values#timestamp}).
 */
public final class OutputRows {

  /** Index of the internal identity key appended to a ledger entry row. */
  public static final int ENTRY_KEY = 10;

  private final boolean java8Api;

  /** Rows for a session with or without the Java 8 time API. */
  public OutputRows(boolean java8Api) {
    this.java8Api = java8Api;
  }

  /** An {@code IMPACTS} row. */
  public Row impact(ServiceImpact i) {
    return RowFactory.create(
        i.connection(),
        ts(i.window().start()),
        ts(i.window().end()),
        Values.output(i.degradation()),
        i.classification().label(),
        refs(i.causes()),
        Values.output(i.minutes()));
  }

  /**
   * A {@code LEDGER_ENTRIES} row with one more column: the entry's identity (kind, connection,
   * window, records, exact amount), what the double-count guard calls the same entry.
   */
  public Row entry(LedgerEntry e) {
    return RowFactory.create(entryValues(e, true));
  }

  /** An {@code EXCLUSIONS} row. */
  public Row exclusion(GuardExclusion x) {
    Object[] entry = entryValues(x.entry(), false);
    Object[] values = new Object[entry.length + 3];
    System.arraycopy(entry, 0, values, 0, entry.length);
    values[entry.length] = x.rule().label();
    values[entry.length + 1] = x.reason();
    values[entry.length + 2] = List.copyOf(x.countedIn());
    return RowFactory.create(values);
  }

  /**
   * An {@code EXCLUSIONS} row for an entry known by its {@code LEDGER_ENTRIES} row (the row keeps
   * the entry's own explanation).
   */
  public static Row exclusion(Row entry, GuardExclusion x) {
    Object[] values = new Object[ENTRY_KEY + 3];
    for (int i = 0; i < ENTRY_KEY; i++) {
      values[i] = entry.get(i);
    }
    values[ENTRY_KEY] = x.rule().label();
    values[ENTRY_KEY + 1] = x.reason();
    values[ENTRY_KEY + 2] = List.copyOf(x.countedIn());
    return RowFactory.create(values);
  }

  private Object[] entryValues(LedgerEntry e, boolean withKey) {
    List<Object> v = new ArrayList<>();
    v.add(e.kind().label());
    v.add(e.connection());
    v.add(e.amount().currency().getCurrencyCode());
    v.add(Values.output(e.amount().amount()));
    v.add(Values.exact(e.amount().amount()));
    v.add(ts(e.window().map(TimeWindow::start).orElse(null)));
    v.add(ts(e.window().map(TimeWindow::end).orElse(null)));
    v.add(List.copyOf(e.records()));
    v.add(e.fullRefund());
    v.add(e.explanation().toString());
    if (withKey) {
      v.add(key(e));
    }
    return v.toArray();
  }

  /** The identity of a ledger entry, as the guard's duplicate rule sees it. */
  public static String key(LedgerEntry e) {
    return e.kind().label()
        + "|"
        + e.connection()
        + "|"
        + e.window().map(TimeWindow::toString).orElse("")
        + "|"
        + e.records()
        + "|"
        + Values.exact(e.amount().amount())
        + " "
        + e.amount().currency().getCurrencyCode();
  }

  /**
   * A ledger entry back from its row (with or without the key column), for the guard's rules that
   * span stages: every attribute the rules read is exact; the explanation is its text.
   */
  public static LedgerEntry entry(Row r) {
    String ledger = r.getString(0);
    LedgerKind kind = null;
    for (LedgerKind k : LedgerKind.values()) {
      if (k.label().equals(ledger)) {
        kind = k;
      }
    }
    if (kind == null) {
      throw new IllegalArgumentException("ledger must be a LedgerKind label, was " + ledger);
    }
    Money amount = Money.of(new BigDecimal(r.getString(4)), Money.currency(r.getString(2)));
    LedgerEntry.Builder b =
        LedgerEntry.builder()
            .kind(kind)
            .connection(r.getString(1))
            .amount(amount)
            .fullRefund(r.getBoolean(8))
            .explanation(
                Explanation.builder()
                    .figure(ledger + " " + r.getString(1))
                    .result(amount.rounded().toString())
                    .formula(r.getString(9))
                    .clause("as computed by its stage")
                    .build());
    Instant start = Values.instant(r.get(5));
    Instant end = Values.instant(r.get(6));
    if (start != null && end != null) {
      b.window(TimeWindow.of(start, end));
    }
    for (Object record : r.getList(7)) {
      b.addRecords((String) record);
    }
    return b.build();
  }

  /** An {@code SLA_CREDITS} row. */
  public Row slaCredit(SlaCredit c) {
    return RowFactory.create(
        c.connection(),
        c.agreement(),
        ts(c.billingPeriod().start()),
        ts(c.billingPeriod().end()),
        Values.output(c.availability().measuredMinutes()),
        Values.output(c.availability().downtimeMinutes()),
        Values.output(c.availability().percent()),
        c.target().map(Values::output).orElse(null),
        c.breached(),
        c.credit().currency().getCurrencyCode(),
        Values.output(c.mrr().amount()),
        Values.output(c.credit().amount()),
        Values.exact(c.credit().amount()),
        c.capped(),
        c.consecutiveBreaches(),
        c.terminationRight(),
        c.provisional());
  }

  /** A {@code LEAKAGE_FINDINGS} row. */
  public Row finding(LeakageFinding f) {
    return RowFactory.create(
        f.account(),
        f.connection().orElse(null),
        f.kind().label(),
        f.expected().currency().getCurrencyCode(),
        Values.output(f.expected().amount()),
        Values.output(f.billed().amount()),
        Values.output(f.leakage().amount()),
        Values.output(f.overcharge().amount()),
        List.copyOf(f.lines()),
        List.copyOf(f.bills()));
  }

  /** A {@code LEAKAGE_ACCOUNTS} row. */
  public Row account(AccountLeakage a) {
    return RowFactory.create(a.account(), a.assessable(), List.copyOf(a.bills()));
  }

  /** An {@code ORDER_TIMINGS} row. */
  public Row timing(OrderTiming t) {
    return RowFactory.create(
        t.order(),
        t.state().label(),
        ts(t.created()),
        ts(t.completion().orElse(null)),
        ts(t.requestedDate().orElse(null)),
        minutes(t.leadTime()),
        minutes(t.age()),
        minutes(t.offsetFromRequested()),
        t.lateAtAsOf());
  }

  /** A {@code FULFILMENT_FIGURES} row. */
  public Row figure(FulfilmentFigure f) {
    Optional<Money> amount = f.amount();
    String currency =
        amount.or(f::mrrDelta).map(m -> m.currency().getCurrencyCode()).orElse(null);
    return RowFactory.create(
        f.order(),
        f.item(),
        f.action().label(),
        f.connection().orElse(null),
        f.kind().label(),
        currency,
        amount.map(m -> Values.output(m.amount())).orElse(null),
        amount.map(m -> Values.exact(m.amount())).orElse(null),
        ts(f.window().map(TimeWindow::start).orElse(null)),
        ts(f.window().map(TimeWindow::end).orElse(null)),
        f.informational(),
        f.unknownReason().orElse(null));
  }

  /** A {@code NOTES} row. */
  public static Row note(String source, String id, String note) {
    return RowFactory.create(source, id, note);
  }

  private @Nullable Object ts(@Nullable Instant instant) {
    return Values.timestamp(instant, java8Api);
  }

  private static @Nullable Long minutes(Optional<Duration> d) {
    return d.map(Duration::toMinutes).orElse(null);
  }

  private static List<String> refs(SortedSet<CauseRef> causes) {
    List<String> refs = new ArrayList<>(causes.size());
    for (CauseRef c : new TreeSet<>(causes)) {
      refs.add(c.toString());
    }
    return refs;
  }
}
