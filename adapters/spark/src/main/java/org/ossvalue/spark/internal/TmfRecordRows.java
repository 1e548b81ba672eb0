package org.ossvalue.spark.internal;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Connection;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.spark.SparkSchemas;
import org.ossvalue.tmf.Rejection;
import org.ossvalue.tmf.TmfAlarm;
import org.ossvalue.tmf.TmfKind;
import org.ossvalue.tmf.TmfParts;
import org.ossvalue.tmf.TmfPosition;
import org.ossvalue.tmf.TmfRecord;
import org.ossvalue.tmf.TmfReference;
import org.ossvalue.tmf.Warning;

/**
 * One TMF record read on its own ({@link TmfRecord}) as a row: where it is, what became of it, its
 * messages, the reference left to check against the whole export, and its values as rows of the
 * kind's table. What the executors of {@code TmfLake} hand back. Not API.
 */
public final class TmfRecordRows implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Outcome of a row that is not a record: a warning about its file as a whole. */
  public static final String FILE = "FILE";

  /** A rejection or warning. */
  public static final StructType MESSAGE =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField("rejection", BooleanType, false),
            DataTypes.createStructField("file", StringType, false),
            DataTypes.createStructField("idx", LongType, true),
            DataTypes.createStructField("line", LongType, true),
            DataTypes.createStructField("id", StringType, true),
            DataTypes.createStructField("field", StringType, true),
            DataTypes.createStructField("reason", StringType, false)
          });

  /** A reference to check against the connections (an alarm's alarmed object). */
  public static final StructType REFERENCE =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField("target", StringType, false),
            DataTypes.createStructField("id", StringType, false),
            DataTypes.createStructField("field", StringType, false)
          });

  private final TmfKind kind;
  private final boolean java8Api;
  private final Set<String> elements;
  private final @Nullable Set<String> slas;

  /**
   * Rows for records of a kind; {@code elements} the network's service and resource ids, {@code
   * slas} the SLA ids when the export has an SLA file (null when it has none).
   */
  public TmfRecordRows(
      TmfKind kind, boolean java8Api, Set<String> elements, @Nullable Set<String> slas) {
    this.kind = kind;
    this.java8Api = java8Api;
    this.elements = elements;
    this.slas = slas;
  }

  /** The schema of the rows of a kind. */
  public static StructType schema(TmfKind kind) {
    return DataTypes.createStructType(
        new StructField[] {
          DataTypes.createStructField("file", StringType, false),
          DataTypes.createStructField("fileOrder", IntegerType, false),
          DataTypes.createStructField("idx", LongType, true),
          DataTypes.createStructField("line", LongType, true),
          DataTypes.createStructField("id", StringType, true),
          DataTypes.createStructField("outcome", StringType, false),
          DataTypes.createStructField("messages", DataTypes.createArrayType(MESSAGE, false), false),
          DataTypes.createStructField("pending", REFERENCE, true),
          DataTypes.createStructField("value", DataTypes.createArrayType(table(kind), false), false)
        });
  }

  /** The table the values of a kind go to. */
  public static StructType table(TmfKind kind) {
    switch (kind) {
      case PRODUCT:
        return SparkSchemas.CONNECTIONS;
      case ALARM:
        return SparkSchemas.CAUSES;
      case TROUBLE_TICKET:
        return SparkSchemas.TICKETS;
      case SERVICE_PROBLEM:
        return SparkSchemas.PROBLEMS;
      case PRODUCT_ORDER:
        return SparkSchemas.ORDERS;
      case USAGE:
        return SparkSchemas.USAGE;
      case CUSTOMER_BILL:
        return SparkSchemas.BILLS;
      case APPLIED_CUSTOMER_BILLING_RATE:
        return SparkSchemas.BILL_LINES;
      default:
        throw new IllegalArgumentException(kind + " is not read in parts");
    }
  }

  /**
   * The row of a record, with the checks against the network done: a realizing element the network
   * does not have is dropped with its warning, an SLA the export does not have is warned about, and
   * an alarm whose object is not in the network is left {@code pending} (it may be a connection).
   */
  public Row row(TmfRecord r, int fileOrder) {
    List<Row> messages = new ArrayList<>();
    r.rejection().ifPresent(x -> messages.add(message(x)));
    r.warnings().forEach(w -> messages.add(message(w)));
    List<Row> values = new ArrayList<>();
    Row pending = null;
    CoreRows rows = new CoreRows(java8Api);
    for (Object v : r.values()) {
      if (v instanceof Connection c) {
        List<String> kept = new ArrayList<>();
        for (TmfReference ref : r.references()) {
          if (elements.contains(ref.id())) {
            kept.add(ref.id());
          } else {
            messages.add(message(TmfParts.unresolved(ref, r.position(), r.id().orElseThrow())));
          }
        }
        if (slas != null && r.sla().isPresent() && !slas.contains(r.sla().get().id())) {
          messages.add(message(TmfParts.unresolved(r.sla().get(), r.position(), r.id().get())));
        }
        Connection fc =
            kept.size() == c.realizedBy().size()
                ? c
                : Connection.builder().from(c).realizedBy(kept).build();
        values.add(rows.connection(fc));
      } else if (v instanceof TmfAlarm a) {
        if (!elements.contains(a.element())) {
          TmfReference ref = r.references().get(0);
          pending = RowFactory.create(ref.target().name(), ref.id(), ref.field());
        }
        values.add(rows.cause(a.cause()));
      } else {
        values.add(value(rows, v));
      }
    }
    TmfPosition p = r.position();
    return Values.forEncoder(
        RowFactory.create(
            p.file(),
            fileOrder,
            p.index().isPresent() ? p.index().getAsLong() : null,
            p.line().isPresent() ? p.line().getAsLong() : null,
            r.id().orElse(null),
            r.outcome().name(),
            messages,
            pending,
            values));
  }

  /** The row of a warning about a file as a whole. */
  public static Row fileWarning(Warning w, int fileOrder) {
    return Values.forEncoder(
        RowFactory.create(
            w.file(), fileOrder, null, null, null, FILE, List.of(message(w)), null, List.of()));
  }

  private Row value(CoreRows rows, Object v) {
    Function<Object, Row> f =
        switch (kind) {
          case TROUBLE_TICKET -> o -> rows.ticket((TroubleTicket) o);
          case SERVICE_PROBLEM -> o -> rows.problem((ServiceProblem) o);
          case PRODUCT_ORDER -> o -> rows.order((Order) o);
          case USAGE -> o -> rows.usage((UsageRecord) o);
          case CUSTOMER_BILL -> o -> rows.bill((Bill) o);
          case APPLIED_CUSTOMER_BILLING_RATE -> o -> rows.billLine((BillLine) o);
          default -> throw new IllegalStateException(kind + ": unexpected value " + v);
        };
    return f.apply(v);
  }

  private static Row message(Rejection r) {
    return message(true, r.file(), r.index(), r.line(), r.id(), r.field(), r.reason());
  }

  private static Row message(Warning w) {
    return message(false, w.file(), w.index(), w.line(), w.id(), w.field(), w.reason());
  }

  private static Row message(
      boolean rejection,
      String file,
      OptionalLong index,
      OptionalLong line,
      Optional<String> id,
      Optional<String> field,
      String reason) {
    return RowFactory.create(
        rejection,
        file,
        index.isPresent() ? index.getAsLong() : null,
        line.isPresent() ? line.getAsLong() : null,
        id.orElse(null),
        field.orElse(null),
        reason);
  }

  /** A message row back as a rejection or a warning. */
  public static Object messageOf(Row m) {
    OptionalLong index = m.isNullAt(2) ? OptionalLong.empty() : OptionalLong.of(m.getLong(2));
    OptionalLong line = m.isNullAt(3) ? OptionalLong.empty() : OptionalLong.of(m.getLong(3));
    Optional<String> id = Optional.ofNullable(m.getString(4));
    Optional<String> field = Optional.ofNullable(m.getString(5));
    if (m.getBoolean(0)) {
      return Rejection.builder()
          .file(m.getString(1))
          .index(index)
          .line(line)
          .id(id)
          .field(field)
          .reason(m.getString(6))
          .build();
    }
    return Warning.builder()
        .file(m.getString(1))
        .index(index)
        .line(line)
        .id(id)
        .field(field)
        .reason(m.getString(6))
        .build();
  }

  /** The position of a record row (columns {@code file}, {@code idx}, {@code line} at i..i+2). */
  public static TmfPosition position(Row r, int i) {
    if (!r.isNullAt(i + 1)) {
      return TmfPosition.index(r.getString(i), r.getLong(i + 1));
    }
    if (!r.isNullAt(i + 2)) {
      return TmfPosition.line(r.getString(i), r.getLong(i + 2));
    }
    return TmfPosition.file(r.getString(i));
  }
}
