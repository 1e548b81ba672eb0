package org.ossvalue.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Brings an input DataFrame to its documented schema: the schema's columns in its order, absent
 * nullable columns added as nulls, other columns dropped; decimals of any precision and whole
 * numbers are cast to the schema's decimal type. A missing required column or a column of another
 * kind fails with a message naming the table, the column and both types.
 */
public final class Conform {

  private Conform() {}

  /** The DataFrame with exactly the schema's columns. */
  public static Dataset<Row> conform(Dataset<Row> df, StructType schema, String table) {
    StructType actual = df.schema();
    Set<String> names = Arrays.stream(actual.fieldNames()).collect(Collectors.toSet());
    List<Column> columns = new ArrayList<>();
    for (StructField f : schema.fields()) {
      if (!names.contains(f.name())) {
        if (!f.nullable()) {
          throw new IllegalArgumentException(
              table
                  + ": column "
                  + f.name()
                  + " ("
                  + f.dataType().simpleString()
                  + ") is required, was absent; columns were "
                  + Arrays.toString(actual.fieldNames()));
        }
        columns.add(lit(null).cast(f.dataType()).as(f.name()));
        continue;
      }
      DataType type = actual.apply(f.name()).dataType();
      if (!compatible(type, f.dataType())) {
        throw new IllegalArgumentException(
            table
                + ": column "
                + f.name()
                + " must be "
                + f.dataType().simpleString()
                + ", was "
                + type.simpleString());
      }
      Column c = col(f.name());
      columns.add((type.equals(f.dataType()) ? c : c.cast(f.dataType())).as(f.name()));
    }
    return df.select(columns.toArray(new Column[0]));
  }

  /**
   * Whether a value of {@code actual} can stand for {@code expected} without changing its meaning:
   * the same type, up to nullability; decimals and whole numbers for decimals; structs field for
   * field with the same names in the same order.
   */
  static boolean compatible(DataType actual, DataType expected) {
    if (expected instanceof DecimalType) {
      return actual instanceof DecimalType || actual instanceof IntegralType;
    }
    if (expected instanceof ArrayType e) {
      return actual instanceof ArrayType a && compatible(a.elementType(), e.elementType());
    }
    if (expected instanceof MapType e) {
      return actual instanceof MapType a
          && compatible(a.keyType(), e.keyType())
          && compatible(a.valueType(), e.valueType());
    }
    if (expected instanceof StructType e) {
      if (!(actual instanceof StructType a) || a.fields().length != e.fields().length) {
        return false;
      }
      for (int i = 0; i < e.fields().length; i++) {
        if (!a.fields()[i].name().equals(e.fields()[i].name())
            || !compatible(a.fields()[i].dataType(), e.fields()[i].dataType())) {
          return false;
        }
      }
      return true;
    }
    return actual.equals(expected);
  }
}
