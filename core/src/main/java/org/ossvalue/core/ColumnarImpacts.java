package org.ossvalue.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ossvalue.core.internal.ImpactTable;

/**
 * {@link Impacts} backed by an engine's {@link ImpactTable}: no object per impact until one is
 * asked for. {@link #all()} and {@link #forConnection} are views that make each {@link
 * ServiceImpact} when it is read (equal each time, not the same object), sharing the cause sets and
 * degradations of the table.
 */
final class ColumnarImpacts extends Impacts {

  private final Instant asOf;
  final ImpactTable table;
  private final SortedSet<CauseRef> unresolvedCauses;
  private final List<ServiceImpact> all;

  ColumnarImpacts(Instant asOf, ImpactTable table, SortedSet<CauseRef> unresolvedCauses) {
    this.asOf = asOf;
    this.table = table;
    this.unresolvedCauses = Collections.unmodifiableSortedSet(new TreeSet<>(unresolvedCauses));
    this.all = new Rows(table, 0, table.rows(), -1);
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  @Override
  public List<ServiceImpact> all() {
    return all;
  }

  @Override
  public SortedSet<CauseRef> unresolvedCauses() {
    return unresolvedCauses;
  }

  @Override
  public List<ServiceImpact> forConnection(String connectionId) {
    int c = table.indexOf(connectionId);
    return c < 0 ? List.of() : new Rows(table, table.firstRow(c), table.endRow(c), c);
  }

  @Override
  public List<String> connections() {
    return new Ids(table);
  }

  @Override
  public BigDecimal degradationAt(String connectionId, Instant instant) {
    BigDecimal d = BigDecimal.ZERO;
    int c = table.indexOf(connectionId);
    if (c < 0) {
      return d;
    }
    long t = ImpactTable.clampedNanos(instant);
    for (int row = table.firstRow(c); row < table.endRow(c); row++) {
      if (table.startNanos(row) <= t && t < table.endNanos(row)) {
        d = d.add(table.degradation(row));
      }
    }
    return d;
  }

  @Override
  Map<String, List<ServiceImpact>> byConnection() {
    throw new UnsupportedOperationException("read through the table"); // never called: overridden
  }

  @Override
  int connectionCount() {
    return table.connections();
  }

  @Override
  void check() {
    // ordered and free of overlaps by construction
  }

  /** Rows [from, to) as impacts; {@code connection} is their connection when known, else -1. */
  private static final class Rows extends AbstractList<ServiceImpact> implements RandomAccess {
    private final ImpactTable table;
    private final int from;
    private final int to;
    private final int connection;

    Rows(ImpactTable table, int from, int to, int connection) {
      this.table = table;
      this.from = from;
      this.to = to;
      this.connection = connection;
    }

    @Override
    public ServiceImpact get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException("index " + index + " of " + (to - from));
      }
      int row = from + index;
      int c = connection >= 0 ? connection : table.connectionOf(row);
      return new TableImpact(
          table.id(c),
          table.window(row),
          table.degradation(row),
          table.causes(row),
          table.classification(row));
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public List<ServiceImpact> subList(int fromIndex, int toIndex) {
      if (fromIndex < 0 || toIndex > size() || fromIndex > toIndex) {
        throw new IndexOutOfBoundsException(fromIndex + ".." + toIndex + " of " + size());
      }
      return new Rows(table, from + fromIndex, from + toIndex, connection);
    }
  }

  /** The impacted connections' ids. */
  private static final class Ids extends AbstractList<String> implements RandomAccess {
    private final ImpactTable table;

    Ids(ImpactTable table) {
      this.table = table;
    }

    @Override
    public String get(int index) {
      if (index < 0 || index >= table.connections()) {
        throw new IndexOutOfBoundsException("index " + index + " of " + table.connections());
      }
      return table.id(index);
    }

    @Override
    public int size() {
      return table.connections();
    }
  }

  /** An impact read from a table: its parts are given, already valid and normalised. */
  private static final class TableImpact extends ServiceImpact {
    private final String connection;
    private final TimeWindow window;
    private final BigDecimal degradation;
    private final SortedSet<CauseRef> causes;
    private final ImpactClass classification;

    TableImpact(
        String connection,
        TimeWindow window,
        BigDecimal degradation,
        SortedSet<CauseRef> causes,
        ImpactClass classification) {
      this.connection = connection;
      this.window = window;
      this.degradation = degradation;
      this.causes = causes;
      this.classification = classification;
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
    public SortedSet<CauseRef> causes() {
      return causes;
    }

    @Override
    public ImpactClass classification() {
      return classification;
    }
  }
}
