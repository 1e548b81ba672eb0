package org.ossvalue.tmf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.StatusChange;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.tmf.EventSummary;
import org.ossvalue.tmf.FileReport;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.Rejection;
import org.ossvalue.tmf.TmfAlarm;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfKind;
import org.ossvalue.tmf.TmfPosition;
import org.ossvalue.tmf.TmfRecord;
import org.ossvalue.tmf.TmfReference;
import org.ossvalue.tmf.Warning;

/**
 * Reads a TMF export into a {@link TmfDataset}: every file record by record (first pass: parse,
 * validate, drop duplicates), then the events in instant order into each record's state, then the
 * final core values, the topology and the cross-references. Not API.
 */
public final class Assembler {

  private static final Pattern EVENT_TYPE = Pattern.compile("[A-Z][A-Za-z0-9]*Event");
  private static final int REASON_MAX = 600;

  /** Event actions that carry a record's (partial) new state. */
  private static final List<String> ACTIONS =
      List.of(
          "Create",
          "AttributeValueChange",
          "StateChange",
          "StatusChange",
          "Resolved",
          "InformationRequired",
          "Milestone",
          "JeopardyAlert",
          "ErrorMessage",
          "OperatingStatusChange",
          "Batch",
          "Delete");

  /** Resource names as they start event types, longest first. */
  private static final List<String[]> RESOURCES =
      List.of(
          new String[] {"AppliedCustomerBillingRate", "appliedCustomerBillingRate"},
          new String[] {"ServiceProblem", "serviceProblem"},
          new String[] {"TroubleTicket", "troubleTicket"},
          new String[] {"ProductOrder", "productOrder"},
          new String[] {"CustomerBill", "customerBill"},
          new String[] {"Resource", "resource"},
          new String[] {"Product", "product"},
          new String[] {"Service", "service"},
          new String[] {"Alarm", "alarm"},
          new String[] {"Usage", "usage"});

  private final Settings settings;
  private final List<FileStat> files = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final Map<Spec<?>, Map<String, Entry<?>>> entities = new LinkedHashMap<>();
  private final List<EventRec> events = new ArrayList<>();
  private final Map<String, Source> eventIds = new HashMap<>();
  private final Map<String, String> eventTypes = new HashMap<>();
  private final Map<String, List<Object[]>> productMrrHistory = new HashMap<>();
  private final Map<String, List<StatusChange>> orderHistory = new HashMap<>();
  private final Set<TmfKind> kindsRead = new HashSet<>();
  private final Set<String> eventWarnings = new HashSet<>();
  private long eventsRead;
  private long eventDuplicates;
  private long eventsIgnored;
  private long eventsApplied;
  private long eventsRejected;
  private final Map<String, Long> appliedByType = new TreeMap<>();

  public Assembler(Settings settings) {
    this.settings = settings;
    for (Spec<?> s : Spec.ALL) {
      entities.put(s, new LinkedHashMap<>());
    }
  }

  // ================================================================== bookkeeping

  static final class FileStat {
    final String name;
    final TmfKind kind;
    final int order;
    long read;
    long accepted;
    long rejected;
    long duplicates;
    long warnings;

    FileStat(String name, TmfKind kind, int order) {
      this.name = name;
      this.kind = kind;
      this.order = order;
    }
  }

  static final class Source {
    final @Nullable FileStat file;
    final String fileName;
    final long index;
    final long line;
    @Nullable String id;
    boolean rejected;

    Source(@Nullable FileStat file, String fileName, long index, long line) {
      this.file = file;
      this.fileName = fileName;
      this.index = index;
      this.line = line;
    }

    String where() {
      return fileName + (index >= 0 ? "[" + index + "]" : line >= 0 ? ":" + line : "");
    }

    String position() {
      return index >= 0 ? "index " + index : line >= 0 ? "line " + line : "the file";
    }
  }

  static final class Entry<D> {
    final String id;
    @Nullable D snapshot;
    @Nullable Source snapshotSource;
    @Nullable D fold;
    @Nullable Source lastEvent;
    boolean removed;

    Entry(String id) {
      this.id = id;
    }

    @Nullable Source owner() {
      return snapshotSource != null ? snapshotSource : lastEvent;
    }
  }

  static final class EventRec {
    final Instant time;
    final String eventId;
    final String eventType;
    final String key;
    final String action;
    final List<Object> payloads;
    final Source source;

    EventRec(
        Instant time,
        String eventId,
        String eventType,
        String key,
        String action,
        List<Object> payloads,
        Source source) {
      this.time = time;
      this.eventId = eventId;
      this.eventType = eventType;
      this.key = key;
      this.action = action;
      this.payloads = payloads;
      this.source = source;
    }
  }

  private void reject(Source src, @Nullable String field, String reason) {
    src.rejected = true;
    Rejection.Builder b = Rejection.builder().file(src.fileName).reason(cap(reason));
    if (src.index >= 0) {
      b.index(src.index);
    }
    if (src.line >= 0) {
      b.line(src.line);
    }
    if (src.id != null) {
      b.id(src.id);
    }
    if (field != null && !field.isEmpty()) {
      b.field(field);
    }
    rejections.add(b.build());
  }

