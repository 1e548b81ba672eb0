package org.ossvalue.benchmarks.impact;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.ossvalue.benchmarks.workload.OperatorGenerator;
import org.ossvalue.benchmarks.workload.Workload;
import org.ossvalue.benchmarks.workload.WorkloadSpec;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * Quick timings and heap figures outside JMH, for profiling and for the memory table: {@code java
 * -cp benchmarks/target/benchmarks.jar org.ossvalue.benchmarks.impact.Probe 1M [contenders]
 * [rounds] [threads]}. Contenders is a comma list of ossvalue, naive, duckdb; or memory, breakdown,
 * or {@code interleaved:ossvalue,duckdb,naive} (contenders taking turns).
 */
public final class Probe {

  private Probe() {}

  public static void main(String[] args) {
    int n = WorkloadSpec.parseSize(args.length > 0 ? args[0] : "100k");
    String which = args.length > 1 ? args[1] : "ossvalue,naive,duckdb";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    WorkloadSpec spec = WorkloadSpec.of(n);
    if (which.contains("memory")) {
      memory(spec, threads);
      return;
    }
    if (which.contains("breakdown")) {
      breakdown(Workload.generate(spec), threads, rounds);
      return;
    }
    if (which.startsWith("interleaved")) {
      interleaved(Workload.generate(spec), which, rounds);
      return;
    }
    long t0 = System.nanoTime();
    Workload w = Workload.generate(spec);
    System.out.printf(Locale.ROOT, "generated %s in %d ms%n", w, ms(t0));
    ImpactEngine engine = ImpactEngine.create(SeverityMapping.defaults(), threads);
    OssValueContender oss = new OssValueContender(w, engine, "ossvalue");
    Impacts impacts = oss.impacts();
    System.out.println(impacts);
    Totals reference = null;
    for (String name : which.split(",")) {
      Contender c =
          switch (name) {
            case "ossvalue" -> oss;
            case "naive" -> new NaiveContender(w);
            case "duckdb" -> DuckDbContender.prepare(w);
            default -> throw new IllegalArgumentException(name);
          };
      try (c) {
        for (int r = 0; r < rounds; r++) {
          long s = System.nanoTime();
          Totals t = c.compute();
          System.out.printf(Locale.ROOT, "%-10s %8d ms  %s%n", name, ms(s), t);
          if (reference == null) {
            reference = t;
          } else {
            reference.requireSameAs(t, "first", name);
          }
        }
      }
    }
  }

