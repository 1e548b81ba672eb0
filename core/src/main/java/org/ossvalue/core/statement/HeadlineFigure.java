package org.ossvalue.core.statement;

/** The headline figures of a statement, each of which explains itself per currency. */
public enum HeadlineFigure {
  /** Revenue connected. */
  CONNECTED("connected"),
  /** Active MRR at the end of the period. */
  MRR("mrr"),
  /** Revenue enabled. */
  ENABLED("enabled"),
  /** Revenue protected (central). */
  PROTECTED("protected"),
  /** Unplanned revenue at risk. */
  AT_RISK("atRisk"),
  /** Planned revenue at risk. */
  PLANNED_AT_RISK("plannedAtRisk"),
  /** Revenue lost. */
  LOST("lost"),
  /** SLA credits owed. */
  CREDITS("credits"),
  /** Usage revenue lost. */
  USAGE_LOST("usageLost"),
  /** Revenue delayed. */
  DELAYED("delayed"),
  /** Leakage found. */
  LEAKAGE("leakage"),
  /** Churn exposure (central). */
  CHURN_EXPOSURE("churnExposure"),
  /** Revenue-weighted availability. */
  REVENUE_WEIGHTED_AVAILABILITY("revenueWeightedAvailability"),
  /** Connection-weighted availability (one figure, no currency). */
  CONNECTION_WEIGHTED_AVAILABILITY("connectionWeightedAvailability");

  private final String label;

  HeadlineFigure(String label) {
    this.label = label;
  }

  /** The JSON key under {@code headline}, such as {@code atRisk}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
