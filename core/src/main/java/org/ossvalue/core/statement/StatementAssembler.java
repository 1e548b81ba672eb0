package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.RevenueAttribution;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.attribution.Bound;
import org.ossvalue.core.attribution.CounterfactualModel;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.MoneyEstimate;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.churn.ChurnExposure;
import org.ossvalue.core.valuation.churn.ChurnModel;
import org.ossvalue.core.valuation.fulfilment.FigureKind;
import org.ossvalue.core.valuation.fulfilment.FulfilmentBasis;
import org.ossvalue.core.valuation.fulfilment.FulfilmentFigure;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValuation;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValue;
import org.ossvalue.core.valuation.fulfilment.OrderTiming;
import org.ossvalue.core.valuation.leakage.FindingKind;
import org.ossvalue.core.valuation.leakage.LeakageCheck;
import org.ossvalue.core.valuation.leakage.LeakageFinding;
import org.ossvalue.core.valuation.leakage.LeakageReport;
import org.ossvalue.core.valuation.ledger.GuardContext;
import org.ossvalue.core.valuation.ledger.GuardExclusion;
import org.ossvalue.core.valuation.ledger.Ledgers;
import org.ossvalue.core.valuation.sla.SlaCredit;
import org.ossvalue.core.valuation.sla.SlaCredits;
import org.ossvalue.core.valuation.sla.SlaEngine;
import org.ossvalue.core.valuation.sla.SlaPolicy;

/**
 * Computes a {@link ValueStatement}: runs every strategy once over the inputs, puts their money in
 * the ledgers behind the double-count guard, and reads every section, breakdown and headline figure
 * off the kept ledgers and the connection lines. Each step is linear in its inputs (maps keyed by
 * id, one sort of the connections), so the statement scales with the base.
 */
final class StatementAssembler {

  private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

  private final StatementInputs in;
  private final StatementConfig config;
  private final ReportingPeriod period;
  private final Instant asOf;
  private final TimeValue timeValue;
  private final SortedSet<String> currencies = new TreeSet<>();

  StatementAssembler(StatementInputs in, StatementConfig config) {
    this.in = in;
    this.config = config;
    this.period = in.period();
    this.asOf = in.asOf();
    this.timeValue = new TimeValue(config.revenueAtRisk(), period);
  }

