package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * The default counterfactual. For an impact [start, end) at degradation d, detected at t_d:
 *
 * <pre>
 *   duration(S) = (t_d − start) + [F ∉ S]·δ + (end − t_d) × ([I ∉ S] ? m : 1)
 *   loss(S)     = value(MRR, [start, start + duration(S)), d) × (1 + [P ∉ S]·ρ) × (1 + [C ∉ S]·c)
 * </pre>
 *
 * where each bracket also requires the record to show the function at work on the impact (an alarm
 * for F, a linked ticket for I, a linked problem for P; C always).
 */
final class DefaultCounterfactual implements CounterfactualModel {

  private static final BigDecimal NANOS = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);
  private static final int FAULT = 0;
  private static final int INCIDENT = 1;
  private static final int PROBLEM = 2;
  private static final int CHANGE = 3;

  private final CounterfactualConfig config;
  private final RevenueAtRiskStrategy strategy;

  DefaultCounterfactual(CounterfactualConfig config, RevenueAtRiskStrategy strategy) {
    this.config = config;
    this.strategy = strategy;
  }

  @Override
  public CounterfactualConfig config() {
    return config;
  }

  @Override
  public ProtectedRevenue assess(
      RevenueAtRisk risk,
      Collection<Connection> connections,
      Collection<Cause> causes,
      Collection<TroubleTicket> tickets,
      Collection<ServiceProblem> problems) {
    requireStrategy(risk);
    Links links = new Links(connections, causes, tickets, problems);
    ProtectedRevenue.Builder result =
        ProtectedRevenue.builder().period(risk.period()).strategy(risk.strategy()).config(config);
    for (RevenueAtRisk.Entry e : risk.entries()) {
      if (e.classification() != ImpactClass.UNPLANNED) {
        continue;
      }
      result.addEntries(entry(e, links.seen(e, true), risk));
    }
    return result.build();
  }

  /**
   * The same figures as {@link #assess}, summed as they are computed. A coalition's loss is the
   * value of a window stretched by its fault and incident bits times a factor of its problem and
   * change bits, and that factor depends on the impact only through whether problem management is
   * credited on it; so per currency and bound it keeps Σ stretched value per (fault, incident) pair
   * and per problem credit, and multiplies by the factors once at the end — exact, since products
   * of exact decimals distribute over exact sums.
   */
  @Override
  public ProtectionSums sums(
      RevenueAtRisk risk,
      Collection<Connection> connections,
      Collection<Cause> causes,
      Collection<TroubleTicket> tickets,
      Collection<ServiceProblem> problems) {
    requireStrategy(risk);
    Links links = new Links(connections, causes, tickets, problems);
    Bound[] bounds = Bound.values();
    // Per currency: [bound][problem credited 0/1][fault-incident bits] Σ stretched; [3][0][0] Σ
    // actual.
    Map<Currency, BigDecimal[][][]> byCurrency = new TreeMap<>(ProtectionSums::byCode);
    // Per connection: [bound][problem credited] Σ baseline stretched; [3][0] Σ actual.
    Map<String, BigDecimal[][]> byConnection = new LinkedHashMap<>();
    Map<String, Currency> connectionCurrency = new HashMap<>();
    int impacts = 0;
    for (RevenueAtRisk.Entry e : risk.entries()) {
      if (e.classification() != ImpactClass.UNPLANNED) {
        continue;
      }
      impacts++;
      Seen seen = links.seen(e, false);
      Currency currency = e.amount().currency();
      BigDecimal[][][] sums = byCurrency.computeIfAbsent(currency, k -> zeros3(bounds.length));
      BigDecimal[][] own =
          byConnection.computeIfAbsent(
              e.connection(), k -> ProtectionSums.zeros(bounds.length + 1, 2));
      connectionCurrency.put(e.connection(), currency);
      int p = seen.credited[PROBLEM] ? 1 : 0;
      Map<Duration, Money> valued = new HashMap<>();
      BigDecimal lag = TimeWindow.of(e.window().start(), seen.detected).seconds();
      BigDecimal restore = TimeWindow.of(seen.detected, e.window().end()).seconds();
      for (int b = 0; b < bounds.length; b++) {
        for (int fi = 0; fi < 4; fi++) {
          BigDecimal v =
              stretchedValue(e, lag, restore, seen.credited, fi, bounds[b], risk, valued).amount();
          sums[b][p][fi] = sums[b][p][fi].add(v);
          if (fi == 0) {
            own[b][p] = own[b][p].add(v);
          }
        }
      }
      BigDecimal actual = e.amount().amount();
      sums[bounds.length][0][0] = sums[bounds.length][0][0].add(actual);
      own[bounds.length][0] = own[bounds.length][0].add(actual);
    }
    int masks = 1 << 4;
    Map<Currency, BigDecimal[][]> losses = new TreeMap<>(ProtectionSums::byCode);
    byCurrency.forEach(
        (currency, sums) -> {
          BigDecimal[][] loss = new BigDecimal[bounds.length][masks];
          for (int b = 0; b < bounds.length; b++) {
            for (int mask = 0; mask < masks; mask++) {
              if (mask == masks - 1) {
                loss[b][mask] = sums[bounds.length][0][0];
                continue;
              }
              BigDecimal l = BigDecimal.ZERO;
              for (int p = 0; p < 2; p++) {
                l = l.add(times(sums[b][p][mask & 3], factor(p == 1, mask, bounds[b])));
              }
              loss[b][mask] = l;
            }
          }
          losses.put(currency, loss);
        });
    Map<String, Money[]> ranges = new LinkedHashMap<>();
    byConnection.forEach(
        (connection, own) -> {
          Currency currency = connectionCurrency.get(connection);
          Money[] range = new Money[bounds.length];
          for (int b = 0; b < bounds.length; b++) {
            BigDecimal baseline = BigDecimal.ZERO;
            for (int p = 0; p < 2; p++) {
              baseline = baseline.add(times(own[b][p], factor(p == 1, 0, bounds[b])));
            }
            range[b] = Money.of(baseline.subtract(own[bounds.length][0]), currency);
          }
          ranges.put(connection, range);
        });
    return new ProtectionSums(config.players(), losses, ProtectionSums.estimates(ranges), impacts);
  }

  private static BigDecimal times(BigDecimal v, BigDecimal factor) {
    return factor.compareTo(BigDecimal.ONE) == 0 ? v : v.multiply(factor);
  }

  private static BigDecimal[][][] zeros3(int bounds) {
    BigDecimal[][][] z = new BigDecimal[bounds + 1][][];
    for (int b = 0; b <= bounds; b++) {
      z[b] = ProtectionSums.zeros(2, 4);
    }
    return z;
  }

  private void requireStrategy(RevenueAtRisk risk) {
    if (!risk.strategy().equals(strategy.toString())) {
      throw new IllegalArgumentException(
          "risk must be valued with this model's strategy "
              + strategy
              + ", was "
              + risk.strategy());
    }
  }

  /** What the records show of an impact: when it was detected and which functions were at work. */
  private static final class Seen {
    final Instant detected;
    final boolean[] credited;
    final Optional<Instant> ticketOpened;
    final List<String> evidence;

    Seen(
        Instant detected,
        boolean[] credited,
        Optional<Instant> ticketOpened,
        List<String> evidence) {
      this.detected = detected;
      this.credited = credited;
      this.ticketOpened = ticketOpened;
      this.evidence = evidence;
    }
  }

  /** Connections, causes, tickets and problems indexed by what links them to an impact. */
  private static final class Links {
    final Map<String, Set<String>> realisedBy = new HashMap<>();
    final Map<CauseRef, Cause> causes = new HashMap<>();
    final List<TroubleTicket> tickets;
    final List<ServiceProblem> problems;
    final Map<String, List<Integer>> ticketsByAlarm = new HashMap<>();
    final Map<String, List<Integer>> ticketsByElement = new HashMap<>();
    final Map<String, List<Integer>> problemsByAlarm = new HashMap<>();
    final Map<String, List<Integer>> problemsByTicket = new HashMap<>();

    Links(
        Collection<Connection> connections,
        Collection<Cause> causes,
        Collection<TroubleTicket> tickets,
        Collection<ServiceProblem> problems) {
      connections.forEach(c -> realisedBy.put(c.id(), c.realizedBy()));
      causes.forEach(c -> this.causes.put(c.ref(), c));
      this.tickets = new ArrayList<>(tickets);
      this.problems = new ArrayList<>(problems);
      for (int i = 0; i < this.tickets.size(); i++) {
        index(ticketsByAlarm, this.tickets.get(i).alarms(), i);
        index(ticketsByElement, this.tickets.get(i).elements(), i);
      }
      for (int i = 0; i < this.problems.size(); i++) {
        index(problemsByAlarm, this.problems.get(i).alarms(), i);
        index(problemsByTicket, this.problems.get(i).tickets(), i);
      }
    }

    private static void index(Map<String, List<Integer>> map, Set<String> keys, int i) {
      for (String k : keys) {
        map.computeIfAbsent(k, x -> new ArrayList<>(1)).add(i);
      }
    }

    private static void mark(List<Integer> positions, BitSet into) {
      if (positions != null) {
        positions.forEach(into::set);
      }
    }

    /**
     * A ticket concerns the impact when it links one of its alarms or names the connection or an
     * element realising it, and was opened before the impact ended; a problem when it links one of
     * those alarms or tickets. Evidence in the order the records were given.
     */
    Seen seen(RevenueAtRisk.Entry e, boolean withEvidence) {
      TimeWindow window = e.window();
      List<String> evidence = withEvidence ? new ArrayList<>() : List.of();
      Optional<Instant> firstAlarm = Optional.empty();
      BitSet candidates = new BitSet();
      BitSet linkedProblems = new BitSet();
      boolean fault = false;
      for (CauseRef ref : e.causes()) {
        if (ref.kind() != CauseKind.ALARM) {
          continue;
        }
        fault = true;
        if (withEvidence) {
          evidence.add(ref.toString());
        }
        Cause alarm = causes.get(ref);
        if (alarm != null && firstAlarm.map(a -> alarm.raised().isBefore(a)).orElse(true)) {
          firstAlarm = Optional.of(alarm.raised());
        }
        mark(ticketsByAlarm.get(ref.id()), candidates);
        mark(problemsByAlarm.get(ref.id()), linkedProblems);
      }
      mark(ticketsByElement.get(e.connection()), candidates);
      for (String name : realisedBy.getOrDefault(e.connection(), Set.of())) {
        mark(ticketsByElement.get(name), candidates);
      }
      Optional<Instant> ticketOpened = Optional.empty();
      boolean incident = false;
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        TroubleTicket t = tickets.get(i);
        if (!t.created().isBefore(window.end())) {
          continue;
        }
        incident = true;
        if (withEvidence) {
          evidence.add("ticket:" + t.id());
        }
        if (ticketOpened.map(o -> t.created().isBefore(o)).orElse(true)) {
          ticketOpened = Optional.of(t.created());
        }
        mark(problemsByTicket.get(t.id()), linkedProblems);
      }
      boolean problem = !linkedProblems.isEmpty();
      if (withEvidence) {
        for (int i = linkedProblems.nextSetBit(0); i >= 0; i = linkedProblems.nextSetBit(i + 1)) {
          evidence.add("problem:" + problems.get(i).id());
        }
      }
      Optional<Instant> opened = ticketOpened;
      Instant detected = firstAlarm.or(() -> opened).orElse(window.start());
      if (detected.isBefore(window.start())) {
        detected = window.start();
      }
      if (detected.isAfter(window.end())) {
        detected = window.end();
      }
      return new Seen(
          detected, new boolean[] {fault, incident, problem, true}, ticketOpened, evidence);
    }
  }

  private ProtectedRevenue.Entry entry(RevenueAtRisk.Entry e, Seen seen, RevenueAtRisk risk) {
    TimeWindow window = e.window();
    Instant detected = seen.detected;
    boolean[] credited = seen.credited;
    List<String> evidence = seen.evidence;
    Optional<Instant> ticketOpened = seen.ticketOpened;
    Set<OssFunction> creditedFunctions = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      if (credited[i]) {
        creditedFunctions.add(config.players().get(i));
      }
    }
    Map<Bound, List<Money>> losses = new EnumMap<>(Bound.class);
    BigDecimal lag = TimeWindow.of(window.start(), detected).seconds();
    BigDecimal restore = TimeWindow.of(detected, window.end()).seconds();
    // The value of a stretched window depends on its duration only: many coalitions and bounds
    // share one (those that differ only in problem or change management, or in a function the
    // records do not credit), so each distinct duration is valued once, and each of the four
    // durations (fault and incident management in or out) and four factors (problem and change
    // management in or out) of a bound is computed once, not once per coalition.
    Map<Duration, Money> valued = new HashMap<>();
    for (Bound bound : Bound.values()) {
      Money[] stretched = new Money[4];
      for (int fi = 0; fi < 4; fi++) {
        stretched[fi] = stretchedValue(e, lag, restore, credited, fi, bound, risk, valued);
      }
      BigDecimal[] factors = new BigDecimal[4];
      for (int pc = 0; pc < 4; pc++) {
        factors[pc] = factor(credited[PROBLEM], pc << PROBLEM, bound);
      }
      Money[] byMask = new Money[16];
      for (int mask = 0; mask < 16; mask++) {
        BigDecimal factor = factors[mask >> PROBLEM];
        Money loss = mask == 15 ? e.amount() : stretched[mask & 3];
        byMask[mask] = factor.compareTo(BigDecimal.ONE) == 0 ? loss : loss.times(factor);
      }
      losses.put(bound, List.of(byMask));
    }
    return ProtectedRevenue.Entry.builder()
        .connection(e.connection())
        .window(window)
        .degradation(e.degradation())
        .causes(e.causes())
        .mrr(e.mrr())
        .detected(detected)
        .ticketOpened(ticketOpened)
        .evidence(evidence)
        .credited(creditedFunctions)
        .actual(e.amount())
        .coalitionLosses(losses)
        .build();
  }

  /**
   * The value of the window stretched as a coalition with these fault and incident management bits
   * ({@code fi}, bits 0 and 1 of the coalition mask) would have had it.
   */
  private Money stretchedValue(
      RevenueAtRisk.Entry e,
      BigDecimal lag,
      BigDecimal restore,
      boolean[] credited,
      int fi,
      Bound bound,
      RevenueAtRisk risk,
      Map<Duration, Money> valued) {
    BigDecimal seconds = lag;
    if (credited[FAULT] && !in(fi, FAULT)) {
      seconds = seconds.add(config.detectionDelayMinutes().at(bound).multiply(SECONDS_PER_MINUTE));
    }
    seconds =
        seconds.add(
            credited[INCIDENT] && !in(fi, INCIDENT)
                ? restore.multiply(config.restoreMultiplier().at(bound))
                : restore);
    TimeWindow window = e.window();
    return valued.computeIfAbsent(
        duration(seconds),
        d ->
            strategy.valueOf(
                e.mrr(),
                TimeWindow.of(window.start(), window.start().plus(d)),
                e.degradation(),
                risk.period().zone()));
  }

  /** The factor of a coalition's problem and change management bits (bits 2 and 3 of its mask). */
  private BigDecimal factor(boolean problemCredited, int mask, Bound bound) {
    BigDecimal factor = BigDecimal.ONE;
    if (problemCredited && !in(mask, PROBLEM)) {
      factor = factor.multiply(BigDecimal.ONE.add(config.recurrence().at(bound)));
    }
    if (!in(mask, CHANGE)) {
      factor = factor.multiply(BigDecimal.ONE.add(config.changeCausedShare().at(bound)));
    }
    return factor;
  }

  private static boolean in(int mask, int player) {
    return (mask & (1 << player)) != 0;
  }

  /** Exact seconds as a duration, rounded half-even to the nanosecond. */
  private static Duration duration(BigDecimal seconds) {
    BigInteger nanos =
        seconds.multiply(NANOS).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    BigInteger[] parts = nanos.divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
    return Duration.ofSeconds(parts[0].longValueExact(), parts[1].longValueExact());
  }

  @Override
  public String toString() {
    return "CounterfactualModel.of(" + config + ", " + strategy + ")";
  }
}
