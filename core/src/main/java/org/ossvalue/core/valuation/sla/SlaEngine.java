package org.ossvalue.core.valuation.sla;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.TroubleTicket;

/**
 * Applies each connection's SLA policy (found by {@link Connection#sla()}) to its impacts, billing
 * period by billing period, carrying the count of consecutive breached periods forward.
 *
 * <p>Immutable and thread-safe; the result does not depend on the order of the inputs.
 */
public final class SlaEngine {

  private final Map<String, SlaPolicy> policies;
  private final List<TroubleTicket> tickets;
  private final Map<String, Integer> previousBreaches;

  private SlaEngine(
      Map<String, SlaPolicy> policies,
      List<TroubleTicket> tickets,
      Map<String, Integer> previousBreaches) {
    this.policies = policies;
    this.tickets = tickets;
    this.previousBreaches = previousBreaches;
  }

  /** An engine with these policies, one per agreement id. */
  public static SlaEngine of(Collection<SlaPolicy> policies) {
    Map<String, SlaPolicy> byAgreement = new TreeMap<>();
    for (SlaPolicy p : policies) {
      SlaPolicy previous = byAgreement.put(p.agreement(), p);
      if (previous != null) {
        throw new IllegalArgumentException(
            "policies must implement each agreement once, was " + p.agreement() + " twice");
      }
    }
    return new SlaEngine(byAgreement, List.of(), Map.of());
  }

  /** An engine with these policies, one per agreement id. */
  public static SlaEngine of(SlaPolicy... policies) {
    return of(List.of(policies));
  }

  /** This engine, with trouble tickets to start outage clocks at (see {@link ClockStart}). */
  public SlaEngine withTickets(Collection<TroubleTicket> tickets) {
    List<TroubleTicket> sorted = new ArrayList<>(tickets);
    sorted.sort(Comparator.comparing(TroubleTicket::id));
    return new SlaEngine(policies, List.copyOf(sorted), previousBreaches);
  }

  /**
   * This engine, knowing how many breached billing periods in a row each connection had just before
   * the reporting period (for the chronic-failure clause).
   */
  public SlaEngine withPreviousBreaches(Map<String, Integer> consecutiveBreachesByConnection) {
    consecutiveBreachesByConnection.forEach(
        (c, n) -> {
          if (n < 0) {
            throw new IllegalArgumentException(
                "previous breaches must be >= 0, was " + n + " for " + c);
          }
        });
    return new SlaEngine(policies, tickets, Map.copyOf(consecutiveBreachesByConnection));
  }

  /** The policy implementing an agreement, if any. */
  public java.util.Optional<SlaPolicy> policy(String agreement) {
    return java.util.Optional.ofNullable(policies.get(agreement));
  }

  /** Assesses every connection with an SLA, for every billing period of the reporting period. */
  public SlaCredits assess(
      Collection<Connection> connections, Impacts impacts, ReportingPeriod period) {
    List<Connection> sorted = new ArrayList<>(connections);
    if (!isSortedById(sorted)) {
      sorted.sort(Comparator.comparing(Connection::id));
    }
    TicketIndex index = new TicketIndex(tickets);
    SlaCredits.Builder report = SlaCredits.builder().period(period);
    Map<SlaPolicy, List<TimeWindow>> periodsOf = new IdentityHashMap<>();
    for (Connection connection : sorted) {
      if (connection.sla().isEmpty()) {
        continue;
      }
      String agreement = connection.sla().get();
      SlaPolicy policy = policies.get(agreement);
      if (policy == null) {
        report.putUnknownAgreements(connection.id(), agreement);
        continue;
      }
      if (connection.mrr().isEmpty()) {
        report.addUnvaluedConnections(connection.id());
        continue;
      }
      List<ServiceImpact> own = impacts.forConnection(connection.id());
      List<TroubleTicket> linked = index.candidates(connection, own);
      int previous = previousBreaches.getOrDefault(connection.id(), 0);
      for (TimeWindow billingPeriod :
          periodsOf.computeIfAbsent(policy, p -> p.billingPeriods(period))) {
        SlaCredit credit =
            policy.assess(
                SlaCase.builder()
                    .connection(connection)
                    .billingPeriod(billingPeriod)
                    .impacts(own)
                    .tickets(linked)
                    .previousConsecutiveBreaches(previous)
                    .asOf(impacts.asOf())
                    .zone(period.zone())
                    .build());
        report.addEntries(credit);
        previous = credit.consecutiveBreaches();
      }
    }
    return report.build();
  }

  private static boolean isSortedById(List<Connection> connections) {
    for (int i = 1; i < connections.size(); i++) {
      if (connections.get(i - 1).id().compareTo(connections.get(i).id()) > 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "SlaEngine{policies="
        + policies.keySet()
        + (tickets.isEmpty() ? "" : ", " + tickets.size() + " tickets")
        + "}";
  }

  /** Tickets by the elements and alarms they name. */
  private static final class TicketIndex {
    private final Map<String, List<TroubleTicket>> byElement = new HashMap<>();
    private final Map<String, List<TroubleTicket>> byAlarm = new HashMap<>();
    private final Map<String, TroubleTicket> byId = new LinkedHashMap<>();

    TicketIndex(List<TroubleTicket> tickets) {
      for (TroubleTicket t : tickets) {
        t.elements().forEach(e -> byElement.computeIfAbsent(e, k -> new ArrayList<>()).add(t));
        t.alarms().forEach(a -> byAlarm.computeIfAbsent(a, k -> new ArrayList<>()).add(t));
        byId.put(t.id(), t);
      }
    }

    List<TroubleTicket> candidates(Connection connection, List<ServiceImpact> impacts) {
      if (byId.isEmpty()) {
        return List.of();
      }
      Set<String> ids = new TreeSet<>();
      addAll(ids, byElement.get(connection.id()));
      for (String element : connection.realizedBy()) {
        addAll(ids, byElement.get(element));
      }
      for (ServiceImpact impact : impacts) {
        for (CauseRef cause : impact.causes()) {
          if (cause.kind() == CauseKind.ALARM) {
            addAll(ids, byAlarm.get(cause.id()));
          } else if (cause.kind() == CauseKind.TICKET && byId.containsKey(cause.id())) {
            ids.add(cause.id());
          }
        }
      }
      List<TroubleTicket> result = new ArrayList<>();
      ids.forEach(id -> result.add(byId.get(id)));
      return result;
    }

    private static void addAll(Set<String> ids, List<TroubleTicket> tickets) {
      if (tickets != null) {
        tickets.forEach(t -> ids.add(t.id()));
      }
    }
  }
}
