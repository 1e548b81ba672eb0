package org.ossvalue.benchmarks.workload;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ossvalue.core.Cause;
import org.ossvalue.core.ChargePeriod;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.Severity;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;

/**
 * A synthetic operator, seeded and deterministic: every connection, element and alarm is a pure
 * function of the seed and its index, so the data can be streamed (or generated in parallel) and is
 * identical for every contender. Designed to move to a testkit module unchanged.
 *
 * <p>Shape for N connections: N/10 access services, each realised over its own port, a customer
 * premises resource (80 %), a line card shared by 16 services, its aggregation domain's shared
 * aggregation resource (fan-out 1,000 to 50,000 connections, log-uniform) and the domain's uplink,
 * which is either a redundant pair of PE routers or a 2-of-3 group of links; about N/5 resources in
 * all. Connections: two currencies (EUR, GBP), three segments, 8 % yearly charges, 10 % with usage
 * revenue, 2 % realised by two services, 2 % not yet activated, some activated or terminated during
 * the month. Alarms: uniform over the month, log-normal durations (median 25 minutes, tail to days,
 * capped at 10 days), 5 % planned, 1.5 % still open at as-of, 3 % repeats that overlap the previous
 * alarm, and a realistic spread of severities and targets (ports and CPEs mostly, cards, uplinks,
 * services, connections, rarely an aggregation resource or a domain's uplink, a few unknown
 * elements).
 */
public final class OperatorGenerator {

  private static final long DOMAIN = 1;
  private static final long CONNECTION = 2;
  private static final long CAUSE = 3;
  private static final long SERVICE = 4;

  private static final int SERVICES_PER_CARD = 16;
  private static final int MIN_DOMAIN_SERVICES = 100;
  private static final int MAX_DOMAIN_SERVICES = 5_000;

  private final WorkloadSpec spec;
  private final int services;
  private final int[] domainStart; // domain d holds services [domainStart[d], domainStart[d + 1])
  private final long permutation;
  private final Instant monthStart;
  private final long monthSeconds;

  /** A generator for this spec; cheap (only the domain layout is precomputed). */
  public OperatorGenerator(WorkloadSpec spec) {
    this.spec = spec;
    this.services = Math.max(1, spec.connections() / 10);
    List<Integer> starts = new ArrayList<>();
    int next = 0;
    for (int d = 0; next < services; d++) {
      starts.add(next);
      SplittableRandom r = random(DOMAIN, d);
      double logSize =
          Math.log(MIN_DOMAIN_SERVICES)
              + r.nextDouble() * (Math.log(MAX_DOMAIN_SERVICES) - Math.log(MIN_DOMAIN_SERVICES));
      next += (int) Math.round(Math.exp(logSize));
    }
    starts.add(services);
    this.domainStart = starts.stream().mapToInt(Integer::intValue).toArray();
    long p = 1_000_003L;
    while (gcd(p, spec.connections()) != 1) {
      p += 2;
    }
    this.permutation = p;
    this.monthStart = spec.period().from();
    this.monthSeconds = spec.period().window().duration().getSeconds();
  }

  /** The spec. */
  public WorkloadSpec spec() {
    return spec;
  }

  /** The number of access services (N/10). */
  public int services() {
    return services;
  }

  /** The number of aggregation domains. */
  public int domains() {
    return domainStart.length - 1;
  }

  /** The instant up to which open alarms count: the end of the month. */
  public Instant asOf() {
    return spec.period().to();
  }

  // --- topology ---

