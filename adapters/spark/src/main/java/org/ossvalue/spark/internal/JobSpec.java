package org.ossvalue.spark.internal;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.valuation.ledger.GuardRule;
import org.ossvalue.spark.Strategies;

/**
 * What every partition needs to know, as plain serializable values: the period, the as-of instant,
 * how the session writes timestamps, and the strategies.
 */
public final class JobSpec implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Instant from;
  private final Instant to;
  private final String zone;
  private final Instant asOf;
  private final boolean java8Api;
  private final Strategies strategies;

  /** A spec. */
  public JobSpec(ReportingPeriod period, Instant asOf, boolean java8Api, Strategies strategies) {
    this.from = period.from();
    this.to = period.to();
    this.zone = period.zone().getId();
    this.asOf = asOf;
    this.java8Api = java8Api;
    this.strategies = strategies;
  }

  /** The reporting period. */
  public ReportingPeriod period() {
    return ReportingPeriod.of(from, to, ZoneId.of(zone));
  }

  /** The as-of instant. */
  public Instant asOf() {
    return asOf;
  }

  /** Whether the session hands out and expects {@link Instant} for timestamps. */
  public boolean java8Api() {
    return java8Api;
  }

  /** The strategies. */
  public Strategies strategies() {
    return strategies;
  }

  /** The guard's rules that only compare entries of one stage (all but pulled-forward). */
  public Set<GuardRule> stageRules() {
    EnumSet<GuardRule> rules = EnumSet.noneOf(GuardRule.class);
    rules.addAll(strategies.guardRules());
    rules.remove(GuardRule.PULLED_FORWARD_NOT_BILLED);
    return rules;
  }

  /** Row writers for this session. */
  public OutputRows rows() {
    return new OutputRows(java8Api);
  }
}
