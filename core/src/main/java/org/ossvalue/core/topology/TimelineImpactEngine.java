package org.ossvalue.core.topology;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Degradations;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.internal.Columnar;
import org.ossvalue.core.internal.ImpactTable;
import org.ossvalue.core.topology.Interning.IntList;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * The impact engine: each affected node's state over time is computed once, as a timeline, in
 * topological order; a connection reads its supporters' timelines. The result is the same as the
 * reference {@link SweepImpactEngine}'s (an event sweep re-evaluating changed nodes), which the
 * property tests check, but the work is done over primitive arrays:
 *
 * <ul>
 *   <li>only nodes a cause can reach are visited, in rank order;
 *   <li>time is an index into the sorted distinct instants where some cause starts or ends;
 *   <li>a node state (degradation and causes, for all causes and for unplanned ones) is an interned
 *       int, degradation levels and cause sets are interned, unions are memoised;
 *   <li>a node that needs all its supporters (the default rule), has no cause of its own and only
 *       one affected supporter has that supporter's timeline: it is shared, not recomputed, which
 *       is what makes a shared aggregation resource with 50,000 dependants cheap;
 *   <li>the built-in rules run without allocating; other rules are called through {@link
 *       CombinationRule#combine} exactly as before;
 *   <li>connections, the bulk of the work, are independent once the elements are done and are
 *       processed in parallel ranges when the engine was created with a parallelism above 1.
 * </ul>
 *
 * <p>Inputs the fast path does not cover (an instant beyond the years 1678–2262 in nanoseconds,
 * invalid inputs, a rule that throws) go to the reference engine, which gives the same result or
 * the same exception.
 */
final class TimelineImpactEngine implements ImpactEngine {

  private static final int[] NONE = new int[0];

  /** Below this many connections per thread, threads cost more than they save. */
  static final int MIN_CONNECTIONS_PER_THREAD = 50_000;

  private final SeverityMapping severityMapping;
  private final int parallelism;
  private final boolean fallback;
  private final int minConnectionsPerThread;

  TimelineImpactEngine(SeverityMapping severityMapping, int parallelism, boolean fallback) {
    this(severityMapping, parallelism, fallback, MIN_CONNECTIONS_PER_THREAD);
  }

  /**
   * An engine; {@code fallback} hands inputs the fast path fails on to the reference engine (tests
   * turn it off so that a bug cannot hide behind it).
   */
  TimelineImpactEngine(
      SeverityMapping severityMapping,
      int parallelism,
      boolean fallback,
      int minConnectionsPerThread) {
    this.severityMapping = severityMapping;
    this.parallelism = parallelism;
    this.fallback = fallback;
    this.minConnectionsPerThread = minConnectionsPerThread;
  }

  @Override
  public Impacts compute(
      Topology topology,
      Collection<Connection> connections,
      Collection<Cause> causes,
      Instant asOf) {
    Impacts impacts;
    if (fallback) {
      try {
        impacts = new Run(topology, connections, causes, asOf).run();
      } catch (RuntimeException e) {
        impacts = null; // the reference engine gives its result or its exact exception
      }
    } else {
      impacts = new Run(topology, connections, causes, asOf).run();
    }
    return impacts != null
        ? impacts
        : new SweepImpactEngine(severityMapping).compute(topology, connections, causes, asOf);
  }

  @Override
  public String toString() {
    return parallelism == 1
        ? "ImpactEngine.create(" + severityMapping + ")"
        : "ImpactEngine.create(" + severityMapping + ", " + parallelism + ")";
  }

  /** One computation. Returns null when the inputs need the reference engine. */
  private final class Run {
    private final Topology topology;
    private final Instant asOf;
    private final int elements;
    private final Connection[] connections;
    private final Collection<Cause> causeInput;

    // nodes: elements [0, elements), extras [elements, base), connections [base, base + n)
    private final Map<String, Integer> extras = new LinkedHashMap<>();
    private int base;
    private int[] supporterStart; // connection i: supporters in supporter[start[i], start[i + 1])
    private int[] supporter;
    private int[] idHash; // connection -> its id's hash code

    private Cause[] causes;
    private CauseRef[] refs;
    private int[] causeLevel;
    private boolean[] planned;
    private int[] causeStart; // time index; -1 when the cause is left out
    private int[] causeEnd;
    private long[] timeNanos; // time index -> nanoseconds since the epoch
    private final long asOfNanos;
    private final TreeSet<CauseRef> unresolved = new TreeSet<>();

    // own causes per node: ownNode sorted, causes of ownNode[g] in ownCause[ownOff[g], ownOff[g+1])
    private int[] ownNode = NONE;
    private int[] ownOff = NONE;
    private int[] ownCause = NONE;
    private long[] connectionHasOwn = new long[0]; // bit per connection with causes of its own
    private int[] causeNode; // the node a cause hits; -1 while pending or when unresolved
    private int[] pendingOf; // a cause's pending name, or -1
    private final List<String> pendingNames =
        new ArrayList<>(); // cause targets outside the topology
    private boolean[] pendingRealized;
    private int[] pendingConnection;
    private final IntList hotElements = new IntList(1024); // elements with a timeline
    private Evaluator evaluator;

    private Interning in;
    private int[][] times; // element or extra -> change instants (time indices), null if healthy
    private int[][] states; // the state from each change on
    private int[] plannedSet; // state -> the causes reported on its planned impact
    private int[] extraLevel; // state -> the table's level of all - unplanned, 0 when not above 0
    // (all level, unplanned level) of every state -> extraLevel
    private final Interning.LongIntTable pairLevel = new Interning.LongIntTable();
    // the result's degradations: the engine's levels (same ids), then planned differences
    private final List<BigDecimal> tableLevels = new ArrayList<>();
    private final Map<BigDecimal, Integer> tableLevelIds = new HashMap<>();

    Run(
        Topology topology,
        Collection<Connection> connections,
        Collection<Cause> causes,
        Instant asOf) {
      this.topology = topology;
      this.asOf = asOf;
      this.asOfNanos = ImpactTable.clampedNanos(asOf);
      this.elements = topology.size();
      this.connections = connections.toArray(new Connection[0]);
      this.causeInput = causes;
    }

    Impacts run() {
      if (!indexCauses()) {
        return null;
      }
      groupOwnCauses();
      propagateOverElements();
      if (!indexConnections()) {
        return null;
      }
      resolvePending();
      return impacts();
    }

    /** Runs tasks 1.. on new threads and task 0 on this one; rethrows the first failure. */
    private void inParallel(List<Runnable> tasks) {
      if (tasks.size() == 1) {
        tasks.get(0).run();
        return;
      }
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Thread> threads = new ArrayList<>();
      for (int w = 1; w < tasks.size(); w++) {
        Runnable task = tasks.get(w);
        Thread thread =
            new Thread(
                () -> {
                  try {
                    task.run();
                  } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                  }
                },
                "ossvalue-impact-" + w);
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
      }
      try {
        tasks.get(0).run();
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      }
      for (Thread thread : threads) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while computing impacts", e);
        }
      }
      Throwable e = failure.get();
      if (e instanceof RuntimeException) {
        throw (RuntimeException) e;
      }
      if (e instanceof Error) {
        throw (Error) e;
      }
      if (e != null) {
        throw new IllegalStateException(e);
      }
    }

    private int workers(int items) {
      return Math.max(1, Math.min(parallelism, items / minConnectionsPerThread + 1));
    }

    // --- inputs ---

    /**
     * Checks connection ids are distinct and finds, for every connection, the realisers that
     * matter: elements with a timeline, and names outside the topology that causes hit. Only those
     * few names are looked up (a small table), not every realiser in the topology's index.
     */
    private boolean indexConnections() {
      int n = connections.length;
      // elements with a timeline; names outside the topology that causes hit (a few): apart, so
      // that looking a connection's id up reads a table small enough to stay in cache
      NameTable hot = new NameTable(Math.max(16, 2 * hotElements.size));
      for (int j = 0; j < hotElements.size; j++) {
        int v = hotElements.get(j);
        hot.put(topology.id(v), v);
      }
      NameTable pending = new NameTable(Math.max(16, 2 * pendingNames.size()));
      for (int p = 0; p < pendingNames.size(); p++) {
        pending.put(pendingNames.get(p), -3 - p);
      }
      boolean anyPending = !pendingNames.isEmpty();
      pendingRealized = new boolean[pendingNames.size()];
      pendingConnection = new int[pendingNames.size()];
      Arrays.fill(pendingConnection, -1);
      supporterStart = new int[n + 1];
      for (int i = 0; i < n; i++) {
        supporterStart[i + 1] = supporterStart[i] + connections[i].realizedBy().size();
      }
      supporter = new int[supporterStart[n]];
      long[] idKeys = new long[n];
      idHash = new int[n];
      int workers = workers(n);
      List<Runnable> tasks = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int from = (int) ((long) n * w / workers);
        int to = (int) ((long) n * (w + 1) / workers);
        tasks.add(
            () -> {
              for (int i = from; i < to; i++) {
                Connection c = connections[i];
                int at = supporterStart[i];
                for (String e : c.realizedBy()) {
                  int code = hot.get(e);
                  if (code == -1 && anyPending) {
                    code = pending.get(e);
                  }
                  if (code <= -3) {
                    pendingRealized[-3 - code] = true;
                  }
                  supporter[at++] = code;
                }
                String id = c.id();
                if (anyPending) {
                  int code = pending.get(id);
                  if (code <= -3) {
                    pendingConnection[-3 - code] = i;
                  }
                }
                idKeys[i] = DuplicateIds.key(id, i);
                idHash[i] = id.hashCode();
              }
            });
      }
      inParallel(tasks);
      // the reference engine names the first duplicate
      return !DuplicateIds.any(idKeys, i -> connections[i].id());
    }

    /**
     * Names outside the topology that causes hit: a realiser of some connection is an extra leaf
     * node, else a connection id names that connection, else the cause is unresolved (the reference
     * engine's order). Then the extras' timelines.
     */
    private void resolvePending() {
      int[] extraOf = new int[pendingNames.size()];
      for (int p = 0; p < pendingNames.size(); p++) {
        extraOf[p] = -1;
        if (pendingRealized[p]) {
          extraOf[p] = extras.size();
          extras.put(pendingNames.get(p), extras.size());
        }
      }
      base = elements + extras.size();
      for (int i = 0; i < causes.length; i++) {
        int p = pendingOf[i];
        if (p < 0) {
          continue;
        }
        if (extraOf[p] >= 0) {
          causeNode[i] = elements + extraOf[p];
        } else if (pendingConnection[p] >= 0) {
          causeNode[i] = base + pendingConnection[p];
        } else {
          causeNode[i] = -1;
          unresolved.add(refs[i]);
        }
      }
      for (int j = 0; j < supporter.length; j++) {
        int code = supporter[j];
        if (code <= -3) {
          int x = extraOf[-3 - code];
          supporter[j] = x >= 0 ? elements + x : -1;
        }
      }
      groupOwnCauses();
      times = Arrays.copyOf(times, base);
      states = Arrays.copyOf(states, base);
      for (int x = 0; x < extras.size(); x++) {
        evaluator.element(elements + x);
      }
      internedExtras();
    }

    private boolean indexCauses() {
      causes = causeInput.toArray(new Cause[0]);
      int m = causes.length;
      in = new Interning(m);
      refs = new CauseRef[m];
      causeLevel = new int[m];
      planned = new boolean[m];
      causeStart = new int[m];
      causeEnd = new int[m];
      causeNode = new int[m];
      pendingOf = new int[m];
      Map<String, Integer> pending = new HashMap<>();
      Set<CauseRef> seen = new HashSet<>(Math.max(16, m * 2));
      long[] keys = new long[2 * m];
      int keyCount = 0;
      for (int i = 0; i < m; i++) {
        Cause cause = causes[i];
        refs[i] = cause.ref();
        if (!seen.add(refs[i])) {
          return false; // duplicate refs
        }
        BigDecimal d = severityMapping.degradation(cause);
        if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
          return false; // the reference engine names the first invalid one
        }
        causeLevel[i] = in.level(Degradations.normalize(d));
        planned[i] = cause.planned();
        causeNode[i] = topology.indexOf(cause.element());
        pendingOf[i] = -1;
        if (causeNode[i] < 0) {
          Integer p = pending.get(cause.element());
          if (p == null) {
            p = pendingNames.size();
            pending.put(cause.element(), p);
            pendingNames.add(cause.element());
          }
          pendingOf[i] = p;
        }
        causeStart[i] = -1;
        Instant end = end(cause);
        if (!end.isAfter(cause.raised()) || causeLevel[i] == 0) {
          continue;
        }
        long start = nanos(cause.raised());
        long stop = nanos(end);
        if (start == Long.MIN_VALUE || stop == Long.MIN_VALUE) {
          return false; // beyond what a long of nanoseconds holds
        }
        keys[keyCount++] = start;
        keys[keyCount++] = stop;
        causeStart[i] = 0;
      }
      long[] sorted = Arrays.copyOf(keys, keyCount);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[distinct - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      timeNanos = Arrays.copyOf(sorted, distinct);
      for (int i = 0; i < m; i++) {
        if (causeStart[i] < 0) {
          continue;
        }
        causeStart[i] = Arrays.binarySearch(timeNanos, nanos(causes[i].raised()));
        causeEnd[i] = Arrays.binarySearch(timeNanos, nanos(end(causes[i])));
      }
      base = elements; // until the extras are known
      return true;
    }

    /** Groups the causes that hurt by the node they hit (those resolved so far). */
    private void groupOwnCauses() {
      int m = causes.length;
      int owned = 0;
      for (int i = 0; i < m; i++) {
        if (causeStart[i] >= 0 && causeNode[i] >= 0) {
          owned++;
        }
      }
      long[] byNode = new long[owned];
      int k = 0;
      for (int i = 0; i < m; i++) {
        if (causeStart[i] >= 0 && causeNode[i] >= 0) {
          byNode[k++] = ((long) causeNode[i] << 32) | i;
        }
      }
      Arrays.sort(byNode);
      IntList groups = new IntList(16);
      IntList offsets = new IntList(16);
      ownCause = new int[owned];
      for (int i = 0; i < owned; i++) {
        int v = (int) (byNode[i] >>> 32);
        ownCause[i] = (int) byNode[i];
        if (i == 0 || v != groups.get(groups.size - 1)) {
          groups.add(v);
          offsets.add(i);
        }
      }
      offsets.add(owned);
      ownNode = groups.toArray();
      ownOff = offsets.toArray();
      connectionHasOwn = new long[(connections.length + 63) >>> 6];
      for (int v : ownNode) {
        if (v >= base) {
          connectionHasOwn[(v - base) >>> 6] |= 1L << (v - base);
        }
      }
    }

    private Instant end(Cause cause) {
      Instant cleared = cause.cleared().orElse(null);
      return cleared != null && cleared.isBefore(asOf) ? cleared : asOf;
    }

    /** The group of a node's own causes, or -1. */
    private int ownGroup(int node) {
      int g = Arrays.binarySearch(ownNode, node);
      return g >= 0 ? g : -1;
    }

    // --- elements, in topological order ---

    private void propagateOverElements() {
      int nodes = elements;
      times = new int[nodes][];
      states = new int[nodes][];
      boolean[] affected = new boolean[nodes];
      IntList queue = new IntList(1024);
      for (int v : ownNode) {
        if (v < nodes && !affected[v]) {
          affected[v] = true;
          queue.add(v);
        }
      }
      for (int q = 0; q < queue.size; q++) {
        int v = queue.get(q);
        for (int d : topology.dependents(v)) {
          if (!affected[d]) {
            affected[d] = true;
            queue.add(d);
          }
        }
      }
      long[] order = new long[queue.size];
      for (int q = 0; q < queue.size; q++) {
        int v = queue.get(q);
        order[q] = ((long) topology.rank(v) << 32) | v;
      }
      Arrays.sort(order);
      evaluator = new Evaluator();
      for (long packed : order) {
        int v = (int) packed;
        evaluator.element(v);
        if (times[v] != null) {
          hotElements.add(v);
        }
      }
    }

    /**
     * Per interned state: the causes its planned impact names, and the level of all − unplanned.
     */
    private void internedExtras() {
      for (int l = 0; l < in.levelCount(); l++) {
        tableLevel(in.levelValue(l)); // the same ids
      }
      int count = in.stateCount();
      plannedSet = new int[count];
      extraLevel = new int[count];
      IntList scratch = new IntList(16);
      for (int s = 1; s < count; s++) {
        plannedSet[s] = plannedSet(in.allSet(s), scratch);
        long pair = ((long) in.allLevel(s) << 32) | in.unplannedLevel(s);
        int x = pairLevel.get(pair);
        if (x < 0) {
          BigDecimal d =
              in.levelValue(in.allLevel(s)).subtract(in.levelValue(in.unplannedLevel(s)));
          x = d.signum() > 0 ? tableLevel(Degradations.normalize(d)) : 0;
          pairLevel.put(pair, x);
        }
        extraLevel[s] = x;
      }
    }

    /** The planned causes of a set, or the whole set when it holds none. */
    private int plannedSet(int set, IntList scratch) {
      scratch.clear();
      int size = in.setSize(set);
      for (int i = 0; i < size; i++) {
        int c = in.member(set, i);
        if (planned[c]) {
          scratch.add(c);
        }
      }
      return scratch.size == 0 || scratch.size == size
          ? set
          : in.internSet(scratch.values, scratch.size);
    }

    /** Evaluates element nodes; single-threaded, interns. */
    private final class Evaluator {
      private final IntList changeTimes = new IntList(64);
      private final IntList outTimes = new IntList(64);
      private final IntList outStates = new IntList(64);
      private int[] live = new int[8]; // supporters with a timeline
      private int[] pointer = new int[8];
      private int[] current = new int[8]; // state per supporter position at the current instant
      private int[] sortBuffer = new int[8];
      private final IntList allSets = new IntList(8);
      private final IntList unplannedSets = new IntList(8);
      private final IntList merge = new IntList(16);
      private int allLevel;
      private int unplannedLevel;

      void element(int v) {
        int[] sup = v < elements ? topology.supporters(v) : NONE;
        CombinationRule rule = v < elements ? topology.rule(v) : CombinationRule.allRequired();
        int group = ownGroup(v);
        int liveCount = 0;
        if (live.length < sup.length) {
          live = new int[sup.length];
          pointer = new int[sup.length];
          current = new int[sup.length];
          sortBuffer = new int[sup.length];
        }
        for (int p = 0; p < sup.length; p++) {
          int[] t = times[sup[p]];
          if (t != null) {
            live[liveCount++] = p;
          }
        }
        if (group < 0 && liveCount == 0) {
          return;
        }
        if (group < 0 && liveCount == 1 && rule == BuiltInRule.ALL_REQUIRED) {
          int s = sup[live[0]];
          times[v] = times[s];
          states[v] = states[s];
          return;
        }
        changeTimes.clear();
        if (group >= 0) {
          for (int j = ownOff[group]; j < ownOff[group + 1]; j++) {
            changeTimes.add(causeStart[ownCause[j]]);
            changeTimes.add(causeEnd[ownCause[j]]);
          }
        }
        for (int l = 0; l < liveCount; l++) {
          for (int t : times[sup[live[l]]]) {
            changeTimes.add(t);
          }
          pointer[l] = -1;
        }
        changeTimes.sortDistinct();
        Arrays.fill(current, 0, sup.length, 0);
        outTimes.clear();
        outStates.clear();
        int previous = 0;
        for (int i = 0; i < changeTimes.size; i++) {
          int t = changeTimes.get(i);
          for (int l = 0; l < liveCount; l++) {
            int s = sup[live[l]];
            int[] ts = times[s];
            int p = pointer[l];
            while (p + 1 < ts.length && ts[p + 1] <= t) {
              p++;
            }
            pointer[l] = p;
            current[live[l]] = p < 0 ? 0 : states[s][p];
          }
          int state = evaluate(v, sup, rule, group, t);
          if (state != previous) {
            outTimes.add(t);
            outStates.add(state);
            previous = state;
          }
        }
        if (outTimes.size > 0) {
          times[v] = outTimes.toArray();
          states[v] = outStates.toArray();
        }
      }

      private int evaluate(int v, int[] sup, CombinationRule rule, int group, int t) {
        allLevel = 0;
        unplannedLevel = 0;
        allSets.clear();
        unplannedSets.clear();
        if (group >= 0) {
          for (int j = ownOff[group]; j < ownOff[group + 1]; j++) {
            int c = ownCause[j];
            if (causeStart[c] <= t && t < causeEnd[c]) {
              int set = in.singleton(c);
              offerAll(causeLevel[c], set);
              if (!planned[c]) {
                offerUnplanned(causeLevel[c], set);
              }
            }
          }
        }
        if (sup.length > 0) {
          boolean anyAll = false;
          boolean anyUnplanned = false;
          for (int p = 0; p < sup.length; p++) {
            anyAll |= in.allLevel(current[p]) != 0;
            anyUnplanned |= in.unplannedLevel(current[p]) != 0;
          }
          if (anyAll) {
            combine(v, sup, rule, true);
            if (anyUnplanned) {
              combine(v, sup, rule, false);
            }
          }
        }
        if (allLevel == 0) {
          return 0;
        }
        if (in.compareLevels(unplannedLevel, allLevel) > 0) {
          throw new IllegalStateException("combination rule is not monotone");
        }
        return in.state(allLevel, union(allSets), unplannedLevel, union(unplannedSets));
      }

      private int union(IntList sets) {
        if (sets.size == 0) {
          return 0;
        }
        int u = sets.get(0);
        for (int i = 1; i < sets.size; i++) {
          u = in.union(u, sets.get(i));
        }
        return u;
      }

      private void offerAll(int level, int set) {
        if (level == 0) {
          return;
        }
        int c = in.compareLevels(level, allLevel);
        if (c > 0) {
          allLevel = level;
          allSets.clear();
        }
        if (c >= 0) {
          allSets.add(set);
        }
      }

      private void offerUnplanned(int level, int set) {
        if (level == 0) {
          return;
        }
        int c = in.compareLevels(level, unplannedLevel);
        if (c > 0) {
          unplannedLevel = level;
          unplannedSets.clear();
        }
        if (c >= 0) {
          unplannedSets.add(set);
        }
      }

      private int levelOf(int state, boolean all) {
        return all ? in.allLevel(state) : in.unplannedLevel(state);
      }

      private int setOf(int state, boolean all) {
        return all ? in.allSet(state) : in.unplannedSet(state);
      }

      private void offer(boolean all, int level, int set) {
        if (all) {
          offerAll(level, set);
        } else {
          offerUnplanned(level, set);
        }
      }

      private void combine(int v, int[] sup, CombinationRule rule, boolean all) {
        int n = sup.length;
        if (rule == BuiltInRule.ALL_REQUIRED) {
          int max = 0;
          for (int p = 0; p < n; p++) {
            int l = levelOf(current[p], all);
            if (in.compareLevels(l, max) > 0) {
              max = l;
            }
          }
          if (max != 0) {
            for (int p = 0; p < n; p++) {
              if (in.compareLevels(levelOf(current[p], all), max) == 0) {
                offer(all, max, setOf(current[p], all));
              }
            }
          }
          return;
        }
        if (rule == BuiltInRule.REDUNDANT) {
          int min = levelOf(current[0], all);
          for (int p = 1; p < n; p++) {
            int l = levelOf(current[p], all);
            if (in.compareLevels(l, min) < 0) {
              min = l;
            }
          }
          if (min != 0) {
            for (int p = 0; p < n; p++) {
              offer(all, min, setOf(current[p], all));
            }
          }
          return;
        }
        if (rule instanceof AtLeastRule) {
          int k = Math.min(((AtLeastRule) rule).k(), n);
          for (int p = 0; p < n; p++) {
            sortBuffer[p] = levelOf(current[p], all);
          }
          // insertion sort by value: n is small
          for (int i = 1; i < n; i++) {
            int x = sortBuffer[i];
            int j = i - 1;
            while (j >= 0 && in.compareLevels(sortBuffer[j], x) > 0) {
              sortBuffer[j + 1] = sortBuffer[j];
              j--;
            }
            sortBuffer[j + 1] = x;
          }
          int result = sortBuffer[k - 1];
          if (result != 0) {
            for (int p = 0; p < n; p++) {
              if (in.compareLevels(levelOf(current[p], all), result) >= 0) {
                offer(all, result, setOf(current[p], all));
              }
            }
          }
          return;
        }
        List<String> ids = new ArrayList<>(n);
        List<BigDecimal> degradations = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
          ids.add(topology.id(sup[p]));
          degradations.add(in.levelValue(levelOf(current[p], all)));
        }
        Combination combination = rule.combine(ids, degradations);
        merge.clear();
        for (int position : combination.contributors()) {
          if (position >= n) {
            throw new IllegalStateException("contributor out of range");
          }
          merge.add(position);
        }
        if (combination.degradation().signum() <= 0) {
          return;
        }
        int level = in.level(combination.degradation());
        for (int i = 0; i < merge.size; i++) {
          offer(all, level, setOf(current[merge.get(i)], all));
        }
      }
    }

    // --- connections ---

    private Impacts impacts() {
      int n = connections.length;
      int workers = workers(n);
      Chunk[] chunks = new Chunk[workers];
      for (int w = 0; w < workers; w++) {
        chunks[w] = new Chunk((int) ((long) n * w / workers), (int) ((long) n * (w + 1) / workers));
      }
      List<Runnable> tasks = new ArrayList<>(Arrays.asList(chunks));
      inParallel(tasks);
      // Chunk-local cause sets and levels become the table's; each chunk holds its impacted
      // connections sorted by id: merge the chunks, copying their rows.
      IntSetPool sets = new IntSetPool();
      int rows = 0;
      int impacted = 0;
      int[][] setOf = new int[workers][];
      int[][] levelOf = new int[workers][];
      for (int w = 0; w < workers; w++) {
        Chunk c = chunks[w];
        rows += c.size;
        impacted += c.order.length;
        setOf[w] = new int[c.sets.count()];
        int[] pool = c.sets.pool();
        for (int s = 0; s < setOf[w].length; s++) {
          int from = c.sets.start(s);
          int length = c.sets.end(s) - from;
          int[] members = Arrays.copyOfRange(pool, from, from + length);
          setOf[w][s] = sets.intern(members, length);
        }
        levelOf[w] = new int[c.localLevels.size()];
        for (int l = 0; l < levelOf[w].length; l++) {
          levelOf[w][l] = tableLevel(c.localLevels.get(l));
        }
      }
      String[] ids = new String[impacted];
      int[] positions = new int[impacted];
      int[][] tableIndex = new int[workers][];
      for (int w = 0; w < workers; w++) {
        tableIndex[w] = new int[chunks[w].order.length];
      }
      int[] first = new int[impacted + 1];
      long[] start = new long[rows];
      long[] end = new long[rows];
      int[] level = new int[rows];
      int[] set = new int[rows];
      boolean[] planned = new boolean[rows];
      int[] at = new int[workers];
      int row = 0;
      for (int k = 0; k < impacted; k++) {
        int best = -1;
        for (int w = 0; w < workers; w++) {
          if (at[w] < chunks[w].order.length
              && (best < 0
                  || id(chunks[w].connectionAt(at[w]))
                          .compareTo(id(chunks[best].connectionAt(at[best])))
                      < 0)) {
            best = w;
          }
        }
        Chunk c = chunks[best];
        int local = c.order[at[best]++];
        positions[k] = c.connectionOf.get(local);
        tableIndex[best][local] = k;
        ids[k] = id(positions[k]);
        first[k] = row;
        int[] sOf = setOf[best];
        int[] lOf = levelOf[best];
        for (int j = c.from[local]; j < c.from[local + 1]; j++) {
          start[row] = c.start[j];
          end[row] = c.end[j];
          int l = c.level[j];
          level[row] = l >= 0 ? l : lOf[-1 - l];
          set[row] = sOf[c.set[j]];
          planned[row] = c.rowPlanned[j];
          row++;
        }
      }
      first[impacted] = row;
      // each chunk's connections are in input order, and the chunks are input ranges in order
      int[] inInputOrder = new int[impacted];
      int next = 0;
      for (int[] t : tableIndex) {
        for (int k : t) {
          inInputOrder[next++] = k;
        }
      }
      long[] idFilter = ImpactTable.newIdFilter(impacted);
      for (int k : inInputOrder) {
        ImpactTable.addToIdFilter(idFilter, idHash[positions[k]]);
      }
      ImpactTable table =
          new ImpactTable(
              ids,
              positions,
              inInputOrder,
              idFilter,
              first,
              start,
              end,
              level,
              set,
              planned,
              tableLevels.toArray(new BigDecimal[0]),
              refs,
              sets.firsts(),
              sets.members());
      return Columnar.impacts().impacts(asOf, table, unresolved);
    }

    /**
     * The table's id of a degradation, adding it if new (single-threaded: before or after chunks).
     */
    private int tableLevel(BigDecimal d) {
      Integer id = tableLevelIds.get(d);
      if (id == null) {
        id = tableLevels.size();
        tableLevels.add(d);
        tableLevelIds.put(d, id);
      }
      return id;
    }

    private String id(int connection) {
      return connections[connection].id();
    }

    /**
     * The connections [lo, hi): their impact windows as rows, grouped by connection, and the order
     * of their connections by id. Cause sets are interned per chunk, and so are the rare planned
     * degradations the table does not hold yet (negative ids), so that chunks share nothing
     * writable; {@link #impacts()} maps both to the table's.
     */
    private final class Chunk implements Runnable {
      private final int lo;
      private final int hi;
      final IntList connectionOf = new IntList(256); // per impacted connection
      private final IntList fromList = new IntList(256);
      int[] from = NONE; // impacted connection j: rows [from[j], from[j + 1])
      int[] order = NONE; // impacted connections (local numbers) sorted by id

      // rows
      long[] start = new long[1024];
      long[] end = new long[1024];
      int[] level = new int[1024]; // the table's level, or -1 - a local one
      int[] set = new int[1024]; // a local set
      boolean[] rowPlanned = new boolean[1024];
      int size;

      final IntSetPool sets = new IntSetPool();
      private int[] setOfEngineSet = NONE; // engine set -> local set + 1, 0 when not yet
      final List<BigDecimal> localLevels = new ArrayList<>();
      private final Map<BigDecimal, Integer> localLevelIds = new HashMap<>();

      // scratch
      private final IntList sliceTimes = new IntList(64);
      private final List<Slice> slices = new ArrayList<>();
      private final Lane unplanned = new Lane();
      private final Lane plannedLane = new Lane();
      private final int[] pointerBuffer = new int[64];

      Chunk(int lo, int hi) {
        this.lo = lo;
        this.hi = hi;
      }

      /** The connection at a position of the id order. */
      int connectionAt(int position) {
        return connectionOf.get(order[position]);
      }

      @Override
      public void run() {
        for (int i = lo; i < hi; i++) {
          connection(i);
        }
        fromList.add(size);
        from = fromList.toArray();
        String[] ids = new String[connectionOf.size];
        for (int j = 0; j < ids.length; j++) {
          ids[j] = id(connectionOf.get(j));
        }
        order = new IdOrder(ids).order();
      }

      private void connection(int i) {
        Connection connection = connections[i];
        int group = (connectionHasOwn[i >>> 6] & (1L << i)) != 0 ? ownGroup(base + i) : -1;
        int s0 = supporterStart[i];
        int s1 = supporterStart[i + 1];
        int liveCount = 0;
        int single = -1;
        for (int j = s0; j < s1; j++) {
          int v = supporter[j];
          if (v >= 0 && times[v] != null) {
            liveCount++;
            single = v;
          }
        }
        if (group < 0 && liveCount == 0) {
          return;
        }
        Instant activation = connection.activation().orElse(null);
        if (activation == null) {
          return;
        }
        Instant termination = connection.termination().orElse(null);
        long from = ImpactTable.clampedNanos(activation);
        long to =
            termination != null && termination.isBefore(asOf)
                ? ImpactTable.clampedNanos(termination)
                : asOfNanos;
        if (from >= to) {
          return;
        }
        unplanned.clear();
        plannedLane.clear();
        if (group < 0 && liveCount == 1) {
          emitShared(times[single], states[single], from, to);
        } else {
          evaluate(i, group, s0, s1);
          emitSlices(from, to);
        }
        unplanned.close();
        plannedLane.close();
        if (unplanned.count == 0 && plannedLane.count == 0) {
          return;
        }
        connectionOf.add(i);
        fromList.add(size);
        // both classes in start, end, class order
        Lane u = unplanned;
        Lane p = plannedLane;
        int a = 0;
        int b = 0;
        while (a < u.count || b < p.count) {
          boolean takeUnplanned =
              b == p.count
                  || (a < u.count
                      && (u.starts[a] < p.starts[b]
                          || (u.starts[a] == p.starts[b] && u.ends[a] <= p.ends[b])));
          if (takeUnplanned) {
            add(u.starts[a], u.ends[a], u.levels[a], u.sets[a], false);
            a++;
          } else {
            add(p.starts[b], p.ends[b], p.levels[b], p.sets[b], true);
            b++;
          }
        }
      }

      private void add(long s, long e, int l, int localSet, boolean isPlanned) {
        if (size == start.length) {
          int capacity = size + (size >> 1);
          start = Arrays.copyOf(start, capacity);
          end = Arrays.copyOf(end, capacity);
          level = Arrays.copyOf(level, capacity);
          set = Arrays.copyOf(set, capacity);
          rowPlanned = Arrays.copyOf(rowPlanned, capacity);
        }
        start[size] = s;
        end[size] = e;
        level[size] = l;
        set[size] = localSet;
        rowPlanned[size] = isPlanned;
        size++;
      }

      /** The local id of one of the engine's interned sets. */
      private int localSet(int engineSet) {
        if (setOfEngineSet.length == 0) {
          setOfEngineSet = new int[in.setCount()]; // the engine's sets are all made by now
        }
        int id = setOfEngineSet[engineSet] - 1;
        if (id < 0) {
          IntList members = new IntList(Math.max(4, in.setSize(engineSet)));
          in.addMembers(engineSet, members);
          id = sets.intern(members.values, members.size);
          setOfEngineSet[engineSet] = id + 1;
        }
        return id;
      }

      /** The level of the planned part of a slice: all − unplanned, or 0 when not above 0. */
      private int sliceExtraLevel(int allLevel, int unplannedLevel) {
        int known = pairLevel.get(((long) allLevel << 32) | unplannedLevel);
        if (known >= 0) {
          return known;
        }
        BigDecimal x = in.levelValue(allLevel).subtract(in.levelValue(unplannedLevel));
        if (x.signum() <= 0) {
          return 0;
        }
        x = Degradations.normalize(x);
        Integer id = tableLevelIds.get(x); // read only while chunks run
        if (id != null) {
          return id;
        }
        id = localLevelIds.get(x);
        if (id == null) {
          id = -1 - localLevels.size();
          localLevels.add(x);
          localLevelIds.put(x, id);
        }
        return id;
      }

      /** A connection with one affected supporter and no cause of its own: its timeline. */
      private void emitShared(int[] ts, int[] ss, long lo, long hi) {
        for (int k = 0; k + 1 < ts.length; k++) {
          int state = ss[k];
          if (state == 0) {
            continue;
          }
          long s = Math.max(timeNanos[ts[k]], lo);
          long e = Math.min(timeNanos[ts[k + 1]], hi);
          if (s >= e) {
            continue;
          }
          int ul = in.unplannedLevel(state);
          if (ul != 0) {
            unplanned.part(s, e, ul);
            unplanned.addSet(in.unplannedSet(state));
          }
          int x = extraLevel[state];
          if (x != 0) {
            plannedLane.part(s, e, x);
            plannedLane.addSet(plannedSet[state]);
          }
        }
      }

      /**
       * A connection with its own causes or several affected supporters: all-required over the
       * supporters and its own causes, slice by slice (read-only on shared state).
       */
      private void evaluate(int i, int group, int s0, int s1) {
        sliceTimes.clear();
        if (group >= 0) {
          for (int j = ownOff[group]; j < ownOff[group + 1]; j++) {
            sliceTimes.add(causeStart[ownCause[j]]);
            sliceTimes.add(causeEnd[ownCause[j]]);
          }
        }
        int width = s1 - s0;
        int[] pointer = width <= pointerBuffer.length ? pointerBuffer : new int[width];
        for (int j = s0; j < s1; j++) {
          int[] ts = supporter[j] >= 0 ? times[supporter[j]] : null;
          if (ts != null) {
            for (int t : ts) {
              sliceTimes.add(t);
            }
          }
          pointer[j - s0] = -1;
        }
        sliceTimes.sortDistinct();
        slices.clear();
        for (int k = 0; k < sliceTimes.size; k++) {
          int t = sliceTimes.get(k);
          Slice slice = new Slice(t);
          // own causes
          if (group >= 0) {
            for (int j = ownOff[group]; j < ownOff[group + 1]; j++) {
              int c = ownCause[j];
              if (causeStart[c] <= t && t < causeEnd[c]) {
                slice.offer(true, causeLevel[c], -1 - c);
                if (!planned[c]) {
                  slice.offer(false, causeLevel[c], -1 - c);
                }
              }
            }
          }
          for (int j = s0; j < s1; j++) {
            int s = supporter[j];
            int[] ts = s >= 0 ? times[s] : null;
            if (ts == null) {
              continue;
            }
            int p = pointer[j - s0];
            while (p + 1 < ts.length && ts[p + 1] <= t) {
              p++;
            }
            pointer[j - s0] = p;
            int state = p < 0 ? 0 : states[s][p];
            if (state != 0) {
              slice.offer(true, in.allLevel(state), in.allSet(state));
              slice.offer(false, in.unplannedLevel(state), in.unplannedSet(state));
            }
          }
          slices.add(slice);
        }
      }

      private void emitSlices(long lo, long hi) {
        for (int k = 0; k + 1 < slices.size(); k++) {
          Slice slice = slices.get(k);
          if (slice.allLevel == 0) {
            continue;
          }
          long s = Math.max(timeNanos[slice.time], lo);
          long e = Math.min(timeNanos[slices.get(k + 1).time], hi);
          if (s >= e) {
            continue;
          }
          if (slice.unplannedLevel != 0) {
            unplanned.part(s, e, slice.unplannedLevel);
            slice.addCauses(false, unplanned.members());
          }
          int x = sliceExtraLevel(slice.allLevel, slice.unplannedLevel);
          if (x != 0) {
            plannedLane.part(s, e, x);
            IntList causesP = plannedLane.members();
            int mark = causesP.size;
            slice.addCauses(true, causesP);
            // keep only planned causes, unless the slice has none
            int kept = mark;
            for (int j = mark; j < causesP.size; j++) {
              if (planned[causesP.get(j)]) {
                causesP.values[kept++] = causesP.get(j);
              }
            }
            if (kept > mark) {
              causesP.size = kept;
            }
          }
        }
      }

      /**
       * The windows of one class on the current connection: parts that meet at the same level are
       * merged into one window whose causes are the union of theirs.
       */
      private final class Lane {
        private static final int NO_SET = -2;
        private static final int SEVERAL_SETS = -1;

        // the open window
        private boolean open;
        private long openStart;
        private long openEnd;
        private int openLevel;
        private int onlySet = NO_SET; // the one engine set its parts named, or NO/SEVERAL
        private final IntList members = new IntList(16); // the causes, once SEVERAL_SETS

        // the closed windows
        long[] starts = new long[8];
        long[] ends = new long[8];
        int[] levels = new int[8];
        int[] sets = new int[8];
        int count;

        void clear() {
          open = false;
          count = 0;
        }

        /** A part [s, e) at a level: extends the open window or closes it and opens another. */
        void part(long s, long e, int level) {
          if (!open || openEnd != s || openLevel != level) {
            close();
            open = true;
            openStart = s;
            openLevel = level;
            onlySet = NO_SET;
            members.clear();
          }
          openEnd = e;
        }

        /** The open window's part names one of the engine's sets. */
        void addSet(int engineSet) {
          if (onlySet == NO_SET) {
            onlySet = engineSet;
          } else if (onlySet != engineSet) {
            in.addMembers(engineSet, members());
          }
        }

        /** The open window's causes, to add to; the window no longer names a single set. */
        IntList members() {
          if (onlySet >= 0) {
            in.addMembers(onlySet, members);
          }
          onlySet = SEVERAL_SETS;
          return members;
        }

        void close() {
          if (!open) {
            return;
          }
          open = false;
          int localSet;
          if (onlySet >= 0) {
            localSet = localSet(onlySet);
          } else {
            members.sortDistinct();
            localSet = Chunk.this.sets.intern(members.values, members.size);
          }
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            levels = Arrays.copyOf(levels, count * 2);
            sets = Arrays.copyOf(sets, count * 2);
          }
          starts[count] = openStart;
          ends[count] = openEnd;
          levels[count] = openLevel;
          sets[count] = localSet;
          count++;
        }
      }

      /** One slice of a connection evaluated on the fly: levels and the sets that made them. */
      private final class Slice {
        final int time;
        int allLevel;
        int unplannedLevel;
        final IntList allSets = new IntList(4); // set id, or -1 - cause for an own cause
        final IntList unplannedSets = new IntList(4);

        Slice(int time) {
          this.time = time;
        }

        void offer(boolean all, int level, int set) {
          if (level == 0) {
            return;
          }
          int c = in.compareLevels(level, all ? allLevel : unplannedLevel);
          IntList sets = all ? allSets : unplannedSets;
          if (c > 0) {
            if (all) {
              allLevel = level;
            } else {
              unplannedLevel = level;
            }
            sets.clear();
          }
          if (c >= 0) {
            sets.add(set);
          }
        }

        void addCauses(boolean all, IntList out) {
          IntList sets = all ? allSets : unplannedSets;
          for (int j = 0; j < sets.size; j++) {
            int set = sets.get(j);
            if (set < 0) {
              out.add(-1 - set);
            } else {
              in.addMembers(set, out);
            }
          }
        }
      }
    }
  }

  /** Nanoseconds since the epoch, or Long.MIN_VALUE when they do not fit a long. */
  static long nanos(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < -9_223_372_035L || seconds > 9_223_372_035L) {
      return Long.MIN_VALUE;
    }
    return seconds * 1_000_000_000L + instant.getNano();
  }
}
