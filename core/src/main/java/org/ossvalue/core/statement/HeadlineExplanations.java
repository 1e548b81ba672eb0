package org.ossvalue.core.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ossvalue.core.Money;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.LedgerKind;

/**
 * Renders the explanations of a statement's headline figures from their {@link HeadlineEvidence}:
 * the one place their text is written, for a statement assessed whole and for one merged from
 * parts.
 *
 * <p>Per currency (in code order): connected, MRR, enabled, protected, at risk, planned at risk,
 * lost, credits, usage lost, delayed, leakage, churn exposure, revenue-weighted availability; then
 * connection-weighted availability. Evidence a figure lacks counts as zero.
 */
public final class HeadlineExplanations {

  /** Names of {@link HeadlineEvidence#amounts()} and {@link HeadlineEvidence#counts()}. */
  static final String TOTAL = "total",
      ACTIVATED = "activated",
      PULLED_FORWARD = "pulledForward",
      INCLUDED_IN_ACTIVATED = "includedInActivated",
      LOW = "low",
      HIGH = "high",
      CREDITS = "credits",
      USAGE_LOST = "usageLost",
      DELAYED = "delayed",
      CAPACITY_LOST = "capacityLost",
      SOLD = "sold",
      LOST_UNPLANNED = "lostUnplanned",
      LOST_PLANNED = "lostPlanned",
      ACTIVE = "active",
      EXCLUDED = "excluded",
      IMPACTS = "impacts",
      WINDOWS = "windows";

  /**
   * The ledger behind each figure that is the sum of one ledger's kept entries, in the figures'
   * order (so that a statement's evidence is listed in the same order in every JVM).
   */
  static final Map<HeadlineFigure, LedgerKind> LEDGER_FIGURES = ledgerFigures();

  private static Map<HeadlineFigure, LedgerKind> ledgerFigures() {
    Map<HeadlineFigure, LedgerKind> m = new EnumMap<>(HeadlineFigure.class);
    m.put(HeadlineFigure.AT_RISK, LedgerKind.REVENUE_AT_RISK_UNPLANNED);
    m.put(HeadlineFigure.PLANNED_AT_RISK, LedgerKind.REVENUE_AT_RISK_PLANNED);
    m.put(HeadlineFigure.CREDITS, LedgerKind.CREDITS_OWED);
    m.put(HeadlineFigure.USAGE_LOST, LedgerKind.USAGE_LOST);
    m.put(HeadlineFigure.DELAYED, LedgerKind.DELAYED);
    m.put(HeadlineFigure.LEAKAGE, LedgerKind.LEAKAGE);
    m.put(HeadlineFigure.CHURN_EXPOSURE, LedgerKind.CHURN_EXPOSURE);
    return Collections.unmodifiableMap(m);
  }

  private final Map<String, HeadlineEvidence> evidence = new HashMap<>();
  private final StatementConfig config;
  private final String strategy;
  private final List<Explanation> explanations = new ArrayList<>();

  private HeadlineExplanations(Collection<HeadlineEvidence> evidence, StatementConfig config) {
    for (HeadlineEvidence e : evidence) {
      this.evidence.merge(e.key(), e, HeadlineEvidence::merge);
    }
    this.config = config;
    this.strategy = config.revenueAtRisk().toString();
  }

  /**
   * The explanations of the headline figures this evidence is about (evidence of one figure and
   * currency given in parts is merged), in a statement assessed with this configuration.
   */
  public static List<Explanation> of(
      Collection<HeadlineEvidence> evidence, StatementConfig config) {
    HeadlineExplanations x = new HeadlineExplanations(evidence, config);
    SortedSet<String> currencies = new TreeSet<>();
    evidence.forEach(e -> e.currency().ifPresent(currencies::add));
    currencies.forEach(x::currency);
    x.connectionWeighted();
    return List.copyOf(x.explanations);
  }

