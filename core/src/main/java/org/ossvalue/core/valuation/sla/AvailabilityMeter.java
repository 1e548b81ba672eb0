package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.TroubleTicket;

/**
 * Measures one connection's availability in one billing period.
 *
 * <p>Steps: (1) cut impacts to the billing period, drop planned work (if excluded) and impacts all
 * of whose causes are excluded; (2) sweep the remaining windows into pieces of constant total
 * degradation (unplanned, plus planned on top when planned work counts, at most 1) and weigh each
 * with the downtime rule; (3) join touching weighted pieces into outages; (4) start each outage's
 * clock (at the alarm, or at its first linked ticket); (5) drop outages shorter than the minimum;
 * (6) count only the parts inside service time. Every piece of impacted time that does not count is
 * recorded with its reason.
 */
final class AvailabilityMeter {

  private AvailabilityMeter() {}

  private static final class Piece {
    final TimeWindow window;
    final BigDecimal degradation;
    final boolean planned;
    final SortedSet<CauseRef> causes;

    Piece(TimeWindow window, BigDecimal degradation, boolean planned, SortedSet<CauseRef> causes) {
      this.window = window;
      this.degradation = degradation;
      this.planned = planned;
      this.causes = causes;
    }
  }

  private static final class Segment {
    final Instant start;
    final Instant end;
    final BigDecimal weight;
    final SortedSet<CauseRef> causes;

    Segment(Instant start, Instant end, BigDecimal weight, SortedSet<CauseRef> causes) {
      this.start = start;
      this.end = end;
      this.weight = weight;
      this.causes = causes;
    }
  }

  static Availability measure(
      AvailabilityConfig config, SlaCase slaCase, Connection connection, ZoneId zone) {
    TimeWindow period = slaCase.billingPeriod();
    Optional<TimeWindow> active = connection.activeWindow(period);
    List<TimeWindow> serviceTime =
        active.isPresent() ? config.schedule().serviceTime(active.get(), zone) : List.of();
    BigDecimal measured = BigDecimal.ZERO;
    for (TimeWindow w : serviceTime) {
      measured = measured.add(minutes(w));
    }
    Availability.Builder out =
        Availability.builder()
            .connection(connection.id())
            .billingPeriod(period)
            .measuredMinutes(measured);
    if (slaCase.impacts().isEmpty()) {
      return out.downtimeMinutes(BigDecimal.ZERO).build();
    }

    List<Availability.Exclusion> exclusions = new ArrayList<>();
    List<Piece> kept = new ArrayList<>();
    for (ServiceImpact impact : slaCase.impacts()) {
      Optional<TimeWindow> inPeriod = impact.window().intersection(period);
      if (inPeriod.isEmpty()) {
        continue;
      }
      if (impact.isPlanned() && config.plannedExcluded()) {
        exclusions.add(
            Availability.Exclusion.of(
                inPeriod.get(), ExclusionReason.PLANNED_WORK, impact.causes()));
      } else if (!impact.causes().isEmpty()
          && config.excludedCauses().containsAll(impact.causes())) {
        exclusions.add(
            Availability.Exclusion.of(
                inPeriod.get(), ExclusionReason.EXCLUDED_CAUSE, impact.causes()));
      } else {
        kept.add(
            new Piece(inPeriod.get(), impact.degradation(), impact.isPlanned(), impact.causes()));
      }
    }

    List<Segment> segments = sweep(kept, config.downtimeRule(), exclusions);
    List<Availability.Outage> outages = new ArrayList<>();
    BigDecimal downtime = BigDecimal.ZERO;
    int i = 0;
    while (i < segments.size()) {
      int j = i + 1;
      while (j < segments.size() && segments.get(j).start.equals(segments.get(j - 1).end)) {
        j++;
      }
      Optional<Availability.Outage> outage =
          outage(config, slaCase, connection, segments.subList(i, j), serviceTime, exclusions);
      if (outage.isPresent()) {
        outages.add(outage.get());
        downtime = downtime.add(outage.get().countedMinutes());
      }
      i = j;
    }
    return out.downtimeMinutes(downtime).outages(outages).exclusions(merge(exclusions)).build();
  }