  ValueStatement assess() {
    Gaps.Builder gaps = Gaps.builder();
    List<Connection> connections = withUsage(sorted(in.connections()), gaps);
    Map<String, Connection> byId = new HashMap<>(connections.size() * 2);
    connections.forEach(c -> byId.put(c.id(), c));
    requireUniqueOrders(in.orders());

    Impacts impacts =
        in.impacts()
            .orElseGet(
                () ->
                    ImpactEngine.create(config.severityMapping(), config.parallelism())
                        .compute(in.topology(), connections, in.causes(), asOf));
    RevenueAtRisk risk = config.revenueAtRisk().assess(connections, impacts, period);
    Map<String, SlaPolicy> policies = policies();
    SlaCredits credits =
        SlaEngine.of(policies.values())
            .withTickets(in.tickets())
            .assess(connections, impacts, period);
    ChurnExposure churn = ChurnModel.of(config.churn()).assess(connections, impacts, asOf);
    FulfilmentValuation valuation = FulfilmentValuation.of(config.fulfilment());
    FulfilmentValue fulfilment = valuation.assess(in.orders(), period, asOf);
    FulfilmentValue whole =
        in.orders().isEmpty() ? fulfilment : valuation.assess(in.orders(), wholeOrders(), asOf);
    LeakageReport leakage =
        LeakageCheck.of(config.leakage())
            .assess(connections, in.bills(), in.billLines(), in.usage(), period);
    Ledgers ledgers =
        Ledgers.assemble(GuardContext.of(connections, asOf), config.guard())
            .addRevenueAtRisk(risk)
            .add(credits.ledgerEntries())
            .add(churn.ledgerEntries())
            .add(fulfilment.ledgerEntries())
            .add(leakage.ledgerEntries())
            .build();
    Protection protection =
        Protection.of(
            CounterfactualModel.of(config.counterfactual(), config.revenueAtRisk()),
            risk,
            byId,
            in.causes(),
            in.tickets(),
            in.problems());

    // Lines.
    List<ConnectionLine> lines = connectionLines(connections, impacts);
    Map<String, ConnectionLine> lineById = new HashMap<>(lines.size() * 2);
    lines.forEach(l -> lineById.put(l.id(), l));
    List<ImpactLine> impactLines = impactLines(impacts, risk, byId);

    // Currencies of the statement: every currency sold in or counted.
    for (ConnectionLine l : lines) {
      l.contractedMrr().ifPresent(m -> currencies.add(code(m)));
    }
    ledgers.ledgers().values().forEach(l -> addCurrencies(l.total()));
    addCurrencies(protection.total(Bound.CENTRAL));
    addCurrencies(fulfilment.activatedMrr());
    addCurrencies(fulfilment.forecastDelay());
    addCurrencies(leakage.usageRated());
    addCurrencies(leakage.overcharges());

    // Per connection, from the kept ledgers.
    Map<String, Money> atRisk = byConnection(ledgers, LedgerKind.REVENUE_AT_RISK_UNPLANNED);
    Map<String, Money> planned = byConnection(ledgers, LedgerKind.REVENUE_AT_RISK_PLANNED);
    Map<String, Money> usageLost = byConnection(ledgers, LedgerKind.USAGE_LOST);
    Map<String, Money> creditsOwed = byConnection(ledgers, LedgerKind.CREDITS_OWED);
    Map<String, Money> delayed = byConnection(ledgers, LedgerKind.DELAYED);
    Map<String, Money> capacityLost = byConnection(ledgers, LedgerKind.CAPACITY_LOST);
    Map<String, Money> leaking = byConnection(ledgers, LedgerKind.LEAKAGE);
    Map<String, Money> pulledForward = byConnection(ledgers, LedgerKind.PULLED_FORWARD);
    Map<String, MoneyEstimate> churnRange = churnByConnection(ledgers);
    Map<String, Money> churnCentral = new TreeMap<>();
    churnRange.forEach((c, r) -> churnCentral.put(c, r.central()));
    Map<String, Money> protectedCentral = new TreeMap<>();
    protection.byConnection().forEach((c, r) -> protectedCentral.put(c, r.central()));

    // Enabled.
    Map<String, Money> enabled = new TreeMap<>();
    MoneyTotals.Accumulator activated = MoneyTotals.accumulator();
    MoneyTotals.Accumulator activatedMrr = MoneyTotals.accumulator();
    for (ConnectionLine l : lines) {
      if (l.activatedInPeriod() && l.connected().isPresent()) {
        activated.add(l.connected().get());
        activatedMrr.add(l.contractedMrr().orElseThrow());
        put(enabled, l.id(), l.connected().get());
      }
    }
    MoneyTotals.Accumulator included = MoneyTotals.accumulator();
    pulledForward.forEach(
        (c, m) -> {
          ConnectionLine l = lineById.get(c);
          if (l != null && l.activatedInPeriod()) {
            included.add(m);
          } else {
            put(enabled, c, m);
          }
        });
    MoneyTotals pf = ledgers.total(LedgerKind.PULLED_FORWARD);
    MoneyTotals inc = included.toTotals();
    MoneyTotals activatedTotals = activated.toTotals();
    MoneyTotals enabledTotal = activatedTotals.plus(pf).plus(negate(inc));
    EnabledLines enabledLines =
        EnabledLines.builder()
            .activated(pad(activatedTotals))
            .pulledForward(pad(pf))
            .includedInActivated(pad(inc))
            .total(pad(enabledTotal))
            .activatedMrr(pad(activatedMrr.toTotals()))
            .byConnection(amounts(enabled))
            .build();

    // Lost.
    Map<String, Money> lostByConnection = new TreeMap<>();
    for (Map<String, Money> part : List.of(creditsOwed, usageLost, delayed, capacityLost)) {
      part.forEach((c, m) -> put(lostByConnection, c, m));
    }
    MoneyTotals lostTotal =
        ledgers
            .total(LedgerKind.CREDITS_OWED)
            .plus(ledgers.total(LedgerKind.USAGE_LOST))
            .plus(ledgers.total(LedgerKind.DELAYED))
            .plus(ledgers.total(LedgerKind.CAPACITY_LOST));
    LostLines lost =
        LostLines.builder()
            .credits(pad(ledgers.total(LedgerKind.CREDITS_OWED)))
            .usageLost(pad(ledgers.total(LedgerKind.USAGE_LOST)))
            .delayed(pad(ledgers.total(LedgerKind.DELAYED)))
            .capacityLost(pad(ledgers.total(LedgerKind.CAPACITY_LOST)))
            .total(pad(lostTotal))
            .byConnection(amounts(lostByConnection))
            .build();

    // Sections.
    RiskLines riskLines =
        RiskLines.builder()
            .totals(pad(ledgers.total(LedgerKind.REVENUE_AT_RISK_UNPLANNED)))
            .plannedTotals(pad(ledgers.total(LedgerKind.REVENUE_AT_RISK_PLANNED)))
            .byConnection(amounts(atRisk))
            .plannedByConnection(amounts(planned))
            .build();
    AmountLines usageLines =
        AmountLines.builder()
            .totals(pad(ledgers.total(LedgerKind.USAGE_LOST)))
            .byConnection(amounts(usageLost))
            .build();
    CreditLines creditLines =
        CreditLines.builder()
            .totals(pad(ledgers.total(LedgerKind.CREDITS_OWED)))
            .byConnection(creditRows(credits))
            .build();
    FulfilmentLines fulfilmentLines =
        FulfilmentLines.builder()
            .orders(orderLines(fulfilment, whole, ledgers))
            .pulledForward(pad(ledgers.total(LedgerKind.PULLED_FORWARD)))
            .delayed(pad(ledgers.total(LedgerKind.DELAYED)))
            .capacityLost(pad(ledgers.total(LedgerKind.CAPACITY_LOST)))
            .activatedMrr(pad(fulfilment.activatedMrr()))
            .forecastDelay(pad(fulfilment.forecastDelay()))
            .build();
    LeakageLines leakageLines = leakageLines(leakage, ledgers, gaps);
    RangeLines churnLines = rangeLines(churnRange);
    RangeLines protectedLines = protectedLines(protection);
    List<FunctionShare> attribution = new ArrayList<>();
    for (RevenueAttribution a : protection.attribute(config.attribution(), period.toString())) {
      a.shares().forEach(s -> attribution.add(FunctionShare.of(s.contributor(), s.amount())));
    }

    // Availability, headline.
    Map<String, BigDecimal[]> soldAndLost = new TreeMap<>();
    BigDecimal[] connectionMinutes = zeros();
    for (ConnectionLine l : lines) {
      addAvailability(l, soldAndLost, connectionMinutes);
    }
    List<AvailabilityFigure> revenueWeighted = availability(soldAndLost);
    AvailabilityFigure connectionWeighted = connectionAvailability(connectionMinutes);

    MoneyTotals connectedTotal = total(lines, ConnectionLine::connected);
    MoneyTotals mrrTotal = total(lines, ConnectionLine::mrr);
    Headline headline =
        Headline.builder()
            .connected(pad(connectedTotal))
            .mrr(pad(mrrTotal))
            .enabled(enabledLines.total())
            .protectedRevenue(protectedLines.central())
            .atRisk(riskLines.totals())
            .plannedAtRisk(riskLines.plannedTotals())
            .lost(lost.total())
            .credits(creditLines.totals())
            .usageLost(usageLines.totals())
            .delayed(lost.delayed())
            .leakage(leakageLines.totals())
            .churnExposure(churnLines.central())
            .revenueWeightedAvailability(revenueWeighted)
            .connectionWeightedAvailability(connectionWeighted)
            .build();

    // Breakdowns.
    Map<String, Map<String, Money>> figures = new LinkedHashMap<>();
    figures.put("connected", collect(lines, ConnectionLine::connected));
    figures.put("mrr", collect(lines, ConnectionLine::mrr));
    figures.put("enabled", enabled);
    figures.put("protected", protectedCentral);
    figures.put("atRisk", atRisk);
    figures.put("plannedAtRisk", planned);
    figures.put("lost", lostByConnection);
    figures.put("credits", creditsOwed);
    figures.put("usageLost", usageLost);
    figures.put("delayed", delayed);
    figures.put("leakage", leaking);
    figures.put("churnExposure", churnCentral);
    Breakdowns breakdowns =
        Breakdowns.builder()
            .bySegment(breakdown(lines, lineById, figures, ConnectionLine::segment))
            .byOffering(breakdown(lines, lineById, figures, ConnectionLine::offering))
            .byAccount(breakdown(lines, lineById, figures, l -> Optional.of(l.account())))
            .build();

    // Gaps.
    impacts.unresolvedCauses().forEach(c -> gaps.addUnresolvedCauses(c.toString()));
    SortedSet<String> unvalued = new TreeSet<>(risk.unvaluedConnections());
    unvalued.addAll(credits.unvaluedConnections());
    unvalued.addAll(churn.unvaluedConnections());
    gaps.addAllUnvaluedConnections(unvalued);
    credits.unknownAgreements().forEach((c, a) -> gaps.addUnknownAgreements(c + " -> " + a));
    leakage.unplacedLines().forEach(l -> gaps.addUnplacedBillLines(l.toString()));
    fulfilment.unknown().forEach(f -> gaps.addUnknownFigures(unknownText(f)));

    List<HeadlineEvidence> evidence =
        headlineEvidence(
            lines,
            ledgers,
            protection,
            enabledLines,
            lost,
            soldAndLost,
            connectionMinutes,
            impactLines,
            headline);

    return ValueStatement.builder()
        .period(period)
        .asOf(asOf)
        .headline(headline)
        .connections(lines)
        .impacts(impactLines)
        .revenueAtRisk(riskLines)
        .usageLost(usageLines)
        .slaCredits(creditLines)
        .fulfilment(fulfilmentLines)
        .enabled(enabledLines)
        .lost(lost)
        .leakage(leakageLines)
        .churnExposure(churnLines)
        .protectedRevenue(protectedLines)
        .attribution(attribution)
        .attributionGame(protection.coalitionValues())
        .breakdowns(breakdowns)
        .topImpacts(ImpactLine.top(impactLines, config.topImpacts()))
        .productInsight(productInsight(impactLines, byId))
        .parameters(parameters(policies))
        .dataQuality(in.dataQuality())
        .excluded(excluded(ledgers))
        .gaps(gaps.build())
        .headlineEvidence(evidence)
        .explanations(HeadlineExplanations.of(evidence, config))
        .ledgers(ledgers)
        .build();
  }

