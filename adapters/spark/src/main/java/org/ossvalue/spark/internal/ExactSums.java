package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Exact sums per name and currency within one partition, as {@link Envelopes#SUMS} rows: the
 * partition step of an exact aggregation (the driver adds the partitions' sums as {@link
 * BigDecimal}s). Never a double.
 */
public final class ExactSums implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final @Nullable String name;
  private final int nameIndex;
  private final int currencyIndex;
  private final int valueIndex;
  private final boolean valueIsText;

  private ExactSums(
      @Nullable String name,
      int nameIndex,
      int currencyIndex,
      int valueIndex,
      boolean valueIsText) {
    this.name = name;
    this.nameIndex = nameIndex;
    this.currencyIndex = currencyIndex;
    this.valueIndex = valueIndex;
    this.valueIsText = valueIsText;
  }

  /** Sums of ledger entries ({@code LEDGER_ENTRIES}) per ledger and currency, from amountExact. */
  public static ExactSums ledgerEntries() {
    return new ExactSums(null, 0, 2, 4, true);
  }

  /** Sums of a decimal column per currency column, under one name. */
  public static ExactSums of(String name, int currencyIndex, int decimalIndex) {
    return new ExactSums(name, -1, currencyIndex, decimalIndex, false);
  }

  /** Sums of {@link Envelopes#SUMS} rows: merges partial sums. */
  public static ExactSums partials() {
    return new ExactSums(null, 0, 1, 2, true);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    Map<List<String>, BigDecimal> sums = new TreeMap<>(ExactSums::compare);
    while (input.hasNext()) {
      Row r = input.next();
      if (r.isNullAt(valueIndex)) {
        continue;
      }
      BigDecimal value =
          valueIsText ? new BigDecimal(r.getString(valueIndex)) : r.getDecimal(valueIndex);
      String n = name != null ? name : r.getString(nameIndex);
      sums.merge(List.of(n, r.getString(currencyIndex)), value, BigDecimal::add);
    }
    List<Row> out = new ArrayList<>(sums.size());
    sums.forEach((k, v) -> out.add(RowFactory.create(k.get(0), k.get(1), Values.exact(v))));
    return out.iterator();
  }

  private static int compare(List<String> a, List<String> b) {
    int c = a.get(0).compareTo(b.get(0));
    return c != 0 ? c : a.get(1).compareTo(b.get(1));
  }

  /** Adds collected partial sums exactly: name → currency → sum. */
  public static Map<String, Map<String, BigDecimal>> merge(List<Row> partials) {
    Map<String, Map<String, BigDecimal>> totals = new TreeMap<>();
    for (Row r : partials) {
      totals
          .computeIfAbsent(r.getString(0), k -> new TreeMap<>())
          .merge(r.getString(1), new BigDecimal(r.getString(2)), BigDecimal::add);
    }
    return totals;
  }
}
