package org.ossvalue.core.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.TimeWindow;

/**
 * Impact windows as columns: the compact form in which the impact engine hands its result to {@code
 * Impacts}, and in which the valuation reads it back, without an object per window.
 *
 * <p>Rows are ordered as {@code Impacts.all()} is: by connection id, start, end, then class. Each
 * row holds its window in nanoseconds since the epoch, an interned degradation level, an interned
 * cause set and its class; each impacted connection holds its id and the range of its rows. The
 * table is immutable once built; cause sets are turned into {@link SortedSet}s once, on first use,
 * and shared by every row that names them.
 *
 * <p>Not API: the arrays are taken as given, without copies or checks, by trusted callers.
 */
public final class ImpactTable {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final String[] ids;
  private final int[] positions;
  private final int[] inInputOrder;
  private final long[] idFilter;
  private final int[] first;
  private final long[] start;
  private final long[] end;
  private final int[] level;
  private final int[] set;
  private final boolean[] planned;
  private final BigDecimal[] levels;
  private final CauseRef[] refs;
  private final int[] setFirst;
  private final int[] setMembers;
  private final AtomicReferenceArray<SortedSet<CauseRef>> sets;
  private volatile int @Nullable [] index;

  /**
   * A table over these columns.
   *
   * @param ids the impacted connections, in id order
   * @param positions each impacted connection's position among the connections the engine was given
   * @param inInputOrder the impacted connections ordered by {@code positions}
   * @param idFilter the hash codes of the impacted connections' ids, {@link #addToIdFilter added}
   *     to a {@link #newIdFilter}
   * @param first the first row of each connection, and the row count last ({@code ids.length + 1})
   * @param start each row's start, in nanoseconds since the epoch
   * @param end each row's end
   * @param level each row's degradation, an index into {@code levels}
   * @param set each row's causes, a set index
   * @param planned whether each row is planned
   * @param levels the degradations, normalised, each value once
   * @param refs the causes the sets name, by cause index
   * @param setFirst where each set's members start in {@code setMembers}, and its size last
   * @param setMembers the cause indices of every set, set after set
   */
  public ImpactTable(
      String[] ids,
      int[] positions,
      int[] inInputOrder,
      long[] idFilter,
      int[] first,
      long[] start,
      long[] end,
      int[] level,
      int[] set,
      boolean[] planned,
      BigDecimal[] levels,
      CauseRef[] refs,
      int[] setFirst,
      int[] setMembers) {
    this.ids = ids;
    this.positions = positions;
    this.inInputOrder = inInputOrder;
    this.idFilter = idFilter;
    this.first = first;
    this.start = start;
    this.end = end;
    this.level = level;
    this.set = set;
    this.planned = planned;
    this.levels = levels;
    this.refs = refs;
    this.setFirst = setFirst;
    this.setMembers = setMembers;
    this.sets = new AtomicReferenceArray<>(setFirst.length - 1);
  }

  /** The number of rows (impact windows). */
  public int rows() {
    return first[ids.length];
  }

  /** The number of impacted connections. */
  public int connections() {
    return ids.length;
  }

  /** The id of an impacted connection. */
  public String id(int connection) {
    return ids[connection];
  }

  /**
   * An impacted connection's position among the connections given to the engine (which may not be
   * the ones given to whoever reads the table: check the id).
   */
  public int position(int connection) {
    return positions[connection];
  }

  /** The impacted connection with the {@code i}-th smallest {@link #position}. */
  public int inInputOrder(int i) {
    return inInputOrder[i];
  }

  /** False when no impacted connection has this id; true when one may have it. */
  private boolean mayHaveId(String connectionId) {
    int bit = mix(connectionId.hashCode()) & (idFilter.length * 64 - 1);
    return (idFilter[bit >>> 6] & (1L << bit)) != 0;
  }

  /** An empty filter for the ids of so many impacted connections: about 16 bits each. */
  public static long[] newIdFilter(int connections) {
    long want = Math.max(64L, 16L * connections);
    long bits = Math.min(1L << 30, Long.highestOneBit(want - 1) << 1);
    return new long[(int) (bits >>> 6)];
  }