  // --- inputs ---

  private static List<Connection> sorted(List<Connection> connections) {
    List<Connection> sorted = new ArrayList<>(connections);
    sorted.sort(Comparator.comparing(Connection::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException(
            "connections must have unique ids, was " + sorted.get(i).id() + " twice");
      }
    }
    return sorted;
  }

  private static void requireUniqueOrders(List<Order> orders) {
    Set<String> ids = new HashSet<>();
    for (Order o : orders) {
      if (!ids.add(o.id())) {
        throw new IllegalArgumentException("orders must have unique ids, was " + o.id() + " twice");
      }
    }
  }

  /**
   * Connections without usage revenue per month take it from the usage rated inside the period: the
   * sum, divided by the period's length in calendar months (1 for a calendar month).
   */
  private List<Connection> withUsage(List<Connection> connections, Gaps.Builder gaps) {
    if (!config.usageFromRecords() || in.usage().isEmpty()) {
      return connections;
    }
    Map<String, Connection> byId = new HashMap<>();
    connections.forEach(c -> byId.put(c.id(), c));
    Map<String, Money> rated = new TreeMap<>();
    List<UsageRecord> records = new ArrayList<>(in.usage());
    records.sort(Comparator.comparing(UsageRecord::id));
    for (UsageRecord u : records) {
      if (!period.window().contains(u.at())) {
        continue;
      }
      Connection c = byId.get(u.connection());
      if (c == null) {
        gaps.addUnusedUsage(u.id() + ": connection " + u.connection() + " is not in the inventory");
      } else if (c.currency().isPresent() && !c.currency().get().equals(u.amount().currency())) {
        gaps.addUnusedUsage(
            u.id()
                + ": "
                + u.amount()
                + " is not in "
                + c.id()
                + "'s currency "
                + c.currency().get());
      } else if (c.usageRevenuePerMonth().isEmpty()) {
        rated.merge(c.id(), u.amount(), Money::plus);
      }
    }
    if (rated.isEmpty()) {
      return connections;
    }
    BigDecimal months = monthsIn(period);
    List<Connection> result = new ArrayList<>(connections.size());
    for (Connection c : connections) {
      Money sum = rated.get(c.id());
      if (sum == null) {
        result.add(c);
      } else {
        Money perMonth = months.compareTo(BigDecimal.ONE) == 0 ? sum : sum.dividedBy(months);
        result.add(Connection.builder().from(c).usageRevenuePerMonth(perMonth).build());
      }
    }
    return result;
  }

  /** The period's length in calendar months of its zone: Σ over months of the part it covers. */
  static BigDecimal monthsIn(ReportingPeriod period) {
    BigDecimal months = BigDecimal.ZERO;
    for (TimeWindow m : period.calendarMonths()) {
      TimeWindow part = m.intersection(period.window()).orElseThrow();
      months =
          part.equals(m)
              ? months.add(BigDecimal.ONE)
              : months.add(
                  part.seconds().divide(m.seconds(), Money.DIVISION_SCALE, RoundingMode.HALF_EVEN));
    }
    return months;
  }

  private Map<String, SlaPolicy> policies() {
    Map<String, SlaPolicy> policies = new TreeMap<>();
    List<SlaTerms> terms = new ArrayList<>(in.slaTerms());
    terms.sort(Comparator.comparing(SlaTerms::id));
    for (SlaTerms t : terms) {
      if (policies.put(t.id(), SlaPolicy.fromTerms(t, config.slaMeasurement())) != null) {
        throw new IllegalArgumentException(
            "slaTerms must describe each agreement once, was " + t.id() + " twice");
      }
    }
    config.slaPolicies().forEach(p -> policies.put(p.agreement(), p));
    return policies;
  }

  /** A period covering every instant of every order, so that each order is valued whole. */
  private ReportingPeriod wholeOrders() {
    Instant from = period.from().isBefore(asOf) ? period.from() : asOf;
    Instant to = period.to().isAfter(asOf) ? period.to() : asOf;
    for (Order o : in.orders()) {
      List<Instant> instants = new ArrayList<>();
      instants.add(o.created());
      o.requestedStart().ifPresent(instants::add);
      o.requestedCompletion().ifPresent(instants::add);
      o.expectedCompletion().ifPresent(instants::add);
      o.completion().ifPresent(instants::add);
      for (Instant i : instants) {
        from = i.isBefore(from) ? i : from;
        to = i.isAfter(to) ? i : to;
      }
    }
    return ReportingPeriod.of(from, to, period.zone());
  }

