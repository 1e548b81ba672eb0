package org.ossvalue.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.io.DataInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.statement.DataQuality;
import org.ossvalue.spark.internal.LinesInputStream;
import org.ossvalue.spark.internal.TmfDuplicates;
import org.ossvalue.spark.internal.TmfRecordRows;
import org.ossvalue.tmf.FileReport;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.Rejection;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfKind;
import org.ossvalue.tmf.TmfParts;
import org.ossvalue.tmf.TmfPosition;
import org.ossvalue.tmf.TmfReader;
import org.ossvalue.tmf.TmfRecord;
import org.ossvalue.tmf.TmfReference;
import org.ossvalue.tmf.TmfRejectedException;
import org.ossvalue.tmf.Warning;

/**
 * A TM Forum export in storage — a directory on any file system Spark reads: local, HDFS, S3, ABFS,
 * GCS — read in parallel by the executors into {@link StatementTables}, with exactly the records,
 * rejections, warnings and counts {@link TmfReader#readDirectory} (and so the CLI) gives on one
 * machine.
 *
 * <pre>{@code
 * TmfLake lake = TmfLake.read(spark, "s3a://bucket/exports/2025-03");
 * lake.report().rejections().forEach(System.out::println);
 * SparkStatementResult r = SparkStatement.builder(spark)
 *     .tables(lake.tables()).dataQuality(lake.dataQuality()) ... .build().run();
 * }</pre>
 *
 * <p>Products, alarms, trouble tickets, service problems, product orders, usage, bills and billing
 * rates — the records that grow with the customer base — are read by the executors, each record on
 * its own with ossvalue-tmf's mapping ({@link TmfParts}): NDJSON files split into line ranges
 * across tasks, JSON array files one file per task. The network inventory (services, resources),
 * SLAs and objectives are read on the driver, since the supports graph is checked as a whole; then
 * duplicates and references are resolved across the parts with Spark joins. An export with an
 * {@code events} file is refused: events are replayed in instant order over the whole export — read
 * it with {@link TmfTables#read} on the driver, or land the replayed records.
 *
 * <p>The tables stay cached (memory, then disk): the statement reads them many times; {@link
 * #unpersist} frees them.
 */
public final class TmfLake {

  private static final String REJECTED_AFTER_ID = TmfRecord.Outcome.REJECTED_AFTER_ID.name();

  private final StatementTables tables;
  private final ReadReport report;
  private final List<JavaRDD<Row>> cached;

  private TmfLake(StatementTables tables, ReadReport report, List<JavaRDD<Row>> cached) {
    this.tables = tables;
    this.report = report;
    this.cached = cached;
  }

  /** Reads an export directory leniently (rejected records are reported, not fatal). */
  public static TmfLake read(SparkSession spark, String directory) {
    return read(spark, directory, TmfReader.lenient());
  }

  /**
   * Reads an export directory with a reader of the caller's (a strict one throws {@link
   * TmfRejectedException} listing every rejection after reading everything).
   *
   * @throws IllegalArgumentException if {@code directory} is not a directory or holds events
   */
  public static TmfLake read(SparkSession spark, String directory, TmfReader reader) {
    return new Reading(spark, directory, reader).read();
  }

  /** The records as Spark tables. */
  public StatementTables tables() {
    return tables;
  }

  /** What was read, accepted, rejected and warned about: {@link TmfReader#readDirectory}'s. */
  public ReadReport report() {
    return report;
  }

  /** The read's facts, for the statement. */
  public DataQuality dataQuality() {
    return report.toDataQuality();
  }

  /** Frees the tables Spark keeps cached. */
  public void unpersist() {
    cached.forEach(JavaRDD::unpersist);
  }

  @Override
  public String toString() {
    return "TmfLake{" + report + "}";
  }

  /** One read of a directory. */
  private static final class Reading {
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final String directory;
    private final TmfReader reader;
    private final TmfParts parts;
    private final Map<String, String> paths = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Set<String> directories = new HashSet<>();

    Reading(SparkSession spark, String directory, TmfReader reader) {
      this.spark = spark;
      this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      this.directory = directory;
      this.reader = reader;
      this.parts = reader.parts();
    }