  /** The whole topology. */
  public Topology topology() {
    Topology.Builder t = Topology.builder();
    for (int d = 0; d < domains(); d++) {
      t.resource(agg(d));
      if (redundantPairDomain(d)) {
        t.resource(uplinkResource(d, 0)).resource(uplinkResource(d, 1));
        t.service(
            uplink(d), CombinationRule.redundant(), uplinkResource(d, 0), uplinkResource(d, 1));
      } else {
        t.resource(uplinkResource(d, 0))
            .resource(uplinkResource(d, 1))
            .resource(uplinkResource(d, 2));
        t.service(
            uplink(d),
            CombinationRule.atLeast(2),
            uplinkResource(d, 0),
            uplinkResource(d, 1),
            uplinkResource(d, 2));
      }
    }
    for (int c = 0; c * SERVICES_PER_CARD < services; c++) {
      t.resource(card(c));
    }
    for (int s = 0; s < services; s++) {
      t.resource(port(s));
      if (hasCpe(s)) {
        t.resource(cpe(s));
      }
      int d = domainOf(s);
      if (hasCpe(s)) {
        t.service(service(s), port(s), cpe(s), card(s / SERVICES_PER_CARD), agg(d), uplink(d));
      } else {
        t.service(service(s), port(s), card(s / SERVICES_PER_CARD), agg(d), uplink(d));
      }
    }
    return t.build();
  }