  // --- lines ---

  private List<ConnectionLine> connectionLines(List<Connection> connections, Impacts impacts) {
    Instant last = period.to().minusNanos(1);
    List<ConnectionLine> lines = new ArrayList<>(connections.size());
    for (Connection c : connections) {
      Optional<TimeWindow> active = c.activeWindow(period.window());
      Optional<Money> mrr = c.mrr();
      BigDecimal lostUnplanned = BigDecimal.ZERO;
      BigDecimal lostPlanned = BigDecimal.ZERO;
      if (active.isPresent()) {
        for (ServiceImpact impact : impacts.forConnection(c.id())) {
          Optional<TimeWindow> part = impact.window().intersection(active.get());
          if (part.isEmpty()) {
            continue;
          }
          BigDecimal lost = impact.degradation().multiply(part.get().minutes());
          if (impact.isPlanned()) {
            lostPlanned = lostPlanned.add(lost);
          } else {
            lostUnplanned = lostUnplanned.add(lost);
          }
        }
      }
      ConnectionLine.Builder line =
          ConnectionLine.builder()
              .id(c.id())
              .account(c.account())
              .customer(c.customer())
              .offering(c.offering())
              .segment(c.segment())
              .status(c.status())
              .contractedMrr(mrr)
              .activation(c.activation())
              .termination(c.termination())
              .active(active)
              .activeMinutes(active.map(TimeWindow::minutes).orElse(BigDecimal.ZERO))
              .activatedInPeriod(c.activation().map(period.window()::contains).orElse(false))
              .lostMinutesUnplanned(lostUnplanned)
              .lostMinutesPlanned(lostPlanned)
              .sla(c.sla());
      if (mrr.isPresent()) {
        Money zero = Money.zero(mrr.get().currency());
        line.mrr(c.isActiveAt(last) ? mrr.get() : zero)
            .connected(active.map(w -> timeValue.value(mrr.get(), w)).orElse(zero));
      }
      lines.add(line.build());
    }
    return lines;
  }

  private List<ImpactLine> impactLines(
      Impacts impacts, RevenueAtRisk risk, Map<String, Connection> byId) {
    List<RevenueAtRisk.Entry> entries = risk.entries();
    List<ImpactLine> lines = new ArrayList<>();
    int next = 0;
    for (ServiceImpact impact : impacts.all()) {
      Optional<TimeWindow> cut = impact.window().intersection(period.window());
      if (cut.isEmpty()) {
        continue;
      }
      TimeWindow w = cut.get();
      ImpactLine.Builder line =
          ImpactLine.builder()
              .connection(impact.connection())
              .start(w.start())
              .end(w.end())
              .degradation(impact.degradation())
              .minutes(w.minutes())
              .planned(impact.isPlanned())
              .causes(impact.causes().stream().map(CauseRef::toString).toList());
      Connection c = byId.get(impact.connection());
      if (c != null) {
        line.mrr(c.mrr());
      }
      if (next < entries.size()) {
        RevenueAtRisk.Entry e = entries.get(next);
        if (e.connection().equals(impact.connection())
            && e.window().equals(w)
            && e.classification() == impact.classification()) {
          line.revenueAtRisk(e.amount());
          if (!impact.isPlanned()) {
            line.usageLost(e.usageLost());
          }
          next++;
        }
      }
      lines.add(line.build());
    }
    return lines;
  }

  private static List<CreditRow> creditRows(SlaCredits credits) {
    List<CreditRow> rows = new ArrayList<>(credits.entries().size());
    for (SlaCredit c : credits.entries()) {
      rows.add(
          CreditRow.builder()
              .connection(c.connection())
              .agreement(c.agreement())
              .billingPeriod(c.billingPeriod())
              .availability(c.availability().percent())
              .downtimeMinutes(c.availability().downtimeMinutes())
              .measuredMinutes(c.availability().measuredMinutes())
              .money(c.credit())
              .breached(c.breached())
              .provisional(c.provisional())
              .explanation(c.explain())
              .build());
    }
    return rows;
  }

  private List<OrderLine> orderLines(
      FulfilmentValue inPeriod, FulfilmentValue whole, Ledgers ledgers) {
    Map<String, Order> orders = new HashMap<>();
    in.orders().forEach(o -> orders.put(o.id(), o));
    Map<String, OrderTiming> inPeriodById = new HashMap<>();
    inPeriod.orders().forEach(t -> inPeriodById.put(t.order(), t));
    Map<String, Map<LedgerKind, MoneyTotals.Accumulator>> kept = new HashMap<>();
    for (LedgerKind kind :
        List.of(LedgerKind.PULLED_FORWARD, LedgerKind.DELAYED, LedgerKind.CAPACITY_LOST)) {
      for (LedgerEntry e : ledgers.ledger(kind).entries()) {
        for (String r : e.records()) {
          if (r.startsWith("order:")) {
            kept.computeIfAbsent(r.substring("order:".length()), k -> new HashMap<>())
                .computeIfAbsent(kind, k -> MoneyTotals.accumulator())
                .add(e.amount());
          }
        }
      }
    }
    boolean requested = config.fulfilment().ledgerBasis() == FulfilmentBasis.REQUESTED_DATE;
    Set<FigureKind> early =
        Set.of(requested ? FigureKind.PULLED_FORWARD : FigureKind.PULLED_FORWARD_VS_BASELINE);
    Set<FigureKind> late =
        Set.of(
            requested ? FigureKind.DELAYED : FigureKind.DELAYED_VS_BASELINE,
            FigureKind.CAPACITY_DELAYED);
    Set<FigureKind> failed = Set.of(FigureKind.CAPACITY_LOST);
    List<OrderLine> lines = new ArrayList<>();
    for (OrderTiming t : whole.orders()) {
      Order order = orders.get(t.order());
      Optional<Currency> currency = currency(order);
      OrderTiming part = inPeriodById.get(t.order());
      Map<LedgerKind, MoneyTotals.Accumulator> own = kept.getOrDefault(t.order(), Map.of());
      OrderLine.Builder line =
          OrderLine.builder()
              .order(t.order())
              .state(t.state().toString())
              .created(t.created())
              .completion(t.completion())
              .requestedDate(t.requestedDate())
              .leadTimeMinutes(t.leadTime().map(StatementAssembler::minutes))
              .ageMinutes(t.age().map(StatementAssembler::minutes))
              .offsetMinutes(t.offsetFromRequested().map(StatementAssembler::minutes))
              .pulledForward(sum(t.figures(), early, currency))
              .delayed(sum(t.figures(), late, currency))
              .capacityLost(sum(t.figures(), failed, currency))
              .pulledForwardInPeriod(
                  inPeriodAmount(part, early, currency, own.get(LedgerKind.PULLED_FORWARD)))
              .delayedInPeriod(inPeriodAmount(part, late, currency, own.get(LedgerKind.DELAYED)))
              .capacityLostInPeriod(
                  inPeriodAmount(part, failed, currency, own.get(LedgerKind.CAPACITY_LOST)))
              .activatedMrr(
                  sum(
                      part == null ? List.of() : part.figures(),
                      Set.of(FigureKind.ACTIVATED),
                      currency))
              .forecastDelay(sum(t.figures(), Set.of(FigureKind.FORECAST_DELAY), currency))
              .notes(t.notes());
      for (FulfilmentFigure f : t.figures()) {
        if (f.amount().isEmpty()) {
          line.addNotes(unknownText(f));
        }
      }
      line.explanation(orderExplanation(t));
      lines.add(line.build());
    }
    return lines;
  }

