package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.internal.ImpactTable;

/**
 * {@link RevenueAtRisk} over an engine's {@link ImpactTable}, for the built-in strategies: an entry
 * is a row of the table that lies (partly) in the period on a valued connection, kept as the row's
 * index; its amount is worked out again when the entry is read (the built-in strategies are pure
 * functions of it). The totals are summed exactly while assessing. {@link #entries()} is a view
 * that makes each {@link RevenueAtRisk.Entry} when it is read. Any other strategy is assessed
 * through {@link org.ossvalue.core.Impacts#all()} by {@link RevenueAtRiskAssessor}.
 */
final class ColumnarRevenueAtRisk extends RevenueAtRisk {

  private static final int UNPLANNED = 0;
  private static final int PLANNED = 1;
  private static final int USAGE = 2;

  private final ReportingPeriod period;
  private final String strategy;
  private final SortedSet<String> unvaluedConnections;
  private final ImpactTable table;
  private final long periodStart;
  private final long periodEnd;
  private final int[] rows; // entry -> row, ascending
  private final @Nullable Money[] mrr; // per table connection, when it has entries
  private final @Nullable Money @Nullable [] usage; // per table connection; null when none has any
  private final Valuer valuer;
  private final MoneyTotals unplanned;
  private final MoneyTotals planned;
  private final MoneyTotals usageLost;
  private final List<Entry> entries = new Entries();

  private ColumnarRevenueAtRisk(Assessment a) {
    this.period = a.period;
    this.strategy = a.strategy.toString();
    this.unvaluedConnections = Collections.unmodifiableSortedSet(new TreeSet<>(a.unvalued));
    this.table = a.table;
    this.periodStart = a.periodStart;
    this.periodEnd = a.periodEnd;
    this.rows = Arrays.copyOf(a.rows, a.entries);
    this.mrr = a.mrr;
    this.usage = a.usage;
    this.valuer = a.valuer;
    this.unplanned = a.totals(UNPLANNED);
    this.planned = a.totals(PLANNED);
    this.usageLost = a.totals(USAGE);
  }

  /**
   * Values the rows of a table within a period with a built-in strategy's {@link Valuer}; see
   * {@link RevenueAtRiskStrategy#assess}.
   */
  static RevenueAtRisk assess(
      RevenueAtRiskStrategy strategy,
      Valuer valuer,
      Collection<Connection> connections,
      ImpactTable table,
      ReportingPeriod period) {
    return new ColumnarRevenueAtRisk(new Assessment(strategy, valuer, connections, table, period));
  }

  @Override
  public ReportingPeriod period() {
    return period;
  }

  @Override
  public String strategy() {
    return strategy;
  }

  @Override
  public List<Entry> entries() {
    return entries;
  }

  @Override
  public SortedSet<String> unvaluedConnections() {
    return unvaluedConnections;
  }

  @Override
  public MoneyTotals unplanned() {
    return unplanned;
  }

  @Override
  public MoneyTotals planned() {
    return planned;
  }

  @Override
  public MoneyTotals usageLost() {
    return usageLost;
  }

  @Override
  Optional<Money> forConnection(String connection, ImpactClass classification) {
    int c = table.indexOf(connection);
    if (c < 0) {
      return Optional.empty();
    }
    int i = Arrays.binarySearch(rows, table.firstRow(c));
    if (i < 0) {
      i = -i - 1;
    }
    ProRata.Sum sum = new ProRata.Sum();
    Money monthly = mrr[c];
    for (; i < rows.length && rows[i] < table.endRow(c); i++) {
      if (table.classification(rows[i]) == classification) {
        sum.add(amount(i, monthly));
      }
    }
    return sum.any() && monthly != null
        ? Optional.of(Money.of(sum.total(), monthly.currency()))
        : Optional.empty();
  }

  private long start(int row) {
    return Math.max(table.startNanos(row), periodStart);
  }

  private long end(int row) {
    return Math.min(table.endNanos(row), periodEnd);
  }

  /** Entry i's amount, exact, unnormalised. */
  private BigDecimal amount(int i, Money monthly) {
    int row = rows[i];
    return value(
        valuer,
        new ProRata(),
        monthly,
        ProRata.parts(monthly.amount()),
        table,
        row,
        start(row),
        end(row));
  }