  /** Pieces of constant total degradation, weighed; time weighed 0 is recorded as excluded. */
  private static List<Segment> sweep(
      List<Piece> pieces, DowntimeRule rule, List<Availability.Exclusion> exclusions) {
    TreeSet<Instant> bounds = new TreeSet<>();
    for (Piece p : pieces) {
      bounds.add(p.window.start());
      bounds.add(p.window.end());
    }
    List<Segment> segments = new ArrayList<>();
    Instant previous = null;
    for (Instant bound : bounds) {
      if (previous != null) {
        BigDecimal unplanned = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        SortedSet<CauseRef> causes = new TreeSet<>();
        for (Piece p : pieces) {
          if (!p.window.start().isAfter(previous) && !p.window.end().isBefore(bound)) {
            if (p.planned) {
              planned = planned.max(p.degradation);
            } else {
              unplanned = unplanned.max(p.degradation);
            }
            causes.addAll(p.causes);
          }
        }
        BigDecimal d = unplanned.add(planned).min(BigDecimal.ONE);
        if (d.signum() > 0) {
          BigDecimal weight = rule.weight(d);
          if (weight.signum() > 0) {
            segments.add(new Segment(previous, bound, weight, causes));
          } else {
            exclusions.add(
                Availability.Exclusion.of(
                    TimeWindow.of(previous, bound), ExclusionReason.BELOW_DOWN_THRESHOLD, causes));
          }
        }
      }
      previous = bound;
    }
    return segments;
  }

  private static Optional<Availability.Outage> outage(
      AvailabilityConfig config,
      SlaCase slaCase,
      Connection connection,
      List<Segment> segments,
      List<TimeWindow> serviceTime,
      List<Availability.Exclusion> exclusions) {
    Instant start = segments.get(0).start;
    Instant end = segments.get(segments.size() - 1).end;
    SortedSet<CauseRef> causes = new TreeSet<>();
    segments.forEach(s -> causes.addAll(s.causes));

    Instant clock = start;
    SortedSet<String> tickets = new TreeSet<>();
    if (config.clockStart() != ClockStart.ALARM) {
      Optional<TroubleTicket> ticket =
          firstLinkedTicket(slaCase.tickets(), connection, causes, start, end);
      if (ticket.isEmpty()) {
        if (config.clockStart() == ClockStart.TICKET) {
          exclusions.add(
              Availability.Exclusion.of(
                  TimeWindow.of(start, end), ExclusionReason.NO_TICKET, causes));
          return Optional.empty();
        }
      } else {
        tickets.add(ticket.get().id());
        if (ticket.get().created().isAfter(start)) {
          clock = ticket.get().created();
          exclusions.add(
              Availability.Exclusion.of(
                  TimeWindow.of(start, clock), ExclusionReason.BEFORE_TICKET, causes));
        }
      }
    }

    TimeWindow clocked = TimeWindow.of(clock, end);
    if (clocked.duration().compareTo(config.minimumOutage()) < 0) {
      exclusions.add(
          Availability.Exclusion.of(clocked, ExclusionReason.SHORTER_THAN_MINIMUM, causes));
      return Optional.empty();
    }

    BigDecimal counted = BigDecimal.ZERO;
    for (Segment s : segments) {
      if (!s.end.isAfter(clock)) {
        continue;
      }
      TimeWindow part = TimeWindow.of(s.start.isBefore(clock) ? clock : s.start, s.end);
      Instant cursor = part.start();
      for (TimeWindow service : serviceTime) {
        Optional<TimeWindow> inside = service.intersection(part);
        if (inside.isEmpty()) {
          continue;
        }
        if (inside.get().start().isAfter(cursor)) {
          exclusions.add(
              Availability.Exclusion.of(
                  TimeWindow.of(cursor, inside.get().start()),
                  ExclusionReason.OUTSIDE_SERVICE_TIME,
                  s.causes));
        }
        counted = counted.add(s.weight.multiply(minutes(inside.get())));
        cursor = inside.get().end();
      }
      if (cursor.isBefore(part.end())) {
        exclusions.add(
            Availability.Exclusion.of(
                TimeWindow.of(cursor, part.end()), ExclusionReason.OUTSIDE_SERVICE_TIME, s.causes));
      }
    }
    if (counted.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Availability.Outage.builder()
            .window(clocked)
            .countedMinutes(counted)
            .causes(causes)
            .tickets(tickets)
            .build());
  }

