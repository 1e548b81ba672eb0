package org.ossvalue.tmf.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ossvalue.tmf.AlarmChange;
import org.ossvalue.tmf.EventRead;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.TmfAlarm;
import org.ossvalue.tmf.TmfEvent;

/**
 * One notification envelope at a time, for streams: the same checks as the export reader's event
 * pass, and the same replay of one alarm's events into its state. Not API.
 */
public final class Events {

  private Events() {}

  /** Reads one envelope; {@code name} is what a rejection or warning names as its file. */
  public static EventRead read(Settings settings, byte[] json, String name) {
    Assembler a = new Assembler(settings);
    a.readOneEvent(json, name);
    ReadReport report = a.report();
    EventRead.Builder out = EventRead.builder().warnings(report.warnings());
    if (report.hasRejections()) {
      return out.rejection(report.rejections().get(0)).build();
    }
    List<Assembler.EventRec> accepted = a.acceptedEvents();
    if (accepted.isEmpty()) {
      // Accepted as an envelope but of a type (or without a record id) that ossvalue does not read.
      Header h = header(json, settings);
      return out.event(
              TmfEvent.builder()
                  .eventId(h.eventId)
                  .eventTime(h.time)
                  .eventType(h.eventType)
                  .build())
          .build();
    }
    Assembler.EventRec ev = accepted.get(0);
    Spec<?> spec = Spec.forKey(ev.key);
    TmfEvent.Builder b =
        TmfEvent.builder()
            .eventId(ev.eventId)
            .eventTime(ev.time)
            .eventType(ev.eventType)
            .action(ev.action);
    if (spec != null) {
      b.kind(spec.kind);
      for (Object p : ev.payloads) {
        b.addRecordIds(idOf(spec, p));
        if (p instanceof Dto.Alarm) {
          b.addAlarms(change((Dto.Alarm) p));
        }
      }
    }
    return out.event(b.build()).build();
  }

  @SuppressWarnings("unchecked")
  private static <D> String idOf(Spec<D> spec, Object payload) {
    String id = spec.id((D) payload);
    return id == null ? "" : id;
  }

  /**
   * Replays the events of one alarm the way the export reader does: in {@code eventTime} order
   * (then {@code eventId}), each copy of an {@code eventId} after the first dropped, each change
   * merged into the state unless it would make the alarm invalid, the raise severity kept. Empty
   * while the events do not yet say where and when the alarm was raised.
   */
  public static Optional<TmfAlarm> replayAlarm(
      Settings settings, String alarmId, Collection<TmfEvent> events) {
    List<TmfEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(TmfEvent::eventTime).thenComparing(TmfEvent::eventId));
    Set<String> seen = new HashSet<>();
    Dto.Alarm fold = Spec.ALARM.fresh(alarmId);
    Spec.Context trialCtx = new Spec.Context(settings, Map.of(), true);
    for (TmfEvent e : sorted) {
      if (!seen.add(e.eventId())) {
        continue;
      }
      for (AlarmChange c : e.alarms()) {
        if (!c.id().equals(alarmId)) {
          continue;
        }
        Dto.Alarm next = Spec.ALARM.fresh(alarmId);
        next.merge(fold);
        next.merge(dto(c));
        Issues trial = new Issues(true);
        Spec.ALARM.build(alarmId, next, "event.alarm", trial, trialCtx);
        if (!trial.hasErrors()) {
          fold = next;
        }
      }
    }
    Issues is = new Issues();
    Object built = Spec.ALARM.build(alarmId, fold, "event.alarm", is, trialCtx);
    return Optional.ofNullable((TmfAlarm) built);
  }

  private static AlarmChange change(Dto.Alarm d) {
    AlarmChange.Builder b = AlarmChange.builder().id(d.id == null ? "" : d.id);
    if (d.element != null) b.element(d.element);
    if (d.raised != null) b.raised(d.raised);
    if (d.cleared != null) b.cleared(d.cleared);
    if (d.severity != null) b.perceivedSeverity(d.severity);
    if (d.planned != null) b.plannedOutageIndicator(d.planned);
    if (d.state != null) b.state(d.state);
    if (d.ackState != null) b.ackState(d.ackState);
    if (d.changed != null) b.changed(d.changed);
    return b.build();
  }

  private static Dto.Alarm dto(AlarmChange c) {
    Dto.Alarm d = new Dto.Alarm();
    d.id = c.id();
    d.element = c.element().orElse(null);
    d.raised = c.raised().orElse(null);
    d.cleared = c.cleared().orElse(null);
    d.severity = c.perceivedSeverity().orElse(null);
    d.planned = c.plannedOutageIndicator().orElse(null);
    d.state = c.state().orElse(null);
    d.ackState = c.ackState().orElse(null);
    d.changed = c.changed().orElse(null);
    return d;
  }

  /** The envelope fields of an accepted event of a type that is not read. */
  private static final class Header {
    String eventId = "";
    Instant time = Instant.EPOCH;
    String eventType = "";
  }

  private static Header header(byte[] json, Settings settings) {
    Header h = new Header();
    RecordFile.readOne(
        settings,
        json,
        new RecordFile.Visitor() {
          @Override
          public @Nullable Object parse(Cursor c, RecordFile.Pos pos) throws java.io.IOException {
            return Dto.event(c);
          }

          @Override
          public void accept(@Nullable Object parsed, RecordFile.Pos pos) {
            Dto.Event ev = (Dto.Event) parsed;
            if (ev != null) {
              h.eventId = ev.eventId == null ? "" : ev.eventId;
              Instant t = ev.eventTime != null ? ev.eventTime : ev.timeOccurred;
              h.time = t == null ? Instant.EPOCH : t;
              h.eventType = ev.eventType == null ? "" : ev.eventType;
            }
          }

          @Override
          public void broken(RecordFile.Pos pos, String reason) {}

          @Override
          public void fileWarning(String reason) {}
        });
    return h;
  }
}