  private static Optional<Currency> currency(Order order) {
    if (order == null) {
      return Optional.empty();
    }
    for (OrderItem item : order.items()) {
      Optional<Money> m = item.mrr().or(item::previousMrr);
      if (m.isPresent()) {
        return Optional.of(m.get().currency());
      }
    }
    return Optional.empty();
  }

  /**
   * The sum of the figures of these kinds: absent when one of them is unknown or they are in
   * several currencies, zero (in the order's currency) when there is none.
   */
  private static Optional<Money> sum(
      List<FulfilmentFigure> figures, Set<FigureKind> kinds, Optional<Currency> currency) {
    Money total = currency.map(Money::zero).orElse(null);
    for (FulfilmentFigure f : figures) {
      if (!kinds.contains(f.kind())) {
        continue;
      }
      if (f.amount().isEmpty()) {
        return Optional.empty();
      }
      Money a = f.amount().get();
      if (total == null) {
        total = a;
      } else if (!total.currency().equals(a.currency())) {
        return Optional.empty();
      } else {
        total = total.plus(a);
      }
    }
    return Optional.ofNullable(total);
  }

  private static Optional<Money> inPeriodAmount(
      OrderTiming part,
      Set<FigureKind> kinds,
      Optional<Currency> currency,
      MoneyTotals.Accumulator kept) {
    List<FulfilmentFigure> figures = part == null ? List.of() : part.figures();
    if (sum(figures, kinds, currency).isEmpty()
        && figures.stream().anyMatch(f -> kinds.contains(f.kind()))) {
      return Optional.empty(); // unknown, or several currencies
    }
    MoneyTotals totals = kept == null ? MoneyTotals.empty() : kept.toTotals();
    if (totals.all().size() > 1) {
      return Optional.empty();
    }
    if (totals.all().size() == 1) {
      return Optional.of(totals.all().get(0));
    }
    return currency.map(Money::zero);
  }

  private static Explanation orderExplanation(OrderTiming t) {
    Explanation.Builder e =
        Explanation.builder()
            .figure("order " + t.order())
            .result(t.toString())
            .formula(
                "lead time = completion - created; offset = completion (or as-of) - requested date;"
                    + " each item's span valued as MRR delta x minutes / minutes of its month");
    e.input("created", t.created(), "order:" + t.order());
    t.completion().ifPresent(c -> e.input("completion", c, "order:" + t.order()));
    t.requestedDate().ifPresent(r -> e.input("requested", r, "order:" + t.order()));
    for (FulfilmentFigure f : t.figures()) {
      e.input(
          f.kind() + " " + f.item(),
          f.amount().map(a -> a.rounded().toString()).orElse("unknown") + ": " + f.formula(),
          f.records().toArray(new String[0]));
    }
    t.notes().forEach(n -> e.input("note", n, "order:" + t.order()));
    return e.clause(
            "lateness against requestedCompletionDate, else requestedStartDate; deltas only from"
                + " structured prices; the whole order here, the part inside the period in the"
                + " ledgers")
        .build();
  }

  private static String unknownText(FulfilmentFigure f) {
    return f.kind()
        + " "
        + f.order()
        + "/"
        + f.item()
        + f.connection().map(c -> " " + c).orElse("")
        + ": "
        + f.unknownReason().orElse("amount unknown");
  }

  private LeakageLines leakageLines(LeakageReport report, Ledgers ledgers, Gaps.Builder gaps) {
    LeakageLines.Builder b = LeakageLines.builder();
    MoneyTotals.Accumulator notAssessable = MoneyTotals.accumulator();
    report.accounts().stream()
        .filter(a -> !a.assessable())
        .forEach(a -> notAssessable.addAll(a.expected()));
    for (LeakageFinding f : report.findings()) {
      if (f.kind().isLeak() && f.connection().isPresent() && f.leakage().signum() > 0) {
        b.addItems(item(f, f.leakage()));
      } else if (f.overcharge().signum() != 0) {
        b.addOvercharges(item(f, f.overcharge()));
      } else if (f.kind() == FindingKind.CURRENCY_MISMATCH) {
        gaps.addUnknownFigures("leakage not compared: " + f);
      }
    }
    return b.totals(pad(ledgers.total(LedgerKind.LEAKAGE)))
        .overchargeTotals(pad(report.overcharges()))
        .notAssessable(report.notAssessable())
        .notAssessableExpected(pad(notAssessable.toTotals()))
        .usageRated(pad(report.usageRated()))
        .usageBilled(pad(report.usageBilled()))
        .build();
  }

  private static LeakageItem item(LeakageFinding f, Money money) {
    return LeakageItem.builder()
        .account(f.account())
        .connection(f.connection())
        .kind(f.kind().label())
        .money(money)
        .expected(f.expected())
        .billed(f.billed())
        .explanation(f.explain())
        .build();
  }