    TmfLake read() {
      FileSystem fs = list();
      List<String> order = TmfParts.readingOrder(paths.keySet());
      for (String n : order) {
        if (TmfKind.ofFileName(n).orElseThrow() == TmfKind.EVENTS) {
          throw new IllegalArgumentException(
              directory
                  + "/"
                  + n
                  + ": events are replayed in instant order over the whole export, which"
                  + " TmfLake reads in parts; read the export with TmfTables.read (on the driver)"
                  + " or land the records with the events applied");
        }
      }
      TmfDataset network = network(fs, order);
      Set<String> elements = new HashSet<>(network.topology().elements());
      Set<String> slas = null;
      if (order.stream().anyMatch(n -> TmfKind.ofFileName(n).orElseThrow() == TmfKind.SLA)) {
        slas = new HashSet<>();
        for (SlaTerms t : network.slaTerms()) {
          slas.add(t.id());
        }
      }
      boolean java8Api =
          Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));

      Map<TmfKind, Dataset<Row>> parsed = new EnumMap<>(TmfKind.class);
      for (int i = 0; i < order.size(); i++) {
        String name = order.get(i);
        TmfKind kind = TmfKind.ofFileName(name).orElseThrow();
        if (!TmfParts.readsInParts(kind)) {
          continue;
        }
        Broadcast<TmfRecordRows> rows =
            jsc.broadcast(new TmfRecordRows(kind, java8Api, elements, slas));
        JavaRDD<Row> rdd =
            TmfKind.isLineDelimited(name)
                ? lines(paths.get(name), name, kind, i, rows)
                : array(paths.get(name), name, kind, i, rows);
        Dataset<Row> df = spark.createDataFrame(rdd, TmfRecordRows.schema(kind));
        parsed.merge(kind, df, Dataset::union);
      }

      List<Rejection> rejections = new ArrayList<>(network.report().rejections());
      List<Warning> warnings = new ArrayList<>(network.report().warnings());
      warnings.addAll(TmfParts.directoryWarnings(names, directories));
      List<Dataset<Row>> working = new ArrayList<>();
      Dataset<Row> meta = null;
      for (Map.Entry<TmfKind, Dataset<Row>> e : parsed.entrySet()) {
        Dataset<Row> p = e.getValue().persist(StorageLevel.MEMORY_AND_DISK());
        working.add(p);
        e.setValue(p);
        Dataset<Row> m =
            p.select(
                lit(e.getKey().name()).as("kind"),
                col("file"),
                col("fileOrder"),
                col("idx"),
                col("line"),
                col("id"),
                col("outcome"),
                col("messages"));
        meta = meta == null ? m : meta.union(m);
      }
      TmfDuplicates duplicates =
          meta == null ? TmfDuplicates.none() : TmfDuplicates.of(firstCopies(meta));
      Broadcast<TmfDuplicates> dups = jsc.broadcast(duplicates);
      Map<String, long[]> counts = new HashMap<>();
      if (meta != null) {
        collectMessagesAndCounts(meta, dups, duplicates, rejections, warnings, counts);
      }
      if (parsed.containsKey(TmfKind.ALARM)) {
        alarmsOnNothing(parsed.get(TmfKind.ALARM), parsed.get(TmfKind.PRODUCT), dups, warnings);
      }

