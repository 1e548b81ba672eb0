package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.RevenueAttribution;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.attribution.AttributionStrategy;
import org.ossvalue.core.attribution.Bound;
import org.ossvalue.core.attribution.CounterfactualModel;
import org.ossvalue.core.attribution.Game;
import org.ossvalue.core.attribution.OssFunction;
import org.ossvalue.core.attribution.ProtectedRevenue;
import org.ossvalue.core.valuation.RevenueAtRisk;

/**
 * Revenue protected, computed by the counterfactual model in chunks of impacts and kept only as
 * sums: per currency and bound the value of every coalition (the game), and per connection the
 * protected range. The figures are those of one {@code CounterfactualModel.assess} over all impacts
 * (each impact's figures depend on its own records only); chunking keeps memory bounded at operator
 * scale, where one result would hold 48 amounts per impact.
 */
final class Protection {

  /** Impacts valued per call of the model. */
  static final int CHUNK = 2_048;

  private static final Bound[] BOUNDS = {Bound.LOW, Bound.CENTRAL, Bound.HIGH};

  private final List<OssFunction> players;
  private final Map<Currency, BigDecimal[][]> games = new TreeMap<>(Protection::byCode);
  private final MoneyTotals.Accumulator[] totals = {
    MoneyTotals.accumulator(), MoneyTotals.accumulator(), MoneyTotals.accumulator()
  };
  private final Map<String, Money[]> byConnection = new LinkedHashMap<>();
  private int impacts;

  private Protection(List<OssFunction> players) {
    this.players = players;
  }

  static Protection of(
      CounterfactualModel model,
      RevenueAtRisk risk,
      Map<String, Connection> connections,
      Collection<Cause> causes,
      List<TroubleTicket> tickets,
      List<ServiceProblem> problems) {
    Protection p = new Protection(model.config().players());
    Index index = new Index(causes, tickets, problems);
    List<RevenueAtRisk.Entry> chunk = new ArrayList<>();
    String last = null;
    for (RevenueAtRisk.Entry e : risk.entries()) {
      if (e.classification() != ImpactClass.UNPLANNED) {
        continue;
      }
      if (chunk.size() >= CHUNK && !e.connection().equals(last)) {
        p.add(model, risk, chunk, connections, index);
        chunk.clear();
      }
      chunk.add(e);
      last = e.connection();
    }
    if (!chunk.isEmpty()) {
      p.add(model, risk, chunk, connections, index);
    }
    return p;
  }

  private void add(
      CounterfactualModel model,
      RevenueAtRisk risk,
      List<RevenueAtRisk.Entry> chunk,
      Map<String, Connection> connections,
      Index index) {
    Map<String, Connection> own = new LinkedHashMap<>();
    Map<CauseRef, Cause> causes = new LinkedHashMap<>();
    BitSet tickets = new BitSet();
    BitSet problems = new BitSet();
    for (RevenueAtRisk.Entry e : chunk) {
      Connection c = connections.get(e.connection());
      if (c != null) {
        own.put(c.id(), c);
        c.realizedBy().forEach(name -> index.ticketsNaming(name, tickets));
      }
      index.ticketsNaming(e.connection(), tickets);
      for (CauseRef ref : e.causes()) {
        if (ref.kind() != CauseKind.ALARM) {
          continue;
        }
        Cause cause = index.causes.get(ref);
        if (cause != null) {
          causes.put(ref, cause);
        }
        index.ticketsOfAlarm(ref.id(), tickets);
        index.problemsOfAlarm(ref.id(), problems);
      }
    }
    for (int t = tickets.nextSetBit(0); t >= 0; t = tickets.nextSetBit(t + 1)) {
      index.problemsOfTicket(index.tickets.get(t).id(), problems);
    }
    RevenueAtRisk part =
        RevenueAtRisk.builder()
            .period(risk.period())
            .strategy(risk.strategy())
            .entries(chunk)
            .build();
    ProtectedRevenue result =
        model.assess(
            part,
            own.values(),
            causes.values(),
            select(index.tickets, tickets),
            select(index.problems, problems));
    for (ProtectedRevenue.Entry e : result.entries()) {
      impacts++;
      Currency currency = e.actual().currency();
      BigDecimal[][] v =
          games.computeIfAbsent(currency, k -> new BigDecimal[BOUNDS.length][1 << players.size()]);
      Money[] range = byConnection.computeIfAbsent(e.connection(), k -> new Money[3]);
      for (int b = 0; b < BOUNDS.length; b++) {
        List<Money> losses = e.coalitionLosses().get(BOUNDS[b]);
        BigDecimal baseline = losses.get(0).amount();
        for (int mask = 0; mask < losses.size(); mask++) {
          BigDecimal value = baseline.subtract(losses.get(mask).amount());
          v[b][mask] = v[b][mask] == null ? value : v[b][mask].add(value);
        }
        Money protectedAt = e.protectedAt(BOUNDS[b]);
        totals[b].add(protectedAt);
        range[b] = range[b] == null ? protectedAt : range[b].plus(protectedAt);
      }
    }
  }

