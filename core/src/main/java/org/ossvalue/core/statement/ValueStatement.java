package org.ossvalue.core.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.ledger.Ledgers;

/**
 * The OSS value statement for a period: what the network and its OSS connected, enabled, protected,
 * put at risk and lost, in money, per currency (never summed across currencies), broken down by
 * segment, offering, account and OSS function, with the parameters it used, the facts about its
 * data and what the double-count guard excluded. Money is exact; round half-even to the minor unit
 * only to display.
 *
 * <p>Plain data whose attribute names and nesting are the JSON contract of {@code ossvalue
 * statement --format json} (docs/statement-json.md, key by key; docs/value-statement.md says what
 * each line means and how to defend it). Every headline figure explains itself ({@link
 * #explain(HeadlineFigure, String)}), and so does every line: ledger entries, connections, impacts,
 * credits, orders and leaks ({@code explain()}).
 *
 * <pre>{@code
 * ValueStatement s = ValueStatement.assess(
 *     StatementInputs.builder().period(ReportingPeriod.month("2025-03", "UTC")).asOf(asOf)
 *         .connections(connections).topology(network).causes(alarms).build(),
 *     StatementConfig.defaults());
 * s.headline().atRisk();   // [111.424690… EUR, 4.032258… GBP]
 * }</pre>
 */
@Value.Immutable
public abstract class ValueStatement {

  ValueStatement() {}

  /** Computes the statement of these inputs with these strategies and parameters. */
  public static ValueStatement assess(StatementInputs inputs, StatementConfig config) {
    return new StatementAssembler(inputs, config).assess();
  }

  /** Computes the statement of these inputs with {@link StatementConfig#defaults()}. */
  public static ValueStatement assess(StatementInputs inputs) {
    return assess(inputs, StatementConfig.defaults());
  }

  /** The period stated ({@code period {from, to, zone}}). */
  public abstract ReportingPeriod period();

  /** The as-of instant. */
  public abstract Instant asOf();

  /** The figures a CFO reads first. */
  public abstract Headline headline();

  /** Every connection supplied, by id. */
  public abstract List<ConnectionLine> connections();

  /** Every impact window inside the period, by connection, start and class. */
  public abstract List<ImpactLine> impacts();

  /** Revenue at risk, unplanned and planned. */
  public abstract RiskLines revenueAtRisk();

  /** Usage revenue lost. */
  public abstract AmountLines usageLost();

  /** SLA credits owed. */
  public abstract CreditLines slaCredits();

  /** Order fulfilment. */
  public abstract FulfilmentLines fulfilment();

  /** Revenue enabled. */
  public abstract EnabledLines enabled();

  /** Revenue lost. */
  public abstract LostLines lost();

  /** Leakage found. */
  public abstract LeakageLines leakage();

  /** Churn exposure at the as-of instant, after the guard. */
  public abstract RangeLines churnExposure();

  /** Revenue protected by OSS functions: the counterfactual, low / central / high. */
  public abstract RangeLines protectedRevenue();

  /** The central revenue protected split among OSS functions, per currency. */
  public abstract List<FunctionShare> attribution();

  /**
   * The central counterfactual game the attribution splits: per currency (in code order), every
   * coalition of the counterfactual's players with what it protects. Coalition values of statements
   * over disjoint parts of a base add up, so attribution over the whole base can be done again over
   * their sum.
   */
  public abstract List<CoalitionValue> attributionGame();

  /** By segment, offering and account. */
  public abstract Breakdowns breakdowns();

  /** The largest unplanned impacts by revenue at risk, per currency, largest first. */
  public abstract List<ImpactLine> topImpacts();

  /** Unplanned revenue at risk per incident-minute, by offering and currency. */
  public abstract List<OfferingInsight> productInsight();

  /** Every parameter the statement was computed with. */
  public abstract List<Parameter> parameters();

  /** The reader's facts: records read, rejected, warnings. */
  public abstract DataQuality dataQuality();

  /** What the double-count guard excluded, and why. */
  public abstract List<ExcludedEntry> excluded();

  /** What could not be valued, and why. */
  public abstract Gaps gaps();

  /** How each headline figure was derived, per currency. */
  public abstract List<Explanation> explanations();

  /**
   * What the headline explanations are rendered from ({@link HeadlineExplanations}): mergeable, so
   * that statements of disjoint parts of a base explain the whole base's headline exactly.
   */
  public abstract List<HeadlineEvidence> headlineEvidence();

  /** Every kept amount, ledger by ledger, each explaining itself (the CSV form: one row each). */
  public abstract Ledgers ledgers();

  /** A builder (statements are normally made by {@link #assess}). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValueStatement}. */
  public static final class Builder extends ImmutableValueStatement.Builder {}

  /** How a headline figure was derived in one currency (ISO 4217 code). */
  public Optional<Explanation> explain(HeadlineFigure figure, String currencyCode) {
    return find(figureName(figure, Optional.of(currencyCode)));
  }

  /** How a headline figure without currency (connection-weighted availability) was derived. */
  public Optional<Explanation> explain(HeadlineFigure figure) {
    return find(figureName(figure, Optional.empty()));
  }

  static String figureName(HeadlineFigure figure, Optional<String> currencyCode) {
    return "headline." + figure.label() + currencyCode.map(c -> " " + c).orElse("");
  }

  private Optional<Explanation> find(String name) {
    return explanations().stream().filter(e -> e.figure().equals(name)).findFirst();
  }

  /** One line per headline figure, for people. */
  @Override
  public String toString() {
    Headline h = headline();
    return "ValueStatement{"
        + period()
        + ", asOf "
        + asOf()
        + ", connected "
        + rounded(h.connected())
        + ", enabled "
        + rounded(h.enabled())
        + ", protected "
        + rounded(h.protectedRevenue())
        + ", atRisk "
        + rounded(h.atRisk())
        + " (planned "
        + rounded(h.plannedAtRisk())
        + "), lost "
        + rounded(h.lost())
        + " (credits "
        + rounded(h.credits())
        + "), leakage "
        + rounded(h.leakage())
        + ", availability "
        + h.revenueWeightedAvailability()
        + ", "
        + connections().size()
        + " connections, "
        + impacts().size()
        + " impacts}";
  }

  private static List<Money> rounded(List<Money> amounts) {
    return amounts.stream().map(Money::rounded).toList();
  }
}
