package org.ossvalue.core.topology;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * The reference impact engine, kept as the specification the optimised {@link TimelineImpactEngine}
 * is tested against and falls back to: a sweep over the instants where some cause starts or ends.
 * At each such instant it updates the causes active on each element and re-evaluates, in
 * topological order, only the nodes whose inputs changed, stopping wherever a node's state stays
 * the same.
 *
 * <p>A node's state holds two channels: the degradation from all causes and the degradation from
 * unplanned causes only, each with the causes that made it. A connection's unplanned impact is the
 * unplanned channel; its planned impact is what planned causes add on top (all − unplanned), so the
 * two never double-count.
 */
final class SweepImpactEngine implements ImpactEngine {

  private final SeverityMapping severityMapping;

  SweepImpactEngine(SeverityMapping severityMapping) {
    this.severityMapping = severityMapping;
  }

  @Override
  public Impacts compute(
      Topology topology,
      Collection<Connection> connections,
      Collection<Cause> causes,
      Instant asOf) {
    return new Run(topology, connections, causes, asOf).run();
  }

  @Override
  public String toString() {
    return "ImpactEngine.create(" + severityMapping + ")";
  }

  /** A node's degradation in both channels, with the causes that made each. */
  private static final class State {
    static final State HEALTHY =
        new State(
            BigDecimal.ZERO, ImmutableSortedSet.of(), BigDecimal.ZERO, ImmutableSortedSet.of());

    final BigDecimal all;
    final ImmutableSortedSet<CauseRef> allCauses;
    final BigDecimal unplanned;
    final ImmutableSortedSet<CauseRef> unplannedCauses;

    State(
        BigDecimal all,
        ImmutableSortedSet<CauseRef> allCauses,
        BigDecimal unplanned,
        ImmutableSortedSet<CauseRef> unplannedCauses) {
      this.all = all;
      this.allCauses = allCauses;
      this.unplanned = unplanned;
      this.unplannedCauses = unplannedCauses;
    }

    boolean isHealthy() {
      return all.signum() == 0;
    }

    boolean sameAs(State o) {
      return all.compareTo(o.all) == 0
          && unplanned.compareTo(o.unplanned) == 0
          && allCauses.equals(o.allCauses)
          && unplannedCauses.equals(o.unplannedCauses);
    }
  }

  /** One channel's result while it is being computed. */
  private static final class Channel {
    BigDecimal degradation = BigDecimal.ZERO;
    final TreeSet<CauseRef> causes = new TreeSet<>();

    void offer(BigDecimal d, Collection<CauseRef> from) {
      if (d.signum() <= 0) {
        return;
      }
      int c = d.compareTo(degradation);
      if (c > 0) {
        degradation = d;
        causes.clear();
      }
      if (c >= 0) {
        causes.addAll(from);
      }
    }
  }

  private static final class Segment {
    final Instant start;
    final Instant end;
    final State state;

    Segment(Instant start, Instant end, State state) {
      this.start = start;
      this.end = end;
      this.state = state;
    }
  }

  private final class Run {
    private final Topology topology;
    private final Instant asOf;
    private final int elementCount;
    private final Map<String, Integer> extraIndex = new LinkedHashMap<>();
    private final List<String> extraNames;
    private final List<Connection> connectionList;
    private final Map<String, Integer> connectionIndex = new HashMap<>();
    private final int connectionBase;
    private final int nodeCount;
    private final int[][] connectionSupporters;
    private final List<List<Integer>> connectionsOf; // per element or extra: connection nodes
    private final List<Cause> causeList;
    private final CauseRef[] refs;
    private final BigDecimal[] degradation;
    private final boolean[] planned;
    private final TreeSet<CauseRef> unresolved = new TreeSet<>();

    private final State[] state;
    private final List<List<Integer>> active;
    private final PriorityQueue<Integer> dirty;
    private final boolean[] queued;
    private final Instant[] segmentStart;
    private final List<List<Segment>> segments;