  private HeadlineEvidence get(HeadlineFigure figure, Optional<String> code) {
    HeadlineEvidence e = evidence.get(figure + code.map(c -> " " + c).orElse(""));
    return e != null ? e : HeadlineEvidence.of(figure, code, Map.of(), Map.of(), List.of());
  }

  private void currency(String code) {
    Currency currency = Money.currency(code);
    Optional<String> c = Optional.of(code);
    HeadlineEvidence connected = get(HeadlineFigure.CONNECTED, c);
    add(
        connected,
        "sum over the "
            + connected.count(ACTIVE)
            + " connections active in the period of MRR x active minutes /"
            + " minutes of the calendar month",
        "a connection earns its MRR pro rata inside [activation, termination), whatever its"
            + " status; time valued by "
            + strategy);
    HeadlineEvidence mrr = get(HeadlineFigure.MRR, c);
    add(
        mrr,
        "sum of the MRR of the "
            + mrr.contributors()
            + " connections active at the period's last instant",
        "a monthly run rate: the MRR the base earns at the end of the period");
    HeadlineEvidence enabled = get(HeadlineFigure.ENABLED, c);
    add(
        enabled,
        "activated "
            + rounded(enabled, ACTIVATED, currency)
            + " + pulled forward "
            + rounded(enabled, PULLED_FORWARD, currency)
            + " - already in activated "
            + rounded(enabled, INCLUDED_IN_ACTIVATED, currency),
        "revenue earned by connections activated in the period, plus revenue pulled forward into"
            + " the period on connections activated before it (pulled-forward revenue of"
            + " connections activated in the period is part of their earned revenue)");
    HeadlineEvidence protectedRevenue = get(HeadlineFigure.PROTECTED, c);
    add(
        protectedRevenue,
        "sum over the "
            + get(HeadlineFigure.PROTECTED, Optional.empty()).count(IMPACTS)
            + " unplanned impacts of loss at baseline - actual loss; range "
            + rounded(protectedRevenue, LOW, currency)
            + " to "
            + rounded(protectedRevenue, HIGH, currency),
        "counterfactual " + config.counterfactual().parameters() + "; time valued by " + strategy);
    ledgerFigure(
        HeadlineFigure.AT_RISK,
        c,
        "unplanned impacts put pro-rata recurring revenue at risk (MRR x d x minutes / minutes of"
            + " the month, by "
            + strategy
            + "); time inside a billing period credited in full counts under credits");
    ledgerFigure(
        HeadlineFigure.PLANNED_AT_RISK,
        c,
        "planned work is reported apart from unplanned revenue at risk, never added to it");
    HeadlineEvidence lost = get(HeadlineFigure.LOST, c);
    add(
        lost,
        "credits "
            + rounded(lost, CREDITS, currency)
            + " + usage lost "
            + rounded(lost, USAGE_LOST, currency)
            + " + delayed "
            + rounded(lost, DELAYED, currency)
            + " + capacity lost "
            + rounded(lost, CAPACITY_LOST, currency),
        "money given back or not earned in the period: credits owed, usage revenue lost (an"
            + " estimate), revenue delayed by late activation, revenue lost to orders failed for"
            + " lack of capacity; not revenue at risk (still billed), leakage (recoverable) or"
            + " churn exposure (future)");
    ledgerFigure(
        HeadlineFigure.CREDITS,
        c,
        "each connection's SLA policy: the worst breached tier of its MRR, capped; "
            + config.slaMeasurement());
    ledgerFigure(
        HeadlineFigure.USAGE_LOST,
        c,
        "monthly usage revenue x d x minutes / minutes of the month over unplanned impacts");
    ledgerFigure(
        HeadlineFigure.DELAYED,
        c,
        "MRR delta over [requested date, completion or as-of) inside the period; "
            + config.fulfilment());
    ledgerFigure(
        HeadlineFigure.LEAKAGE,
        c,
        "expected recurring revenue minus recurring charges billed, per connection of an account"
            + " with a bill; "
            + config.leakage());
    ledgerFigure(
        HeadlineFigure.CHURN_EXPOSURE,
        c,
        "CLV x (uplifted - baseline churn probability), central; " + config.churn());
    HeadlineEvidence availability = get(HeadlineFigure.REVENUE_WEIGHTED_AVAILABILITY, c);
    AvailabilityFigure a = availability(availability);
    explanations.add(
        Explanation.builder()
            .figure(ValueStatement.figureName(HeadlineFigure.REVENUE_WEIGHTED_AVAILABILITY, c))
            .result(a.toString())
            .formula(
                "1 - lost / sold = 1 - "
                    + a.lostUnplanned().toPlainString()
                    + " / "
                    + a.sold().toPlainString()
                    + " "
                    + code
                    + "-min; with planned 1 - ("
                    + a.lostUnplanned().toPlainString()
                    + " + "
                    + a.lostPlanned().toPlainString()
                    + ") / "
                    + a.sold().toPlainString())
            .input("sold", "sum of MRR x active minutes over connections active in the period")
            .input(
                "lost",
                "sum of MRR x d x minutes over " + availability.count(WINDOWS) + " impact windows")
            .clause("availability of what was sold, weighted by its revenue")
            .build());
  }

