package org.ossvalue.benchmarks.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ossvalue.benchmarks.workload.Workload;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * The baseline a developer would write first, with the same semantics: for each alarm, walk the
 * topology up to every connection it reaches and append the alarm there; then, per connection, cut
 * time at every alarm boundary and, for each slice, evaluate the connection's degradation by
 * recursing down its supporters with the alarms active in the slice (each node's own worst alarm,
 * combined with its rule: max, min, k-th smallest), once over all alarms and once over unplanned
 * ones. Money in BigDecimal at 20 decimals; per currency.
 */
public final class NaiveContender implements Contender {

  private static final int SCALE = 20;

  private final Workload workload;
  private final SeverityMapping severity = SeverityMapping.defaults();

  /** The baseline on a workload. */
  public NaiveContender(Workload workload) {
    this.workload = workload;
  }

  @Override
  public String name() {
    return "naive";
  }

  @Override
  public Totals compute() {
    Topology topology = workload.topology();
    Instant asOf = workload.asOf();
    TimeWindow month = workload.period().window();
    BigDecimal monthSeconds = BigDecimal.valueOf(month.duration().getSeconds());

    Map<String, Connection> byId = new HashMap<>();
    Map<String, List<Connection>> connectionsOf = new HashMap<>();
    for (Connection c : workload.connections()) {
      byId.put(c.id(), c);
      for (String e : c.realizedBy()) {
        connectionsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
      }
    }

    // 1. Each alarm walks up to the connections it reaches.
    Map<String, List<Cause>> alarmsOf = new HashMap<>();
    for (Cause cause : workload.causes()) {
      if (severity.degradation(cause).signum() == 0 || cause.window(asOf).isEmpty()) {
        continue;
      }
      Set<String> reached = new HashSet<>();
      if (byId.containsKey(cause.element())) {
        reached.add(cause.element());
      }
      Set<String> seen = new HashSet<>();
      Deque<String> queue = new ArrayDeque<>();
      queue.add(cause.element());
      seen.add(cause.element());
      while (!queue.isEmpty()) {
        String node = queue.poll();
        for (Connection c : connectionsOf.getOrDefault(node, List.of())) {
          reached.add(c.id());
        }
        if (topology.contains(node)) {
          for (String up : topology.dependentsOf(node)) {
            if (seen.add(up)) {
              queue.add(up);
            }
          }
        }
      }
      for (String c : reached) {
        alarmsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(cause);
      }
    }

    // 2. Per connection: slice time at every boundary, evaluate each slice.
    Map<String, BigDecimal> unplanned = new HashMap<>();
    Map<String, BigDecimal> planned = new HashMap<>();
    Map<String, BigDecimal> lost = new HashMap<>();
    for (Map.Entry<String, List<Cause>> entry : alarmsOf.entrySet()) {
      Connection connection = byId.get(entry.getKey());
      if (connection.activation().isEmpty() || connection.mrr().isEmpty()) {
        continue;
      }
      Instant lo = max(connection.activation().get(), month.start());
      Instant hi = min(connection.termination().orElse(asOf), min(asOf, month.end()));
      TreeSet<Instant> cuts = new TreeSet<>();
      for (Cause c : entry.getValue()) {
        TimeWindow w = c.window(asOf);
        cuts.add(max(lo, min(hi, w.start())));
        cuts.add(max(lo, min(hi, w.end())));
      }
      BigDecimal mrr = connection.mrr().get().amount();
      String currency = connection.mrr().get().currency().getCurrencyCode();
      Instant previous = null;
      for (Instant cut : cuts) {
        if (previous != null) {
          List<Cause> active = new ArrayList<>();
          for (Cause c : entry.getValue()) {
            if (c.window(asOf).contains(previous)) {
              active.add(c);
            }
          }
          if (!active.isEmpty()) {
            BigDecimal all = evaluateConnection(connection, active, false);
            BigDecimal unplannedD = evaluateConnection(connection, active, true);
            BigDecimal seconds = BigDecimal.valueOf(Duration.between(previous, cut).getSeconds());
            BigDecimal base = mrr.multiply(seconds);
            unplanned.merge(
                currency,
                base.multiply(unplannedD).divide(monthSeconds, SCALE, RoundingMode.HALF_EVEN),
                BigDecimal::add);
            planned.merge(
                currency,
                base.multiply(all.subtract(unplannedD))
                    .divide(monthSeconds, SCALE, RoundingMode.HALF_EVEN),
                BigDecimal::add);
            lost.merge(currency, base.multiply(unplannedD), BigDecimal::add);
          }
        }
        previous = cut;
      }
    }

    // 3. Revenue-weighted availability.
    Map<String, BigDecimal> sold = new HashMap<>();
    for (Connection c : workload.connections()) {
      if (c.activation().isPresent() && c.mrr().isPresent()) {
        Instant lo = max(c.activation().get(), month.start());
        Instant hi = min(c.termination().orElse(month.end()), month.end());
        if (lo.isBefore(hi)) {
          sold.merge(
              c.mrr().get().currency().getCurrencyCode(),
              c.mrr()
                  .get()
                  .amount()
                  .multiply(BigDecimal.valueOf(Duration.between(lo, hi).getSeconds())),
              BigDecimal::add);
        }
      }
    }
    Map<String, BigDecimal> availability = new HashMap<>();
    sold.forEach(
        (code, s) ->
            availability.put(
                code, Totals.availability(lost.getOrDefault(code, BigDecimal.ZERO), s)));
    return new Totals(unplanned, planned, availability);
  }

  private BigDecimal evaluateConnection(
      Connection connection, List<Cause> active, boolean unplannedOnly) {
    BigDecimal d = own(connection.id(), active, unplannedOnly);
    for (String element : connection.realizedBy()) {
      d = d.max(evaluate(element, active, unplannedOnly));
    }
    return d;
  }

  private BigDecimal evaluate(String element, List<Cause> active, boolean unplannedOnly) {
    BigDecimal d = own(element, active, unplannedOnly);
    Topology topology = workload.topology();
    if (topology.contains(element)) {
      List<String> supporters = topology.supportersOf(element);
      if (!supporters.isEmpty()) {
        List<BigDecimal> degradations = new ArrayList<>();
        boolean any = false;
        for (String s : supporters) {
          BigDecimal sd = evaluate(s, active, unplannedOnly);
          any |= sd.signum() > 0;
          degradations.add(sd);
        }
        if (any) {
          CombinationRule rule = topology.rule(element);
          d = d.max(rule.combine(supporters, degradations).degradation());
        }
      }
    }
    return d;
  }

  private BigDecimal own(String element, List<Cause> active, boolean unplannedOnly) {
    BigDecimal d = BigDecimal.ZERO;
    for (Cause c : active) {
      if (c.element().equals(element) && !(unplannedOnly && c.planned())) {
        d = d.max(severity.degradation(c));
      }
    }
    return d;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