  private static <T> List<T> select(List<T> all, BitSet chosen) {
    List<T> selected = new ArrayList<>(chosen.cardinality());
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
      selected.add(all.get(i));
    }
    return selected;
  }

  /** Impacts valued. */
  int impacts() {
    return impacts;
  }

  /** Protected revenue at a bound, per currency. */
  MoneyTotals total(Bound bound) {
    return totals[index(bound)].toTotals();
  }

  /** Per connection: low, central, high. */
  Map<String, Money[]> byConnection() {
    return byConnection;
  }

  /** The central game of one currency: v(S) = Σ over its impacts of baseline − loss with S. */
  Game game(Currency currency, String description) {
    BigDecimal[] v = games.get(currency)[index(Bound.CENTRAL)];
    return Game.of(
        players,
        coalition -> {
          int mask = 0;
          for (int i = 0; i < players.size(); i++) {
            if (coalition.contains(players.get(i))) {
              mask |= 1 << i;
            }
          }
          return v[mask] == null ? BigDecimal.ZERO : v[mask];
        },
        description);
  }

  /**
   * Splits each currency's central protected revenue (rounded to its minor unit) among the
   * functions; one attribution per currency with a non-zero pool, in currency-code order.
   */
  List<RevenueAttribution> attribute(AttributionStrategy strategy, String period) {
    List<RevenueAttribution> result = new ArrayList<>();
    for (Money pool : total(Bound.CENTRAL).all()) {
      if (pool.rounded().isZero()) {
        continue;
      }
      Currency c = pool.currency();
      result.add(
          strategy.attribute(
              pool, game(c, "revenue protected in " + c + " at central parameters, " + period)));
    }
    return result;
  }

  /** The position of a bound in {@link #BOUNDS}. */
  private static int index(Bound bound) {
    return switch (bound) {
      case LOW -> 0;
      case CENTRAL -> 1;
      case HIGH -> 2;
    };
  }

  private static int byCode(Currency a, Currency b) {
    return a.getCurrencyCode().compareTo(b.getCurrencyCode());
  }

  /** Causes, tickets and problems by what links them to an impact. */
  private static final class Index {
    final Map<CauseRef, Cause> causes = new HashMap<>();
    final List<TroubleTicket> tickets;
    final List<ServiceProblem> problems;
    final Map<String, List<Integer>> ticketsByAlarm = new HashMap<>();
    final Map<String, List<Integer>> ticketsByElement = new HashMap<>();
    final Map<String, List<Integer>> problemsByAlarm = new HashMap<>();
    final Map<String, List<Integer>> problemsByTicket = new HashMap<>();

    Index(Collection<Cause> causes, List<TroubleTicket> tickets, List<ServiceProblem> problems) {
      causes.forEach(c -> this.causes.put(c.ref(), c));
      this.tickets = tickets;
      this.problems = problems;
      for (int i = 0; i < tickets.size(); i++) {
        TroubleTicket t = tickets.get(i);
        index(ticketsByAlarm, t.alarms(), i);
        index(ticketsByElement, t.elements(), i);
      }
      for (int i = 0; i < problems.size(); i++) {
        ServiceProblem p = problems.get(i);
        index(problemsByAlarm, p.alarms(), i);
        index(problemsByTicket, p.tickets(), i);
      }
    }

    private static void index(Map<String, List<Integer>> map, Set<String> keys, int i) {
      for (String k : keys) {
        map.computeIfAbsent(k, x -> new ArrayList<>(1)).add(i);
      }
    }

    void ticketsNaming(String element, BitSet into) {
      mark(ticketsByElement.get(element), into);
    }

    void ticketsOfAlarm(String alarm, BitSet into) {
      mark(ticketsByAlarm.get(alarm), into);
    }

    void problemsOfAlarm(String alarm, BitSet into) {
      mark(problemsByAlarm.get(alarm), into);
    }

    void problemsOfTicket(String ticket, BitSet into) {
      mark(problemsByTicket.get(ticket), into);
    }

    private static void mark(List<Integer> positions, BitSet into) {
      if (positions != null) {
        positions.forEach(into::set);
      }
    }
  }
}
