package org.ossvalue.testkit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.ossvalue.testkit.internal.Model.Alarm;
import org.ossvalue.testkit.internal.Model.Problem;
import org.ossvalue.testkit.internal.Model.Ticket;
import org.ossvalue.testkit.operator.EventMode;
import org.ossvalue.testkit.operator.WriteOptions;

/**
 * The notification events of the alarms, tickets and problems, in event-time order through a
 * bounded priority queue (alarms come in raise order, so only events of the last two days wait),
 * then, for at-least-once delivery, through a small shuffling window that also re-delivers some
 * events and lets some clears overtake their raise.
 */
final class EventStream {

  /** Writes an event's payload object. */
  @FunctionalInterface
  interface Payload {
    void write(JsonGenerator g) throws IOException;
  }

  record Event(
      Instant time,
      String id,
      String type,
      String key,
      String correlation,
      String domain,
      Payload payload) {}

  private static final long HORIZON = 2 * 86_400L;
  private static final int WINDOW = 16;

  private final Model m;
  private final TmfWriter w;
  private final TmfWriter.Out out;
  private final boolean messy;
  private final SplittableRandom random;
  private final PriorityQueue<Event> pending =
      new PriorityQueue<>(Comparator.comparing(Event::time).thenComparing(Event::id));
  private final List<Event> window = new ArrayList<>(WINDOW);
  private final List<Object[]> redeliveries = new ArrayList<>(); // {countdown, event}

  EventStream(Model m, WriteOptions options, TmfWriter w, TmfWriter.Out out) {
    this.m = m;
    this.w = w;
    this.out = out;
    this.messy = options.events() == EventMode.AT_LEAST_ONCE_UNORDERED;
    this.random = Seeds.random(m.seed, Model.EVENT, 0);
  }

  /** Adds alarm j's events (and its ticket's and problem's). */
  void add(int j, Alarm a, @Nullable Ticket t, @Nullable Problem p) throws IOException {
    Instant safe = m.slotStart(j).minusSeconds(HORIZON);
    while (!pending.isEmpty() && pending.peek().time().isBefore(safe)) {
      deliver(pending.poll());
    }
    String base = "EV-" + a.id();
    String corr = a.id();
    push(
        new Event(
            a.reported(),
            base + "-1",
            "AlarmCreateEvent",
            "alarm",
            corr,
            "Assurance",
            g -> {
              g.writeStartObject();
              w.alarmId(g, a);
              g.writeStringField("state", "raised");
              g.writeStringField("ackState", "unacknowledged");
              w.alarmRaise(g, a);
              g.writeStringField("@type", "Alarm");
              g.writeEndObject();
            }));
    if (a.acked() != null) {
      push(
          new Event(
              a.acked(),
              base + "-2",
              "AlarmAttributeValueChangeEvent",
              "alarm",
              corr,
              "Assurance",
              g -> {
                g.writeStartObject();
                w.alarmId(g, a);
                g.writeStringField("ackState", "acknowledged");
                w.time(g, "alarmChangedTime", a.acked());
                g.writeStringField("ackUserId", "noc.operator." + (1 + a.index() % 24));
                g.writeStringField("@type", "Alarm");
                g.writeEndObject();
              }));
    }
    if (a.cleared() != null && a.cleared().plusSeconds(5).isBefore(m.asOf)) {
      Event clear =
          new Event(
              a.cleared().plusSeconds(5),
              base + "-3",
              "AlarmStateChangeEvent",
              "alarm",
              corr,
              "Assurance",
              g -> {
                g.writeStartObject();
                w.alarmId(g, a);
                g.writeStringField("state", "cleared");
                g.writeStringField("perceivedSeverity", "cleared");
                w.time(g, "alarmClearedTime", a.cleared());
                w.time(g, "alarmChangedTime", a.cleared());
                g.writeStringField("clearSystemId", "EMS-" + a.domain().code());
                g.writeStringField("@type", "Alarm");
                g.writeEndObject();
              });
      if (messy && random.nextDouble() < 0.005) {
        deliver(clear); // overtakes its raise
      } else {
        push(clear);
      }
    }
    if (t != null) {
      push(
          new Event(
              t.created(),
              "EV-" + t.id() + "-1",
              "TroubleTicketCreateEvent",
              "troubleTicket",
              t.id(),
              "Assurance",
              g -> {
                g.writeStartObject();
                w.ticketCreate(g, t);
                g.writeStringField("status", "acknowledged");
                g.writeStringField("@type", "TroubleTicket");
                g.writeEndObject();
              }));
      if (t.resolved() != null) {
        push(
            new Event(
                t.resolved(),
                "EV-" + t.id() + "-2",
                "TroubleTicketResolvedEvent",
                "troubleTicket",
                t.id(),
                "Assurance",
                g -> {
                  g.writeStartObject();
                  g.writeStringField("id", t.id());
                  g.writeStringField("status", "resolved");
                  w.time(g, "resolutionDate", t.resolved());
                  g.writeStringField("@type", "TroubleTicket");
                  g.writeEndObject();
                }));
      }
    }
    if (p != null) {
      push(
          new Event(
              p.created(),
              "EV-" + p.id() + "-1",
              "ServiceProblemCreateEvent",
              "serviceProblem",
              p.id(),
              "Assurance",
              g -> {
                g.writeStartObject();
                w.problemCreate(g, p);
                g.writeStringField("status", "acknowledged");
                g.writeStringField("@type", "ServiceProblem");
                g.writeEndObject();
              }));
    }
  }

  private void push(Event e) {
    if (e.time().isBefore(m.asOf)) {
      pending.add(e);
    }
  }

  /** Writes what is left. */
  void finish() throws IOException {
    while (!pending.isEmpty()) {
      deliver(pending.poll());
    }
    while (!window.isEmpty()) {
      emit(window.remove(random.nextInt(window.size())));
    }
    for (Object[] r : redeliveries) {
      write((Event) r[1]);
    }
    redeliveries.clear();
  }

  private void deliver(Event e) throws IOException {
    if (!messy) {
      write(e);
      return;
    }
    window.add(e);
    if (window.size() >= WINDOW) {
      emit(window.remove(random.nextInt(window.size())));
    }
  }

  private void emit(Event e) throws IOException {
    write(e);
    if (random.nextDouble() < 0.01) {
      redeliveries.add(new Object[] {1 + random.nextInt(20), e});
    }
    List<Object[]> due = new ArrayList<>();
    for (Object[] r : redeliveries) {
      r[0] = (Integer) r[0] - 1;
      if ((Integer) r[0] <= 0) {
        due.add(r);
      }
    }
    redeliveries.removeAll(due);
    for (Object[] r : due) {
      write((Event) r[1]);
    }
  }

  private void write(Event e) throws IOException {
    JsonGenerator g = out.next();
    g.writeStartObject();
    g.writeStringField("eventId", e.id());
    w.time(g, "eventTime", e.time());
    g.writeStringField("eventType", e.type());
    g.writeStringField("correlationId", e.correlation());
    g.writeStringField("domain", e.domain());
    g.writeStringField("title", e.type());
    g.writeStringField("priority", "3");
    w.time(g, w.v5() ? "timeOccurred" : "timeOcurred", e.time());
    g.writeObjectFieldStart("event");
    g.writeFieldName(e.key());
    e.payload().write(g);
    g.writeEndObject();
    if (w.v5()) {
      g.writeStringField("@type", e.type());
      g.writeStringField("@baseType", "Event");
    }
    g.writeEndObject();
  }
}
