package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.HeadlineEvidence;
import org.ossvalue.core.statement.HeadlineFigure;

/**
 * A headline figure's {@link HeadlineEvidence} to a row of {@link #SCHEMA} and back, exactly:
 * amounts travel as exact decimal text, so the driver merges the units' evidence and renders the
 * headline explanations the single-machine statement gives.
 */
public final class EvidenceRows {

  private static final StructType AMOUNT =
      new StructType()
          .add("name", DataTypes.StringType, false)
          .add("exact", DataTypes.StringType, false);

  private static final StructType COUNT =
      new StructType()
          .add("name", DataTypes.StringType, false)
          .add("count", DataTypes.LongType, false);

  private static final StructType CONTRIBUTOR =
      new StructType()
          .add("name", DataTypes.StringType, false)
          .add("exact", DataTypes.StringType, false)
          .add("detail", DataTypes.StringType, false)
          .add("records", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** One figure's evidence in one currency (or none) from one unit. */
  public static final StructType SCHEMA =
      new StructType()
          .add("figure", DataTypes.StringType, false)
          .add("currency", DataTypes.StringType, true)
          .add("amounts", DataTypes.createArrayType(AMOUNT, false), false)
          .add("counts", DataTypes.createArrayType(COUNT, false), false)
          .add("contributors", DataTypes.LongType, false)
          .add("largest", DataTypes.createArrayType(CONTRIBUTOR, false), false);

  private EvidenceRows() {}

  /** A {@link #SCHEMA} row. */
  public static Row row(HeadlineEvidence e) {
    List<Row> amounts = new ArrayList<>(e.amounts().size());
    e.amounts().forEach((name, v) -> amounts.add(RowFactory.create(name, Values.exact(v))));
    List<Row> counts = new ArrayList<>(e.counts().size());
    e.counts().forEach((name, n) -> counts.add(RowFactory.create(name, n)));
    List<Row> largest = new ArrayList<>(e.largest().size());
    for (HeadlineEvidence.Contributor c : e.largest()) {
      largest.add(
          RowFactory.create(
              c.name(), Values.exact(c.money().amount()), c.detail(), Values.seq(c.records())));
    }
    return RowFactory.create(
        e.figure().name(),
        e.currency().orElse(null),
        Values.seq(amounts),
        Values.seq(counts),
        e.contributors(),
        Values.seq(largest));
  }

  /** Evidence from a {@link #SCHEMA} row. */
  public static HeadlineEvidence evidence(Row r) {
    Optional<String> currency = Optional.ofNullable(r.getString(1));
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    for (Row a : r.<Row>getList(2)) {
      amounts.put(a.getString(0), new BigDecimal(a.getString(1)));
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row c : r.<Row>getList(3)) {
      counts.put(c.getString(0), c.getLong(1));
    }
    HeadlineEvidence.Builder b =
        HeadlineEvidence.builder()
            .figure(HeadlineFigure.valueOf(r.getString(0)))
            .currency(currency)
            .amounts(amounts)
            .counts(counts)
            .contributors(r.getLong(4));
    for (Row c : r.<Row>getList(5)) {
      b.addLargest(
          HeadlineEvidence.Contributor.of(
              c.getString(0),
              Money.of(c.getString(1), currency.orElseThrow()),
              c.getString(2),
              c.<String>getList(3)));
    }
    return b.build();
  }
}
