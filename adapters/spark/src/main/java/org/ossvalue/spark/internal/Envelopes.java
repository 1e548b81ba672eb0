package org.ossvalue.spark.internal;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.ossvalue.spark.SparkSchemas;

/**
 * The union rows that carry several kinds of record through one shuffle or one stage: a tag
 * (the index of the struct column that is set) and one nullable struct column per kind.
 */
public final class Envelopes {

  /** Stage output: impacts. */
  public static final int IMPACT = 1;

  /** Stage output: ledger entries kept by the stage (with their identity key). */
  public static final int ENTRY = 2;

  /** Stage output: ledger entries the double-count guard excluded. */
  public static final int EXCLUSION = 3;

  /** Stage output: SLA assessments. */
  public static final int SLA_CREDIT = 4;

  /** Stage output: leakage findings. */
  public static final int FINDING = 5;

  /** Stage output: billing accounts and whether they were assessable. */
  public static final int ACCOUNT = 6;

  /** Stage output: order timings. */
  public static final int TIMING = 7;

  /** Stage output: fulfilment figures. */
  public static final int FIGURE = 8;

  /** Stage output: notes (unvalued, unknown, unplaced records). */
  public static final int NOTE = 9;

  /** Stage output: exact partial sums ({@link #SUMS}). */
  public static final int SUM = 10;

  /** Ledger entries with their identity key (internal). */
  public static final StructType ENTRIES_WITH_KEY =
      SparkSchemas.LEDGER_ENTRIES.add(
          new StructField("entryKey", StringType, false, Metadata.empty()));

  /**
   * Exact partial sums: a name (such as {@code availability.sold}), a currency ({@code *} when the
   * sum is not money) and the exact decimal text.
   */
  public static final StructType SUMS =
      new StructType()
          .add("name", StringType, false)
          .add("currency", StringType, false)
          .add("exact", StringType, false);

  /** What every stage emits. */
  public static final StructType STAGE_OUTPUT =
      new StructType()
          .add("tag", IntegerType, false)
          .add("impact", SparkSchemas.IMPACTS, true)
          .add("entry", ENTRIES_WITH_KEY, true)
          .add("exclusion", SparkSchemas.EXCLUSIONS, true)
          .add("slaCredit", SparkSchemas.SLA_CREDITS, true)
          .add("finding", SparkSchemas.LEAKAGE_FINDINGS, true)
          .add("account", SparkSchemas.LEAKAGE_ACCOUNTS, true)
          .add("timing", SparkSchemas.ORDER_TIMINGS, true)
          .add("figure", SparkSchemas.FULFILMENT_FIGURES, true)
          .add("note", SparkSchemas.NOTES, true)
          .add("sum", SUMS, true);

  /** Topology stage input: a connection. */
  public static final int CONNECTION = 1;

  /** Topology stage input: an element. */
  public static final int ELEMENT = 2;

  /** Topology stage input: a supports edge. */
  public static final int EDGE = 3;

  /** Topology stage input: a cause. */
  public static final int CAUSE = 4;

  /** Leakage stage input: a bill. */
  public static final int BILL = 2;

  /** Leakage stage input: a bill line. */
  public static final int LINE = 3;

  private Envelopes() {}

  /** A stage output row with {@code value} in the column {@code tag}. */
  public static Row out(int tag, Row value) {
    Object[] values = new Object[STAGE_OUTPUT.size()];
    values[0] = tag;
    values[tag] = value;
    return RowFactory.create(values);
  }

  /** An exact partial sum. */
  public static Row sum(String name, String currency, String exact) {
    return out(SUM, RowFactory.create(name, currency, exact));
  }

  /** The type of a column of the stage output. */
  public static DataType type(int tag) {
    return STAGE_OUTPUT.fields()[tag].dataType();
  }
}