  /**
   * The earliest-created ticket linked to the outage: by one of its alarms, by a ticket cause, by
   * the connection or by an element that realises it; opened before the outage ended and not
   * resolved before it began.
   */
  private static Optional<TroubleTicket> firstLinkedTicket(
      List<TroubleTicket> tickets,
      Connection connection,
      SortedSet<CauseRef> causes,
      Instant start,
      Instant end) {
    TroubleTicket first = null;
    for (TroubleTicket t : tickets) {
      if (!t.created().isBefore(end) || t.resolved().map(r -> !r.isAfter(start)).orElse(false)) {
        continue;
      }
      if (!linked(t, connection, causes)) {
        continue;
      }
      if (first == null
          || t.created().isBefore(first.created())
          || (t.created().equals(first.created()) && t.id().compareTo(first.id()) < 0)) {
        first = t;
      }
    }
    return Optional.ofNullable(first);
  }

  static boolean linked(TroubleTicket t, Connection connection, SortedSet<CauseRef> causes) {
    if (t.elements().contains(connection.id())) {
      return true;
    }
    for (String element : connection.realizedBy()) {
      if (t.elements().contains(element)) {
        return true;
      }
    }
    for (CauseRef c : causes) {
      if ((c.kind() == CauseKind.ALARM && t.alarms().contains(c.id()))
          || (c.kind() == CauseKind.TICKET && c.id().equals(t.id()))) {
        return true;
      }
    }
    return false;
  }

  /** The window's exact minutes; whole minutes without a division. */
  static BigDecimal minutes(TimeWindow w) {
    java.time.Duration d = w.duration();
    if (d.getNano() == 0 && d.getSeconds() % 60 == 0) {
      return BigDecimal.valueOf(d.getSeconds() / 60);
    }
    return w.minutes();
  }

  /** Joins touching or overlapping exclusions of the same reason. */
  private static List<Availability.Exclusion> merge(List<Availability.Exclusion> exclusions) {
    List<Availability.Exclusion> sorted = new ArrayList<>(exclusions);
    sorted.sort(
        Comparator.comparing(Availability.Exclusion::reason)
            .thenComparing(Availability.Exclusion::window));
    List<Availability.Exclusion> merged = new ArrayList<>();
    for (Availability.Exclusion x : sorted) {
      int last = merged.size() - 1;
      Availability.Exclusion m = last >= 0 ? merged.get(last) : null;
      if (m != null && m.reason() == x.reason() && !x.window().start().isAfter(m.window().end())) {
        SortedSet<CauseRef> causes = new TreeSet<>(m.causes());
        causes.addAll(x.causes());
        Instant end =
            x.window().end().isAfter(m.window().end()) ? x.window().end() : m.window().end();
        merged.set(
            last,
            Availability.Exclusion.of(TimeWindow.of(m.window().start(), end), m.reason(), causes));
      } else {
        merged.add(x);
      }
    }
    merged.sort(
        Comparator.comparing(Availability.Exclusion::window)
            .thenComparing(Availability.Exclusion::reason));
    return merged;
  }
}
