package org.ossvalue.testkit.quicktheories;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.Severity;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.attribution.Game;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.SeverityMapping;
import org.ossvalue.core.valuation.sla.SlaPolicyConfig;
import org.ossvalue.testkit.generators.CoreGenerators;
import org.ossvalue.testkit.generators.Generator;
import org.ossvalue.testkit.operator.SyntheticOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The testkit's generators as QuickTheories {@code Gen}s: {@code
 * qt().forAll(QtGenerators.connections(), QtGenerators.degradations()).check(…)}. Each draws one
 * seed from QuickTheories and hands it to the matching {@link CoreGenerators} generator, so a
 * failure's seed ({@code -DQT_SEED=…}) replays it exactly; shrinking moves the seed towards 0.
 */
public final class QtGenerators {

  private QtGenerators() {}

  /** Any testkit generator as a QuickTheories {@code Gen}. */
  public static <T> Gen<T> of(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return in -> generator.generate(in.next(Constraint.none().withShrinkPoint(0)));
  }

  /** See {@link CoreGenerators#currencies()}. */
  public static Gen<Currency> currencies() {
    return of(CoreGenerators.currencies());
  }

  /** See {@link CoreGenerators#money()}. */
  public static Gen<Money> money() {
    return of(CoreGenerators.money());
  }

  /** See {@link CoreGenerators#money(String)}. */
  public static Gen<Money> money(String currencyCode) {
    return of(CoreGenerators.money(currencyCode));
  }

  /** See {@link CoreGenerators#degradations()}. */
  public static Gen<BigDecimal> degradations() {
    return of(CoreGenerators.degradations());
  }

  /** See {@link CoreGenerators#severities()}. */
  public static Gen<Severity> severities() {
    return of(CoreGenerators.severities());
  }

  /** See {@link CoreGenerators#periods()}. */
  public static Gen<ReportingPeriod> periods() {
    return of(CoreGenerators.periods());
  }

  /** See {@link CoreGenerators#instants(TimeWindow)}. */
  public static Gen<Instant> instants(TimeWindow within) {
    return of(CoreGenerators.instants(within));
  }

  /** See {@link CoreGenerators#windows(TimeWindow)}. */
  public static Gen<TimeWindow> windows(TimeWindow within) {
    return of(CoreGenerators.windows(within));
  }

  /** See {@link CoreGenerators#recurringCharges(String)}. */
  public static Gen<RecurringCharge> recurringCharges(String currencyCode) {
    return of(CoreGenerators.recurringCharges(currencyCode));
  }

  /** See {@link CoreGenerators#connections()}. */
  public static Gen<Connection> connections() {
    return of(CoreGenerators.connections());
  }

  /** See {@link CoreGenerators#causes(List, TimeWindow)}. */
  public static Gen<Cause> causes(List<String> elements, TimeWindow within) {
    return of(CoreGenerators.causes(elements, within));
  }

  /** See {@link CoreGenerators#impacts(String, TimeWindow)}. */
  public static Gen<List<ServiceImpact>> impacts(String connection, TimeWindow within) {
    return of(CoreGenerators.impacts(connection, within));
  }

  /** See {@link CoreGenerators#combinationRules()}. */
  public static Gen<CombinationRule> combinationRules() {
    return of(CoreGenerators.combinationRules());
  }

  /** See {@link CoreGenerators#topologies()}. */
  public static Gen<Topology> topologies() {
    return of(CoreGenerators.topologies());
  }

  /** See {@link CoreGenerators#severityMappings()}. */
  public static Gen<SeverityMapping> severityMappings() {
    return of(CoreGenerators.severityMappings());
  }

  /** See {@link CoreGenerators#slaTerms()}. */
  public static Gen<SlaTerms> slaTerms() {
    return of(CoreGenerators.slaTerms());
  }

  /** See {@link CoreGenerators#slaPolicies()}. */
  public static Gen<SlaPolicyConfig> slaPolicies() {
    return of(CoreGenerators.slaPolicies());
  }

  /** See {@link CoreGenerators#games()}. */
  public static Gen<Game> games() {
    return of(CoreGenerators.games());
  }

  /** See {@link CoreGenerators#operators(int)}. */
  public static Gen<SyntheticOperator> operators(int maxConnections) {
    return of(CoreGenerators.operators(maxConnections));
  }
}
