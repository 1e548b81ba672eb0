package org.ossvalue.tmf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ossvalue.core.Connection;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.tmf.internal.Assembler;
import org.ossvalue.tmf.internal.Events;
import org.ossvalue.tmf.internal.Settings;
import org.ossvalue.tmf.internal.Streamer;

/**
 * Reads TM Forum Open API exports (v4 and v5) into core types.
 *
 * <pre>{@code
 * TmfDataset netco = TmfReader.lenient().readDirectory(Path.of("export"));
 * Impacts impacts = ImpactEngine.create()
 *     .compute(netco.topology(), netco.connections(), netco.causes(), asOf);
 * netco.report().rejections().forEach(System.out::println);
 * }</pre>
 *
 * <p>A <b>lenient</b> reader returns every accepted record and reports every rejected one; a
 * <b>strict</b> reader reads everything the same way, then throws one {@link TmfRejectedException}
 * listing all rejections if there is any. Immutable and thread-safe; reuse it.
 */
public final class TmfReader {

  /** Default Jackson nesting limit: far above any TMF record, far below a stack overflow. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 200;

  /** Default longest string value, in characters (a megabyte string fails fast). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** Default longest number, in digits. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** Default longest field name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  private final Settings settings;

  private TmfReader(Settings settings) {
    this.settings = settings;
  }

  /** A lenient reader with the default settings. */
  public static TmfReader lenient() {
    return builder().build();
  }

  /** A strict reader with the default settings. */
  public static TmfReader strict() {
    return builder().strict(true).build();
  }

  /** A builder for a configured reader. */
  public static Builder builder() {
    return new Builder();
  }

  /** This reader, strict or lenient as asked, with every other setting the same. */
  public TmfReader withStrict(boolean strict) {
    if (strict == settings.strict()) {
      return this;
    }
    return new TmfReader(settings.withStrict(strict));
  }

  /** Whether this reader throws when a record is rejected. */
  public boolean isStrict() {
    return settings.strict();
  }

  /**
   * Reads every file of a TMF export directory ({@code product.json}, {@code alarm.ndjson}, {@code
   * events.ndjson}, …; see {@link TmfKind}), replays the events and builds the dataset. Other files
   * and subdirectories get a warning and are not read.
   *
   * @throws IllegalArgumentException if {@code dir} is not a directory
   * @throws TmfRejectedException if this reader is strict and a record was rejected
   */
  public TmfDataset readDirectory(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Assembler a = new Assembler(settings);
    a.readDirectory(dir);
    return finish(a);
  }

  /** Reads these files (each named after its kind, such as {@code alarm.json}) as one export. */
  public TmfDataset readFiles(Collection<Path> files) {
    Objects.requireNonNull(files, "files");
    Assembler a = new Assembler(settings);
    for (Path f : files) {
      a.readFile(f);
    }
    return finish(a);
  }

  /**
   * Reads streams as one export: each entry maps a file name (which says the kind and the format,
   * such as {@code product.ndjson}) to its content.
   */
  public TmfDataset readStreams(Map<String, InputStream> streams) {
    Objects.requireNonNull(streams, "streams");
    Assembler a = new Assembler(settings);
    for (Map.Entry<String, InputStream> e : streams.entrySet()) {
      TmfKind kind =
          TmfKind.ofFileName(e.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException("not a TMF resource file name: " + e.getKey()));
      a.read(e.getValue(), e.getKey(), kind, TmfKind.isLineDelimited(e.getKey()));
    }
    return finish(a);
  }

  /**
   * This reader's settings for reading an export in parts on many machines ({@link TmfParts}).
   * Strictness is the caller's to apply: {@link TmfParts} reports rejections and never throws.
   */
  public TmfParts parts() {
    return new TmfParts(settings);
  }

  private TmfDataset finish(Assembler a) {
    TmfDataset dataset = a.dataset();
    if (settings.strict() && dataset.report().hasRejections()) {
      throw new TmfRejectedException(dataset.report());
    }
    return dataset;
  }

  /**
   * Streams a TMF637 product file one record at a time: each accepted product goes to {@code sink}
   * as a connection at once and nothing is retained, so memory stays flat however large the file.
   * No duplicate check and no reference check (they need the whole export: use {@link
   * #readDirectory}).
   *
   * @throws TmfRejectedException if this reader is strict and a record was rejected (after the
   *     whole file was streamed)
   */
  public ReadReport streamConnections(Path file, Consumer<? super Connection> sink) {
    Objects.requireNonNull(sink, "sink");
    return stream(file, TmfKind.PRODUCT, o -> sink.accept((Connection) o));
  }

  /** Streams a TMF642 alarm file one record at a time, like {@link #streamConnections}. */
  public ReadReport streamAlarms(Path file, Consumer<? super TmfAlarm> sink) {
    Objects.requireNonNull(sink, "sink");
    return stream(file, TmfKind.ALARM, o -> sink.accept((TmfAlarm) o));
  }