  /** A value of a window at a row's degradation, exact: in integers when it fits. */
  private static BigDecimal value(
      Valuer valuer,
      ProRata r,
      Money monthly,
      long @Nullable [] parts,
      ImpactTable table,
      int row,
      long start,
      long end) {
    BigDecimal d = table.degradation(row);
    long[] dParts = parts == null ? null : ProRata.parts(d);
    if (parts != null
        && dParts != null
        && dParts[0] == 0
        && dParts[3] == 0
        && valuer.fast(r, parts, dParts[1], (int) dParts[2], start, end)) {
      return ProRata.decimal(r.high, r.low, parts[3] != 0, ProRata.SCALE);
    }
    return valuer.slow(monthly, start, end, d);
  }

  /** The entries, made when read. */
  private final class Entries extends AbstractList<Entry> implements RandomAccess {

    @Override
    public Entry get(int index) {
      if (index < 0 || index >= rows.length) {
        throw new IndexOutOfBoundsException("index " + index + " of " + rows.length);
      }
      int row = rows[index];
      int c = table.connectionOf(row);
      Money monthly = mrr[c];
      Money monthlyUsage = usage == null ? null : usage[c];
      long s = start(row);
      long e = end(row);
      TimeWindow window =
          s == table.startNanos(row) && e == table.endNanos(row)
              ? table.window(row)
              : TimeWindow.of(ImpactTable.instant(s), ImpactTable.instant(e));
      Money amount = Money.of(amount(index, monthly), monthly.currency());
      Money usageLost = null;
      if (monthlyUsage != null) {
        usageLost =
            Money.of(
                value(
                    valuer,
                    new ProRata(),
                    monthlyUsage,
                    ProRata.parts(monthlyUsage.amount()),
                    table,
                    row,
                    s,
                    e),
                monthlyUsage.currency());
      }
      return new TableEntry(
          table.id(c),
          window,
          table.degradation(row),
          table.classification(row),
          table.causes(row),
          monthly,
          amount,
          usageLost);
    }

    @Override
    public int size() {
      return rows.length;
    }
  }

  /** One pass over the table: which rows are entries, and the exact totals. */
  private static final class Assessment {
    final ReportingPeriod period;
    final RevenueAtRiskStrategy strategy;
    final ImpactTable table;
    final long periodStart;
    final long periodEnd;
    final Valuer valuer;
    final List<String> unvalued = new ArrayList<>();
    int[] rows = new int[1024];
    int entries;
    final @Nullable Money[] mrr;
    @Nullable Money @Nullable [] usage;
    private final Map<Currency, ProRata.Sum[]> sums = new HashMap<>();

    Assessment(
        RevenueAtRiskStrategy strategy,
        Valuer valuer,
        Collection<Connection> connections,
        ImpactTable table,
        ReportingPeriod period) {
      this.period = period;
      this.strategy = strategy;
      this.table = table;
      this.periodStart = ImpactTable.clampedNanos(period.from());
      this.periodEnd = ImpactTable.clampedNanos(period.to());
      this.valuer = valuer;
      int k = table.connections();
      Connection[] byIndex = new Connection[k];
      if (k > 0) {
        // Usually these are the connections the engine was given: an impacted one is then where
        // the engine saw it, with the same id, found without a lookup.
        int position = 0;
        int next = 0;
        for (Connection c : connections) {
          String id = c.id();
          int j = -1;
          if (next < k && table.position(table.inInputOrder(next)) == position) {
            j = table.inInputOrder(next++);
            if (!id.equals(table.id(j))) {
              j = table.indexOf(id);
            }
          } else {
            j = table.indexOf(id);
          }
          if (j >= 0) {
            byIndex[j] = c; // the last one with that id, as a map would keep
          }
          position++;
        }
      }
      mrr = new Money[k];
      ProRata r = new ProRata();
      long[][] levelParts = new long[table.levelCount()][];
      for (int l = 0; l < levelParts.length; l++) {
        levelParts[l] = ProRata.parts(table.levelValue(l));
      }
      for (int c = 0; c < k; c++) {
        connection(c, byIndex[c], r, levelParts);
      }
    }