    Run(
        Topology topology,
        Collection<Connection> connections,
        Collection<Cause> causes,
        Instant asOf) {
      this.topology = topology;
      this.asOf = asOf;
      this.elementCount = topology.size();

      connectionList = new ArrayList<>(connections);
      connectionList.sort(Comparator.comparing(Connection::id));
      for (Connection c : connectionList) {
        for (String e : c.realizedBy()) {
          if (!topology.contains(e) && !extraIndex.containsKey(e)) {
            extraIndex.put(e, elementCount + extraIndex.size());
          }
        }
      }
      connectionBase = elementCount + extraIndex.size();
      extraNames = List.copyOf(extraIndex.keySet());
      nodeCount = connectionBase + connectionList.size();
      connectionsOf = new ArrayList<>();
      for (int i = 0; i < connectionBase; i++) {
        connectionsOf.add(new ArrayList<>());
      }
      connectionSupporters = new int[connectionList.size()][];
      for (int i = 0; i < connectionList.size(); i++) {
        Connection c = connectionList.get(i);
        if (connectionIndex.put(c.id(), connectionBase + i) != null) {
          throw new IllegalArgumentException(
              "connections must have distinct ids, was " + c.id() + " twice");
        }
        List<String> realizers = new ArrayList<>(new TreeSet<>(c.realizedBy()));
        connectionSupporters[i] = new int[realizers.size()];
        for (int j = 0; j < realizers.size(); j++) {
          int e = elementOrExtra(realizers.get(j));
          connectionSupporters[i][j] = e;
          connectionsOf.get(e).add(connectionBase + i);
        }
      }

      causeList = new ArrayList<>(causes);
      causeList.sort(Comparator.comparing(Cause::ref));
      refs = new CauseRef[causeList.size()];
      degradation = new BigDecimal[causeList.size()];
      planned = new boolean[causeList.size()];
      for (int i = 0; i < causeList.size(); i++) {
        Cause cause = causeList.get(i);
        refs[i] = cause.ref();
        if (i > 0 && refs[i].equals(refs[i - 1])) {
          throw new IllegalArgumentException(
              "causes must have distinct refs, was " + refs[i] + " twice");
        }
        degradation[i] =
            org.ossvalue.core.Degradations.check(
                severityMapping.degradation(cause), "degradation of " + refs[i]);
        planned[i] = cause.planned();
      }

      state = new State[nodeCount];
      Arrays.fill(state, State.HEALTHY);
      active = new ArrayList<>(nodeCount);
      for (int i = 0; i < nodeCount; i++) {
        active.add(null);
      }
      dirty = new PriorityQueue<>(Comparator.comparingInt(this::priority).thenComparingInt(i -> i));
      queued = new boolean[nodeCount];
      segmentStart = new Instant[connectionList.size()];
      segments = new ArrayList<>(connectionList.size());
      for (int i = 0; i < connectionList.size(); i++) {
        segments.add(new ArrayList<>());
      }
    }

    Impacts run() {
      List<Event> timeline = new ArrayList<>();
      for (int i = 0; i < causeList.size(); i++) {
        Cause cause = causeList.get(i);
        int node = resolve(cause.element());
        if (node < 0) {
          unresolved.add(refs[i]);
          continue;
        }
        TimeWindow w = cause.window(asOf);
        if (w.isEmpty() || degradation[i].signum() == 0) {
          continue;
        }
        timeline.add(new Event(w.start(), i, node, true));
        timeline.add(new Event(w.end(), i, node, false));
      }
      timeline.sort(Comparator.comparing((Event e) -> e.at));
      int i = 0;
      while (i < timeline.size()) {
        Instant at = timeline.get(i).at;
        while (i < timeline.size() && timeline.get(i).at.equals(at)) {
          Event e = timeline.get(i++);
          List<Integer> list = active.get(e.node);
          if (e.opens) {
            if (list == null) {
              list = new ArrayList<>(2);
              active.set(e.node, list);
            }
            list.add(e.cause);
          } else {
            list.remove(Integer.valueOf(e.cause));
          }
          enqueue(e.node);
        }
        propagate(at);
      }
      return impacts();
    }

