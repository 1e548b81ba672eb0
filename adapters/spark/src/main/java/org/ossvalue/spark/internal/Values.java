package org.ossvalue.spark.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.internal.Decimals;

/** Conversions between Spark's external values and the core's: instants and exact decimals. */
public final class Values {

  /** Decimals in the output columns. */
  public static final int OUTPUT_SCALE = 20;

  private static final BigDecimal OUTPUT_LIMIT = BigDecimal.TEN.pow(38 - OUTPUT_SCALE);

  private Values() {}

  /**
   * An instant from a {@code TIMESTAMP} value, which Spark hands out as {@link Timestamp} or, with
   * {@code spark.sql.datetime.java8API.enabled}, as {@link Instant}.
   */
  public static @Nullable Instant instant(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof LocalDateTime) {
      throw new IllegalArgumentException(
          "instants must be TIMESTAMP (an instant), not TIMESTAMP_NTZ (a local time), was "
              + value);
    }
    throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
  }

  /** The external value Spark expects for a {@code TIMESTAMP} column. */
  public static @Nullable Object timestamp(@Nullable Instant instant, boolean java8Api) {
    if (instant == null) {
      return null;
    }
    return java8Api ? instant : Timestamp.from(instant);
  }

  /**
   * An exact decimal for a {@code DECIMAL(38,20)} column: rounded half-even at 20 places when it
   * has more (the exact text goes in its own column); fails when it needs more than 18 integer
   * digits.
   */
  public static BigDecimal output(BigDecimal exact) {
    BigDecimal scaled = exact.setScale(OUTPUT_SCALE, RoundingMode.HALF_EVEN);
    if (scaled.abs().compareTo(OUTPUT_LIMIT) >= 0) {
      throw new ArithmeticException(
          "amount " + exact.toPlainString() + " does not fit DECIMAL(38,20) (18 integer digits)");
    }
    return scaled;
  }

  /**
   * A list as the value of an {@code ARRAY} column of a row that a {@code Encoders.row} encoder
   * reads (a Scala sequence; {@code createDataFrame} also takes Java lists, encoders do not).
   */
  public static scala.collection.immutable.Seq<Object> seq(java.util.Collection<?> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new java.util.ArrayList<Object>(values))
        .toList();
  }

  /**
   * The row as an {@code Encoders.row} encoder reads it: Java lists (as {@code createDataFrame}
   * over a Java list accepts them) become Scala sequences, Java maps Scala maps, nested rows alike.
   */
  public static Row forEncoder(Row row) {
    Object[] values = new Object[row.length()];
    boolean changed = false;
    for (int i = 0; i < values.length; i++) {
      Object v = row.get(i);
      values[i] = forEncoder(v);
      changed |= values[i] != v;
    }
    return changed ? RowFactory.create(values) : row;
  }

  private static @Nullable Object forEncoder(@Nullable Object v) {
    if (v instanceof Row r) {
      return forEncoder(r);
    }
    if (v instanceof java.util.List<?> list) {
      List<Object> converted = new ArrayList<>(list.size());
      list.forEach(x -> converted.add(forEncoder(x)));
      return seq(converted);
    }
    if (v instanceof java.util.Map<?, ?> map) {
      java.util.Map<Object, Object> converted = new java.util.LinkedHashMap<>();
      map.forEach((k, x) -> converted.put(forEncoder(k), forEncoder(x)));
      return scala.jdk.javaapi.CollectionConverters.asScala(converted)
          .toMap(scala.$less$colon$less$.MODULE$.refl());
    }
    return v;
  }

  /**
   * A decimal for an input {@code DECIMAL(38,20)} column, unchanged: fails when it has more than 20
   * decimals or 18 integer digits, which the column could not hold exactly.
   */
  public static BigDecimal input(BigDecimal exact) {
    BigDecimal stripped = exact.stripTrailingZeros();
    if (stripped.scale() > OUTPUT_SCALE || exact.abs().compareTo(OUTPUT_LIMIT) >= 0) {
      throw new ArithmeticException(
          "amount " + exact.toPlainString() + " does not fit DECIMAL(38,20) exactly");
    }
    return exact;
  }

  /** The exact decimal as plain text without trailing zeros: {@code 111.4246908602150537634}. */
  public static String exact(BigDecimal value) {
    return Decimals.normalize(value).toPlainString();
  }
}