  private static Map<String, MoneyEstimate> churnByConnection(Ledgers ledgers) {
    Map<String, MoneyEstimate> byConnection = new TreeMap<>();
    for (LedgerEntry e : ledgers.ledger(LedgerKind.CHURN_EXPOSURE).entries()) {
      MoneyEstimate range = e.range().orElse(MoneyEstimate.exactly(e.amount()));
      byConnection.merge(e.connection(), range, MoneyEstimate::plus);
    }
    return byConnection;
  }

  private RangeLines rangeLines(Map<String, MoneyEstimate> byConnection) {
    MoneyTotals.Accumulator low = MoneyTotals.accumulator();
    MoneyTotals.Accumulator central = MoneyTotals.accumulator();
    MoneyTotals.Accumulator high = MoneyTotals.accumulator();
    RangeLines.Builder b = RangeLines.builder();
    byConnection.forEach(
        (c, r) -> {
          low.add(r.low());
          central.add(r.central());
          high.add(r.high());
          b.addByConnection(RangeAmount.of(c, r.low(), r.central(), r.high()));
        });
    return b.low(pad(low.toTotals()))
        .central(pad(central.toTotals()))
        .high(pad(high.toTotals()))
        .build();
  }

  private RangeLines protectedLines(Protection protection) {
    RangeLines.Builder b =
        RangeLines.builder()
            .low(pad(protection.total(Bound.LOW)))
            .central(pad(protection.total(Bound.CENTRAL)))
            .high(pad(protection.total(Bound.HIGH)));
    new TreeMap<>(protection.byConnection())
        .forEach(
            (c, r) -> {
              if (r.low().signum() != 0 || r.central().signum() != 0 || r.high().signum() != 0) {
                b.addByConnection(RangeAmount.of(c, r.low(), r.central(), r.high()));
              }
            });
    return b.build();
  }

  // --- availability ---

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static void addAvailability(
      ConnectionLine l, Map<String, BigDecimal[]> byCurrency, BigDecimal[] connections) {
    if (l.active().isEmpty()) {
      return;
    }
    connections[0] = connections[0].add(l.activeMinutes());
    connections[1] = connections[1].add(l.lostMinutesUnplanned());
    connections[2] = connections[2].add(l.lostMinutesPlanned());
    if (l.contractedMrr().isPresent()) {
      BigDecimal mrr = l.contractedMrr().get().amount();
      BigDecimal[] s = byCurrency.computeIfAbsent(code(l.contractedMrr().get()), k -> zeros());
      s[0] = s[0].add(mrr.multiply(l.activeMinutes()));
      s[1] = s[1].add(mrr.multiply(l.lostMinutesUnplanned()));
      s[2] = s[2].add(mrr.multiply(l.lostMinutesPlanned()));
    }
  }

  private static List<AvailabilityFigure> availability(Map<String, BigDecimal[]> byCurrency) {
    List<AvailabilityFigure> figures = new ArrayList<>();
    byCurrency.forEach(
        (code, s) -> figures.add(AvailabilityFigure.of(Optional.of(code), s[0], s[1], s[2])));
    return figures;
  }

  private static AvailabilityFigure connectionAvailability(BigDecimal[] s) {
    return AvailabilityFigure.of(Optional.empty(), s[0], s[1], s[2]);
  }

  // --- breakdowns ---

  /** One group's sums. */
  private static final class Group {
    long connections;
    final Map<String, MoneyTotals.Accumulator> money = new HashMap<>();
    final Map<String, BigDecimal[]> availability = new TreeMap<>();
    final BigDecimal[] connectionMinutes = zeros();

    void add(String figure, Money m) {
      money.computeIfAbsent(figure, k -> MoneyTotals.accumulator()).add(m);
    }

    List<Money> get(String figure) {
      MoneyTotals.Accumulator acc = money.get(figure);
      return acc == null ? List.of() : acc.toTotals().all();
    }
  }

  private static List<BreakdownRow> breakdown(
      List<ConnectionLine> lines,
      Map<String, ConnectionLine> lineById,
      Map<String, Map<String, Money>> figures,
      Function<ConnectionLine, Optional<String>> key) {
    Map<Optional<String>, Group> groups = new HashMap<>();
    for (ConnectionLine l : lines) {
      Group g = groups.computeIfAbsent(key.apply(l), k -> new Group());
      g.connections++;
      addAvailability(l, g.availability, g.connectionMinutes);
    }
    figures.forEach(
        (name, byConnection) ->
            byConnection.forEach(
                (connection, money) -> {
                  ConnectionLine l = lineById.get(connection);
                  Optional<String> k = l == null ? Optional.empty() : key.apply(l);
                  groups.computeIfAbsent(k, x -> new Group()).add(name, money);
                }));
    List<Optional<String>> keys = new ArrayList<>(groups.keySet());
    keys.sort(
        Comparator.comparing((Optional<String> k) -> k.isEmpty()).thenComparing(k -> k.orElse("")));
    List<BreakdownRow> rows = new ArrayList<>(keys.size());
    for (Optional<String> k : keys) {
      Group g = groups.get(k);
      rows.add(
          BreakdownRow.builder()
              .key(k)
              .connections(g.connections)
              .mrr(g.get("mrr"))
              .connected(g.get("connected"))
              .enabled(g.get("enabled"))
              .protectedRevenue(g.get("protected"))
              .atRisk(g.get("atRisk"))
              .plannedAtRisk(g.get("plannedAtRisk"))
              .lost(g.get("lost"))
              .credits(g.get("credits"))
              .usageLost(g.get("usageLost"))
              .delayed(g.get("delayed"))
              .leakage(g.get("leakage"))
              .churnExposure(g.get("churnExposure"))
              .revenueWeightedAvailability(availability(g.availability))
              .connectionWeightedAvailability(connectionAvailability(g.connectionMinutes))
              .build());
    }
    return rows;
  }

  // --- top impacts, insight ---

