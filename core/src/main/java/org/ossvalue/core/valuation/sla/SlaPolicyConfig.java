package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.internal.Decimals;
import org.ossvalue.core.sla.SlaTerms;

/**
 * The terms a built-in {@link SlaPolicy} applies: how availability is measured, the availability
 * target, the credit rules (summed, then capped), and the chronic-failure clause.
 *
 * <p>A billing period is breached when availability is below the target (the explicit target, else
 * the top step of a tier table); without any target, when some rule grants a credit. After {@code
 * chronicFailureAfter} consecutive breached periods the customer gains a termination right.
 */
@Value.Immutable
public abstract class SlaPolicyConfig {

  /** No cap. */
  public static final CreditCap DEFAULT_CAP = CreditCap.none();

  SlaPolicyConfig() {}

  /** A name for people, such as {@code Business Gold}. */
  public abstract Optional<String> name();

  /** How availability is measured. */
  @Value.Default
  public AvailabilityConfig availability() {
    return AvailabilityConfig.defaults();
  }

  /** The availability target in percent, when the terms state one apart from the tiers. */
  public abstract Optional<BigDecimal> target();

  /** The credit rules, summed before the cap. */
  public abstract List<CreditRule> creditRules();

  /** The cap on the total credit of one billing period. */
  @Value.Default
  public CreditCap cap() {
    return DEFAULT_CAP;
  }

  /** Consecutive breached billing periods that give the customer a termination right. */
  public abstract Optional<Integer> chronicFailureAfter();

  /** When the agreement is in force; outside it nothing is credited. */
  public abstract Optional<TimeWindow> validFor();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Default measurement, no credit rules, no cap: availability is measured, nothing credited. */
  public static SlaPolicyConfig defaults() {
    return builder().build();
  }

  /** Builds an {@link SlaPolicyConfig}. */
  public static final class Builder extends ImmutableSlaPolicyConfig.Builder {}

  /**
   * The configuration SLA terms describe, measured with the operator's conventions: the tiers
   * become {@link CreditRule#tiers}, the cap a {@link CreditCap#percentOfMrr}; the terms'
   * planned-work exclusion, validity and name are kept. Adjust it with {@code builder().from(…)}:
   * per-hour or per-incident rules, an absolute cap or a chronic-failure clause have no field in
   * the terms.
   */
  public static SlaPolicyConfig fromTerms(SlaTerms terms, AvailabilityConfig measurement) {
    Builder config =
        builder()
            .name(terms.name())
            .availability(
                AvailabilityConfig.builder()
                    .from(measurement)
                    .plannedExcluded(terms.plannedExcluded())
                    .build())
            .validFor(terms.validFor());
    if (!terms.tiers().isEmpty()) {
      config.addCreditRules(CreditRule.tiers(terms.tiers()));
    }
    terms.capPercentOfMrr().ifPresent(cap -> config.cap(CreditCap.percentOfMrr(cap)));
    return config.build();
  }

  /** The configuration SLA terms describe, measured with {@link AvailabilityConfig#defaults()}. */
  public static SlaPolicyConfig fromTerms(SlaTerms terms) {
    return fromTerms(terms, AvailabilityConfig.defaults());
  }

  /** The target in force: the explicit one, else the highest target a credit rule implies. */
  public Optional<BigDecimal> effectiveTarget() {
    if (target().isPresent()) {
      return target();
    }
    return creditRules().stream()
        .map(CreditRule::target)
        .flatMap(Optional::stream)
        .max(BigDecimal::compareTo);
  }

  @Value.Check
  SlaPolicyConfig normalize() {
    if (target().isPresent()) {
      BigDecimal t = target().get();
      if (t.signum() <= 0 || t.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("target must be in (0, 100], was " + t.toPlainString());
      }
    }
    if (chronicFailureAfter().isPresent() && chronicFailureAfter().get() < 1) {
      throw new IllegalArgumentException(
          "chronicFailureAfter must be >= 1, was " + chronicFailureAfter().get());
    }
    if (target().isPresent()) {
      BigDecimal n = Decimals.normalize(target().get());
      if (n.scale() != target().get().scale()) {
        return builder().from(this).target(n).build();
      }
    }
    return this;
  }

  @Override
  public String toString() {
    return "SlaPolicyConfig{"
        + name().map(n -> n + ", ").orElse("")
        + "target "
        + effectiveTarget().map(t -> t.toPlainString() + " %").orElse("none")
        + ", rules "
        + creditRules()
        + ", "
        + cap()
        + chronicFailureAfter().map(n -> ", chronic after " + n + " breached periods").orElse("")
        + validFor().map(v -> ", valid " + v).orElse("")
        + ", "
        + availability()
        + "}";
  }
}
