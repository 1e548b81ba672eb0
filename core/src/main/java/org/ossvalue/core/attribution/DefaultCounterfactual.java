package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    Map<String, Set<String>> realisedBy = new HashMap<>();
    connections.forEach(c -> realisedBy.put(c.id(), c.realizedBy()));
    if (!risk.strategy().equals(strategy.toString())) {
      throw new IllegalArgumentException(
          "risk must be valued with this model's strategy "
              + strategy
              + ", was "
              + risk.strategy());
    }
    Map<CauseRef, Cause> byRef = new HashMap<>();
    causes.forEach(c -> byRef.put(c.ref(), c));
    ProtectedRevenue.Builder result =
        ProtectedRevenue.builder().period(risk.period()).strategy(risk.strategy()).config(config);
    for (RevenueAtRisk.Entry e : risk.entries()) {
      if (e.classification() != ImpactClass.UNPLANNED) {
        continue;
      }
      Set<String> names = new HashSet<>(realisedBy.getOrDefault(e.connection(), Set.of()));
      names.add(e.connection());
      result.addEntries(entry(e, names, byRef, tickets, problems, risk));
    }
    return result.build();
  }

  private ProtectedRevenue.Entry entry(
      RevenueAtRisk.Entry e,
      Set<String> names,
      Map<CauseRef, Cause> byRef,
      Collection<TroubleTicket> tickets,
      Collection<ServiceProblem> problems,
      RevenueAtRisk risk) {
    TimeWindow window = e.window();
    Set<String> alarmIds = new HashSet<>();
    Optional<Instant> firstAlarm = Optional.empty();
    List<String> evidence = new ArrayList<>();
    for (CauseRef ref : e.causes()) {
      if (ref.kind() != CauseKind.ALARM) {
        continue;
      }
      alarmIds.add(ref.id());
      evidence.add(ref.toString());
      Cause alarm = byRef.get(ref);
      if (alarm != null && firstAlarm.map(a -> alarm.raised().isBefore(a)).orElse(true)) {
        firstAlarm = Optional.of(alarm.raised());
      }
    }
    boolean fault = !alarmIds.isEmpty();
    Set<String> ticketIds = new HashSet<>();
    Optional<Instant> ticketOpened = Optional.empty();
    for (TroubleTicket t : tickets) {
      boolean linked =
          t.alarms().stream().anyMatch(alarmIds::contains)
              || t.elements().stream().anyMatch(names::contains);
      if (linked && t.created().isBefore(window.end())) {
        ticketIds.add(t.id());
        evidence.add("ticket:" + t.id());
        if (ticketOpened.map(o -> t.created().isBefore(o)).orElse(true)) {
          ticketOpened = Optional.of(t.created());
        }
      }
    }
    boolean incident = !ticketIds.isEmpty();
    boolean problem = false;
    for (ServiceProblem p : problems) {
      if (p.alarms().stream().anyMatch(alarmIds::contains)
          || p.tickets().stream().anyMatch(ticketIds::contains)) {
        problem = true;
        evidence.add("problem:" + p.id());
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
    boolean[] credited = {fault, incident, problem, true};
    Set<OssFunction> creditedFunctions = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      if (credited[i]) {
        creditedFunctions.add(config.players().get(i));
      }
    }
    Map<Bound, List<Money>> losses = new EnumMap<>(Bound.class);
    // The value of a stretched window depends on its duration only: many coalitions and bounds
    // share one (those that differ only in problem or change management, or in a function the
    // records do not credit), so each distinct duration is valued once.
    Map<Duration, Money> valued = new HashMap<>();
    for (Bound bound : Bound.values()) {
      List<Money> byMask = new ArrayList<>();
      for (int mask = 0; mask < 16; mask++) {
        byMask.add(loss(e, detected, credited, mask, bound, risk, valued));
      }
      losses.put(bound, byMask);
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

  private Money loss(
      RevenueAtRisk.Entry e,
      Instant detected,
      boolean[] credited,
      int mask,
      Bound bound,
      RevenueAtRisk risk,
      Map<Duration, Money> valued) {
    TimeWindow window = e.window();
    BigDecimal lag = TimeWindow.of(window.start(), detected).seconds();
    BigDecimal restore = TimeWindow.of(detected, window.end()).seconds();
    BigDecimal seconds = lag;
    if (credited[FAULT] && !in(mask, FAULT)) {
      seconds = seconds.add(config.detectionDelayMinutes().at(bound).multiply(SECONDS_PER_MINUTE));
    }
    seconds =
        seconds.add(
            credited[INCIDENT] && !in(mask, INCIDENT)
                ? restore.multiply(config.restoreMultiplier().at(bound))
                : restore);
    Money loss;
    if (mask == 15) {
      loss = e.amount();
    } else {
      loss =
          valued.computeIfAbsent(
              duration(seconds),
              d ->
                  strategy.valueOf(
                      e.mrr(),
                      TimeWindow.of(window.start(), window.start().plus(d)),
                      e.degradation(),
                      risk.period().zone()));
    }
    BigDecimal factor = BigDecimal.ONE;
    if (credited[PROBLEM] && !in(mask, PROBLEM)) {
      factor = factor.multiply(BigDecimal.ONE.add(config.recurrence().at(bound)));
    }
    if (!in(mask, CHANGE)) {
      factor = factor.multiply(BigDecimal.ONE.add(config.changeCausedShare().at(bound)));
    }
    return factor.compareTo(BigDecimal.ONE) == 0 ? loss : loss.times(factor);
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