  private static List<OfferingInsight> productInsight(
      List<ImpactLine> impacts, Map<String, Connection> byId) {
    Map<List<String>, Object[]> sums = new HashMap<>();
    for (ImpactLine l : impacts) {
      if (l.planned() || l.revenueAtRisk().isEmpty()) {
        continue;
      }
      Connection c = byId.get(l.connection());
      String offering = c == null ? null : c.offering().orElse(null);
      Money m = l.revenueAtRisk().get();
      List<String> key = new ArrayList<>(2);
      key.add(offering);
      key.add(code(m));
      Object[] s = sums.computeIfAbsent(key, k -> new Object[] {0L, BigDecimal.ZERO, null});
      s[0] = (Long) s[0] + 1;
      s[1] = ((BigDecimal) s[1]).add(l.minutes());
      s[2] = s[2] == null ? m : ((Money) s[2]).plus(m);
    }
    List<OfferingInsight> rows = new ArrayList<>();
    sums.forEach(
        (key, s) -> {
          rows.add(
              OfferingInsight.of(
                  Optional.ofNullable(key.get(0)),
                  key.get(1),
                  (Long) s[0],
                  (BigDecimal) s[1],
                  (Money) s[2]));
        });
    rows.sort(OfferingInsight.ORDER);
    return rows;
  }

  // --- parameters, exclusions ---

  private List<Parameter> parameters(Map<String, SlaPolicy> policies) {
    List<Parameter> p = new ArrayList<>(config.parameters());
    Set<String> configured = new HashSet<>();
    config.slaPolicies().forEach(x -> configured.add(x.agreement()));
    policies.forEach(
        (agreement, policy) -> {
          if (!configured.contains(agreement)) {
            p.add(Parameter.of("slaPolicy " + agreement + " (from its terms)", policy.toString()));
          }
        });
    return p;
  }

  private static List<ExcludedEntry> excluded(Ledgers ledgers) {
    List<ExcludedEntry> excluded = new ArrayList<>();
    for (GuardExclusion x : ledgers.excluded()) {
      excluded.add(
          ExcludedEntry.builder()
              .ledger(x.entry().kind().label())
              .connection(x.entry().connection())
              .money(x.entry().amount())
              .rule(x.rule().label())
              .reason(x.reason())
              .records(List.copyOf(x.entry().records()))
              .countedIn(x.countedIn())
              .build());
    }
    return excluded;
  }

  // --- explanations ---

  /**
   * What each headline figure's explanation quotes, per currency ({@link HeadlineEvidence}); {@link
   * HeadlineExplanations} renders the text.
   */
  private List<HeadlineEvidence> headlineEvidence(
      List<ConnectionLine> lines,
      Ledgers ledgers,
      Protection protection,
      EnabledLines enabled,
      LostLines lost,
      Map<String, BigDecimal[]> soldAndLost,
      BigDecimal[] connectionMinutes,
      List<ImpactLine> impacts,
      Headline headline) {
    List<HeadlineEvidence> evidence = new ArrayList<>();
    for (String code : currencies) {
      Currency currency = Money.currency(code);
      Optional<String> c = Optional.of(code);
      ContributorCollector connected = new ContributorCollector();
      ContributorCollector mrr = new ContributorCollector();
      ContributorCollector activated = new ContributorCollector();
      long active = 0;
      for (ConnectionLine l : lines) {
        if (l.connected().isPresent() && l.connected().get().currency().equals(currency)) {
          if (l.active().isPresent()) {
            active++;
          }
          Supplier<List<String>> records = () -> List.of("connection:" + l.id());
          connected.add(
              "connected " + l.id(),
              l.connected().get(),
              () ->
                  l.contractedMrr().orElseThrow()
                      + "/month over "
                      + l.active().map(Object::toString).orElse("no active time"),
              records);
          if (l.mrr().get().signum() != 0) {
            mrr.add("mrr " + l.id(), l.mrr().get(), () -> l.status().toString(), records);
          }
          if (l.activatedInPeriod()) {
            activated.add(
                "activated " + l.id(),
                l.connected().get(),
                () -> "activated " + l.activation().orElseThrow(),
                records);
          }
        }
      }
      evidence.add(
          connected.evidence(
              HeadlineFigure.CONNECTED,
              c,
              total(headline.connected(), currency),
              Map.of(HeadlineExplanations.ACTIVE, active)));
      evidence.add(mrr.evidence(HeadlineFigure.MRR, c, total(headline.mrr(), currency), Map.of()));
      Map<String, BigDecimal> enabledAmounts = total(headline.enabled(), currency);
      enabledAmounts.put(HeadlineExplanations.ACTIVATED, amount(enabled.activated(), currency));
      enabledAmounts.put(
          HeadlineExplanations.PULLED_FORWARD, amount(enabled.pulledForward(), currency));
      enabledAmounts.put(
          HeadlineExplanations.INCLUDED_IN_ACTIVATED,
          amount(enabled.includedInActivated(), currency));
      evidence.add(
          activated
              .addAll(ledgerContributors(ledgers, LedgerKind.PULLED_FORWARD, currency))
              .evidence(HeadlineFigure.ENABLED, c, enabledAmounts, Map.of()));
      Map<String, BigDecimal> protectedAmounts = total(headline.protectedRevenue(), currency);
      protectedAmounts.put(
          HeadlineExplanations.LOW, protection.total(Bound.LOW).get(currency).amount());
      protectedAmounts.put(
          HeadlineExplanations.HIGH, protection.total(Bound.HIGH).get(currency).amount());
      evidence.add(
          protectedContributors(protection, currency)
              .evidence(HeadlineFigure.PROTECTED, c, protectedAmounts, Map.of()));
      HeadlineExplanations.LEDGER_FIGURES.forEach(
          (figure, kind) -> evidence.add(ledgerEvidence(figure, currency, ledgers, kind)));
      Map<String, BigDecimal> lostAmounts = total(headline.lost(), currency);
      lostAmounts.put(HeadlineExplanations.CREDITS, amount(lost.credits(), currency));
      lostAmounts.put(HeadlineExplanations.USAGE_LOST, amount(lost.usageLost(), currency));
      lostAmounts.put(HeadlineExplanations.DELAYED, amount(lost.delayed(), currency));
      lostAmounts.put(HeadlineExplanations.CAPACITY_LOST, amount(lost.capacityLost(), currency));
      evidence.add(
          ledgerContributors(ledgers, LedgerKind.CREDITS_OWED, currency)
              .addAll(ledgerContributors(ledgers, LedgerKind.USAGE_LOST, currency))
              .addAll(ledgerContributors(ledgers, LedgerKind.DELAYED, currency))
              .addAll(ledgerContributors(ledgers, LedgerKind.CAPACITY_LOST, currency))
              .evidence(HeadlineFigure.LOST, c, lostAmounts, Map.of()));
      long windows =
          impacts.stream()
              .filter(l -> l.mrr().map(m -> m.currency().equals(currency)).orElse(false))
              .count();
      evidence.add(
          HeadlineEvidence.of(
              HeadlineFigure.REVENUE_WEIGHTED_AVAILABILITY,
              c,
              availabilityAmounts(soldAndLost.getOrDefault(code, zeros())),
              Map.of(HeadlineExplanations.WINDOWS, windows),
              List.of()));
    }
    evidence.add(
        HeadlineEvidence.of(
            HeadlineFigure.PROTECTED,
            Optional.empty(),
            Map.of(),
            Map.of(HeadlineExplanations.IMPACTS, (long) protection.impacts()),
            List.of()));
    evidence.add(
        HeadlineEvidence.of(
            HeadlineFigure.CONNECTION_WEIGHTED_AVAILABILITY,
            Optional.empty(),
            availabilityAmounts(connectionMinutes),
            Map.of(),
            List.of()));
    evidence.sort(HeadlineEvidence.ORDER);
    return evidence;
  }