      List<FileReport> files = new ArrayList<>();
      Map<String, FileReport> networkFiles = new HashMap<>();
      network.report().files().forEach(f -> networkFiles.put(f.file(), f));
      for (String name : order) {
        if (networkFiles.containsKey(name)) {
          files.add(networkFiles.get(name));
          continue;
        }
        long[] c = counts.getOrDefault(name, new long[4]);
        if (c[0] == 0 && TmfKind.isLineDelimited(name)) {
          warnings.add(TmfParts.emptyFile(name));
        }
        files.add(
            FileReport.builder()
                .file(name)
                .kind(TmfKind.ofFileName(name).orElseThrow())
                .read(c[0])
                .accepted(c[1])
                .rejected(c[2])
                .duplicates(c[3])
                .warnings(warnings.stream().filter(w -> w.file().equals(name)).count())
                .build());
      }
      ReadReport report = TmfParts.report(files, rejections, warnings);
      if (reader.isStrict() && report.hasRejections()) {
        working.forEach(Dataset::unpersist);
        throw new TmfRejectedException(report);
      }
      // the tables, materialised: the statement reads them many times, and their plan (parse,
      // duplicates, join) would otherwise be walked and run again each time
      Map<TmfKind, Dataset<Row>> tablesByKind = new EnumMap<>(TmfKind.class);
      List<JavaRDD<Row>> cached = new ArrayList<>();
      for (Map.Entry<TmfKind, Dataset<Row>> e : parsed.entrySet()) {
        String kind = e.getKey().name();
        JavaRDD<Row> rows =
            e.getValue()
                .javaRDD()
                .flatMap(r -> TmfDuplicates.kept(r, kind, dups.value()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        rows.count();
        cached.add(rows);
        tablesByKind.put(e.getKey(), spark.createDataFrame(rows, TmfRecordRows.table(e.getKey())));
      }
      working.forEach(Dataset::unpersist);
      StatementTables.Builder b =
          StatementTables.builder(spark)
              .topology(network.topology())
              .slaTerms(network.slaTerms())
              .connections(table(tablesByKind, TmfKind.PRODUCT));
      b.causes(table(tablesByKind, TmfKind.ALARM))
          .tickets(table(tablesByKind, TmfKind.TROUBLE_TICKET))
          .problems(table(tablesByKind, TmfKind.SERVICE_PROBLEM))
          .orders(table(tablesByKind, TmfKind.PRODUCT_ORDER))
          .usage(table(tablesByKind, TmfKind.USAGE))
          .bills(table(tablesByKind, TmfKind.CUSTOMER_BILL))
          .billLines(table(tablesByKind, TmfKind.APPLIED_CUSTOMER_BILLING_RATE));
      return new TmfLake(b.build(), report, List.copyOf(cached));
    }

    /** Lists the directory: its files by name and its subdirectories. */
    private FileSystem list() {
      Configuration conf = spark.sparkContext().hadoopConfiguration();
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(directory);
      try {
        FileSystem fs = dir.getFileSystem(conf);
        if (!fs.getFileStatus(dir).isDirectory()) {
          throw new IllegalArgumentException("not a directory: " + directory);
        }
        for (FileStatus s : fs.listStatus(dir)) {
          String name = s.getPath().getName();
          names.add(name);
          if (s.isDirectory()) {
            directories.add(name);
          } else if (s.isFile()) {
            paths.put(name, s.getPath().toString());
          }
        }
        return fs;
      } catch (FileNotFoundException e) {
        throw new IllegalArgumentException("not a directory: " + directory, e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The services, resources, SLAs and objectives, read on the driver. */
    private TmfDataset network(FileSystem fs, List<String> order) {
      Map<String, InputStream> streams = new LinkedHashMap<>();
      try {
        for (String n : order) {
          if (!TmfParts.readsInParts(TmfKind.ofFileName(n).orElseThrow())) {
            streams.put(n, fs.open(new org.apache.hadoop.fs.Path(paths.get(n))));
          }
        }
        return reader.withStrict(false).readStreams(streams);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        for (InputStream in : streams.values()) {
          try {
            in.close();
          } catch (IOException e) {
            // nothing was written: closing a read stream that fails loses nothing
          }
        }
      }
    }

    /** An NDJSON file in line ranges, each read by a task, with each line's number in the file. */
    private JavaRDD<Row> lines(
        String path, String name, TmfKind kind, int fileOrder, Broadcast<TmfRecordRows> rows) {
      TmfParts p = parts;
      return jsc.hadoopFile(
              path, TextInputFormat.class, LongWritable.class, Text.class, jsc.defaultParallelism())
          .map(t -> t._2().copyBytes())
          .zipWithIndex()
          .mapPartitions(
              (Iterator<scala.Tuple2<byte[], Long>> it) -> {
                List<Row> out = new ArrayList<>();
                if (it.hasNext()) {
                  scala.Tuple2<byte[], Long> first = it.next();
                  TmfRecordRows r = rows.value();
                  p.readLines(
                      new LinesInputStream(first._1(), () -> it.hasNext() ? it.next()._1() : null),
                      name,
                      kind,
                      first._2() + 1,
                      rec -> out.add(r.row(rec, fileOrder)));
                }
                return out.iterator();
              });
    }

    /** A JSON array file, read by one task. */
    private JavaRDD<Row> array(
        String path, String name, TmfKind kind, int fileOrder, Broadcast<TmfRecordRows> rows) {
      TmfParts p = parts;
      return jsc.binaryFiles(path, 1)
          .values()
          .flatMap(
              stream -> {
                List<Row> out = new ArrayList<>();
                TmfRecordRows r = rows.value();
                try (DataInputStream in = stream.open()) {
                  for (Warning w :
                      p.readFile(in, name, kind, false, rec -> out.add(r.row(rec, fileOrder)))) {
                    out.add(TmfRecordRows.fileWarning(w, fileOrder));
                  }
                }
                return out.iterator();
              });
    }

    /**
     * The first accepted copy of every id that has later copies (accepted, or rejected after its id
     * was read), per kind: {@code kind + "\n" + id} → fileOrder, position, file, idx, line.
     */
    private static Map<String, Row> firstCopies(Dataset<Row> meta) {
      Column pos = coalesce(col("idx"), col("line"), lit(-1L));
      Column accepted = col("outcome").equalTo(TmfRecord.Outcome.ACCEPTED.name());
      Map<String, Row> firsts = new HashMap<>();
      for (Row r :
          meta.filter(accepted.or(col("outcome").equalTo(REJECTED_AFTER_ID)))
              .groupBy(col("kind"), col("id"))
              .agg(
                  count(lit(1)).as("n"),
                  min(when(
                          accepted,
                          struct(
                              col("fileOrder"),
                              pos.as("pos"),
                              col("file"),
                              col("idx"),
                              col("line"))))
                      .as("first"))
              .filter(col("n").gt(1).and(col("first").isNotNull()))
              .select(col("kind"), col("id"), col("first"))
              .collectAsList()) {
        firsts.put(TmfDuplicates.key(r.getString(0), r.getString(1)), r.getStruct(2));
      }
      return firsts;
    }

    /**
     * In one pass over every record: its messages (a duplicate's replaced by the duplicate warning)
     * and the counts per file (read, accepted, rejected, duplicates).
     */
    private static void collectMessagesAndCounts(
        Dataset<Row> meta,
        Broadcast<TmfDuplicates> dups,
        TmfDuplicates duplicates,
        List<Rejection> rejections,
        List<Warning> warnings,
        Map<String, long[]> counts) {
      List<Row> out =
          meta.javaRDD().mapPartitions(it -> TmfDuplicates.report(it, dups.value())).collect();
      for (Row r : out) {
        switch (r.getString(0)) {
          case TmfDuplicates.COUNT -> {
            long[] c = counts.computeIfAbsent(r.getString(1), f -> new long[4]);
            for (int i = 0; i < 4; i++) {
              c[i] += r.getLong(2 + i);
            }
          }
          case TmfDuplicates.DUPLICATE -> {
            TmfPosition copy = TmfRecordRows.position(r, 2);
            warnings.add(
                TmfParts.duplicate(
                    r.getString(5), copy, duplicates.first(r.getString(1), r.getString(5))));
          }
          default -> {
            for (Object m : (List<?>) r.get(1)) {
              Object message = TmfRecordRows.messageOf((Row) m);
              if (message instanceof Rejection x) {
                rejections.add(x);
              } else {
                warnings.add((Warning) message);
              }
            }
          }
        }
      }
    }

    /** Alarms whose object is neither in the network nor a connection. */
    private static void alarmsOnNothing(
        Dataset<Row> alarms,
        @Nullable Dataset<Row> products,
        Broadcast<TmfDuplicates> dups,
        List<Warning> warnings) {
      Dataset<Row> pending =
          alarms.filter(
              col("pending")
                  .isNotNull()
                  .and(col("outcome").equalTo(TmfRecord.Outcome.ACCEPTED.name())));
      if (products != null) {
        JavaRDD<Row> built =
            products
                .javaRDD()
                .filter(r -> !TmfDuplicates.kept(r, TmfKind.PRODUCT.name(), dups.value()).isEmpty())
                .map(r -> RowFactory.create(r.getString(4)));
        Dataset<Row> ids =
            alarms
                .sparkSession()
                .createDataFrame(
                    built,
                    DataTypes.createStructType(
                        new StructField[] {
                          DataTypes.createStructField("cid", DataTypes.StringType, false)
                        }));
        pending = pending.join(ids, pending.col("pending.id").equalTo(ids.col("cid")), "left_anti");
      }
      TmfDuplicates d = dups.value();
      for (Row r :
          pending
              .select(
                  col("file"), col("idx"), col("line"), col("id"), col("pending"), col("fileOrder"))
              .collectAsList()) {
        if (d.isDuplicate(
            TmfKind.ALARM.name(),
            r.getString(3),
            TmfRecord.Outcome.ACCEPTED.name(),
            r.getInt(5),
            TmfDuplicates.pos(r, 1))) {
          continue;
        }
        Row ref = r.getStruct(4);
        warnings.add(
            TmfParts.unresolved(
                TmfReference.of(
                    TmfReference.Target.valueOf(ref.getString(0)),
                    ref.getString(1),
                    ref.getString(2)),
                TmfRecordRows.position(r, 0),
                r.getString(3)));
      }
    }

    /** The rows of a kind's table (empty when the export has no file of the kind). */
    private Dataset<Row> table(Map<TmfKind, Dataset<Row>> tables, TmfKind kind) {
      Dataset<Row> t = tables.get(kind);
      return t != null ? t : spark.createDataFrame(List.of(), TmfRecordRows.table(kind));
    }
  }
}