  private void rejectIssues(Source src, Issues is) {
    Issue first = null;
    List<Issue> rest = new ArrayList<>();
    for (Issue i : is.all()) {
      if (i.level == Issue.Level.WARNING) {
        continue;
      }
      if (first == null) {
        first = i;
      } else {
        rest.add(i);
      }
    }
    if (first == null) {
      reject(src, null, "rejected");
      return;
    }
    StringBuilder reason = new StringBuilder(first.reason);
    if (!rest.isEmpty()) {
      reason.append(" (and ").append(rest.size()).append(rest.size() == 1 ? " more: " : " more: ");
      for (int k = 0; k < rest.size(); k++) {
        if (k > 0) {
          reason.append("; ");
        }
        Issue i = rest.get(k);
        reason.append(i.field.isEmpty() ? "" : i.field + ": ").append(i.reason);
      }
      reason.append(')');
    }
    reject(src, first.field, reason.toString());
  }

  void warn(Source src, @Nullable String field, String reason) {
    warnings.add(warning(src, field, reason));
    if (src.file != null) {
      src.file.warnings++;
    }
  }

  private static Warning warning(Source src, @Nullable String field, String reason) {
    Warning.Builder b = Warning.builder().file(src.fileName).reason(cap(reason));
    if (src.index >= 0) {
      b.index(src.index);
    }
    if (src.line >= 0) {
      b.line(src.line);
    }
    if (src.id != null) {
      b.id(src.id);
    }
    if (field != null && !field.isEmpty()) {
      b.field(field);
    }
    return b.build();
  }

  /** A warning at a position (the file alone when it has neither index nor line). */
  public static Warning warning(
      String file, long index, long line, @Nullable String id, @Nullable String field, String r) {
    Source src = new Source(null, file, index, line);
    src.id = id;
    return warning(src, field, r);
  }

  private void warnIssues(Source src, Issues is) {
    for (Issue i : is.all()) {
      if (i.level == Issue.Level.WARNING && !eventWarnings.contains(i.field + "|" + i.reason)) {
        warn(src, i.field, i.reason);
      }
    }
  }

  /** Turns an accepted record into a rejected one (a problem found after reading). */
  private void unaccept(Source src) {
    if (src.file != null && !src.rejected) {
      src.file.accepted--;
      src.file.rejected++;
    }
  }

