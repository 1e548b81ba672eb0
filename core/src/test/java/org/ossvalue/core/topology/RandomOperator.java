package org.ossvalue.core.topology;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.Severity;

/**
 * A random operator that exercises what the engine must get right: every built-in rule and a custom
 * one, weighted means, shared supporters, connections realised by several elements and by elements
 * outside the topology, causes on elements, on connections, on unknown ids, coinciding instants,
 * planned and unplanned work overlapping, open causes, causes raised after as-of, connections
 * activated or terminated mid-way or never activated.
 */
public final class RandomOperator {
  public final long seed;
  public final Topology topology;
  public final List<Connection> connections;
  public final List<Cause> causes;
  public final Instant asOf;

  private RandomOperator(
      long seed,
      Topology topology,
      List<Connection> connections,
      List<Cause> causes,
      Instant asOf) {
    this.seed = seed;
    this.topology = topology;
    this.connections = connections;
    this.causes = causes;
    this.asOf = asOf;
  }

  /** The operator of a seed: the same seed gives the same operator. */
  public static RandomOperator of(long seed) {
    Random r = new Random(seed);
    Instant start = Instant.parse("2025-03-01T00:00:00Z");
    Instant asOf = start.plus(Duration.ofHours(48));
    Topology.Builder t = Topology.builder();
    List<String> elements = new ArrayList<>();
    int resources = 1 + r.nextInt(8);
    for (int i = 0; i < resources; i++) {
      t.resource("R" + i);
      elements.add("R" + i);
    }
    int services = r.nextInt(12);
    for (int i = 0; i < services; i++) {
      String id = "S" + i;
      int count = 1 + r.nextInt(Math.min(4, elements.size()));
      List<String> pool = new ArrayList<>(elements);
      Collections.shuffle(pool, r);
      List<String> chosen = pool.subList(0, count);
      t.service(id, rule(r, chosen), chosen.toArray(new String[0]));
      elements.add(id);
    }
    List<Connection> connections = new ArrayList<>();
    int count = r.nextInt(12);
    for (int i = 0; i < count; i++) {
      Connection.Builder c =
          Connection.builder()
              .id("C" + i)
              .account("A")
              .addRecurringCharges(
                  RecurringCharge.monthly(
                      Money.of(BigDecimal.valueOf(1 + r.nextInt(1000)), Money.currency("EUR"))));
      int realisers = r.nextInt(4) == 0 ? 2 + r.nextInt(2) : r.nextInt(8) == 0 ? 0 : 1;
      for (int j = 0; j < realisers; j++) {
        c.addRealizedBy(
            r.nextInt(10) == 0 ? "X" + r.nextInt(2) : elements.get(r.nextInt(elements.size())));
      }
      if (r.nextInt(6) > 0) {
        Instant activation = start.plus(Duration.ofHours(r.nextInt(30) - 10));
        c.activation(activation);
        if (r.nextInt(4) == 0) {
          c.termination(activation.plus(Duration.ofHours(r.nextInt(60))));
        }
      }
      connections.add(c.build());
    }
    List<String> targets = new ArrayList<>(elements);
    targets.add("X0");
    targets.add("X1");
    targets.add("NOWHERE");
    for (Connection c : connections) {
      targets.add(c.id());
    }
    List<Cause> causes = new ArrayList<>();
    int causeCount = r.nextInt(16);
    for (int i = 0; i < causeCount; i++) {
      boolean planned = r.nextInt(3) == 0;
      CauseKind kind = planned && r.nextBoolean() ? CauseKind.PLANNED_WORK : CauseKind.ALARM;
      Instant raised = start.plus(Duration.ofHours(r.nextInt(52)));
      Cause.Builder b =
          Cause.builder()
              .kind(kind)
              .id(String.valueOf(i))
              .element(targets.get(r.nextInt(targets.size())))
              .severity(Severity.values()[r.nextInt(Severity.values().length)])
              .planned(planned)
              .raised(raised);
      if (r.nextInt(5) > 0) {
        b.cleared(raised.plus(Duration.ofHours(r.nextInt(20))));
      }
      causes.add(b.build());
    }
    return new RandomOperator(seed, t.build(), connections, causes, asOf);
  }

  private static CombinationRule rule(Random r, List<String> supporters) {
    switch (r.nextInt(6)) {
      case 0:
        return CombinationRule.redundant();
      case 1:
        return CombinationRule.atLeast(1 + r.nextInt(supporters.size() + 1));
      case 2:
        return CombinationRule.weightedMean();
      case 3:
        return CombinationRule.weightedMean(
            Map.of(supporters.get(0), BigDecimal.valueOf(1 + r.nextInt(3))));
      case 4:
        return new HalfOfWorst();
      default:
        return CombinationRule.allRequired();
    }
  }

  @Override
  public String toString() {
    return "RandomOperator(seed="
        + seed
        + ", "
        + topology
        + ", "
        + connections.size()
        + " connections, "
        + causes
        + ")";
  }

  /** A user's own rule: half the worst supporter, the worst ones contributing. */
  public static final class HalfOfWorst implements CombinationRule {
    @Override
    public Combination combine(List<String> supporters, List<BigDecimal> degradations) {
      BigDecimal max = BigDecimal.ZERO;
      for (BigDecimal d : degradations) {
        max = max.max(d);
      }
      List<Integer> contributors = new ArrayList<>();
      for (int i = 0; i < degradations.size(); i++) {
        if (max.signum() > 0 && degradations.get(i).compareTo(max) == 0) {
          contributors.add(i);
        }
      }
      return Combination.of(max.divide(BigDecimal.valueOf(2)), contributors);
    }
  }
}