    private int elementOrExtra(String id) {
      int e = topology.indexOf(id);
      return e >= 0 ? e : extraIndex.get(id);
    }

    private int resolve(String element) {
      int e = topology.indexOf(element);
      if (e >= 0) {
        return e;
      }
      Integer x = extraIndex.get(element);
      if (x != null) {
        return x;
      }
      Integer c = connectionIndex.get(element);
      return c == null ? -1 : c;
    }

    /** Supporters before what they support: extras first, elements by rank, connections last. */
    private int priority(int node) {
      if (node < elementCount) {
        return topology.rank(node);
      }
      return node < connectionBase ? -1 : elementCount;
    }

    private void enqueue(int node) {
      if (!queued[node]) {
        queued[node] = true;
        dirty.add(node);
      }
    }

    private void propagate(Instant at) {
      while (!dirty.isEmpty()) {
        int node = dirty.poll();
        queued[node] = false;
        State next = evaluate(node);
        if (next.sameAs(state[node])) {
          continue;
        }
        if (node >= connectionBase) {
          int c = node - connectionBase;
          if (!state[node].isHealthy() && segmentStart[c].isBefore(at)) {
            segments.get(c).add(new Segment(segmentStart[c], at, state[node]));
          }
          segmentStart[c] = at;
        }
        state[node] = next;
        if (node < elementCount) {
          for (int d : topology.dependents(node)) {
            enqueue(d);
          }
        }
        if (node < connectionBase) {
          for (int d : connectionsOf.get(node)) {
            enqueue(d);
          }
        }
      }
    }

    private State evaluate(int node) {
      Channel all = new Channel();
      Channel unplanned = new Channel();
      List<Integer> own = active.get(node);
      if (own != null) {
        for (int c : own) {
          List<CauseRef> ref = List.of(refs[c]);
          all.offer(degradation[c], ref);
          if (!planned[c]) {
            unplanned.offer(degradation[c], ref);
          }
        }
      }
      int[] supporters = supportersOf(node);
      if (supporters.length > 0) {
        boolean anyAll = false;
        boolean anyUnplanned = false;
        for (int s : supporters) {
          anyAll |= state[s].all.signum() > 0;
          anyUnplanned |= state[s].unplanned.signum() > 0;
        }
        if (anyAll) {
          CombinationRule rule =
              node < elementCount ? topology.rule(node) : CombinationRule.allRequired();
          List<String> ids = new ArrayList<>(supporters.length);
          List<BigDecimal> allD = new ArrayList<>(supporters.length);
          List<BigDecimal> unplannedD = new ArrayList<>(supporters.length);
          for (int s : supporters) {
            ids.add(name(s));
            allD.add(state[s].all);
            unplannedD.add(state[s].unplanned);
          }
          Combination ca = rule.combine(ids, allD);
          all.offer(ca.degradation(), causesOf(supporters, ca, true));
          if (anyUnplanned) {
            Combination cu = rule.combine(ids, unplannedD);
            unplanned.offer(cu.degradation(), causesOf(supporters, cu, false));
          }
        }
      }
      if (all.degradation.signum() == 0) {
        return State.HEALTHY;
      }
      if (unplanned.degradation.compareTo(all.degradation) > 0) {
        throw new IllegalStateException(
            "combination rule of "
                + name(node)
                + " is not monotone: unplanned causes alone gave "
                + unplanned.degradation
                + ", all causes "
                + all.degradation);
      }
      return new State(
          all.degradation,
          ImmutableSortedSet.copyOf(all.causes),
          unplanned.degradation,
          ImmutableSortedSet.copyOf(unplanned.causes));
    }

