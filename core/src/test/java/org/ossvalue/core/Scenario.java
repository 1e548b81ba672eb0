package org.ossvalue.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;

/**
 * A random but reproducible operator for property tests: a layered topology with every built-in
 * rule, connections on top (some not yet active, some terminated), and overlapping causes, some
 * planned, some open. The same seed always gives the same scenario.
 */
public final class Scenario {

  public static final Instant MONTH_START = Instant.parse("2025-03-01T00:00:00Z");
  public static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");

  private static final List<Severity> SEVERITIES = List.of(Severity.values());

  public final long seed;
  public final Topology topology;
  public final List<Connection> connections;
  public final List<Cause> causes;
  public final List<String> elements;

  private Scenario(
      long seed,
      Topology topology,
      List<Connection> connections,
      List<Cause> causes,
      List<String> elements) {
    this.seed = seed;
    this.topology = topology;
    this.connections = connections;
    this.causes = causes;
    this.elements = elements;
  }

  public static Scenario of(long seed) {
    Random r = new Random(seed);
    Topology.Builder t = Topology.builder();
    List<String> elements = new ArrayList<>();
    int resources = 2 + r.nextInt(6);
    for (int i = 0; i < resources; i++) {
      t.resource("R" + i);
      elements.add("R" + i);
    }
    int services = 1 + r.nextInt(8);
    for (int i = 0; i < services; i++) {
      String id = "S" + i;
      int supporters = 1 + r.nextInt(3);
      List<String> pool = new ArrayList<>(elements);
      Collections.shuffle(pool, r);
      List<String> chosen = pool.subList(0, Math.min(supporters, pool.size()));
      t.service(id, rule(r, chosen.size()), chosen.toArray(new String[0]));
      elements.add(id);
    }
    List<Connection> connections = new ArrayList<>();
    int count = 1 + r.nextInt(6);
    for (int i = 0; i < count; i++) {
      Connection.Builder c =
          Connection.builder()
              .id("C" + i)
              .account("A" + r.nextInt(3))
              .addRecurringCharges(
                  RecurringCharge.monthly(
                      Money.of(
                          BigDecimal.valueOf(1 + r.nextInt(100_000), 2),
                          Money.currency(r.nextBoolean() ? "EUR" : "GBP"))))
              .addRealizedBy(elements.get(resources + r.nextInt(services)));
      if (r.nextInt(5) > 0) {
        Instant activation = MONTH_START.plus(Duration.ofHours(r.nextInt(24 * 40) - 24 * 10));
        c.activation(activation);
        if (r.nextInt(4) == 0) {
          c.termination(activation.plus(Duration.ofHours(1 + r.nextInt(24 * 20))));
        }
      }
      connections.add(c.build());
    }
    List<Cause> causes = new ArrayList<>();
    int causeCount = r.nextInt(10);
    for (int i = 0; i < causeCount; i++) {
      causes.add(cause(r, "X" + i, elements));
    }
    return new Scenario(seed, t.build(), connections, causes, elements);
  }

  /** One more random cause for this scenario's elements. */
  public Cause extraCause(long salt) {
    return cause(new Random(seed * 31 + salt), "EXTRA", elements);
  }

  private static Cause cause(Random r, String id, List<String> elements) {
    Instant raised = MONTH_START.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 31)));
    Cause.Builder b =
        Cause.alarm(id)
            .element(elements.get(r.nextInt(elements.size())))
            .severity(SEVERITIES.get(r.nextInt(SEVERITIES.size())))
            .planned(r.nextInt(5) == 0)
            .raised(raised);
    if (r.nextInt(6) > 0) {
      b.cleared(raised.plus(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 3))));
    }
    return b.build();
  }

  private static CombinationRule rule(Random r, int supporters) {
    return switch (r.nextInt(4)) {
      case 0 -> CombinationRule.redundant();
      case 1 -> CombinationRule.atLeast(1 + r.nextInt(supporters));
      case 2 -> CombinationRule.weightedMean();
      default -> CombinationRule.allRequired();
    };
  }

  @Override
  public String toString() {
    return "Scenario(seed="
        + seed
        + ", "
        + topology
        + ", "
        + connections.size()
        + " connections, causes="
        + causes
        + ")";
  }
}