  /** Adds an impacted connection's id, by its hash code, to a filter. */
  public static void addToIdFilter(long[] filter, int idHash) {
    int bit = mix(idHash) & (filter.length * 64 - 1);
    filter[bit >>> 6] |= 1L << bit;
  }

  /** The first row of a connection. */
  public int firstRow(int connection) {
    return first[connection];
  }

  /** The row after a connection's last. */
  public int endRow(int connection) {
    return first[connection + 1];
  }

  /** The connection a row belongs to. */
  public int connectionOf(int row) {
    int i = Arrays.binarySearch(first, 0, ids.length, row); // strictly increasing: no empty range
    return i >= 0 ? i : -i - 2;
  }

  /** A row's start, in nanoseconds since the epoch. */
  public long startNanos(int row) {
    return start[row];
  }

  /** A row's end, in nanoseconds since the epoch. */
  public long endNanos(int row) {
    return end[row];
  }

  /** A row's window. */
  public TimeWindow window(int row) {
    return TimeWindow.of(instant(start[row]), instant(end[row]));
  }

  /** A row's degradation level (an index of {@link #levelValue}). */
  public int level(int row) {
    return level[row];
  }

  /** The number of distinct degradation levels. */
  public int levelCount() {
    return levels.length;
  }

  /** The value of a level. */
  public BigDecimal levelValue(int level) {
    return levels[level];
  }

  /** A row's degradation. */
  public BigDecimal degradation(int row) {
    return levels[level[row]];
  }

  /** Whether a row is planned. */
  public boolean isPlanned(int row) {
    return planned[row];
  }

  /** A row's class. */
  public ImpactClass classification(int row) {
    return planned[row] ? ImpactClass.PLANNED : ImpactClass.UNPLANNED;
  }

  /** A row's cause set id. */
  public int causeSet(int row) {
    return set[row];
  }

  /** A row's causes, in their natural order; the same set for every row naming it. */
  public SortedSet<CauseRef> causes(int row) {
    int s = set[row];
    SortedSet<CauseRef> causes = sets.get(s);
    if (causes == null) {
      TreeSet<CauseRef> built = new TreeSet<>();
      for (int i = setFirst[s]; i < setFirst[s + 1]; i++) {
        built.add(refs[setMembers[i]]);
      }
      causes = Collections.unmodifiableSortedSet(built);
      if (!sets.compareAndSet(s, null, causes)) {
        causes = sets.get(s);
      }
    }
    return causes;
  }

  /** The index of an impacted connection, or -1. */
  public int indexOf(String connectionId) {
    if (!mayHaveId(connectionId)) {
      return -1; // most connections are never impacted: no need for the index
    }
    int[] table = index;
    if (table == null) {
      table = buildIndex();
      index = table;
    }
    int mask = table.length - 1;
    int slot = mix(connectionId.hashCode()) & mask;
    while (table[slot] != 0) {
      int c = table[slot] - 1;
      if (ids[c].equals(connectionId)) {
        return c;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private int[] buildIndex() {
    int size = Integer.highestOneBit(Math.max(2, ids.length) * 2 - 1) << 1; // load at most 0.5
    int[] table = new int[size];
    int mask = size - 1;
    for (int c = 0; c < ids.length; c++) {
      int slot = mix(ids[c].hashCode()) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = c + 1;
    }
    return table;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The instant of a count of nanoseconds since the epoch. */
  public static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
  }

  /**
   * Nanoseconds since the epoch, clamped to {@code Long.MIN_VALUE} or {@code Long.MAX_VALUE} when
   * they do not fit a long (beyond the years 1677–2262): clamped values keep their order against
   * every instant that fits.
   */
  public static long clampedNanos(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < -9_223_372_035L) {
      return Long.MIN_VALUE;
    }
    if (seconds > 9_223_372_035L) {
      return Long.MAX_VALUE;
    }
    return seconds * NANOS_PER_SECOND + instant.getNano();
  }
}