  private static Map<String, BigDecimal> availabilityAmounts(BigDecimal[] s) {
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    amounts.put(HeadlineExplanations.SOLD, s[0]);
    amounts.put(HeadlineExplanations.LOST_UNPLANNED, s[1]);
    amounts.put(HeadlineExplanations.LOST_PLANNED, s[2]);
    return amounts;
  }

  /** A figure's total in one currency, as the first of its evidence's amounts. */
  private static Map<String, BigDecimal> total(List<Money> amounts, Currency currency) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    map.put(HeadlineExplanations.TOTAL, amount(amounts, currency));
    return map;
  }

  private static BigDecimal amount(List<Money> amounts, Currency currency) {
    return get(amounts, currency).amount();
  }

  private static HeadlineEvidence ledgerEvidence(
      HeadlineFigure figure, Currency currency, Ledgers ledgers, LedgerKind kind) {
    long excluded =
        ledgers.excluded().stream()
            .filter(x -> x.entry().kind() == kind && x.entry().amount().currency().equals(currency))
            .count();
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    amounts.put(HeadlineExplanations.TOTAL, ledgers.total(kind).get(currency).amount());
    return ledgerContributors(ledgers, kind, currency)
        .evidence(
            figure,
            Optional.of(currency.getCurrencyCode()),
            amounts,
            excluded == 0 ? Map.of() : Map.of(HeadlineExplanations.EXCLUDED, excluded));
  }

  private static ContributorCollector ledgerContributors(
      Ledgers ledgers, LedgerKind kind, Currency currency) {
    ContributorCollector collector = new ContributorCollector();
    String prefix = kind + " ";
    for (LedgerEntry e : ledgers.ledger(kind).entries()) {
      if (e.amount().currency().equals(currency)) {
        collector.add(
            prefix + e.connection(),
            e.amount(),
            () -> e.window().map(Object::toString).orElse(""),
            () -> List.copyOf(e.records()));
      }
    }
    return collector;
  }

  private static ContributorCollector protectedContributors(Protection p, Currency currency) {
    ContributorCollector collector = new ContributorCollector();
    p.byConnection()
        .forEach(
            (c, r) -> {
              if (r.central().currency().equals(currency)) {
                collector.add(
                    "protected " + c,
                    r.central(),
                    () -> "range " + r.low().rounded() + " to " + r.high().rounded(),
                    () -> List.of("connection:" + c));
              }
            });
    return collector;
  }

  // --- money helpers ---

  private static String code(Money m) {
    return m.currency().getCurrencyCode();
  }

  private void addCurrencies(MoneyTotals totals) {
    totals.all().forEach(m -> currencies.add(code(m)));
  }

  /** One amount per statement currency, zero where the totals have none. */
  private List<Money> pad(MoneyTotals totals) {
    List<Money> padded = new ArrayList<>(currencies.size());
    for (String code : currencies) {
      padded.add(totals.get(code));
    }
    for (Money m : totals.all()) {
      if (!currencies.contains(code(m))) {
        throw new IllegalStateException("statement currencies miss " + m);
      }
    }
    return padded;
  }

  private static Money get(List<Money> amounts, Currency currency) {
    for (Money m : amounts) {
      if (m.currency().equals(currency)) {
        return m;
      }
    }
    return Money.zero(currency);
  }

  private static MoneyTotals negate(MoneyTotals totals) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    totals.all().forEach(m -> acc.add(m.negate()));
    return acc.toTotals();
  }

  private static void put(Map<String, Money> map, String connection, Money m) {
    map.merge(connection, m, Money::plus);
  }

  private static Map<String, Money> byConnection(Ledgers ledgers, LedgerKind kind) {
    Map<String, Money> map = new HashMap<>();
    for (LedgerEntry e : ledgers.ledger(kind).entries()) {
      put(map, e.connection(), e.amount());
    }
    return map;
  }

  private static Map<String, Money> collect(
      List<ConnectionLine> lines, Function<ConnectionLine, Optional<Money>> figure) {
    Map<String, Money> map = new HashMap<>(lines.size() * 2);
    for (ConnectionLine l : lines) {
      figure.apply(l).ifPresent(m -> map.put(l.id(), m));
    }
    return map;
  }

  private static MoneyTotals total(
      Collection<ConnectionLine> lines, Function<ConnectionLine, Optional<Money>> figure) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    for (ConnectionLine l : lines) {
      figure.apply(l).ifPresent(acc::add);
    }
    return acc.toTotals();
  }

  /** Non-zero amounts, by connection id. */
  private static List<ConnectionAmount> amounts(Map<String, Money> byConnection) {
    List<String> ids = new ArrayList<>(byConnection.keySet());
    ids.sort(Comparator.naturalOrder());
    List<ConnectionAmount> amounts = new ArrayList<>(ids.size());
    for (String id : ids) {
      Money m = byConnection.get(id);
      if (m.signum() != 0) {
        amounts.add(ConnectionAmount.of(id, m));
      }
    }
    return amounts;
  }

  /** Exact minutes of a duration (negative for a negative duration). */
  static BigDecimal minutes(Duration d) {
    BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    return org.ossvalue.core.internal.Decimals.normalize(
        seconds.divide(SECONDS_PER_MINUTE, Money.DIVISION_SCALE, RoundingMode.HALF_EVEN));
  }
}
