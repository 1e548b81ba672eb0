package org.ossvalue.tmf;

import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.ossvalue.tmf.internal.Assembler;
import org.ossvalue.tmf.internal.Settings;

/**
 * Reads one TMF export in parts, on many machines, to the result {@link TmfReader#readDirectory}
 * gives on one: each record on its own ({@link #readFile}, {@link #readLines}), then what needs the
 * whole export done by the caller with this class's messages — later copies of an accepted id
 * ({@link #duplicate}), references that do not resolve ({@link #unresolved}), files without records
 * ({@link #emptyFile}), and the report ({@link #report}).
 *
 * <p>Products, alarms, trouble tickets, service problems, product orders, usage, bills and billing
 * rates are read in parts ({@link #readsInParts}); the network inventory (its supports graph is
 * checked as a whole), SLAs and objectives (built together) and events (replayed in instant order
 * over the records) are read with {@link TmfReader}. Obtain one from {@link TmfReader#parts()};
 * immutable and thread-safe, and serializable so that a distributed engine can ship it to its
 * workers (with the reader's settings for records: strictness, relationship types, price type
 * aliases and limits; rule overrides are the network's, which is not read in parts).
 */
public final class TmfParts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient Settings settings;

  TmfParts(Settings settings) {
    this.settings = settings;
  }

  /** Whether records of a kind can be read in parts. */
  public static boolean readsInParts(TmfKind kind) {
    return Assembler.partKind(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Reads a whole file of a kind (a JSON array, or NDJSON when {@code lineDelimited}) record by
   * record into {@code sink}; returns the warnings about the file as a whole (such as an empty
   * file). The stream is left open.
   *
   * @throws IllegalArgumentException if the kind is not read in parts
   */
  public List<Warning> readFile(
      InputStream in,
      String fileName,
      TmfKind kind,
      boolean lineDelimited,
      Consumer<TmfRecord> sink) {
    check(in, fileName, kind, sink);
    List<Warning> fileWarnings = new ArrayList<>();
    new Assembler(settings).readPart(in, fileName, kind, lineDelimited, 1, sink, fileWarnings);
    return List.copyOf(fileWarnings);
  }

  /**
   * Reads consecutive lines of an NDJSON file, the first of them being line {@code firstLine} of
   * the file, record by record into {@code sink}; blank lines give no record. Whether the whole
   * file was empty only the caller can tell: give it {@link #emptyFile} then.
   */
  public void readLines(
      InputStream in, String fileName, TmfKind kind, long firstLine, Consumer<TmfRecord> sink) {
    check(in, fileName, kind, sink);
    if (firstLine < 1) {
      throw new IllegalArgumentException("firstLine must be >= 1, was " + firstLine);
    }
    new Assembler(settings).readPart(in, fileName, kind, true, firstLine, sink, null);
  }

  private static void check(
      InputStream in, String fileName, TmfKind kind, Consumer<TmfRecord> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sink, "sink");
    if (!readsInParts(Objects.requireNonNull(kind, "kind"))) {
      throw new IllegalArgumentException(
          "kind " + kind + " is not read in parts: read it with TmfReader");
    }
  }

  /** The warning on a file that holds no record. */
  public static Warning emptyFile(String fileName) {
    return Assembler.emptyFile(Objects.requireNonNull(fileName, "fileName"));
  }

  /** The warning on a later copy ({@code copy}) of an id accepted at {@code kept}. */
  public static Warning duplicate(String id, TmfPosition copy, TmfPosition kept) {
    return Assembler.duplicate(
        Objects.requireNonNull(id, "id"),
        copy.file(),
        copy.index().orElse(-1),
        copy.line().orElse(-1),
        kept.file(),
        kept.index().orElse(-1),
        kept.line().orElse(-1));
  }

  /**
   * The warning on a reference the whole export does not resolve, on the record {@code recordId} at
   * {@code at}. An unresolved {@link TmfReference.Target#ELEMENT} is also dropped from the
   * connection's {@code realizedBy}.
   */
  public static Warning unresolved(TmfReference reference, TmfPosition at, String recordId) {
    return Assembler.warning(
        at.file(),
        at.index().orElse(-1),
        at.line().orElse(-1),
        Objects.requireNonNull(recordId, "recordId"),
        reference.field(),
        Assembler.unresolvedReason(reference.target(), reference.id()));
  }

  /**
   * The report of a whole export: the files' counts in reading order ({@link #readingOrder}) and
   * every rejection and warning, sorted as {@link TmfReader#readDirectory} sorts them (by file,
   * then position; messages at one position keep their given order).
   */
  public static ReadReport report(
      List<FileReport> files, Collection<Rejection> rejections, Collection<Warning> warnings) {
    return Assembler.report(files, rejections, warnings);
  }

  /** The files of a directory listing {@link TmfReader#readDirectory} reads, in its order. */
  public static List<String> readingOrder(Collection<String> fileNames) {
    return Assembler.readingOrder(fileNames);
  }

  /**
   * The warnings {@link TmfReader#readDirectory} gives about a directory's entries it does not
   * read: subdirectories (named in {@code directories}) and files that are not TMF resources.
   */
  public static List<Warning> directoryWarnings(
      Collection<String> names, Collection<String> directories) {
    return Assembler.directoryWarnings(names, directories);
  }

  private Object writeReplace() {
    return new Proxy(settings.forRecords());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("serialized through its proxy");
  }

  /** The serialized form: the settings for records, as plain values. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Object[] settings;

    Proxy(Object[] settings) {
      this.settings = settings;
    }

    private Object readResolve() {
      return new TmfParts(Settings.ofRecords(settings));
    }
  }

  @Override
  public String toString() {
    return "TmfParts{" + (settings.strict() ? "strict" : "lenient") + "}";
  }
}