    private List<CauseRef> causesOf(int[] supporters, Combination combination, boolean allChannel) {
      List<CauseRef> causes = new ArrayList<>();
      for (int position : combination.contributors()) {
        if (position >= supporters.length) {
          throw new IllegalStateException(
              "combination rule named contributor "
                  + position
                  + " of only "
                  + supporters.length
                  + " supporters");
        }
        State s = state[supporters[position]];
        causes.addAll(allChannel ? s.allCauses : s.unplannedCauses);
      }
      return causes;
    }

    private int[] supportersOf(int node) {
      if (node < elementCount) {
        return topology.supporters(node);
      }
      return node < connectionBase ? new int[0] : connectionSupporters[node - connectionBase];
    }

    private String name(int node) {
      if (node < elementCount) {
        return topology.id(node);
      }
      return node < connectionBase
          ? extraNames.get(node - elementCount)
          : connectionList.get(node - connectionBase).id();
    }

    private Impacts impacts() {
      List<ServiceImpact> result = new ArrayList<>();
      for (int c = 0; c < connectionList.size(); c++) {
        Connection connection = connectionList.get(c);
        if (segments.get(c).isEmpty() || connection.activation().isEmpty()) {
          continue;
        }
        Instant lo = connection.activation().get();
        Instant hi = connection.termination().filter(t -> t.isBefore(asOf)).orElse(asOf);
        List<ServiceImpact> unplannedOut = new ArrayList<>();
        List<ServiceImpact> plannedOut = new ArrayList<>();
        for (Segment s : segments.get(c)) {
          Instant start = s.start.isBefore(lo) ? lo : s.start;
          Instant end = s.end.isAfter(hi) ? hi : s.end;
          if (!start.isBefore(end)) {
            continue;
          }
          TimeWindow window = TimeWindow.of(start, end);
          if (s.state.unplanned.signum() > 0) {
            append(
                unplannedOut,
                connection.id(),
                window,
                s.state.unplanned,
                s.state.unplannedCauses,
                ImpactClass.UNPLANNED);
          }
          BigDecimal extra = s.state.all.subtract(s.state.unplanned);
          if (extra.signum() > 0) {
            TreeSet<CauseRef> plannedCauses = new TreeSet<>();
            for (CauseRef ref : s.state.allCauses) {
              if (isPlanned(ref)) {
                plannedCauses.add(ref);
              }
            }
            append(
                plannedOut,
                connection.id(),
                window,
                extra,
                plannedCauses.isEmpty() ? s.state.allCauses : plannedCauses,
                ImpactClass.PLANNED);
          }
        }
        result.addAll(unplannedOut);
        result.addAll(plannedOut);
      }
      result.sort(null);
      return Impacts.builder().asOf(asOf).all(result).unresolvedCauses(unresolved).build();
    }

    private boolean isPlanned(CauseRef ref) {
      int i = Arrays.binarySearch(refs, ref);
      return i >= 0 && planned[i];
    }

    /** Adds a window, merging it into the previous one when they touch at the same degradation. */
    private void append(
        List<ServiceImpact> out,
        String connection,
        TimeWindow window,
        BigDecimal d,
        Collection<CauseRef> causes,
        ImpactClass classification) {
      if (!out.isEmpty()) {
        ServiceImpact last = out.get(out.size() - 1);
        if (last.window().end().equals(window.start()) && last.degradation().compareTo(d) == 0) {
          out.set(
              out.size() - 1,
              ServiceImpact.builder()
                  .from(last)
                  .window(TimeWindow.of(last.window().start(), window.end()))
                  .addAllCauses(causes)
                  .build());
          return;
        }
      }
      out.add(
          ServiceImpact.builder()
              .connection(connection)
              .window(window)
              .degradation(d)
              .causes(causes)
              .classification(classification)
              .build());
    }
  }

  private static final class Event {
    final Instant at;
    final int cause;
    final int node;
    final boolean opens;

    Event(Instant at, int cause, int node, boolean opens) {
      this.at = at;
      this.cause = cause;
      this.node = node;
      this.opens = opens;
    }
  }
}