  /** The domain that service s belongs to. */
  public int domainOf(int s) {
    int lo = 0;
    int hi = domainStart.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (domainStart[mid] <= s) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  static boolean redundantPairDomain(int d) {
    return d % 2 == 0;
  }

  boolean hasCpe(int s) {
    return random(SERVICE, s).nextDouble() < 0.8;
  }

  static String agg(int d) {
    return "AGG-" + d;
  }

  static String uplink(int d) {
    return "UPL-" + d;
  }

  static String uplinkResource(int d, int i) {
    return (redundantPairDomain(d) ? "PE-" : "LNK-") + d + "-" + i;
  }

  static String card(int c) {
    return "CARD-" + c;
  }

  static String port(int s) {
    return "PORT-" + s;
  }

  static String cpe(int s) {
    return "CPE-" + s;
  }

  static String service(int s) {
    return "SVC-" + s;
  }

  static String connectionId(int i) {
    return "C-" + i;
  }

  // --- connections ---

  /** All connections, in index order. */
  public List<Connection> connections() {
    return IntStream.range(0, spec.connections()).parallel().mapToObj(this::connection).toList();
  }

  /** The connections as a stream, for streaming consumers. */
  public Stream<Connection> connectionStream() {
    return IntStream.range(0, spec.connections()).mapToObj(this::connection);
  }

  /** The service that realises connection i (connections of a service are spread over ids). */
  public int serviceOf(int i) {
    long spread = Math.floorMod(i * permutation + 7919, (long) spec.connections());
    return (int) Math.min(services - 1, spread / 10);
  }

  /** Connection i. */
  public Connection connection(int i) {
    SplittableRandom r = random(CONNECTION, i);
    String currency = r.nextDouble() < 0.8 ? "EUR" : "GBP";
    double segment = r.nextDouble();
    long cents;
    String segmentName;
    if (segment < 0.8) {
      segmentName = "residential";
      cents = 1_999 + r.nextLong(7_001);
    } else if (segment < 0.95) {
      segmentName = "smb";
      cents = 4_900 + r.nextLong(35_001);
    } else {
      segmentName = "enterprise";
      cents = 30_000 + r.nextLong(470_001);
    }
    RecurringCharge charge =
        r.nextDouble() < 0.08
            ? RecurringCharge.of(
                Money.of(
                    BigDecimal.valueOf(cents * 12 - r.nextLong(100), 2), Money.currency(currency)),
                ChargePeriod.YEAR)
            : RecurringCharge.monthly(
                Money.of(BigDecimal.valueOf(cents, 2), Money.currency(currency)));
    Connection.Builder b =
        Connection.builder()
            .id(connectionId(i))
            .account("A-" + (i / 3))
            .segment(segmentName)
            .addRecurringCharges(charge);
    int s = serviceOf(i);
    b.addRealizedBy(service(s));
    if (r.nextDouble() < 0.02) {
      b.addRealizedBy(service((s + 1) % services));
    }
    if (r.nextDouble() < 0.1) {
      b.usageRevenuePerMonth(
          Money.of(BigDecimal.valueOf(100 + r.nextLong(4_901), 2), Money.currency(currency)));
    }
    double life = r.nextDouble();
    if (life < 0.02) {
      b.status(ConnectionStatus.PENDING_ACTIVE);
    } else {
      Instant activation =
          life < 0.04
              ? monthStart.plusSeconds(r.nextLong(monthSeconds))
              : monthStart.minusSeconds(1 + r.nextLong(3 * 365 * 86_400L));
      b.activation(activation);
      if (r.nextDouble() < 0.015) {
        Instant termination = monthStart.plusSeconds(r.nextLong(monthSeconds));
        if (termination.isAfter(activation)) {
          b.termination(termination).status(ConnectionStatus.TERMINATED);
        }
      }
    }
    return b.build();
  }

  // --- alarms ---

  /** All alarms, in index order. */
  public List<Cause> causes() {
    return IntStream.range(0, spec.alarms()).parallel().mapToObj(this::cause).toList();
  }

  /** The alarms as a stream, for streaming consumers. */
  public Stream<Cause> causeStream() {
    return IntStream.range(0, spec.alarms()).mapToObj(this::cause);
  }

  /** Alarm j. */
  public Cause cause(int j) {
    SplittableRandom r = random(CAUSE, j);
    boolean repeat = j > 0 && r.nextDouble() < 0.03;
    String element;
    Instant raised;
    if (repeat) {
      // A repeat on the previous alarm's element, raised while that one is still on: overlaps.
      Cause previous = cause(j - 1);
      element = previous.element();
      raised = previous.raised().plusSeconds(r.nextLong(1_800));
    } else {
      element = target(r);
      raised = monthStart.plusSeconds(r.nextLong(monthSeconds));
    }
    boolean planned = r.nextDouble() < 0.05;
    Severity severity = planned ? Severity.CRITICAL : severity(r.nextDouble());
    Cause.Builder b =
        planned && (j & 1) == 0
            ? Cause.plannedWork("MW-" + j)
            : Cause.alarm("ALM-" + j).planned(planned);
    b.element(element).severity(severity).raised(raised);
    if (r.nextDouble() >= 0.015) {
      long minutes =
          planned
              ? 60 + r.nextLong(301)
              : Math.min(
                  10 * 24 * 60L,
                  1 + Math.round(Math.exp(Math.log(25) + 1.6 * gaussian(r)) + r.nextDouble()));
      b.cleared(raised.plus(Duration.ofMinutes(minutes)).plusSeconds(r.nextLong(60)));
    }
    return b.build();
  }

  private String target(SplittableRandom r) {
    double u = r.nextDouble();
    int s = r.nextInt(services);
    int d = domainOf(s);
    if (u < 0.0001) {
      return agg(d);
    }
    if (u < 0.0301) {
      return card(s / SERVICES_PER_CARD);
    }
    if (u < 0.0321) {
      return uplinkResource(d, r.nextInt(redundantPairDomain(d) ? 2 : 3));
    }
    if (u < 0.0721) {
      return service(s);
    }
    if (u < 0.0722) {
      return uplink(d);
    }
    if (u < 0.1022) {
      return connectionId(r.nextInt(spec.connections()));
    }
    if (u < 0.1072) {
      return "UNKNOWN-" + r.nextInt(1_000);
    }
    if (u < 0.3572 && hasCpe(s)) {
      return cpe(s);
    }
    return port(s);
  }

  private static Severity severity(double u) {
    if (u < 0.10) {
      return Severity.CRITICAL;
    }
    if (u < 0.25) {
      return Severity.MAJOR;
    }
    if (u < 0.50) {
      return Severity.MINOR;
    }
    return u < 0.85 ? Severity.WARNING : Severity.INDETERMINATE;
  }

  /** Box-Muller, from two uniforms of r. */
  private static double gaussian(SplittableRandom r) {
    double u1 = 1.0 - r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  private SplittableRandom random(long stream, long index) {
    return new SplittableRandom(mix(mix(spec.seed() ^ (stream * 0x9E3779B97F4A7C15L)) + index));
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