  private static String cap(String reason) {
    return reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX) + "…";
  }

  // ================================================================== phase 1: files

  /** Reads every file directly in a directory; others and subdirectories get a warning. */
  public void readDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> names = new ArrayList<>();
    Set<String> directories = new HashSet<>();
    Map<String, Path> regular = new HashMap<>();
    for (Path p : children) {
      String name = p.getFileName().toString();
      names.add(name);
      if (Files.isDirectory(p)) {
        directories.add(name);
      } else if (Files.isRegularFile(p)) {
        regular.put(name, p);
      }
    }
    warnings.addAll(directoryWarnings(names, directories));
    List<Path> ordered = new ArrayList<>();
    for (String name : readingOrder(regular.keySet())) {
      ordered.add(regular.get(name));
    }
    for (Path p : ordered) {
      readFile(p);
    }
  }

  /**
   * The files of a directory listing that {@link #readDirectory} reads, in its order: by kind (the
   * order of {@link Spec#ALL}, events last), then by name.
   */
  public static List<String> readingOrder(Collection<String> fileNames) {
    List<String> sorted = fileNames.stream().sorted().toList();
    List<String> ordered = new ArrayList<>();
    for (Spec<?> spec : Spec.ALL) {
      for (String n : sorted) {
        if (TmfKind.ofFileName(n).orElse(null) == spec.kind) {
          ordered.add(n);
        }
      }
    }
    for (String n : sorted) {
      if (TmfKind.ofFileName(n).orElse(null) == TmfKind.EVENTS) {
        ordered.add(n);
      }
    }
    return ordered;
  }

  /** The warnings {@link #readDirectory} gives for the entries of a directory it does not read. */
  public static List<Warning> directoryWarnings(
      Collection<String> names, Collection<String> directories) {
    List<Warning> out = new ArrayList<>();
    for (String name : names.stream().sorted().toList()) {
      if (directories.contains(name)) {
        out.add(
            warning(
                new Source(null, name + "/", -1, -1),
                null,
                "a directory: not read (only the files directly in the export directory are"
                    + " read)"));
      } else if (TmfKind.ofFileName(name).isEmpty()) {
        out.add(
            warning(
                new Source(null, name, -1, -1),
                null,
                "unsupported file: not read (ossvalue reads <resource>.json or <resource>.ndjson"
                    + " for product, service, resource, alarm, troubleTicket, serviceProblem,"
                    + " productOrder, sla, serviceLevelObjective, usage, customerBill,"
                    + " appliedCustomerBillingRate, and events.ndjson)"));
      }
    }
    return out;
  }

  /** Reads one file of a known kind (by its name). */
  public void readFile(Path file) {
    String name = file.getFileName().toString();
    TmfKind kind =
        TmfKind.ofFileName(name)
            .orElseThrow(
                () -> new IllegalArgumentException("not a TMF resource file name: " + name));
    try (InputStream in = Files.newInputStream(file)) {
      read(in, name, kind, TmfKind.isLineDelimited(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one stream holding records of a kind. */
  public void read(InputStream in, String fileName, TmfKind kind, boolean lineDelimited) {
    FileStat fs = new FileStat(fileName, kind, files.size());
    files.add(fs);
    kindsRead.add(kind);
    RecordFile.Visitor v = kind == TmfKind.EVENTS ? new EventVisitor(fs) : visitor(fs, kind);
    RecordFile.read(settings, in, lineDelimited, v);
  }

  private RecordFile.Visitor visitor(FileStat fs, TmfKind kind) {
    Spec<?> spec = Spec.forKind(kind);
    if (spec == null) {
      throw new IllegalArgumentException("no reader for " + kind);
    }
    return new RecordVisitor<>(fs, spec);
  }

  private abstract class BaseVisitor implements RecordFile.Visitor {
    final FileStat fs;
    Issues issues = new Issues();

    BaseVisitor(FileStat fs) {
      this.fs = fs;
    }

    Source source(RecordFile.Pos pos) {
      return new Source(fs, fs.name, pos.index, pos.line);
    }

    @Override
    public void broken(RecordFile.Pos pos, String reason) {
      fs.read++;
      fs.rejected++;
      reject(source(pos), null, reason);
    }

    @Override
    public void fileWarning(String reason) {
      warn(new Source(fs, fs.name, -1, -1), null, reason);
    }

    /**
     * Counts a record read and returns its id; null (after rejecting and counting it) when it did
     * not parse or has no usable id. The first checks of every record file.
     */
    <D> @Nullable String readRecord(Source src, @Nullable D d, Spec<D> spec) {
      fs.read++;
      if (d != null) {
        src.id = spec.id(d);
      }
      if (issues.hasErrors() || d == null) {
        fs.rejected++;
        if (issues.hasErrors()) {
          rejectIssues(src, issues);
        } else {
          reject(src, null, "must be a JSON object (one record), was null");
        }
        return null;
      }
      String id = checkId(src, spec.id(d), spec.idNull(d), "id");
      if (id == null) {
        fs.rejected++;
      }
      return id;
    }

    /** The id checks every record passes; null (after rejecting) when it has none. */
    @Nullable String checkId(Source src, @Nullable String id, boolean idNull, String field) {
      if (idNull) {
        reject(src, field, "must not be null");
        return null;
      }
      if (id == null) {
        reject(src, field, "must be present");
        return null;
      }
      if (id.isBlank()) {
        reject(src, field, "must not be blank, was \"" + id + "\"");
        return null;
      }
      return id;
    }
  }

  private final class RecordVisitor<D> extends BaseVisitor {
    private final Spec<D> spec;

    RecordVisitor(FileStat fs, Spec<D> spec) {
      super(fs);
      this.spec = spec;
    }

    @Override
    public @Nullable Object parse(Cursor c, RecordFile.Pos pos) throws IOException {
      issues = c.issues();
      return spec.parse(c);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void accept(@Nullable Object parsed, RecordFile.Pos pos) {
      Source src = source(pos);
      D d = (D) parsed;
      String id = readRecord(src, d, spec);
      if (id == null) {
        return;
      }
      Map<String, Entry<?>> map = entities.get(spec);
      Entry<D> e = (Entry<D>) map.get(id);
      if (e != null && e.snapshotSource != null) {
        fs.duplicates++;
        warn(src, "id", duplicateReason(id, e.snapshotSource, src));
        return;
      }
      Issues trial = new Issues();
      Object built = spec.build(id, d, "", trial, new Spec.Context(settings, Map.of(), true));
      if (built == null) {
        fs.rejected++;
        rejectIssues(src, trial);
        return;
      }
      fs.accepted++;
      if (e == null) {
        e = new Entry<>(id);
        map.put(id, e);
      }
      e.snapshot = d;
      e.snapshotSource = src;
    }
  }

  /** Why a later copy of an accepted record is dropped. */
  static String duplicateReason(String id, Source kept, Source copy) {
    return "duplicate id "
        + id
        + ": "
        + kept.where()
        + " is kept, this copy at "
        + copy.position()
        + " is dropped";
  }

  /** The warning on a later copy of an accepted record (positions: -1 when absent). */
  public static Warning duplicate(
      String id,
      String file,
      long index,
      long line,
      String keptFile,
      long keptIndex,
      long keptLine) {
    Source copy = new Source(null, file, index, line);
    copy.id = id;
    return warning(
        copy, "id", duplicateReason(id, new Source(null, keptFile, keptIndex, keptLine), copy));
  }

  private final class EventVisitor extends BaseVisitor {
    EventVisitor(FileStat fs) {
      super(fs);
    }

    @Override
    public @Nullable Object parse(Cursor c, RecordFile.Pos pos) throws IOException {
      issues = c.issues();
      return Dto.event(c);
    }

    @Override
    public void broken(RecordFile.Pos pos, String reason) {
      eventsRead++;
      eventsRejected++;
      super.broken(pos, reason);
    }

    @Override
    public void accept(@Nullable Object parsed, RecordFile.Pos pos) {
      fs.read++;
      eventsRead++;
      Source src = source(pos);
      Dto.Event ev = (Dto.Event) parsed;
      if (ev != null) {
        src.id = ev.eventId;
      }
      if (!acceptEvent(src, ev)) {
        fs.rejected++;
        eventsRejected++;
      }
    }

    private boolean acceptEvent(Source src, Dto.@Nullable Event ev) {
      if (issues.hasErrors() || ev == null) {
        if (issues.hasErrors()) {
          rejectIssues(src, issues);
        } else {
          reject(src, null, "must be a JSON object (an event envelope), was null");
        }
        return false;
      }
      String eventId = checkId(src, ev.eventId, false, "eventId");
      if (eventId == null) {
        return false;
      }
      Instant time = ev.eventTime != null ? ev.eventTime : ev.timeOccurred;
      if (time == null) {
        reject(src, "eventTime", "must be present (or timeOccurred / timeOcurred)");
        return false;
      }
      if (ev.eventType == null) {
        reject(src, "eventType", "must be present");
        return false;
      }
      if (!EVENT_TYPE.matcher(ev.eventType).matches()) {
        reject(
            src,
            "eventType",
            "must name a TMF event type (such as AlarmCreateEvent), was "
                + Cursor.quote(ev.eventType)
                + ": an unknown event");
        return false;
      }
      if (!ev.hasEvent) {
        reject(src, "event", "must be present (the event payload)");
        return false;
      }
      String[] resolved = resolve(ev.eventType);
      String noId = null;
      List<Object> payloads = new ArrayList<>();
      String key = null;
      String action = null;
      if (resolved != null) {
        key = resolved[0];
        action = resolved[1];
        Object payload = ev.payloads.get(key);
        String at = "event." + key;
        if (payload == null) {
          reject(src, at, "must be present for " + ev.eventType);
          return false;
        }
        if (payload instanceof List) {
          if (!action.equals("Batch")) {
            reject(
                src,
                at,
                "must be one object for "
                    + ev.eventType
                    + ", was an array (a batch of "
                    + ((List<?>) payload).size()
                    + "); only a …BatchEvent carries several records");
            return false;
          }
          payloads.addAll((List<?>) payload);
        } else {
          payloads.add(payload);
        }
        Spec<?> spec = Spec.forKey(key);
        Issues read = new Issues(true);
        for (Object p : payloads) {
          if (!checkPayload(src, spec, p, at, read)) {
            return false;
          }
        }
        for (Issue i : read.all()) {
          if (i.level == Issue.Level.WARNING) {
            warn(src, i.field, i.reason);
            eventWarnings.add(i.field + "|" + i.reason);
          }
        }
        if (payloads.stream().anyMatch(p -> !hasId(spec, p))) {
          resolved = null;
          noId = at + ".id";
        }
      }
      Source first = eventIds.get(eventId);
      if (first != null) {
        fs.duplicates++;
        eventDuplicates++;
        String firstType = eventTypes.get(eventId);
        warn(
            src,
            "eventId",
            "duplicate eventId "
                + eventId
                + ": "
                + first.where()
                + " is kept, this copy at "
                + src.position()
                + " is dropped"
                + (ev.eventType.equals(firstType)
                    ? ""
                    : " (it is a "
                        + ev.eventType
                        + ", the kept one a "
                        + firstType
                        + ": the source reuses event ids)"));
        return true;
      }
      eventIds.put(eventId, src);
      eventTypes.put(eventId, ev.eventType);
      fs.accepted++;
      if (resolved == null) {
        eventsIgnored++;
        if (noId != null) {
          warn(src, noId, "absent: the event does not say which record it is about; it is ignored");
        } else {
          warn(
              src,
              "eventType",
              ev.eventType + " is not an event ossvalue reads: the event is ignored");
        }
        return true;
      }
      events.add(new EventRec(time, eventId, ev.eventType, key, action, payloads, src));
      return true;
    }

    @SuppressWarnings("unchecked")
    private <D> boolean hasId(@Nullable Spec<D> spec, Object p) {
      if (spec == null) {
        return true;
      }
      D d = (D) p;
      String id = spec.id(d);
      return !spec.idNull(d) && id != null && !id.isBlank();
    }

    @SuppressWarnings("unchecked")
    private <D> boolean checkPayload(
        Source src, @Nullable Spec<D> spec, Object p, String at, Issues read) {
      if (spec == null) {
        return true;
      }
      D d = (D) p;
      String id = spec.id(d);
      Issues trial = new Issues(true);
      spec.build(id == null ? "?" : id, d, at, trial, new Spec.Context(settings, Map.of(), true));
      if (trial.hasErrors()) {
        rejectIssues(src, trial);
        return false;
      }
      for (Issue i : trial.all()) {
        if (i.level == Issue.Level.WARNING) {
          read.warn(i.field, i.reason);
        }
      }
      return true;
    }
  }

  /** {resource key, action} for an event type such as ProductOrderStateChangeEvent; or null. */
  static String @Nullable [] resolve(String eventType) {
    String body = eventType.substring(0, eventType.length() - "Event".length());
    for (String[] r : RESOURCES) {
      if (body.startsWith(r[0])) {
        String action = body.substring(r[0].length());
        if (ACTIONS.contains(action)) {
          return new String[] {r[1], action};
        }
      }
    }
    return null;
  }

  // ================================================================== phase 2: replay

  private void replay() {
    events.sort(
        Comparator.<EventRec, Instant>comparing(e -> e.time)
            .thenComparing(e -> e.eventId)
            .thenComparingLong(e -> e.source.line)
            .thenComparingLong(e -> e.source.index));
    for (EventRec ev : events) {
      Spec<?> spec = Spec.forKey(ev.key);
      if (spec == null) {
        continue;
      }
      if (ev.action.equals("Delete")) {
        eventsApplied++;
        appliedByType.merge(ev.eventType, 1L, Long::sum);
        continue;
      }
      if (apply(spec, ev)) {
        eventsApplied++;
        appliedByType.merge(ev.eventType, 1L, Long::sum);
      } else {
        eventsRejected++;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private <D> boolean apply(Spec<D> spec, EventRec ev) {
    Map<String, Entry<?>> map = entities.get(spec);
    List<D> folds = new ArrayList<>();
    for (Object o : ev.payloads) {
      D p = (D) o;
      String id = spec.id(p);
      Entry<D> e = (Entry<D>) map.get(id);
      D fold = spec.fresh(id);
      if (e != null && e.fold != null) {
        spec.merge(fold, e.fold);
      }
      spec.merge(fold, p);
      D trial = spec.fresh(id);
      spec.merge(trial, fold);
      if (e != null && e.snapshot != null) {
        spec.merge(trial, e.snapshot);
      }
      Issues is = new Issues(true);
      spec.build(id, trial, "event." + ev.key, is, new Spec.Context(settings, Map.of(), true));
      if (is.hasErrors()) {
        ev.source.id = ev.eventId;
        unaccept(ev.source);
        rejectIssues(ev.source, withRecord(is, id));
        return false;
      }
      folds.add(fold);
    }
    for (int i = 0; i < folds.size(); i++) {
      D fold = folds.get(i);
      String id = spec.id(fold);
      Entry<D> e = (Entry<D>) map.computeIfAbsent(id, Entry::new);
      e.fold = fold;
      e.lastEvent = ev.source;
      D payload = (D) ev.payloads.get(i);
      if (payload instanceof Dto.Product && ((Dto.Product) payload).prices != null) {
        Money mrr = Build.mrr(((Dto.Product) payload).prices, new Issues(), settings);
        productMrrHistory
            .computeIfAbsent(id, k -> new ArrayList<>())
            .add(new Object[] {ev.time, mrr});
      }
      if (payload instanceof Dto.Order && ((Dto.Order) payload).state != null) {
        orderHistory
            .computeIfAbsent(id, k -> new ArrayList<>())
            .add(StatusChange.of(((Dto.Order) payload).state, ev.time));
      }
    }
    return true;
  }

  private static Issues withRecord(Issues is, String id) {
    Issues out = new Issues();
    for (Issue i : is.all()) {
      if (i.level == Issue.Level.ERROR) {
        out.error(i.field, i.reason + " (record " + id + " after replaying this event)");
      }
    }
    return out;
  }

  // ================================================================== phase 3: build

  /** Replays the events and builds the dataset; every count and message is final here. */
  public TmfDataset dataset() {
    replay();
    Map<String, Dto.Slo> objectives = new HashMap<>();
    for (Dto.Slo o : this.<Dto.Slo>finals(Spec.SLO).values()) {
      objectives.put(o.id, o);
    }
    Spec.Context ctx = new Spec.Context(settings, objectives, false);

    Map<String, Dto.Resource> resources = finals(Spec.RESOURCE);
    Map<String, Dto.Service> services = finals(Spec.SERVICE);
    Map<String, Connection> connections = built(Spec.PRODUCT, ctx, Connection.class);
    Map<String, TmfAlarm> alarms = built(Spec.ALARM, ctx, TmfAlarm.class);
    Map<String, TroubleTicket> tickets = built(Spec.TICKET, ctx, TroubleTicket.class);
    Map<String, ServiceProblem> problems = built(Spec.PROBLEM, ctx, ServiceProblem.class);
    Map<String, Order> orders = built(Spec.ORDER, ctx, Order.class);
    Map<String, List<?>> usage =
        built(Spec.USAGE, ctx, List.class).entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> (List<?>) e.getValue(), (a, b) -> a, TreeMap::new));
    Map<String, Bill> bills = built(Spec.BILL, ctx, Bill.class);
    Map<String, BillLine> lines = built(Spec.RATE, ctx, BillLine.class);
    Map<String, SlaTerms> slas = built(Spec.SLA, ctx, SlaTerms.class);

    Topology topology = new TopologyAssembly(this, settings).build(resources, services);

    // cross-references
    List<Connection> finalConnections = new ArrayList<>();
    boolean slaRead = kindsRead.contains(TmfKind.SLA);
    for (Connection c : connections.values()) {
      Entry<?> e = entities.get(Spec.PRODUCT).get(c.id());
      Source owner = e.owner();
      Dto.Product d = this.<Dto.Product>finalDto(Spec.PRODUCT, c.id());
      List<String> keep = new ArrayList<>();
      for (String r : c.realizedBy()) {
        if (topology.contains(r)) {
          keep.add(r);
        } else {
          warn(owner, refPath(d, r), unresolvedReason(TmfReference.Target.ELEMENT, r));
        }
      }
      Connection fc = c;
      if (keep.size() != c.realizedBy().size()) {
        fc = Connection.builder().from(c).realizedBy(keep).build();
      }
      if (slaRead && c.sla().isPresent() && !slas.containsKey(c.sla().get())) {
        warn(owner, slaField(d), unresolvedReason(TmfReference.Target.SLA, c.sla().get()));
      }
      finalConnections.add(fc);
    }
    Set<String> connectionIds = connections.keySet();
    for (TmfAlarm a : alarms.values()) {
      if (!topology.contains(a.element()) && !connectionIds.contains(a.element())) {
        Entry<?> e = entities.get(Spec.ALARM).get(a.id());
        warn(
            e.owner(),
            ALARMED_OBJECT,
            unresolvedReason(TmfReference.Target.ELEMENT_OR_CONNECTION, a.element()));
      }
    }

    List<Order> finalOrders = new ArrayList<>();
    for (Order o : orders.values()) {
      finalOrders.add(withHistoryAndPreviousMrr(o));
    }
    List<UsageRecord> usageRecords = new ArrayList<>();
    for (List<?> l : usage.values()) {
      for (Object u : l) {
        usageRecords.add((UsageRecord) u);
      }
    }

    return TmfDataset.builder()
        .connections(finalConnections)
        .topology(topology)
        .alarms(alarms.values())
        .tickets(tickets.values())
        .problems(problems.values())
        .orders(finalOrders)
        .usage(usageRecords)
        .bills(bills.values())
        .billLines(lines.values())
        .slaTerms(slas.values())
        .events(
            EventSummary.builder()
                .read(eventsRead)
                .distinct(eventIds.size())
                .duplicates(eventDuplicates)
                .applied(eventsApplied)
                .ignored(eventsIgnored)
                .rejected(eventsRejected)
                .putAllAppliedByType(appliedByType)
                .build())
        .report(report())
        .build();
  }

  private Order withHistoryAndPreviousMrr(Order o) {
    List<StatusChange> history = orderHistory.get(o.id());
    boolean modify = o.items().stream().anyMatch(i -> i.action() == OrderAction.MODIFY);
    if (history == null && !modify) {
      return o;
    }
    Order.Builder b = Order.builder().from(o);
    if (history != null) {
      b.addAllHistory(history);
    }
    if (modify) {
      List<OrderItem> items = new ArrayList<>();
      for (OrderItem item : o.items()) {
        Money previous = null;
        if (item.action() == OrderAction.MODIFY && item.connection().isPresent()) {
          List<Object[]> states = productMrrHistory.get(item.connection().get());
          if (states != null) {
            for (Object[] st : states) {
              if (((Instant) st[0]).isBefore(o.created()) && st[1] != null) {
                previous = (Money) st[1];
              }
            }
          }
        }
        items.add(
            previous == null ? item : OrderItem.builder().from(item).previousMrr(previous).build());
      }
      b.items(items);
    }
    return b.build();
  }

  private static final String ALARMED_OBJECT = "alarmedObject.id";

  /** What {@link #dataset} says about a reference the export does not resolve. */
  public static String unresolvedReason(TmfReference.Target target, String id) {
    switch (target) {
      case ELEMENT:
        return id
            + " is not in the service or resource inventory: dropped, the connection is never"
            + " impacted through it";
      case SLA:
        return id + " is not among the SLAs read: no SLA terms for this connection";
      case ELEMENT_OR_CONNECTION:
        return id
            + " is not in the service, resource or product inventory: the alarm impacts nothing";
    }
    throw new AssertionError(target);
  }

  private static String slaField(Dto.Product d) {
    return d.agreements != null && !d.agreements.isEmpty()
        ? Build.f(d.agreements.get(0).path, "id")
        : "productCharacteristic";
  }

  private static String refPath(Dto.Product d, String id) {
    for (List<Dto.Ref> refs :
        List.of(nonNull(d.realizingServices), nonNull(d.realizingResources))) {
      for (Dto.Ref r : refs) {
        if (id.equals(r.id)) {
          return Build.f(r.path, "id");
        }
      }
    }
    return "realizingService";
  }

  private static <T> List<T> nonNull(@Nullable List<T> l) {
    return l == null ? List.of() : l;
  }

  @SuppressWarnings("unchecked")
  <D> D finalDto(Spec<D> spec, String id) {
    Entry<D> e = (Entry<D>) entities.get(spec).get(id);
    D d = spec.fresh(id);
    if (e.fold != null) {
      spec.merge(d, e.fold);
    }
    if (e.snapshot != null) {
      spec.merge(d, e.snapshot);
    }
    if (e.fold == null && e.snapshot != null) {
      return e.snapshot;
    }
    return d;
  }

  /** The final DTO of every record of a kind (validated), by id. */
  @SuppressWarnings("unchecked")
  <D> Map<String, D> finals(Spec<D> spec) {
    Map<String, D> out = new TreeMap<>();
    Spec.Context ctx = new Spec.Context(settings, Map.of(), false);
    for (Entry<?> raw : entities.get(spec).values()) {
      Entry<D> e = (Entry<D>) raw;
      D d = finalDto(spec, e.id);
      Issues is = new Issues();
      Object ok = spec.build(e.id, d, e.snapshot != null ? "" : "event." + spec.key, is, ctx);
      Source owner = recordOwner(e);
      if (owner != null) {
        warnIssues(owner, is);
      }
      if (ok != null) {
        out.put(e.id, d);
      } else if (owner != null) {
        notBuilt(owner, e, is);
      }
    }
    return out;
  }

  /** The core value of every record of a kind, by id. */
  @SuppressWarnings("unchecked")
  private <D, T> Map<String, T> built(Spec<D> spec, Spec.Context ctx, Class<T> type) {
    Map<String, T> out = new TreeMap<>();
    for (Entry<?> raw : entities.get(spec).values()) {
      Entry<D> e = (Entry<D>) raw;
      D d = finalDto(spec, e.id);
      Issues is = new Issues();
      Object built = spec.build(e.id, d, e.snapshot != null ? "" : "event." + spec.key, is, ctx);
      Source owner = recordOwner(e);
      if (owner != null) {
        warnIssues(owner, is);
      }
      if (built != null) {
        out.put(e.id, type.cast(built));
      } else if (owner != null) {
        notBuilt(owner, e, is);
      }
    }
    return out;
  }

  /** The source a record's messages name: its snapshot, else its last event (with its id). */
  private @Nullable Source recordOwner(Entry<?> e) {
    if (e.snapshotSource != null) {
      return e.snapshotSource;
    }
    if (e.lastEvent == null) {
      return null;
    }
    Source at =
        new Source(e.lastEvent.file, e.lastEvent.fileName, e.lastEvent.index, e.lastEvent.line);
    at.id = e.id;
    return at;
  }

  private void notBuilt(Source owner, Entry<?> e, Issues is) {
    StringBuilder why = new StringBuilder();
    String field = null;
    for (Issue i : is.all()) {
      if (i.level != Issue.Level.WARNING) {
        if (field == null) {
          field = i.field;
        }
        if (why.length() > 0) {
          why.append("; ");
        }
        why.append(i.field).append(": ").append(i.reason);
      }
    }
    Source at = new Source(owner.file, owner.fileName, owner.index, owner.line);
    at.id = e.id;
    warn(
        at,
        field,
        "record "
            + e.id
            + (e.snapshot == null ? " is known only from events and" : "")
            + " could not be built ("
            + why
            + "): not in the dataset");
  }

  /** A rejection found while assembling (such as a supports cycle): counts move accordingly. */
  void rejectLate(Source src, @Nullable String field, String reason) {
    unaccept(src);
    reject(src, field, reason);
  }

  @SuppressWarnings("unchecked")
  @Nullable Source owner(Spec<?> spec, String id) {
    Entry<?> e = entities.get(spec).get(id);
    return e == null ? null : e.owner();
  }

  // ------------------------------------------------------------------ for one event at a time

  /** Reads one notification envelope (see {@link Events}). */
  void readOneEvent(byte[] json, String name) {
    FileStat fs = new FileStat(name, TmfKind.EVENTS, files.size());
    files.add(fs);
    kindsRead.add(TmfKind.EVENTS);
    RecordFile.readOne(settings, json, new EventVisitor(fs));
  }

  /** The envelopes accepted so far, in reading order, before any replay. */
  List<EventRec> acceptedEvents() {
    return events;
  }

  // ------------------------------------------------------------------ for parts (TmfParts)

  /**
   * Reads records of a kind as part of an export, each on its own: the checks and messages of
   * {@link #readDirectory} and of the final build, without the duplicate check and the
   * cross-references (they need the whole export: {@link TmfRecord} carries what they need). NDJSON
   * lines are numbered from {@code firstLine}. File-level warnings (such as an empty file) go to
   * {@code fileWarnings} when not null.
   */
  public void readPart(
      InputStream in,
      String fileName,
      TmfKind kind,
      boolean lineDelimited,
      long firstLine,
      Consumer<TmfRecord> sink,
      @Nullable List<Warning> fileWarnings) {
    Spec<?> spec = Spec.forKind(kind);
    if (spec == null || !partKind(kind)) {
      throw new IllegalArgumentException(
          kind + " records cannot be read on their own: they need the whole export");
    }
    FileStat fs = new FileStat(fileName, kind, files.size());
    files.add(fs);
    PartVisitor<?> v = new PartVisitor<>(fs, spec, sink, fileWarnings);
    try {
      if (lineDelimited) {
        RecordFile.readLines(settings, in, firstLine, v);
      } else {
        RecordFile.read(settings, in, false, v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether records of a kind can be read on their own ({@link #readPart}). */
  public static boolean partKind(TmfKind kind) {
    switch (kind) {
      case PRODUCT:
      case ALARM:
      case TROUBLE_TICKET:
      case SERVICE_PROBLEM:
      case PRODUCT_ORDER:
      case USAGE:
      case CUSTOMER_BILL:
      case APPLIED_CUSTOMER_BILLING_RATE:
        return true;
      default:
        return false;
    }
  }

  private final class PartVisitor<D> extends BaseVisitor {
    private final Spec<D> spec;
    private final Consumer<TmfRecord> sink;
    private final @Nullable List<Warning> fileWarnings;

    PartVisitor(
        FileStat fs, Spec<D> spec, Consumer<TmfRecord> sink, @Nullable List<Warning> fileWarnings) {
      super(fs);
      this.spec = spec;
      this.sink = sink;
      this.fileWarnings = fileWarnings;
    }

    @Override
    public @Nullable Object parse(Cursor c, RecordFile.Pos pos) throws IOException {
      issues = c.issues();
      return spec.parse(c);
    }

    @Override
    public void fileWarning(String reason) {
      if (fileWarnings != null) {
        fileWarnings.add(warning(new Source(fs, fs.name, -1, -1), null, reason));
      }
    }

    @Override
    public void broken(RecordFile.Pos pos, String reason) {
      int r = rejections.size();
      int w = warnings.size();
      super.broken(pos, reason);
      emit(source(pos), TmfRecord.Outcome.REJECTED, null, List.of(), r, w);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void accept(@Nullable Object parsed, RecordFile.Pos pos) {
      int r = rejections.size();
      int w = warnings.size();
      Source src = source(pos);
      D d = (D) parsed;
      String id = readRecord(src, d, spec);
      if (id == null) {
        emit(src, TmfRecord.Outcome.REJECTED, null, List.of(), r, w);
        return;
      }
      Issues trial = new Issues();
      if (spec.build(id, d, "", trial, new Spec.Context(settings, Map.of(), true)) == null) {
        fs.rejected++;
        rejectIssues(src, trial);
        emit(src, TmfRecord.Outcome.REJECTED_AFTER_ID, null, List.of(), r, w);
        return;
      }
      fs.accepted++;
      Issues is = new Issues();
      Object built = spec.build(id, d, "", is, new Spec.Context(settings, Map.of(), false));
      warnIssues(src, is);
      if (built == null) {
        Entry<D> e = new Entry<>(id);
        e.snapshot = d;
        notBuilt(src, e, is);
        emit(src, TmfRecord.Outcome.ACCEPTED, null, List.of(), r, w);
        return;
      }
      List<Object> values = built instanceof List ? List.copyOf((List<?>) built) : List.of(built);
      emit(src, TmfRecord.Outcome.ACCEPTED, d, values, r, w);
    }

    private void emit(
        Source src,
        TmfRecord.Outcome outcome,
        @Nullable D d,
        List<Object> values,
        int rejectionsBefore,
        int warningsBefore) {
      TmfRecord.Builder b =
          TmfRecord.builder()
              .kind(fs.kind)
              .position(position(src))
              .outcome(outcome)
              .values(values)
              .warnings(warnings.subList(warningsBefore, warnings.size()));
      if (src.id != null) {
        b.id(src.id);
      }
      if (rejections.size() > rejectionsBefore) {
        b.rejection(rejections.get(rejectionsBefore));
      }
      for (Object v : values) {
        if (v instanceof Connection) {
          Connection c = (Connection) v;
          Dto.Product p = (Dto.Product) d;
          for (String r : c.realizedBy()) {
            b.addReferences(TmfReference.of(TmfReference.Target.ELEMENT, r, refPath(p, r)));
          }
          c.sla().ifPresent(s -> b.sla(TmfReference.of(TmfReference.Target.SLA, s, slaField(p))));
        } else if (v instanceof TmfAlarm) {
          b.addReferences(
              TmfReference.of(
                  TmfReference.Target.ELEMENT_OR_CONNECTION,
                  ((TmfAlarm) v).element(),
                  ALARMED_OBJECT));
        }
      }
      sink.accept(b.build());
      rejections.subList(rejectionsBefore, rejections.size()).clear();
      warnings.subList(warningsBefore, warnings.size()).clear();
    }
  }

  /** The warning on a file without records. */
  public static Warning emptyFile(String fileName) {
    return warning(new Source(null, fileName, -1, -1), null, RecordFile.EMPTY_FILE);
  }

  private static TmfPosition position(Source src) {
    return src.index >= 0
        ? TmfPosition.index(src.fileName, src.index)
        : src.line >= 0 ? TmfPosition.line(src.fileName, src.line) : TmfPosition.file(src.fileName);
  }

  // ------------------------------------------------------------------ for the streamer

  void rejectFrom(Source src, Issues is, @Nullable String reason) {
    if (reason != null && !is.hasErrors()) {
      reject(src, null, reason);
    } else {
      rejectIssues(src, is);
    }
  }

  void rejectField(Source src, @Nullable String field, String reason) {
    reject(src, field, reason);
  }

  void warnFrom(Source src, Issues is) {
    warnIssues(src, is);
  }

  ReadReport reportFor(FileStat fs) {
    files.add(fs);
    return report();
  }

  // ================================================================== report

  /** Counts per file, rejections and warnings, by file then position. */
  public ReadReport report() {
    List<FileReport> reports = new ArrayList<>();
    for (FileStat f : files) {
      reports.add(
          FileReport.builder()
              .file(f.name)
              .kind(f.kind)
              .read(f.read)
              .accepted(f.accepted)
              .rejected(f.rejected)
              .duplicates(f.duplicates)
              .warnings(f.warnings)
              .build());
    }
    return report(reports, rejections, warnings);
  }

  /**
   * A report of files in reading order and their messages, sorted as every reader sorts them: by
   * the file's reading order (files not listed last, by name), then by position; messages at the
   * same position keep the order they are given in.
   */
  public static ReadReport report(
      List<FileReport> files, Collection<Rejection> rejections, Collection<Warning> warnings) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      order.putIfAbsent(files.get(i).file(), i);
    }
    Comparator<String> byFile =
        Comparator.<String>comparingInt(n -> order.getOrDefault(n, Integer.MAX_VALUE))
            .thenComparing(n -> n);
    List<Rejection> rs = new ArrayList<>(rejections);
    rs.sort(
        Comparator.comparing(Rejection::file, byFile)
            .thenComparingLong(r -> r.index().orElse(r.line().orElse(-1))));
    List<Warning> ws = new ArrayList<>(warnings);
    ws.sort(
        Comparator.comparing(Warning::file, byFile)
            .thenComparingLong(w -> w.index().orElse(w.line().orElse(-1))));
    return ReadReport.builder().rejections(rs).warnings(ws).files(files).build();
  }
}