    private void connection(
        int c, @Nullable Connection connection, ProRata r, long[][] levelParts) {
      Money monthly = null;
      Money monthlyUsage = null;
      long[] parts = null;
      long[] usageParts = null;
      ProRata.Sum[] currencySums = null;
      boolean looked = false;
      for (int row = table.firstRow(c); row < table.endRow(c); row++) {
        long s = Math.max(table.startNanos(row), periodStart);
        long e = Math.min(table.endNanos(row), periodEnd);
        if (s >= e) {
          continue;
        }
        if (!looked) {
          looked = true;
          monthly = connection == null ? null : connection.mrr().orElse(null);
          if (monthly == null) {
            unvalued.add(table.id(c));
            return;
          }
          monthlyUsage = connection.usageRevenuePerMonth().orElse(null);
          parts = ProRata.parts(monthly.amount());
          if (monthlyUsage != null) {
            usageParts = ProRata.parts(monthlyUsage.amount());
            if (usage == null) {
              usage = new Money[table.connections()];
            }
            usage[c] = monthlyUsage;
          }
          mrr[c] = monthly;
          currencySums = sums.computeIfAbsent(monthly.currency(), x -> newSums());
        }
        if (entries == rows.length) {
          rows = Arrays.copyOf(rows, entries + (entries >> 1));
        }
        rows[entries++] = row;
        boolean isPlanned = table.isPlanned(row);
        ProRata.Sum sum = currencySums[isPlanned ? PLANNED : UNPLANNED];
        add(sum, r, monthly, parts, levelParts, row, s, e);
        if (monthlyUsage != null && !isPlanned) {
          add(currencySums[USAGE], r, monthlyUsage, usageParts, levelParts, row, s, e);
        }
      }
    }

    private void add(
        ProRata.Sum sum,
        ProRata r,
        Money monthly,
        long @Nullable [] parts,
        long[][] levelParts,
        int row,
        long s,
        long e) {
      long[] d = levelParts[table.level(row)];
      if (parts != null
          && d != null
          && d[0] == 0
          && d[3] == 0
          && valuer.fast(r, parts, d[1], (int) d[2], s, e)) {
        sum.add(r.high, r.low, parts[3] != 0);
      } else {
        sum.add(valuer.slow(monthly, s, e, table.degradation(row)));
      }
    }

    private static ProRata.Sum[] newSums() {
      return new ProRata.Sum[] {new ProRata.Sum(), new ProRata.Sum(), new ProRata.Sum()};
    }

    MoneyTotals totals(int which) {
      MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
      sums.forEach(
          (currency, s) -> {
            if (s[which].any()) {
              acc.add(s[which].total(), currency);
            }
          });
      return acc.toTotals();
    }
  }

  /** An entry read from the table: its parts are given, already valid and normalised. */
  private static final class TableEntry extends Entry {
    private final String connection;
    private final TimeWindow window;
    private final BigDecimal degradation;
    private final ImpactClass classification;
    private final SortedSet<CauseRef> causes;
    private final Money mrr;
    private final Money amount;
    private final @Nullable Money usageLost;

    TableEntry(
        String connection,
        TimeWindow window,
        BigDecimal degradation,
        ImpactClass classification,
        SortedSet<CauseRef> causes,
        Money mrr,
        Money amount,
        @Nullable Money usageLost) {
      this.connection = connection;
      this.window = window;
      this.degradation = degradation;
      this.classification = classification;
      this.causes = causes;
      this.mrr = mrr;
      this.amount = amount;
      this.usageLost = usageLost;
    }

    @Override
    public String connection() {
      return connection;
    }

    @Override
    public TimeWindow window() {
      return window;
    }

    @Override
    public BigDecimal degradation() {
      return degradation;
    }

    @Override
    public ImpactClass classification() {
      return classification;
    }

    @Override
    public SortedSet<CauseRef> causes() {
      return causes;
    }

    @Override
    public Money mrr() {
      return mrr;
    }

    @Override
    public Money amount() {
      return amount;
    }

    @Override
    public Optional<Money> usageLost() {
      return Optional.ofNullable(usageLost);
    }
  }
}
