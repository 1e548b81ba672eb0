package org.ossvalue.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.ossvalue.tmf.TmfPosition;
import org.ossvalue.tmf.TmfRecord;

/**
 * The first accepted copy of every id that has later copies, per kind, as {@code
 * TmfReader.readDirectory} keeps it: a later copy that was accepted, or rejected after its id was
 * read, is a duplicate of it. Shipped to the executors of {@code TmfLake} (usually a handful of
 * ids). Not API.
 */
public final class TmfDuplicates implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A report row with a file's counts: file, read, accepted, rejected, duplicates. */
  public static final String COUNT = "COUNT";

  /** A report row naming a duplicate: kind, file, idx, line, id. */
  public static final String DUPLICATE = "DUPLICATE";

  /** A report row with a record's messages (as {@link TmfRecordRows#MESSAGE} rows). */
  public static final String MESSAGES = "MESSAGES";

  private static final String ACCEPTED = TmfRecord.Outcome.ACCEPTED.name();
  private static final String AFTER_ID = TmfRecord.Outcome.REJECTED_AFTER_ID.name();

  /** Key → {file order, position} of the first accepted copy. */
  private final Map<String, long[]> firsts;

  /** Key → where the first accepted copy is (for the warnings, on the driver only). */
  private final transient Map<String, TmfPosition> positions;

  private TmfDuplicates(Map<String, long[]> firsts, Map<String, TmfPosition> positions) {
    this.firsts = firsts;
    this.positions = positions;
  }

  /** No repeated ids. */
  public static TmfDuplicates none() {
    return new TmfDuplicates(Map.of(), Map.of());
  }

  /** From {@link #key} → (fileOrder, pos, file, idx, line) of each first accepted copy. */
  public static TmfDuplicates of(Map<String, Row> firstCopies) {
    Map<String, long[]> firsts = new HashMap<>();
    Map<String, TmfPosition> positions = new HashMap<>();
    firstCopies.forEach(
        (k, r) -> {
          firsts.put(k, new long[] {r.getInt(0), r.getLong(1)});
          positions.put(k, TmfRecordRows.position(r, 2));
        });
    return new TmfDuplicates(firsts, positions);
  }

  /** The key of an id of a kind. */
  public static String key(String kind, String id) {
    return kind + "\n" + id;
  }

  /** Whether a record is a later copy of an accepted id. */
  public boolean isDuplicate(String kind, String id, String outcome, int fileOrder, long pos) {
    if (firsts.isEmpty() || id == null || !(outcome.equals(ACCEPTED) || outcome.equals(AFTER_ID))) {
      return false;
    }
    long[] f = firsts.get(key(kind, id));
    return f != null && (fileOrder > f[0] || (fileOrder == f[0] && pos > f[1]));
  }

  /** Where the first accepted copy of an id is. */
  public TmfPosition first(String kind, String id) {
    TmfPosition p = positions == null ? null : positions.get(key(kind, id));
    if (p == null) {
      throw new IllegalStateException("no first copy of " + kind + " " + id + " known here");
    }
    return p;
  }

  /** The position (index or line, -1 for the file) of a row's columns {@code idx}, {@code line}. */
  public static long pos(Row r, int idx) {
    return !r.isNullAt(idx) ? r.getLong(idx) : !r.isNullAt(idx + 1) ? r.getLong(idx + 1) : -1;
  }

  /**
   * The table rows of a parsed record ({@link TmfRecordRows#schema}): its values when it is
   * accepted and not a duplicate, else none.
   */
  public static List<Row> kept(Row r, String kind, TmfDuplicates d) {
    if (!r.getString(5).equals(ACCEPTED)
        || d.isDuplicate(kind, r.getString(4), ACCEPTED, r.getInt(1), pos(r, 2))) {
      return List.of();
    }
    return r.getList(8);
  }

  /**
   * The report rows of a partition of record metadata (kind, file, fileOrder, idx, line, id,
   * outcome, messages): every record's messages — a duplicate's replaced by a {@link #DUPLICATE}
   * row — and the partition's counts per file.
   */
  public static Iterator<Row> report(Iterator<Row> it, TmfDuplicates d) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    List<Row> out = new ArrayList<>();
    while (it.hasNext()) {
      Row r = it.next();
      String file = r.getString(1);
      String outcome = r.getString(6);
      long[] c = counts.computeIfAbsent(file, f -> new long[4]);
      List<Object> messages = r.getList(7);
      if (!outcome.equals(TmfRecordRows.FILE)) {
        c[0]++;
        if (d.isDuplicate(r.getString(0), r.getString(5), outcome, r.getInt(2), pos(r, 3))) {
          c[3]++;
          out.add(
              RowFactory.create(
                  DUPLICATE, r.getString(0), file, r.get(3), r.get(4), r.getString(5)));
          continue;
        }
        c[outcome.equals(ACCEPTED) ? 1 : 2]++;
      }
      if (!messages.isEmpty()) {
        out.add(RowFactory.create(MESSAGES, new ArrayList<>(messages)));
      }
    }
    counts.forEach((f, c) -> out.add(RowFactory.create(COUNT, f, c[0], c[1], c[2], c[3])));
    return out.iterator();
  }
}