  private void connectionWeighted() {
    AvailabilityFigure c =
        availability(get(HeadlineFigure.CONNECTION_WEIGHTED_AVAILABILITY, Optional.empty()));
    explanations.add(
        Explanation.builder()
            .figure(
                ValueStatement.figureName(
                    HeadlineFigure.CONNECTION_WEIGHTED_AVAILABILITY, Optional.empty()))
            .result(c.toString())
            .formula(
                "1 - lost / sold = 1 - "
                    + c.lostUnplanned().toPlainString()
                    + " / "
                    + c.sold().toPlainString()
                    + " connection-min")
            .input("sold", "sum of active minutes over connections active in the period")
            .input("lost", "sum of d x minutes over impact windows")
            .clause("every active connection weighs the same, whatever its revenue")
            .build());
  }

  private static AvailabilityFigure availability(HeadlineEvidence e) {
    return AvailabilityFigure.of(
        e.currency(), e.amount(SOLD), e.amount(LOST_UNPLANNED), e.amount(LOST_PLANNED));
  }

  private void ledgerFigure(HeadlineFigure figure, Optional<String> code, String clause) {
    HeadlineEvidence e = get(figure, code);
    long excluded = e.count(EXCLUDED);
    add(
        e,
        "sum of the "
            + e.contributors()
            + " kept "
            + LEDGER_FIGURES.get(figure)
            + " entries"
            + (excluded == 0 ? "" : " (" + excluded + " excluded by the double-count guard)"),
        clause);
  }

  private static Money rounded(HeadlineEvidence e, String name, Currency currency) {
    return Money.of(e.amount(name), currency).rounded();
  }

  private void add(HeadlineEvidence e, String formula, String clause) {
    Money total = Money.of(e.amount(TOTAL), Money.currency(e.currency().orElseThrow()));
    Explanation.Builder x =
        Explanation.builder()
            .figure(ValueStatement.figureName(e.figure(), e.currency()))
            .result(total.rounded().toString())
            .formula(formula + " = " + total.rounded() + " (exact " + total + ")");
    for (HeadlineEvidence.Contributor c : e.largest()) {
      x.input(
          c.name(),
          c.money().rounded() + (c.detail().isEmpty() ? "" : " " + c.detail()),
          c.records().toArray(new String[0]));
    }
    if (e.contributors() > e.largest().size()) {
      x.input(
          "others",
          (e.contributors() - e.largest().size())
              + " more (every one in the statement's lines and ledgers)");
    }
    explanations.add(x.clause(clause).build());
  }
}