  /**
   * Streams records of a kind from an input stream (left open); {@code lineDelimited} for NDJSON.
   * The consumer receives the core value of each accepted record: a {@code Connection}, a {@link
   * TmfAlarm}, a {@code TroubleTicket}, a {@code ServiceProblem}, an {@code Order}, each {@code
   * UsageRecord}, a {@code Bill}, a {@code BillLine} or {@code SlaTerms} (TMF623 only).
   */
  public ReadReport stream(
      InputStream in, String fileName, TmfKind kind, boolean lineDelimited, Consumer<Object> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sink, "sink");
    ReadReport report = Streamer.stream(settings, in, fileName, kind, lineDelimited, sink);
    if (settings.strict() && report.hasRejections()) {
      throw new TmfRejectedException(report);
    }
    return report;
  }

  /**
   * Reads one notification envelope (one JSON object, which may span lines), for streams: the same
   * checks as the envelopes of an {@code events.ndjson} file. Duplicates are not detected here:
   * de-duplicate on {@link TmfEvent#eventId()}. A rejection names the file {@code event}.
   *
   * @throws TmfRejectedException if this reader is strict and the envelope was rejected
   */
  public EventRead readEvent(byte[] json) {
    Objects.requireNonNull(json, "json");
    EventRead read = Events.read(settings, json, "event");
    if (settings.strict() && read.rejection().isPresent()) {
      throw new TmfRejectedException(
          ReadReport.builder()
              .addRejections(read.rejection().get())
              .addAllWarnings(read.warnings())
              .build());
    }
    return read;
  }

  /** Reads one notification envelope from its text, like {@link #readEvent(byte[])}. */
  public EventRead readEvent(String json) {
    Objects.requireNonNull(json, "json");
    return readEvent(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One alarm's state after its events, replayed the way {@link #readDirectory} replays an {@code
   * events.ndjson} file: in {@code eventTime} order (then {@code eventId}) whatever order they
   * arrived in, later copies of an {@code eventId} dropped, a change that would make the alarm
   * invalid (such as a clear before the raise) skipped, the raise severity kept when a clear says
   * {@code cleared}. Events about other records are ignored. Empty while the events do not yet say
   * where and when the alarm was raised (a clear that arrived before its create).
   */
  public Optional<TmfAlarm> replayAlarm(String alarmId, Collection<TmfEvent> events) {
    Objects.requireNonNull(alarmId, "alarmId");
    Objects.requireNonNull(events, "events");
    return Events.replayAlarm(settings, alarmId, events);
  }

  private ReadReport stream(Path file, TmfKind kind, Consumer<Object> sink) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return stream(in, name, kind, TmfKind.isLineDelimited(name), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "TmfReader{" + (settings.strict() ? "strict" : "lenient") + "}";
  }

  /** Configures a {@link TmfReader}. */
  public static final class Builder {
    private boolean strict;
    private final Set<String> supportsRelationshipTypes = new LinkedHashSet<>();
    private final Map<String, CombinationRule> ruleOverrides = new LinkedHashMap<>();
    private final Map<String, String> priceTypeAliases = new LinkedHashMap<>();
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;

    Builder() {
      priceTypeAliases.put("reccurring", "recurring");
    }

    /** Strict: throw {@link TmfRejectedException} listing every rejection (default lenient). */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Reads {@code serviceRelationship}/{@code resourceRelationship} entries of this type (such as
     * {@code dependsOn}, case-insensitively) as supports edges: the related element supports the
     * one that records the relationship. Other relationships stay informational.
     */
    public Builder supportsRelationshipType(String type) {
      supportsRelationshipTypes.add(Objects.requireNonNull(type, "type"));
      return this;
    }

    /** Combines an element's supporters by this rule, whatever its {@code redundancyRule} says. */
    public Builder rule(String elementId, CombinationRule rule) {
      ruleOverrides.put(
          Objects.requireNonNull(elementId, "elementId"), Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Reads a misspelt {@code priceType} as a known one, with a warning on every use; {@code
     * reccurring -> recurring} (TMF637 v5 examples) is set by default. {@code alias(x, null)} is
     * not allowed: use {@link #noPriceTypeAliases()} to drop the defaults.
     */
    public Builder priceTypeAlias(String alias, String priceType) {
      priceTypeAliases.put(
          Objects.requireNonNull(alias, "alias"), Objects.requireNonNull(priceType, "priceType"));
      return this;
    }

    /** Drops every price type alias, including the default one. */
    public Builder noPriceTypeAliases() {
      priceTypeAliases.clear();
      return this;
    }

    /** Deepest JSON nesting read before failing with a limit error. */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = depth;
      return this;
    }

    /** Longest string value read before failing with a limit error. */
    public Builder maxStringLength(int chars) {
      this.maxStringLength = chars;
      return this;
    }

    /** Longest number read before failing with a limit error. */
    public Builder maxNumberLength(int digits) {
      this.maxNumberLength = digits;
      return this;
    }

    /** Longest field name read before failing with a limit error. */
    public Builder maxNameLength(int chars) {
      this.maxNameLength = chars;
      return this;
    }

    /** The reader. */
    public TmfReader build() {
      return new TmfReader(
          new Settings(
              strict,
              supportsRelationshipTypes,
              ruleOverrides,
              priceTypeAliases,
              maxNestingDepth,
              maxStringLength,
              maxNumberLength,
              maxNameLength));
    }
  }
}