  /**
   * Where ossvalue's time goes: impacts, revenue at risk, availability; wall time, this thread's
   * CPU time (which other processes on a loaded machine do not inflate; with threads &gt; 1 the
   * engine's other threads are not in it) and this thread's allocation.
   */
  private static void breakdown(Workload w, int threads, int rounds) {
    OssValueContender oss =
        new OssValueContender(w, ImpactEngine.create(SeverityMapping.defaults(), threads), "oss");
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      long[] s = sample(mx);
      Impacts impacts = oss.impacts();
      long[] t1 = sample(mx);
      var risk =
          org.ossvalue.core.valuation.RevenueAtRiskStrategy.calendarAccurate()
              .assess(w.connections(), impacts, w.period());
      long[] t2 = sample(mx);
      Totals t = oss.totals(risk);
      long[] t3 = sample(mx);
      System.out.printf(
          Locale.ROOT,
          "impacts %s (%d impacts), assess %s, totals+availability %s  %s%n",
          phase(s, t1),
          impacts.all().size(),
          phase(t1, t2),
          phase(t2, t3),
          t);
    }
  }

  /** Wall nanos, this thread's CPU nanos and allocated bytes. */
  private static long[] sample(com.sun.management.ThreadMXBean mx) {
    return new long[] {
      System.nanoTime(), mx.getCurrentThreadCpuTime(), mx.getCurrentThreadAllocatedBytes()
    };
  }

  private static String phase(long[] from, long[] to) {
    return String.format(
        Locale.ROOT,
        "%d ms (cpu %d ms, %d MB)",
        (to[0] - from[0]) / 1_000_000,
        (to[1] - from[1]) / 1_000_000,
        (to[2] - from[2]) >> 20);
  }

  /**
   * The contenders taking turns, one analysis each per round, so that on a shared machine they run
   * under the same load (which sequential forks do not): {@code interleaved:ossvalue,duckdb,naive}.
   * Per analysis the wall time and the process's CPU time (every thread: DuckDB's workers, the
   * engine's, the garbage collector's); the medians at the end, the first round left out.
   */
  private static void interleaved(Workload w, String which, int rounds) {
    String[] names = which.substring(which.indexOf(':') + 1).split(",");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int cores = Runtime.getRuntime().availableProcessors();
    Contender[] contenders = new Contender[names.length];
    for (int i = 0; i < names.length; i++) {
      contenders[i] =
          switch (names[i]) {
            case "ossvalue" -> new OssValueContender(w, ImpactEngine.create(), "ossvalue");
            case "ossvalueParallel" ->
                new OssValueContender(
                    w, ImpactEngine.create(SeverityMapping.defaults(), cores), "ossvalueParallel");
            case "naive" -> new NaiveContender(w);
            case "duckdb" -> DuckDbContender.prepare(w);
            default -> throw new IllegalArgumentException(names[i]);
          };
    }
    long[][] wall = new long[names.length][rounds];
    long[][] cpu = new long[names.length][rounds];
    Totals reference = null;
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r + ":");
      for (int i = 0; i < names.length; i++) {
        System.gc();
        long c0 = os.getProcessCpuTime();
        long s = System.nanoTime();
        Totals t = contenders[i].compute();
        wall[i][r] = System.nanoTime() - s;
        cpu[i][r] = os.getProcessCpuTime() - c0;
        if (reference == null) {
          reference = t;
        } else {
          reference.requireSameAs(t, names[0], names[i]);
        }
        line.append(
            String.format(
                Locale.ROOT,
                " %s %d ms (cpu %d ms)",
                names[i],
                wall[i][r] / 1_000_000,
                cpu[i][r] / 1_000_000));
      }
      System.out.println(line + "  load " + loadAverage());
    }
    for (int i = 0; i < names.length; i++) {
      System.out.printf(
          Locale.ROOT,
          "median of rounds 1..%d: %-16s %8d ms wall, %8d ms cpu%n",
          rounds - 1,
          names[i],
          median(wall[i]) / 1_000_000,
          median(cpu[i]) / 1_000_000);
      contenders[i].close();
    }
  }

  private static long median(long[] values) {
    long[] v = java.util.Arrays.copyOfRange(values, Math.min(1, values.length - 1), values.length);
    java.util.Arrays.sort(v);
    return v[v.length / 2];
  }

  private static String loadAverage() {
    return String.format(
        Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Retained heap of the inputs and the topology, and the peak while computing. */
  private static void memory(WorkloadSpec spec, int threads) {
    OperatorGenerator g = new OperatorGenerator(spec);
    long base = usedAfterGc();
    var connections = g.connections();
    var causes = g.causes();
    // Connection.mrr() is lazy and kept once asked: ask it now, so that the inputs count it and
    // the results do not (any valuation asks it)
    connections.forEach(c -> c.mrr());
    long inputs = usedAfterGc() - base;
    Topology topology = g.topology();
    long topo = usedAfterGc() - base - inputs;
    Workload w = new Workload(spec, topology, connections, causes, g.asOf(), spec.period());
    OssValueContender oss =
        new OssValueContender(w, ImpactEngine.create(SeverityMapping.defaults(), threads), "oss");
    long before = usedAfterGc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    long s = System.nanoTime();
    Impacts impacts = oss.impacts();
    var risk =
        org.ossvalue.core.valuation.RevenueAtRiskStrategy.calendarAccurate()
            .assess(connections, impacts, spec.period());
    Totals t = oss.totals(risk);
    long elapsed = ms(s);
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    long withResults = usedAfterGc();
    long impactsOnly;
    {
      var keep = impacts;
      risk = null;
      impactsOnly = usedAfterGc() - before;
      if (keep.all().isEmpty()) {
        System.out.println("no impacts");
      }
    }
    int n = spec.connections();
    System.out.printf(
        Locale.ROOT,
        "connections=%d alarms=%d impacts=%d max heap=%d MB%n"
            + "inputs (connections+alarms) retained: %d MB (%d B/connection)%n"
            + "topology retained: %d MB (%d B/connection)%n"
            + "results retained (Impacts + RevenueAtRisk): %d MB (%d B/connection, %d B/impact);"
            + " Impacts alone %d MB%n"
            + "peak heap used during compute+assess (incl. garbage not yet collected): %d MB%n"
            + "compute+assess+availability: %d ms  %s%n",
        n,
        spec.alarms(),
        impacts.all().size(),
        Runtime.getRuntime().maxMemory() >> 20,
        inputs >> 20,
        inputs / n,
        topo >> 20,
        topo / n,
        (withResults - before) >> 20,
        (withResults - before) / n,
        (withResults - before) / Math.max(1, impacts.all().size()),
        impactsOnly >> 20,
        peak >> 20,
        elapsed,
        t);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
